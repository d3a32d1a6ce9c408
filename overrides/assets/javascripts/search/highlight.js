// Highlighting and snippets: finds the matched index terms in the original text through the same
// normalization as the tokenizer, and maps them back to the original characters.
import { isCjk, normalize } from "./tokenize.js";

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

function normalizedWithOffsets(text) {
  let norm = "";
  const starts = [];
  const ends = [];
  let offset = 0;
  for (const char of text) {
    const folded = normalize(char);
    for (let k = 0; k < folded.length; k++) {
      starts.push(offset);
      ends.push(offset + char.length);
    }
    norm += folded;
    offset += char.length;
  }
  return { norm, starts, ends };
}

// [start, end) ranges of the original text that match one of the terms; a word term matches at word starts
// (so the stem "fee" marks "fees"), a CJK term anywhere.
export function matchRanges(text, terms) {
  const source = String(text ?? "");
  const { norm, starts, ends } = normalizedWithOffsets(source);
  const ranges = [];
  for (const term of new Set(terms || [])) {
    if (!term) continue;
    const cjk = isCjk(term);
    for (let at = norm.indexOf(term); at >= 0; at = norm.indexOf(term, at + term.length)) {
      const before = at > 0 ? norm[at - 1] : "";
      if (!cjk && before && WORD_CHAR.test(before)) continue;
      ranges.push([starts[at], ends[at + term.length - 1]]);
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push([...range]);
  }
  return merged;
}

// [{text, mark}] pieces of `text` (or of a window of about `width` characters around the first match).
export function highlightParts(text, terms, width = Infinity) {
  let source = String(text ?? "");
  let ranges = matchRanges(source, terms);
  let prefix = "";
  let suffix = "";
  if (source.length > width) {
    let start = ranges.length ? Math.max(0, ranges[0][0] - Math.floor(width / 4)) : 0;
    const space = source.lastIndexOf(" ", start);
    if (space > start - 20 && space >= 0) start = space + 1;
    if (/[\udc00-\udfff]/.test(source[start] || "")) start += 1;
    let end = Math.min(source.length, start + width);
    if (/[\ud800-\udbff]/.test(source[end - 1] || "")) end -= 1;
    prefix = start > 0 ? "…" : "";
    suffix = end < source.length ? "…" : "";
    ranges = ranges
      .filter(([a, b]) => b > start && a < end)
      .map(([a, b]) => [Math.max(a, start) - start, Math.min(b, end) - start]);
    source = source.slice(start, end);
  }
  const parts = [];
  let at = 0;
  for (const [a, b] of ranges) {
    if (a > at) parts.push({ text: source.slice(at, a), mark: false });
    parts.push({ text: source.slice(a, b), mark: true });
    at = b;
  }
  if (at < source.length) parts.push({ text: source.slice(at), mark: false });
  if (prefix) parts.unshift({ text: prefix, mark: false });
  if (suffix) parts.push({ text: suffix, mark: false });
  return parts;
}

// Fills an element with text and <mark> elements; never parses HTML.
export function renderParts(element, parts) {
  element.replaceChildren(
    ...parts.map((part) => {
      if (!part.mark) return document.createTextNode(part.text);
      const mark = document.createElement("mark");
      mark.textContent = part.text;
      return mark;
    }),
  );
}
