// Prints what tokenize.js makes of every case in the vectors file given as the first argument (JSON on stdout):
// index tokens, query tokens with the language's stop words and particles (stopwords.json, the lists meta.json
// carries) and query tokens without them.
import { readFileSync } from "node:fs";
import { queryTokens, tokenize } from "../../overrides/assets/javascripts/search/tokenize.js";

const { cases } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const stops = JSON.parse(readFileSync(new URL("../../helpcenter/publish/search/stopwords.json", import.meta.url), "utf8"));
const results = cases.map((c) => ({
  tokens: tokenize(c.text, c.language),
  query: queryTokens(c.text, c.language, stops[c.language] || {}),
  query_all: queryTokens(c.text, c.language),
}));
process.stdout.write(JSON.stringify(results));
