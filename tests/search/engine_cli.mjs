// Runs the browser's query path in Node on a built site's index.
// Input on stdin: {"search_dir": ".../<lang>/search", "queries": ["..."], "limit": 10, "mode": "shards"|"full"}
import { readFileSync } from "node:fs";
import { openEngine } from "./node_engine.mjs";

const input = JSON.parse(readFileSync(0, "utf8"));
const search = openEngine(input.search_dir, input.mode || "shards");
const limit = input.limit ?? 10;
const results = input.queries.map((q) =>
  search
    .search(q)
    .slice(0, limit)
    .map((r) => {
      const full = search.resolve(r);
      return { ref: r.ref, url: full.url, score: r.score, category: r.category };
    }),
);
process.stdout.write(JSON.stringify(results));
