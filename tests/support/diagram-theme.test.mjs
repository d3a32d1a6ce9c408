// Mermaid's colours from the page's theme (overrides/assets/javascripts/diagram-theme.js), in Node.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mix, parseColor, themeVariables } from "../../overrides/assets/javascripts/diagram-theme.js";

const MERMAID_LAVENDER = ["#ececff", "#9370db"]; // Mermaid's default node fill and border
const INDIGO = parseColor("#4051b5");
const LIGHT = {
  primary: INDIGO, accent: parseColor("#ff6e42"), fg: parseColor("rgba(0, 0, 0, 0.87)"),
  fgLight: parseColor("#0000008a"), bg: parseColor("#fff"), code: parseColor("#f5f5f5"),
};
const DARK = {
  ...LIGHT, fg: parseColor("rgba(226, 228, 233, 0.82)"), fgLight: parseColor("rgba(226, 228, 233, 0.56)"),
  bg: parseColor("rgb(30, 33, 41)"), code: parseColor("rgb(37, 40, 50)"),
};

function luminance(hex) {
  const [r, g, b] = parseColor(hex).slice(0, 3).map((c) => {
    const v = c / 255;
    return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a, b) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

test("colours as getComputedStyle and Material write them", () => {
  assert.deepEqual(parseColor("rgb(64, 81, 181)"), [64, 81, 181, 1]);
  assert.deepEqual(parseColor("rgba(0, 0, 0, 0.87)"), [0, 0, 0, 0.87]);
  assert.deepEqual(parseColor("#000000de"), [0, 0, 0, 222 / 255]);
  assert.deepEqual(parseColor("#fff"), [255, 255, 255, 1]);
  assert.equal(parseColor("var(--x)"), null);
  assert.equal(mix(parseColor("rgba(0, 0, 0, 0.5)"), [255, 255, 255, 1]), "#808080");
});

test("light: the nodes are a tint of the primary colour with its border, text at full contrast", () => {
  const v = themeVariables(LIGHT, false, "Roboto");
  assert.equal(v.primaryBorderColor, "#4051b5");
  assert.ok(!MERMAID_LAVENDER.includes(v.primaryColor) && !MERMAID_LAVENDER.includes(v.primaryBorderColor));
  const [r, g, b] = parseColor(v.primaryColor);
  assert.ok(b > r && b > g, `${v.primaryColor} leans to the primary colour`);
  assert.ok(contrast(v.primaryTextColor, v.primaryColor) >= 7, "AAA on the node");
  assert.ok(contrast(v.lineColor, v.background) >= 3, "lines are visible (non-text contrast)");
  assert.equal(v.darkMode, false);
  assert.equal(v.fontFamily, "Roboto");
});

test("dark: dark nodes, light text, every colour opaque", () => {
  const v = themeVariables(DARK, true, "Roboto");
  assert.equal(v.darkMode, true);
  assert.ok(luminance(v.primaryColor) < 0.1 && luminance(v.background) < 0.1);
  assert.ok(contrast(v.primaryTextColor, v.primaryColor) >= 4.5);
  assert.ok(contrast(v.lineColor, v.background) >= 3);
  for (const value of Object.values(v)) {
    if (typeof value === "string" && value.startsWith("#")) assert.match(value, /^#[\da-f]{6}$/);
  }
});
