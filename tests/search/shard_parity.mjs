// Property check: for random queries, the shards a query loads give the same results (refs and scores) as
// the whole index. Usage: node shard_parity.mjs <search_dir> <count> <seed>; prints {count, mismatches}.
import { readFileSync } from "node:fs";
import { openEngine, seededRandom } from "./node_engine.mjs";

const [searchDir, countArg, seedArg] = process.argv.slice(2);
const sharded = openEngine(searchDir, "shards");
const full = openEngine(searchDir, "full");
const terms = JSON.parse(readFileSync(`${searchDir}/index.json`, "utf8")).invertedIndex.map(([term]) => term);
const docs = sharded.engine.sectionArticle.length;

const { random, pick } = seededRandom(seedArg);
function typo(word) {
  const chars = Array.from(word);
  if (chars.length < 3) return word;
  const kind = random();
  if (kind < 0.4) {
    chars.splice(Math.floor(random() * chars.length), 1); // a deleted character, the first two included
  } else if (kind < 0.7) {
    [chars[0], chars[1]] = [chars[1], chars[0]]; // the first two swapped: the correction is in another shard
  } else {
    chars[Math.floor(random() * 2)] = pick(["q", "x", "z", "e"]); // a wrong first or second letter
  }
  return chars.join("");
}
function query() {
  const words = [];
  const count = 1 + Math.floor(random() * 4);
  for (let i = 0; i < count; i++) {
    const term = pick(terms);
    words.push(random() < 0.2 ? typo(term) : random() < 0.2 ? term.slice(0, 3) : term);
  }
  return words.join(random() < 0.5 ? " " : "") + (random() < 0.5 ? " " : "");
}

const count = Number(countArg);
const mismatches = [];
for (let i = 0; i < count; i++) {
  const q = query();
  const a = sharded.search(q).map((r) => [r.ref, r.score.toFixed(9)]);
  const b = full.search(q).map((r) => [r.ref, r.score.toFixed(9)]);
  if (JSON.stringify(a) !== JSON.stringify(b)) mismatches.push({ query: q, sharded: a.slice(0, 5), full: b.slice(0, 5) });
}
const loaded = sharded.engine.byShard.size;
const tails = sharded.engine.tails.size;
process.stdout.write(JSON.stringify({ count, docs, shards: sharded.engine.meta.shards, loaded, tails, mismatches: mismatches.slice(0, 10), mismatchCount: mismatches.length }));
