// Loads a language's prebuilt search data as it is needed: lunr.js (vendored) and meta.json on first use,
// then only the index shards of the query's terms and the articles (doc/<n>.json) of the results shown.
import { SearchEngine, withDocument } from "./engine.js";

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
    this.ready = Promise.all([loadLunr(), fetchJson(new URL("meta.json", base))]).then(([lunr, meta]) => {
      this.engine = new SearchEngine(lunr, meta);
      return this;
    });
    // a failed load may be retried later (offline, then online again)
    this.ready.catch(() => clients.delete(base.href));
  }

  loadShard(number) {
    if (!this.shards.has(number)) {
      const loading = fetchJson(new URL(`shard/${number}.json`, this.base)).then((entries) =>
        this.engine.addShard(number, entries),
      );
      loading.catch(() => this.shards.delete(number));
      this.shards.set(number, loading);
    }
    return this.shards.get(number);
  }

  loadDoc(article) {
    if (!this.docs.has(article)) {
      const loading = fetchJson(new URL(`doc/${article}.json`, this.base));
      loading.catch(() => this.docs.delete(article));
      this.docs.set(article, loading);
    }
    return this.docs.get(article);
  }

  // All results (for counts) and the first `limit` completed with their articles' data; fetches only the
  // shards and articles it has not fetched before
  async search(query, limit, filter = () => true) {
    await Promise.all(this.engine.shardsFor(query).map((number) => this.loadShard(number)));
    const all = this.engine.search(query);
    const chosen = all.filter(filter).slice(0, limit);
    const docs = await Promise.all(chosen.map((result) => this.loadDoc(result.article)));
    const shown = chosen.map((result, i) => {
      const full = withDocument(result, docs[i]);
      return { ...full, href: new URL(full.url, this.root).href };
    });
    return { all, shown };
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
