// Renders ```mermaid fences with the vendored Mermaid, loaded only on pages that have a diagram: in the theme's
// colours (light or dark, re-rendered when the reader switches), at a readable size. A diagram wider than the page
// is shrunk at most to 7/8 of its size (16 px labels stay 14 px) and scrolls sideways inside its own box, where it
// can be reached with the keyboard; Japanese labels wrap between phrases, Korean between words.
import { parseColor, themeVariables } from "./diagram-theme.js";

const MIN_SCALE = 0.875;
const blocks = [...document.querySelectorAll("pre.hc-mermaid")];

function color(name, probe) {
  probe.style.color = `var(${name})`;
  return parseColor(getComputedStyle(probe).color) || [0, 0, 0, 1];
}

function pageTheme() {
  const probe = document.createElement("span");
  probe.hidden = true;
  document.body.append(probe);
  const colors = {};
  for (const [key, name] of Object.entries({
    primary: "--md-primary-fg-color",
    accent: "--md-accent-fg-color",
    fg: "--md-default-fg-color",
    fgLight: "--md-default-fg-color--light",
    bg: "--md-default-bg-color",
    code: "--md-code-bg-color",
  })) {
    colors[key] = color(name, probe);
  }
  probe.remove();
  const dark = document.body.getAttribute("data-md-color-scheme") === "slate";
  const font = getComputedStyle(document.body).fontFamily;
  return { dark, variables: themeVariables(colors, dark, font) };
}

// labels wrap where the page's language wraps text: between phrases in Japanese, between words in Korean
function labelCss(language) {
  const rule = { ja: "word-break: auto-phrase;", ko: "word-break: keep-all;" }[language.split("-")[0]] || "";
  return rule ? `.nodeLabel, .edgeLabel, .label foreignObject div { ${rule} }` : "";
}

function fit(pre, svg) {
  const width = svg.viewBox.baseVal?.width || svg.getBoundingClientRect().width;
  if (!width) return;
  // never wider than drawn, never narrower than MIN_SCALE of it: the box scrolls instead
  svg.style.width = `clamp(${Math.round(width * MIN_SCALE)}px, 100%, ${Math.round(width)}px)`;
  svg.style.maxWidth = "none";
  svg.removeAttribute("height");
  const scrolls = pre.scrollWidth > pre.clientWidth + 1;
  pre.toggleAttribute("data-scrolls", scrolls);
  if (scrolls) pre.setAttribute("tabindex", "0");
  else pre.removeAttribute("tabindex");
}

async function renderAll(mermaid, sources) {
  const { dark, variables } = pageTheme();
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: "strict",
    theme: "base",
    darkMode: dark,
    themeVariables: variables,
    themeCSS: labelCss(document.documentElement.lang || ""),
    flowchart: { useMaxWidth: false, htmlLabels: true },
  });
  let n = 0;
  for (const pre of blocks) {
    try {
      const { svg } = await mermaid.render(`hc-diagram-${n++}`, sources.get(pre));
      pre.innerHTML = svg;
      pre.setAttribute("data-processed", "true");
      const drawn = pre.querySelector("svg");
      if (drawn) fit(pre, drawn);
    } catch {
      // Keep the readable source text rather than break the page.
      pre.textContent = sources.get(pre);
      pre.setAttribute("data-error", "true");
    }
  }
}

if (blocks.length > 0) {
  const sources = new Map(blocks.map((pre) => [pre, pre.textContent]));
  const base = new URL("../vendor/mermaid/mermaid.esm.min.mjs", import.meta.url);
  import(base.href).then(async ({ default: mermaid }) => {
    await renderAll(mermaid, sources);
    // the palette toggle switches the scheme without a reload: draw again in the new colours
    let scheme = document.body.getAttribute("data-md-color-scheme");
    new MutationObserver(() => {
      const now = document.body.getAttribute("data-md-color-scheme");
      if (now === scheme) return;
      scheme = now;
      renderAll(mermaid, sources);
    }).observe(document.body, { attributes: true, attributeFilter: ["data-md-color-scheme"] });
    let width = window.innerWidth;
    window.addEventListener("resize", () => {
      if (window.innerWidth === width) return;
      width = window.innerWidth;
      for (const pre of blocks) {
        const svg = pre.querySelector("svg");
        if (svg) fit(pre, svg);
      }
    });
  });
}
