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

// Stop words and particles: a query leaves them out (queryTokens), unless nothing else is left. `stops` is the
// language's lists from helpcenter/publish/search/stopwords.json, as the index build writes them into meta.json:
// {words, particles, suffixes}; see that file for what each list does.
const HIRAGANA = [0x3041, 0x309f];
const compiledStops = new WeakMap();

function isHiragana(char) {
  const code = char.codePointAt(0);
  return code >= HIRAGANA[0] && code <= HIRAGANA[1];
}

function compileStops(stops) {
  if (!stops) return null;
  if (!compiledStops.has(stops)) {
    const norm = (list) => (list || []).map(normalize).filter(Boolean);
    const byLength = (a, b) => Array.from(b).length - Array.from(a).length;
    const particles = norm(stops.particles);
    const hiragana = new Set(particles.filter((p) => Array.from(p).every(isHiragana)));
    compiledStops.set(stops, {
      words: new Set(norm(stops.words)),
      hiragana,
      others: particles.filter((p) => !hiragana.has(p)).sort(byLength),
      suffixes: norm(stops.suffixes).sort(byLength),
    });
  }
  return compiledStops.get(stops);
}

// Whether a run of hiragana is particles only (one after another: には, ですか).
function allParticles(chunk, particles) {
  const ends = new Set([0]);
  for (let end = 1; end <= chunk.length; end++) {
    for (let start = Math.max(0, end - 6); start < end; start++) {
      if (ends.has(start) && particles.has(chunk.slice(start, end).join(""))) {
        ends.add(end);
        break;
      }
    }
  }
  return ends.has(chunk.length);
}

function startsWithAt(chars, i, word) {
  const w = Array.from(word);
  return w.every((char, k) => chars[i + k] === char);
}

// A CJK run of a query split where its particles stand, each piece without a trailing suffix; stop words (whole
// pieces) left out. Pieces are arrays of characters.
function cjkPieces(chars, stop) {
  const pieces = [];
  let current = [];
  const flush = () => {
    if (current.length) pieces.push(current);
    current = [];
  };
  let i = 0;
  while (i < chars.length) {
    if (isHiragana(chars[i])) {
      let j = i;
      while (j < chars.length && isHiragana(chars[j])) j++;
      const chunk = chars.slice(i, j);
      if (stop.hiragana.size && allParticles(chunk, stop.hiragana)) flush();
      else current.push(...chunk);
      i = j;
      continue;
    }
    const found = stop.others.find((p) => startsWithAt(chars, i, p));
    if (found) {
      flush();
      i += Array.from(found).length;
      continue;
    }
    current.push(chars[i]);
    i++;
  }
  flush();
  const kept = [];
  for (let piece of pieces) {
    const suffix = stop.suffixes.find((s) => {
      const n = Array.from(s).length;
      return piece.length - n >= 2 && piece.slice(piece.length - n).join("") === s;
    });
    if (suffix) piece = piece.slice(0, piece.length - Array.from(suffix).length);
    if (!stop.words.has(piece.join(""))) kept.push(piece);
  }
  return kept;
}

function cjkQuery(chars) {
  if (chars.length === 1) return [chars[0]];
  const bigrams = [];
  for (let i = 0; i + 1 < chars.length; i++) bigrams.push(chars[i] + chars[i + 1]);
  return bigrams;
}

// Query tokens by piece: a word gives [its stem]; a CJK run, split where its particles stand, gives one piece of
// bigrams (a lone character: itself) per part. The language's stop words and particles (`stops`, see above) are left
// out, unless nothing else is left.
export function queryPieces(text, language, stops = null) {
  const found = runs(normalize(text));
  const every = found.map(([kind, chars]) => (kind === "word" ? [stem(chars.join(""), language)] : cjkQuery(chars)));
  const stop = compileStops(stops);
  if (!stop) return every;
  const pieces = [];
  for (const [kind, chars] of found) {
    if (kind === "word") {
      const word = chars.join("");
      if (!stop.words.has(word)) pieces.push([stem(word, language)]);
    } else {
      for (const piece of cjkPieces(chars, stop)) pieces.push(cjkQuery(piece));
    }
  }
  return pieces.length ? pieces : every;
}

// Query tokens: like tokenize, but a CJK run of two or more characters gives its bigrams only, and the language's
// stop words and particles are left out (see queryPieces).
export function queryTokens(text, language, stops = null) {
  return queryPieces(text, language, stops).flat();
}
