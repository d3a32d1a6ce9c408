// Runs the browser's query path in Node on a built site's index.
// Input on stdin: {"search_dir": ".../<lang>/search", "queries": ["..."], "limit": 10, "mode": "shards"|"full",
// "articles": true}; articles: one result per article (engine.find, what the pages list) with `total`, the
// number of articles found, instead of section results (engine.search).
import { readFileSync } from "node:fs";
import { openEngine } from "./node_engine.mjs";

const input = JSON.parse(readFileSync(0, "utf8"));
const search = openEngine(input.search_dir, input.mode || "shards");
const limit = input.limit ?? 10;
// {total, partial, urls}: the number of articles found, whether none matched every word, the first `limit` urls
const articles = (q) => {
  const { results, partial } = search.find(q);
  return { total: results.length, partial, urls: results.slice(0, limit).map((r) => search.resolve(r).url) };
};
const sections = (q) =>
  search
    .search(q)
    .slice(0, limit)
    .map((r) => {
      const full = search.resolve(r);
      return { ref: r.ref, url: full.url, score: r.score, category: r.category };
    });
process.stdout.write(JSON.stringify(input.queries.map(input.articles ? articles : sections)));
