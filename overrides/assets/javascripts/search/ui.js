// The reader's side of search: the combobox in the header (and the home page's hero), `/` to focus it,
// and the full results page with its category filter and URL state (?q=…&category=…).
import { searchClient } from "./client.js";
import { highlightParts, renderParts } from "./highlight.js";

const MAX_INSTANT = 8;
const MAX_PAGE = 50;
const SNIPPET_WIDTH = { instant: 140, page: 260 };
const DELAY_MS = 60;

function format(template, values) {
  return String(template || "").replace(/\{(\w+)\}/g, (match, key) => (key in values ? values[key] : match));
}

function countLabel(strings, n) {
  return format(n === 1 ? strings.results_one : strings.results_other, { n });
}

function readConfig(element) {
  let strings = {};
  try {
    strings = JSON.parse(element.dataset.hcStrings || "{}");
  } catch {
    strings = {};
  }
  return {
    root: element.dataset.hcRoot || "/",
    index: element.dataset.hcIndex || "search/",
    page: element.dataset.hcPage || "",
    strings,
  };
}

function pageUrl(config, query, category) {
  const url = new URL(config.page, new URL(config.root, document.baseURI));
  if (query) url.searchParams.set("q", query);
  if (category) url.searchParams.set("category", category);
  return url.href;
}

// One result: the article title (› section heading), the category and a snippet, matches highlighted.
function resultLink(result, width, className) {
  const link = document.createElement("a");
  link.className = className;
  link.href = result.href;
  link.dataset.hcResult = "";
  const title = document.createElement("span");
  title.className = `${className}-title`;
  renderParts(title, highlightParts(result.heading ? `${result.title} › ${result.heading}` : result.title, result.terms));
  const category = document.createElement("span");
  category.className = `${className}-category`;
  category.textContent = result.categoryTitle;
  const snippet = document.createElement("span");
  snippet.className = `${className}-snippet`;
  renderParts(snippet, highlightParts(result.text, result.terms, width));
  link.append(title, category, snippet);
  return link;
}

class SearchBox {
  constructor(element) {
    this.element = element;
    this.config = readConfig(element);
    this.input = element.querySelector("input[data-hc-search]");
    this.panel = element.querySelector(".hc-search__panel");
    this.list = element.querySelector("[role=listbox]");
    this.status = element.querySelector("[role=status]");
    this.all = element.querySelector("[data-hc-search-all]");
    this.results = [];
    this.active = -1;
    this.generation = 0;
    this.timer = 0;
    this.input.addEventListener("focus", () => this.warm());
    this.input.addEventListener("input", () => this.schedule());
    this.input.addEventListener("keydown", (event) => this.onKey(event));
    document.addEventListener("pointerdown", (event) => {
      if (!this.element.contains(event.target)) this.close();
    });
    this.element.addEventListener("focusout", (event) => {
      if (event.relatedTarget && !this.element.contains(event.relatedTarget)) this.close();
    });
  }

  client() {
    return searchClient(this.config.root, this.config.index);
  }

  warm() {
    this.client().catch(() => {});
  }

  schedule() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.run(), DELAY_MS);
  }

  async run() {
    const query = this.input.value;
    const generation = ++this.generation;
    if (!query.trim()) {
      this.results = [];
      this.close();
      this.status.textContent = "";
      return;
    }
    let found;
    try {
      const client = await this.client();
      found = await client.search(query, MAX_INSTANT);
    } catch {
      if (generation === this.generation) this.status.textContent = this.config.strings.unavailable || "";
      return;
    }
    if (generation !== this.generation) return; // the reader typed on meanwhile
    this.results = found.shown;
    this.active = -1;
    this.render(query, found.all.length);
  }

  render(query, total) {
    const id = this.list.id;
    this.list.replaceChildren(
      ...this.results.map((result, i) => {
        const option = document.createElement("li");
        option.id = `${id}-${i}`;
        option.className = "hc-search__option";
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        const link = resultLink(result, SNIPPET_WIDTH.instant, "hc-search__result");
        link.tabIndex = -1;
        option.append(link);
        return option;
      }),
    );
    const { strings } = this.config;
    this.status.textContent = total ? countLabel(strings, total) : format(strings.no_results, { q: query.trim() });
    if (this.all) {
      this.all.hidden = !this.config.page || total === 0;
      if (this.config.page) this.all.href = pageUrl(this.config, query.trim());
      this.all.textContent = total > MAX_INSTANT ? `${strings.see_all} (${total})` : strings.see_all;
    }
    if (total || this.config.page) this.open();
    this.highlightActive();
  }

  open() {
    this.panel.hidden = false;
    this.input.setAttribute("aria-expanded", "true");
  }

  close() {
    this.panel.hidden = true;
    this.input.setAttribute("aria-expanded", "false");
    this.active = -1;
    this.highlightActive();
  }

  highlightActive() {
    this.list.querySelectorAll("[role=option]").forEach((option, i) => {
      option.setAttribute("aria-selected", String(i === this.active));
      if (i === this.active) option.scrollIntoView({ block: "nearest" });
    });
    if (this.active >= 0) this.input.setAttribute("aria-activedescendant", `${this.list.id}-${this.active}`);
    else this.input.removeAttribute("aria-activedescendant");
  }

  onKey(event) {
    const count = this.results.length;
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      if (!count) return;
      event.preventDefault();
      if (this.panel.hidden) this.open();
      const step = event.key === "ArrowDown" ? 1 : -1;
      this.active = this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count;
      this.highlightActive();
    } else if (event.key === "Enter") {
      if (this.active >= 0 && !this.panel.hidden) {
        event.preventDefault();
        window.location.assign(this.results[this.active].href);
      } else if (!this.config.page || !this.input.value.trim()) {
        event.preventDefault();
        if (count) window.location.assign(this.results[0].href);
      } else {
        // the form opens the results page; keep its URL in the canonical ?q= form
        event.preventDefault();
        window.location.assign(pageUrl(this.config, this.input.value.trim()));
      }
    } else if (event.key === "Escape") {
      if (!this.panel.hidden) {
        event.preventDefault();
        this.close();
      } else if (this.input.value) {
        event.preventDefault();
        this.input.value = "";
        this.run();
      } else {
        this.input.blur();
      }
    }
  }
}

class ResultsPage {
  constructor(element) {
    this.element = element;
    this.config = readConfig(element);
    this.input = element.querySelector("input[data-hc-results-query]");
    this.form = element.querySelector("form");
    this.summary = element.querySelector("[data-hc-results-summary]");
    this.filters = element.querySelector("[data-hc-category-filter]");
    this.filterBox = element.querySelector("[data-hc-filters]");
    this.list = element.querySelector("[data-hc-results-list]");
    this.empty = element.querySelector("[data-hc-no-results]");
    this.emptyTitle = element.querySelector("[data-hc-no-results-title]");
    this.popular = element.querySelector("[data-hc-popular]");
    this.timer = 0;
    this.generation = 0;
    this.readUrl();
    this.input.addEventListener("input", () => {
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.update("replace"), DELAY_MS * 2);
    });
    this.form.addEventListener("submit", (event) => {
      event.preventDefault();
      this.update("push");
    });
    window.addEventListener("popstate", () => {
      this.readUrl();
      this.render();
    });
    this.render();
  }

  readUrl() {
    const params = new URLSearchParams(window.location.search);
    this.query = params.get("q") || "";
    this.category = params.get("category") || "";
    this.input.value = this.query;
  }

  update(mode) {
    this.query = this.input.value;
    if (!this.query.trim()) this.category = "";
    this.writeUrl(mode);
    this.render();
  }

  writeUrl(mode) {
    const url = new URL(window.location.href);
    url.search = "";
    if (this.query.trim()) url.searchParams.set("q", this.query.trim());
    if (this.category) url.searchParams.set("category", this.category);
    if (url.href === window.location.href) return;
    if (mode === "push") window.history.pushState(null, "", url.href);
    else window.history.replaceState(null, "", url.href);
  }

  async render() {
    const generation = ++this.generation;
    const { strings } = this.config;
    let client;
    try {
      client = await searchClient(this.config.root, this.config.index);
    } catch {
      this.summary.textContent = strings.unavailable || "";
      return;
    }
    if (generation !== this.generation) return;
    const query = this.query.trim();
    if (!query) {
      this.list.replaceChildren();
      this.filterBox.hidden = true;
      this.empty.hidden = true;
      this.summary.textContent = strings.type_to_search || "";
      return;
    }
    let found;
    try {
      found = await client.search(query, MAX_PAGE, (r) => !this.category || r.category === this.category);
    } catch {
      if (generation === this.generation) this.summary.textContent = strings.unavailable || "";
      return;
    }
    if (generation !== this.generation) return;
    const { all } = found;
    const counts = new Map();
    for (const result of all) counts.set(result.category, (counts.get(result.category) || 0) + 1);
    if (this.category && !counts.has(this.category)) {
      this.category = "";
      this.render();
      return;
    }
    const total = this.category ? counts.get(this.category) : all.length;
    this.renderFilters(client, counts, all.length);
    this.list.replaceChildren(
      ...found.shown.map((result) => {
        const item = document.createElement("li");
        item.className = "hc-results__item";
        item.append(resultLink(result, SNIPPET_WIDTH.page, "hc-results__result"));
        return item;
      }),
    );
    this.summary.textContent = total ? countLabel(strings, total) : "";
    this.empty.hidden = all.length > 0;
    this.filterBox.hidden = all.length === 0;
    if (!all.length) {
      this.emptyTitle.textContent = format(strings.no_results, { q: query });
      this.popular.replaceChildren(
        ...client.popular().map((article) => {
          const item = document.createElement("li");
          item.className = "hc-article-list__item";
          const link = document.createElement("a");
          link.className = "hc-article-list__link";
          link.href = article.href;
          link.textContent = article.title;
          item.append(link);
          return item;
        }),
      );
    }
  }

  renderFilters(client, counts, total) {
    const { strings } = this.config;
    const options = [{ id: "", title: strings.all_categories, count: total }];
    for (const category of client.categories()) {
      if (counts.has(category.id)) options.push({ id: category.id, title: category.title, count: counts.get(category.id) });
    }
    this.filters.replaceChildren(
      ...options.map((option) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.className = "hc-results__filter";
        link.href = pageUrl(this.config, this.query.trim(), option.id);
        link.dataset.hcCategory = option.id;
        if (option.id === this.category) link.setAttribute("aria-current", "true");
        const label = document.createElement("span");
        label.textContent = option.title;
        const count = document.createElement("span");
        count.className = "hc-results__count";
        count.textContent = String(option.count);
        link.append(label, count);
        link.addEventListener("click", (event) => {
          event.preventDefault();
          this.category = option.id;
          this.writeUrl("push");
          this.render();
        });
        item.append(link);
        return item;
      }),
    );
  }
}

function isEditable(target) {
  return Boolean(target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName)));
}

// `/` focuses the header's search box, wherever the reader is on the page (Material's own shortcut is off
// with its search plugin; capture keeps any other handler from acting on the same key)
window.addEventListener(
  "keydown",
  (event) => {
    if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isEditable(event.target)) return;
    const input = document.querySelector(".hc-search--header input[data-hc-search]");
    if (!input) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    input.focus();
    input.select();
  },
  true,
);

document.querySelectorAll("[data-hc-search-box]").forEach((element) => new SearchBox(element));
document.querySelectorAll("[data-hc-results-page]").forEach((element) => new ResultsPage(element));
