// The browser's engine (engine.js + vendored lunr.js) over a built site's search folder, read from disk:
// "shards" mode loads only the shards (and typo vocabulary files) each query needs, as the browser does;
// "full" mode loads index.json, the whole reference index (written only by reference builds, see
// helpcenter.search.index.build_language_files), and the same typo vocabulary files.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SearchEngine, withDocument } from "../../overrides/assets/javascripts/search/engine.js";

export const lunr = createRequire(import.meta.url)("../../overrides/assets/vendor/lunr/lunr.min.js");

export function openEngine(searchDir, mode = "shards") {
  const read = (name) => JSON.parse(readFileSync(`${searchDir}/${name}`, "utf8"));
  const engine = new SearchEngine(lunr, read("meta.json"));
  if (mode === "full") engine.addIndex(read("index.json"));
  const docs = new Map();
  const addShards = (query) => {
    for (const number of engine.shardsFor(query)) engine.addShard(number, read(`shard/${number}.json`));
  };
  return {
    engine,
    // the client's prepare(): shards, then typo vocabulary for unknown words, then their corrections' shards
    search(query) {
      addShards(query);
      for (const number of engine.tailsFor(query)) engine.addTail(number, read(`tail/${number}.json`));
      addShards(query); // the shards of the corrections, whether their typo vocabulary was loaded now or before
      return engine.search(query);
    },
    // article results (engine.find, what the pages list): {results, partial, corrected}
    find(query, options = {}) {
      this.search(query);
      return engine.find(query, options);
    },
    resolve(result) {
      if (!docs.has(result.article)) docs.set(result.article, read(`doc/${result.article}.json`));
      return withDocument(result, docs.get(result.article));
    },
  };
}

// mulberry32: a seeded generator, so that a failing fuzz or property run can be reproduced from its seed
export function seededRandom(seed) {
  let state = Number(seed) >>> 0 || 1;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return { random, pick: (items) => items[Math.floor(random() * items.length)] };
}
