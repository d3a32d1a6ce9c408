// Renders ```mermaid fences with the vendored Mermaid, loaded only on pages that have a diagram.
const blocks = document.querySelectorAll("pre.hc-mermaid");
if (blocks.length > 0) {
  const base = new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url);
  import(base.href).then(async ({ default: mermaid }) => {
    const dark = document.body.getAttribute("data-md-color-scheme") === "slate";
    mermaid.initialize({ startOnLoad: false, theme: dark ? "dark" : "default", securityLevel: "strict" });
    let n = 0;
    for (const pre of blocks) {
      const source = pre.textContent;
      try {
        const { svg } = await mermaid.render(`hc-diagram-${n++}`, source);
        pre.innerHTML = svg;
        pre.setAttribute("data-processed", "true");
      } catch {
        // Keep the readable source text rather than break the page.
        pre.setAttribute("data-error", "true");
      }
    }
  });
}
