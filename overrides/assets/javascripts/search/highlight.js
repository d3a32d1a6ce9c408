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
      // a word term marks the whole word it begins (the stem "withdraw" marks all of "withdrawal")
      let last = at + term.length - 1;
      while (!cjk && last + 1 < norm.length && WORD_CHAR.test(norm[last + 1])) last++;
      ranges.push([starts[at], ends[last]]);
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

// Offsets where a snippet may begin or end: word boundaries (Intl.Segmenter, which also finds the words of Chinese and
// Japanese text written without spaces, and never splits a grapheme), or without it the ends of whitespace runs and
// every code point of CJK text (a window never cuts a surrogate pair or a character from its combining marks).
function boundaries(text, locale) {
  if (typeof Intl !== "undefined" && Intl.Segmenter) {
    try {
      const found = [];
      for (const { index } of new Intl.Segmenter(locale || undefined, { granularity: "word" }).segment(text)) found.push(index);
      found.push(text.length);
      return found;
    } catch {
      // an unknown locale: the fallback below
    }
  }
  const found = [0];
  let offset = 0;
  let previous = "";
  for (const char of text) {
    const mark = /\p{M}/u.test(char);
    const word = WORD_CHAR.test(char) && !isCjk(char);
    const previousWord = WORD_CHAR.test(previous) && !isCjk(previous);
    if (offset > 0 && !mark && !(word && previousWord)) found.push(offset);
    offset += char.length;
    previous = mark ? previous : char;
  }
  found.push(text.length);
  return found;
}

// The last boundary at or before `at` (or the first one after it when none is at or after `floor`).
function snapDown(bounds, at, floor) {
  let best = -1;
  for (const b of bounds) if (b <= at && b >= floor) best = b;
  return best >= 0 ? best : at;
}

// [{text, mark}] pieces of `text` (or of a window of about `width` characters around the first match, cut at word
// boundaries, or grapheme boundaries where a language has no spaces). `locale`: the text's language.
export function highlightParts(text, terms, width = Infinity, locale = "") {
  let source = String(text ?? "");
  let ranges = matchRanges(source, terms);
  let prefix = "";
  let suffix = "";
  if (source.length > width) {
    const bounds = boundaries(source, locale);
    const first = ranges.length ? ranges[0] : [0, 0];
    // begin a little before the first match, at a boundary no further back than half the window
    let start = snapDown(bounds, Math.max(0, first[0] - Math.floor(width / 4)), Math.max(0, first[0] - Math.floor(width / 2)));
    if (start > first[0]) start = first[0];
    while (start < first[0] && /\s/u.test(source[start])) start++;
    // end at the last boundary that keeps the window within `width`, after the first match when it fits
    let end = snapDown(bounds, Math.min(source.length, start + width), Math.min(first[1], start + width));
    if (end <= start) end = Math.min(source.length, start + width);
    while (end < source.length && /\s/u.test(source[end - 1] || "")) end--;
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
