// The search tokenizer in the browser: the twin of helpcenter/publish/search/tokenize.py, which builds the index.
// tests/search/vectors.json holds the cases both must agree on; change both and the vectors together.
// Strings are handled by code point (Array.from), as Python does, never by UTF-16 code unit.

const CJK_RANGES = [
  [0x1100, 0x11ff], // Hangul Jamo
  [0x3005, 0x3007], // 々 〆 〇
  [0x3040, 0x309f], // Hiragana
  [0x30a0, 0x30ff], // Katakana (with the prolonged sound mark ー)
  [0x3130, 0x318f], // Hangul Compatibility Jamo
  [0x31f0, 0x31ff], // Katakana Phonetic Extensions
  [0x3400, 0x4dbf], // CJK Extension A
  [0x4e00, 0x9fff], // CJK Unified Ideographs
  [0xa960, 0xa97f], // Hangul Jamo Extended-A
  [0xac00, 0xd7af], // Hangul Syllables
  [0xd7b0, 0xd7ff], // Hangul Jamo Extended-B
  [0xf900, 0xfaff], // CJK Compatibility Ideographs
  [0x20000, 0x3ffff], // CJK Extensions B and later
];
const LATIN_RANGES = [
  [0x00c0, 0x024f],
  [0x1e00, 0x1eff],
];
const COMBINING_MARKS = /[\u0300-\u036f]/gu;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
// biome-ignore lint/suspicious/noControlCharactersInRegex: ASCII starts at U+0000, so the range names it
const ASCII = /^[\x00-\x7f]*$/;
const STEMMED_LANGUAGES = ["en", "es"];

function inRanges(code, ranges) {
  return ranges.some(([first, last]) => code >= first && code <= last);
}

export function isCjk(char) {
  return inRanges(char.codePointAt(0), CJK_RANGES);
}

function foldChar(char) {
  if (!inRanges(char.codePointAt(0), LATIN_RANGES)) return char;
  return char.normalize("NFD").replace(COMBINING_MARKS, "");
}

export function normalize(text) {
  return Array.from(String(text).normalize("NFKC").toLowerCase(), foldChar).join("");
}

function stemEn(word) {
  if (word.endsWith("ies")) return `${word.slice(0, -3)}y`;
  if (["sses", "xes", "zes", "ches", "shes"].some((end) => word.endsWith(end))) return word.slice(0, -2);
  return word.slice(0, -1);
}

function stemEs(word) {
  if (word.endsWith("s")) word = word.slice(0, -1);
  if (word.length > 4 && word.endsWith("e") && "lrn".includes(word[word.length - 2])) word = word.slice(0, -1);
  return word;
}

export function stem(word, language) {
  if (!STEMMED_LANGUAGES.includes(language) || word.length <= 3 || !ASCII.test(word)) return word;
  if (["ss", "us", "is"].some((end) => word.endsWith(end))) return word;
  if (language === "es") return stemEs(word);
  return word.endsWith("s") ? stemEn(word) : word;
}

function runs(text) {
  const found = [];
  let kind = "";
  let current = [];
  for (const char of text) {
    const charKind = isCjk(char) ? "cjk" : WORD_CHAR.test(char) ? "word" : "";
    if (charKind !== kind && current.length) {
      found.push([kind, current]);
      current = [];
    }
    kind = charKind;
    if (charKind) current.push(char);
  }
  if (current.length) found.push([kind, current]);
  return found;
}

export function tokenize(text, language) {
  const tokens = [];
  for (const [kind, chars] of runs(normalize(text))) {
    if (kind === "word") {
      tokens.push(stem(chars.join(""), language));
      continue;
    }
    chars.forEach((char, i) => {
      tokens.push(char);
      if (i + 1 < chars.length) tokens.push(char + chars[i + 1]);
    });
  }
  return tokens;
}

export function queryTokens(text, language) {
  const tokens = [];
  for (const [kind, chars] of runs(normalize(text))) {
    if (kind === "word") tokens.push(stem(chars.join(""), language));
    else if (chars.length === 1) tokens.push(chars[0]);
    else for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
  }
  return tokens;
}
