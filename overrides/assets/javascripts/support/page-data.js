// Helpers the support pages share: read the JSON a template put into the page, fill "{name}" placeholders.

export function readJson(text) {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

export function fill(template, values) {
  return (template || "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}
