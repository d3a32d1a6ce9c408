// Loads a serialized index with the vendored lunr.js and runs term queries: {"index": {...}, "terms": [...]} on stdin.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

const lunr = createRequire(import.meta.url)("../../overrides/assets/vendor/lunr/lunr.min.js");
const input = JSON.parse(readFileSync(0, "utf8"));
const index = lunr.Index.load(input.index);
const hits = input.terms.map((term) => index.query((q) => q.term(term, { usePipeline: false })).map((h) => h.ref));
process.stdout.write(JSON.stringify(hits));
