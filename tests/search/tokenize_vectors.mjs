// Prints what tokenize.js makes of every case in the vectors file given as the first argument (JSON on stdout).
import { readFileSync } from "node:fs";
import { queryTokens, tokenize } from "../../overrides/assets/javascripts/search/tokenize.js";

const { cases } = JSON.parse(readFileSync(process.argv[2], "utf8"));
const results = cases.map((c) => ({ tokens: tokenize(c.text, c.language), query: queryTokens(c.text, c.language) }));
process.stdout.write(JSON.stringify(results));
