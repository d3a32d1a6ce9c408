// Loads a language's prebuilt search data as it is needed: lunr.js (vendored) and meta.json on first use,
// then only the index shards of the query's terms and the articles (doc/<n>.json) of the results shown.
import { MAX_NESTED_SECTIONS, SearchEngine, withDocument } from "./engine.js";

const LUNR_URL = new URL("../../vendor/lunr/lunr.min.js", import.meta.url);
const clients = new Map();
let lunrLoading = null;

function loadLunr() {
  if (window.lunr) return Promise.resolve(window.lunr);
  if (!lunrLoading) {
    // lunr.js 2.3.9 is a UMD script, not an ES module: as a classic script it defines window.lunr
    lunrLoading = new Promise((resolve, reject) => {
      const script = document.createElement("script");
      script.src = LUNR_URL.href;
      script.async = true;
      script.onload = () => (window.lunr ? resolve(window.lunr) : reject(new Error("lunr.js did not load")));
      script.onerror = () => {
        lunrLoading = null;
        script.remove();
        reject(new Error("lunr.js did not load"));
      };
      document.head.append(script);
    });
  }
  return lunrLoading;
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: "same-origin" });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json();
}

class SearchClient {
  constructor(base, root) {
    this.base = base;
    this.root = root;
    this.shards = new Map(); // shard number -> its pending or finished load
    this.docs = new Map(); // article number -> its pending or finished load
    this.tailLoads = new Map(); // typo vocabulary file number -> its pending or finished load
    this.facetsLoads = new Map(); // facets.json: at most one entry
    this.ready = Promise.all([loadLunr(), fetchJson(new URL("meta.json", base))]).then(([lunr, meta]) => {
      this.engine = new SearchEngine(lunr, meta);
      return this;
    });
    // a failed load may be retried later (offline, then online again)
    this.ready.catch(() => clients.delete(base.href));
  }

  // Fetches once and remembers (passed through `add` when given); a failed load is forgotten, so that it can be
  // tried again (offline, then online)
  loadOnce(cache, key, path, add = (data) => data) {
    if (!cache.has(key)) {
      const loading = fetchJson(new URL(path, this.base)).then(add);
      loading.catch(() => cache.delete(key));
      cache.set(key, loading);
    }
    return cache.get(key);
  }

  loadShard(number) {
    return this.loadOnce(this.shards, number, `shard/${number}.json`, (entries) =>
      this.engine.addShard(number, entries),
    );
  }

  loadTail(number) {
    return this.loadOnce(this.tailLoads, number, `tail/${number}.json`, (terms) => this.engine.addTail(number, terms));
  }

  // The results page's filter data (tags and dates per article); the instant search never needs it
  facets() {
    return this.loadOnce(this.facetsLoads, "facets", "facets.json");
  }

  loadDoc(article) {
    return this.loadOnce(this.docs, article, `doc/${article}.json`);
  }

  // Everything a query needs, fetching only what was not fetched before: the shards of its terms, and for a
  // word that matched nothing the typo vocabulary and then the shards of its corrections
  async prepare(query) {
    const load = (numbers, loader) => Promise.all(numbers.map((number) => loader.call(this, number)));
    await load(this.engine.shardsFor(query), this.loadShard);
    // which words are unknown shows only once their shards are in; their typo vocabulary may be loaded already
    await load(this.engine.tailsFor(query), this.loadTail);
    await load(this.engine.shardsFor(query), this.loadShard);
  }

  // All results (for counts: one per article) and the first `limit` completed with their articles' data, each
  // with up to MAX_NESTED_SECTIONS matched sections as deep links. `select` picks and orders the results to show
  // (the results page's filters and sort); default: all, best first. `partial`: no article matched every word;
  // `corrected`: typed word -> the index term searched instead. options.exact: no typo corrections.
  // options.stale: called once the shards are in; true means the answer is no longer wanted (null, no articles fetched).
  async search(query, limit, select = (results) => results, options = {}) {
    await this.prepare(query);
    if (options.stale?.()) return null;
    const { results: all, partial, corrected } = this.engine.find(query, options);
    const chosen = select(all).slice(0, limit);
    const docs = await Promise.all(chosen.map((result) => this.loadDoc(result.article)));
    const href = (url) => new URL(url, this.root).href;
    const shown = chosen.map((result, i) => {
      const full = withDocument(result, docs[i]);
      const sections = result.sections
        .map((section) => withDocument(section, docs[i]))
        .filter((section) => section.heading)
        .slice(0, MAX_NESTED_SECTIONS)
        .map((section) => ({ heading: section.heading, terms: section.terms, href: href(section.url) }));
      return { ...full, heading: "", href: href(docs[i].url), sections };
    });
    return { all, shown, partial, corrected };
  }

  popular() {
    return this.engine.meta.popular.map(([url, title]) => ({ title, href: new URL(url, this.root).href }));
  }

  categories() {
    return this.engine.meta.categories;
  }
}

// One client per language index; `root` is the site root, `indexDir` the language's search folder below it.
export function searchClient(root, indexDir) {
  const rootUrl = new URL(root, document.baseURI);
  const base = new URL(indexDir, rootUrl);
  if (!clients.has(base.href)) clients.set(base.href, new SearchClient(base, rootUrl));
  return clients.get(base.href).ready;
}
