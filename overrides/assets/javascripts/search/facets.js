// The results page's filters and sort, as pure functions of the results and the page state (tests run them
// in Node). The state lives in the URL: ?q=…&category=…&tag=…&updated=30d|90d|1y&sort=date.
// Counts are facet counts: beside every value, the results that value would give together with the other
// filters as they are (so choosing a category still shows how many results the other categories hold).

// updated-date presets: URL value -> days back from today
export const DATE_PRESETS = [
  ["30d", 30],
  ["90d", 90],
  ["1y", 365],
];
const PRESET_DAYS = new Map(DATE_PRESETS);
export const SORTS = ["", "date"]; // "" = relevance

export function readState(search) {
  const params = new URLSearchParams(search);
  const updated = params.get("updated") || "";
  const sort = params.get("sort") || "";
  return {
    q: params.get("q") || "",
    category: params.get("category") || "",
    tag: params.get("tag") || "",
    updated: PRESET_DAYS.has(updated) ? updated : "",
    sort: SORTS.includes(sort) ? sort : "",
  };
}

// The query string of a state, parameters in a fixed order, empty ones left out.
export function stateParams(state) {
  const params = new URLSearchParams();
  for (const key of ["q", "category", "tag", "updated", "sort"]) {
    const value = key === "q" ? String(state.q || "").trim() : state[key];
    if (value) params.set(key, value);
  }
  return params;
}

// ISO date (YYYY-MM-DD) `days` before `today` (a Date), in the reader's calendar.
export function cutoffDate(today, days) {
  const day = new Date(today.getFullYear(), today.getMonth(), today.getDate() - days);
  const pad = (n) => String(n).padStart(2, "0");
  return `${day.getFullYear()}-${pad(day.getMonth() + 1)}-${pad(day.getDate())}`;
}

function countInto(map, key) {
  map.set(key, (map.get(key) || 0) + 1);
}

// Results to show and the counts of every filter value. `all` are the engine's results (best first), with
// .article and .category; `facets` is facets.json (null: only the category filter works); `today` a Date.
// Returns the state actually applied.
export function applyFacets(all, facets, state, today) {
  const cutoffs = new Map(DATE_PRESETS.map(([key, days]) => [key, cutoffDate(today, days)]));
  const tagsOf = (r) => facets?.articleTags[r.article] || [];
  const dateOf = (r) => facets?.updated[r.article] || "";
  const tagNumber = facets ? facets.tags.indexOf(state.tag) : -1;
  const applied = { ...state, tag: tagNumber >= 0 ? state.tag : "" };
  const matches = {
    category: (r) => !applied.category || r.category === applied.category,
    tag: (r) => !applied.tag || tagsOf(r).includes(tagNumber),
    updated: (r) => !applied.updated || dateOf(r) >= cutoffs.get(applied.updated),
  };
  // a value no result of the query has (a shared link after the content changed) is dropped; a combination
  // of values that leaves nothing is kept, and the counts show which filter to loosen
  for (const key of Object.keys(matches)) {
    if (applied[key] && !all.some(matches[key])) applied[key] = "";
  }
  const others = (skip) => all.filter((r) => Object.entries(matches).every(([key, test]) => key === skip || test(r)));
  const counts = { category: new Map(), tag: new Map(), updated: new Map(), totals: {} };
  const byCategory = others("category");
  byCategory.forEach((r) => countInto(counts.category, r.category));
  const byTag = others("tag");
  byTag.forEach((r) => tagsOf(r).forEach((t) => countInto(counts.tag, facets.tags[t])));
  const byDate = others("updated");
  byDate.forEach((r) => cutoffs.forEach((cutoff, key) => dateOf(r) >= cutoff && countInto(counts.updated, key)));
  counts.totals = { category: byCategory.length, tag: byTag.length, updated: byDate.length };
  let shown = others("");
  if (applied.sort === "date") {
    const rank = new Map(shown.map((r, i) => [r, i]));
    shown = [...shown].sort((a, b) => (dateOf(a) < dateOf(b) ? 1 : dateOf(a) > dateOf(b) ? -1 : rank.get(a) - rank.get(b)));
  }
  return { shown, counts, applied };
}
