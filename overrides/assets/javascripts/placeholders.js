// "{name}" placeholders in translated strings (helpcenter/locales), filled with values; an unknown name stays as
// written. The search and support scripts share it.
export function fill(template, values) {
  return String(template || "").replace(/\{(\w+)\}/g, (whole, name) => (name in values ? values[name] : whole));
}
