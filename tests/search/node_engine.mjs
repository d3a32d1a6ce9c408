// The browser's engine (engine.js + vendored lunr.js) over a built site's search folder, read from disk:
// "shards" mode loads only the shards each query needs, as the browser does; "full" mode loads index.json.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { SearchEngine, withDocument } from "../../overrides/assets/javascripts/search/engine.js";

export const lunr = createRequire(import.meta.url)("../../overrides/assets/vendor/lunr/lunr.min.js");

export function openEngine(searchDir, mode = "shards") {
  const read = (name) => JSON.parse(readFileSync(`${searchDir}/${name}`, "utf8"));
  const engine = new SearchEngine(lunr, read("meta.json"));
  if (mode === "full") engine.addIndex(read("index.json"));
  const docs = new Map();
  return {
    engine,
    search(query) {
      for (const number of engine.shardsFor(query)) engine.addShard(number, read(`shard/${number}.json`));
      return engine.search(query);
    },
    resolve(result) {
      if (!docs.has(result.article)) docs.set(result.article, read(`doc/${result.article}.json`));
      return withDocument(result, docs.get(result.article));
    },
  };
}
