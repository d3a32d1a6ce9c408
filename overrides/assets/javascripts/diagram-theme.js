// Mermaid's colours from the page's own theme (Material's CSS custom properties), light or dark. Pure: colours in,
// Mermaid themeVariables out; diagrams.js reads the properties from the page.

// "rgb(1, 2, 3)", "rgba(1, 2, 3, 0.5)", "#rgb", "#rrggbb", "#rrggbbaa" -> [r, g, b, a]; null for anything else
export function parseColor(text) {
  const value = String(text || "").trim().toLowerCase();
  const rgb = value.match(/^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+%?))?\s*\)$/);
  if (rgb) {
    const alpha = rgb[4] === undefined ? 1 : rgb[4].endsWith("%") ? Number.parseFloat(rgb[4]) / 100 : Number(rgb[4]);
    return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), alpha];
  }
  const hex = value.match(/^#([\da-f]{3,8})$/);
  if (!hex || ![3, 6, 8].includes(hex[1].length)) return null;
  const digits = hex[1].length === 3 ? [...hex[1]].map((d) => d + d).join("") : hex[1];
  const channels = digits.match(/../g).map((pair) => Number.parseInt(pair, 16));
  return [channels[0], channels[1], channels[2], channels.length === 4 ? channels[3] / 255 : 1];
}

// `top` over `bottom` (opaque) at `amount` of top's own opacity: "#rrggbb"
export function mix(top, bottom, amount = 1) {
  const alpha = top[3] * amount;
  const channel = (i) => Math.round(top[i] * alpha + bottom[i] * (1 - alpha));
  return `#${[0, 1, 2].map((i) => channel(i).toString(16).padStart(2, "0")).join("")}`;
}

// Mermaid "base" theme variables from the page's colours ({primary, accent, fg, fgLight, bg, code}: parsed colours)
export function themeVariables(colors, dark, fontFamily) {
  const bg = mix(colors.bg, [0, 0, 0, 1]);
  const solidBg = parseColor(bg);
  const text = mix(colors.fg, solidBg);
  const line = mix(colors.fgLight, solidBg);
  const node = mix(colors.primary, solidBg, dark ? 0.3 : 0.07); // a tint of the primary colour
  const border = mix(dark ? colors.accent : colors.primary, solidBg, dark ? 0.9 : 1);
  const decision = mix(colors.accent, solidBg, dark ? 0.25 : 0.12);
  return {
    darkMode: dark,
    background: bg,
    fontFamily,
    fontSize: "16px",
    primaryColor: node,
    primaryTextColor: text,
    primaryBorderColor: border,
    secondaryColor: decision,
    secondaryTextColor: text,
    secondaryBorderColor: border,
    tertiaryColor: mix(colors.code, solidBg),
    tertiaryTextColor: text,
    tertiaryBorderColor: line,
    lineColor: line,
    textColor: text,
    mainBkg: node,
    nodeBorder: border,
    nodeTextColor: text,
    clusterBkg: mix(colors.code, solidBg),
    clusterBorder: line,
    edgeLabelBackground: bg,
    titleColor: text,
  };
}
