// Runs facets.js on the JSON given on stdin: {"all": [...], "facets": {...}, "state": {...}, "today": "YYYY-MM-DD"}.
import { readFileSync } from "node:fs";
import { applyFacets, readState, stateParams } from "../../overrides/assets/javascripts/search/facets.js";

const input = JSON.parse(readFileSync(0, "utf8"));
const [y, m, d] = input.today.split("-").map(Number);
const state = input.search !== undefined ? readState(input.search) : input.state;
const { shown, counts, applied } = applyFacets(input.all, input.facets, state, new Date(y, m - 1, d));
const plain = (map) => Object.fromEntries([...map].sort());
process.stdout.write(
  JSON.stringify({
    shown: shown.map((r) => r.ref),
    counts: { category: plain(counts.category), tag: plain(counts.tag), updated: plain(counts.updated), totals: counts.totals },
    applied,
    query: stateParams(applied).toString(),
  }),
);
