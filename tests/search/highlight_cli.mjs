// Prints highlightParts() of every case given on stdin as JSON ([{text, terms, width, locale}]), as JSON on stdout.
// With --no-segmenter, Intl.Segmenter is removed first: the fallback older browsers get.
import { readFileSync } from "node:fs";

if (process.argv.includes("--no-segmenter")) delete Intl.Segmenter;
const { highlightParts } = await import("../../overrides/assets/javascripts/search/highlight.js");
const cases = JSON.parse(readFileSync(0, "utf8"));
process.stdout.write(JSON.stringify(cases.map((c) => highlightParts(c.text, c.terms, c.width ?? Infinity, c.locale || ""))));
