// Throws ~N generated queries at the browser's query path (engine.js + lunr.js) and reports every exception.
// Usage: node fuzz_cli.mjs <search_dir> <count> <seed>
import { buildClauses } from "../../overrides/assets/javascripts/search/engine.js";
import { openEngine, seededRandom } from "./node_engine.mjs";

const [searchDir, countArg, seedArg] = process.argv.slice(2);
const search = openEngine(searchDir, "shards");
const { engine } = search;

const { random, pick } = seededRandom(seedArg);
const PIECES = [
  ":", "^", "~", "+", "-", "*", "\"", "'", "\\", "(", ")", "[", "]", "{", "}", "/", "|", "&", "!", "?", "~2", "^10",
  "title:", "body:fee", "+required", "-excluded", "*wild", "wild*", "pass^word", "setup:", "\u0000", "\t", "\n",
  " ", "  ", "🔐", "👍🏽", "👨‍👩‍👧", "🇯🇵", "\ud800", "\udfff", "\udc00\ud800", "𠀀", "𪚥", "\u200b", "\ufeff",
  "\u0301", "e\u0301", "ß", "İ", "ﬁ", "①", "Ⅻ", "ｶﾀｶﾅ", "二段階認証", "支付方式", "비밀번호", "2fa", "withdrawal",
  "fees", "comisiones", "contraseña", "КИРИЛЛИЦА", "العربية", "\u202e", "<script>", "&amp;", "%00", "null",
  "undefined", "constructor", "__proto__", "toString", "hasOwnProperty", "0", "-1", "1e309", "NaN",
];
function randomCodePoint() {
  const ranges = [[0x20, 0x7e], [0xa0, 0x24f], [0x3040, 0x30ff], [0x4e00, 0x9fff], [0xac00, 0xd7a3], [0xd800, 0xdfff], [0x1f300, 0x1faff], [0x20000, 0x2a6df], [0, 0x10ffff]];
  const [lo, hi] = pick(ranges);
  const code = lo + Math.floor(random() * (hi - lo + 1));
  return code >= 0xd800 && code <= 0xdfff ? String.fromCharCode(code) : String.fromCodePoint(code);
}
function query(i) {
  const shape = i % 5;
  if (shape === 4) {
    // long: 1,000 characters and more
    let s = "";
    while (s.length < 1000 + Math.floor(random() * 200)) s += random() < 0.5 ? pick(PIECES) : randomCodePoint();
    return s;
  }
  let s = "";
  const parts = 1 + Math.floor(random() * 8);
  for (let p = 0; p < parts; p++) s += random() < 0.6 ? pick(PIECES) : randomCodePoint();
  return s;
}

const count = Number(countArg);
const errors = [];
let results = 0;
for (let i = 0; i < count; i++) {
  const q = query(i);
  try {
    buildClauses(q, engine.language, engine.synonyms);
    const found = search.search(q);
    results += found.length;
    found.slice(0, 3).forEach((r) => search.resolve(r));
  } catch (error) {
    errors.push({ query: q, error: String(error?.stack ? error.stack : error) });
  }
}
process.stdout.write(JSON.stringify({ count, errors: errors.slice(0, 20), errorCount: errors.length, results }));
