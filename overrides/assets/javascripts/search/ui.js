// The reader's side of search: the combobox in the header (and the home page's hero), `/` to focus it,
// and the full results page with its filters (category, tag, updated date), sort and URL state (facets.js).
import { searchClient } from "./client.js";
import { DATE_PRESETS, applyFacets, readState, stateParams } from "./facets.js";
import { highlightParts, renderParts } from "./highlight.js";
import { fill } from "../placeholders.js";
import { queryTokens } from "./tokenize.js";

const MAX_INSTANT = 8;
const MAX_PAGE = 50;
const SNIPPET_WIDTH = { instant: 140, page: 260 };
const DELAY_MS = 60;

// The query as searched: the reader's words, those the engine corrected replaced by their correction.
function correctedQuery(query, corrected, language) {
  if (!corrected?.size) return "";
  let changed = false;
  const words = query.split(/\s+/u).filter(Boolean).map((word) => {
    const tokens = queryTokens(word, language);
    if (tokens.length === 1 && corrected.has(tokens[0])) {
      changed = true;
      return corrected.get(tokens[0]);
    }
    return word;
  });
  return changed ? words.join(" ") : "";
}

// The dropdown's note after the count: the query searched instead of a typo, or that only some words matched.
function notes(strings, query, found, language) {
  const searched = correctedQuery(query, found.corrected, language);
  if (searched) return fill(strings.showing_results_for, { q: searched });
  return found.partial ? strings.some_words : "";
}

function countLabel(strings, n) {
  return fill(n === 1 ? strings.results_one : strings.results_other, { n });
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
    language: element.dataset.hcLanguage || document.documentElement.lang || "en",
    strings,
  };
}

function pageUrl(config, query) {
  const url = new URL(config.page, new URL(config.root, document.baseURI));
  if (query) url.searchParams.set("q", query);
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
  renderParts(snippet, highlightParts(result.text, result.terms, width, document.documentElement.lang));
  link.append(title, category, snippet);
  return link;
}

// The matched sections of a result's article, as deep links below it ("In this article: …").
function sectionLinks(result, strings, className) {
  if (!result.sections?.length) return null;
  const nav = document.createElement("div");
  nav.className = `${className}-sections`;
  nav.dataset.hcResultSections = "";
  const label = document.createElement("span");
  label.className = `${className}-sections-label`;
  label.textContent = strings.in_this_article;
  const list = document.createElement("ul");
  list.className = `${className}-sections-list`;
  for (const section of result.sections) {
    const item = document.createElement("li");
    const link = document.createElement("a");
    link.href = section.href;
    link.dataset.hcResultSection = "";
    renderParts(link, highlightParts(section.heading, section.terms));
    item.append(link);
    list.append(item);
  }
  nav.append(label, " ", list);
  return nav;
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
    this.pending = false; // keystrokes not searched yet
    this.waiting = false; // keystrokes waiting for DELAY_MS without another
    this.running = false;
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

  // A keystroke that follows a pause of DELAY_MS or more is searched at once (no fixed delay after the reader's last
  // keystroke); a quick run of keystrokes, and the first one, wait until DELAY_MS pass without another, so a fast
  // typist's unfinished words cost nothing. One query runs at a time: what was typed meanwhile runs next, as one.
  schedule() {
    const now = performance.now();
    const pause = this.lastInput !== undefined && now - this.lastInput >= DELAY_MS;
    this.lastInput = now;
    clearTimeout(this.timer);
    this.waiting = !pause;
    if (pause) this.request();
    else {
      this.timer = setTimeout(() => {
        this.waiting = false;
        this.request();
      }, DELAY_MS);
    }
  }

  request() {
    this.pending = true;
    if (!this.running) this.drain();
  }

  async drain() {
    this.running = true;
    while (this.pending) {
      this.pending = false;
      await this.run();
    }
    this.running = false;
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
    let client;
    try {
      client = await this.client();
      // overtaken by newer keystrokes once its shards are in: it fetches no articles and shows nothing
      found = await client.search(query, MAX_INSTANT, undefined, { stale: () => this.pending || this.waiting });
    } catch {
      if (generation === this.generation) this.status.textContent = this.config.strings.unavailable || "";
      return;
    }
    if (!found || generation !== this.generation) return; // the reader typed on meanwhile
    this.results = found.shown;
    this.active = -1;
    this.render(query, found.all.length, notes(this.config.strings, query, found, client.engine.language));
  }

  render(query, total, note = "") {
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
    this.status.textContent = total ? [countLabel(strings, total), note].filter(Boolean).join(" · ") : fill(strings.no_results, { q: query.trim() });
    if (this.all) {
      this.all.hidden = !this.config.page || total === 0;
      if (this.config.page) this.all.href = pageUrl(this.config, query.trim());
      this.all.textContent = total > MAX_INSTANT ? `${strings.see_all} (${total})` : strings.see_all;
    }
    if (total || this.config.page) this.open();
    this.highlightActive();
    // the query the dropdown shows results for: tests and scripts/bench_search.py wait for it
    this.element.dataset.hcShown = query;
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

const MAX_TAGS = 20;

function formatDate(iso) {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso || "")) return "";
  try {
    const formatter = new Intl.DateTimeFormat(document.documentElement.lang || undefined, { dateStyle: "medium", timeZone: "UTC" });
    return formatter.format(new Date(`${iso}T00:00:00Z`));
  } catch {
    return iso;
  }
}

class ResultsPage {
  constructor(element) {
    this.element = element;
    this.config = readConfig(element);
    this.input = element.querySelector("input[data-hc-results-query]");
    this.form = element.querySelector("form");
    this.summary = element.querySelector("[data-hc-results-summary]");
    this.filterBox = element.querySelector("[data-hc-filters]");
    this.lists = {
      category: element.querySelector("[data-hc-category-filter]"),
      tag: element.querySelector("[data-hc-tag-filter]"),
      updated: element.querySelector("[data-hc-updated-filter]"),
    };
    this.sort = element.querySelector("select[data-hc-sort]");
    this.list = element.querySelector("[data-hc-results-list]");
    this.news = element.querySelector("[data-hc-announcements]");
    this.newsList = element.querySelector("[data-hc-announcements-list]");
    this.newsTitle = element.querySelector("[data-hc-announcements-title]");
    // phones: the filters fold behind a "Filters (n)" button (CSS shows the button and folds them below 45em)
    this.filtersToggle = element.querySelector("[data-hc-filters-toggle]");
    this.filtersToggle?.addEventListener("click", () => {
      const open = this.filtersToggle.getAttribute("aria-expanded") !== "true";
      this.filtersToggle.setAttribute("aria-expanded", String(open));
      this.filterBox.classList.toggle("hc-results__filters--open", open);
    });
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
    this.sort.addEventListener("change", () => this.choose("sort", this.sort.value));
    window.addEventListener("popstate", () => {
      this.readUrl();
      this.render();
    });
    this.render();
  }

  readUrl() {
    this.state = readState(window.location.search);
    // ?exact=1: the words as typed, no typo corrections (the link beside "Showing results for …")
    this.exact = new URLSearchParams(window.location.search).get("exact") === "1";
    this.input.value = this.state.q;
    this.sort.value = this.state.sort;
  }

  update(mode) {
    if (this.state.q !== this.input.value) this.exact = false;
    this.state.q = this.input.value;
    if (!this.state.q.trim()) this.state = { ...this.state, category: "", tag: "", updated: "" };
    this.writeUrl(mode);
    this.render();
  }

  choose(key, value) {
    this.state = { ...this.state, [key]: value };
    this.writeUrl("push");
    this.render();
  }

  stateUrl(state, exact) {
    const url = new URL(window.location.href);
    url.hash = "";
    const params = stateParams(state);
    if (exact ?? this.exact) params.set("exact", "1");
    url.search = params.toString();
    return url.href;
  }

  writeUrl(mode) {
    const href = this.stateUrl(this.state);
    if (href === window.location.href) return;
    if (mode === "push") window.history.pushState(null, "", href);
    else window.history.replaceState(null, "", href);
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
    const query = this.state.q.trim();
    if (!query) {
      this.list.replaceChildren();
      this.renderAnnouncements(client, []);
      this.filterBox.hidden = true;
      if (this.filtersToggle) this.filtersToggle.hidden = true;
      this.empty.hidden = true;
      this.summary.textContent = strings.type_to_search || "";
      return;
    }
    let found;
    let faceted;
    try {
      // without facets.json (offline) the category filter still works: it needs only meta.json
      const facets = await client.facets().catch(() => null);
      found = await client.search(query, MAX_PAGE, (all) => {
        faceted = applyFacets(all, facets, this.state, new Date());
        return faceted.shown;
      }, { exact: this.exact });
      faceted.facets = facets;
    } catch {
      if (generation === this.generation) this.summary.textContent = strings.unavailable || "";
      return;
    }
    if (generation !== this.generation) return;
    const { all } = found;
    const { counts, applied, shown, facets } = faceted;
    this.applied = applied;
    this.state = { ...applied, q: this.state.q }; // values no result has are gone from now on
    this.sort.value = applied.sort;
    this.renderFacet("category", this.categoryOptions(client, counts));
    this.renderFacet("tag", this.tagOptions(facets, counts, applied));
    this.renderFacet("updated", this.dateOptions(counts, applied));
    // articles in the list, announcements in their own group after it; the count counts both
    const news = new Set(client.categories().filter((c) => c.announcements).map((c) => c.id));
    this.list.replaceChildren(...this.resultItems(found.shown.filter((r) => !news.has(r.category))));
    this.renderAnnouncements(client, found.shown.filter((r) => news.has(r.category)));
    this.renderSummary(all.length ? countLabel(strings, shown.length) : "", query, found, client.engine.language);
    // the state the page shows, as a query string: tests (and scripts) wait for it after a change
    const rendered = stateParams(applied);
    if (this.exact) rendered.set("exact", "1");
    this.element.dataset.hcRendered = rendered.toString();
    this.empty.hidden = all.length > 0;
    this.filterBox.hidden = all.length === 0;
    if (this.filtersToggle) {
      this.filtersToggle.hidden = all.length === 0;
      const chosen = ["category", "tag", "updated"].filter((key) => applied[key]).length;
      this.filtersToggle.textContent = fill(strings.filters_button || "", { n: chosen });
    }
    if (!all.length) {
      this.emptyTitle.textContent = fill(strings.no_results, { q: query });
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

  // The announcements among the results, as a group titled after their listing (hidden when there are none).
  renderAnnouncements(client, results) {
    if (!this.news) return;
    const listing = client.categories().find((c) => c.announcements);
    this.newsTitle.textContent = listing ? listing.title : "";
    this.newsList.replaceChildren(...this.resultItems(results));
    this.news.hidden = results.length === 0;
  }

  // List items of results: the result link (title, category, date, snippet) and its matched sections.
  resultItems(results) {
    const { strings } = this.config;
    return results.map((result) => {
      const item = document.createElement("li");
      item.className = "hc-results__item";
      const link = resultLink(result, SNIPPET_WIDTH.page, "hc-results__result");
      const date = formatDate(result.updated);
      if (date) {
        const time = document.createElement("time");
        time.className = "hc-results__result-date";
        time.dateTime = result.updated;
        time.textContent = fill(strings.updated_on, { date });
        link.querySelector(".hc-results__result-category").after(time);
      }
      item.append(link);
      const sections = sectionLinks(result, strings, "hc-results__result");
      if (sections) item.append(sections);
      return item;
    });
  }

  // The count, then what was searched: the correction of a typo (with a link to the words as typed), or that
  // only some of the words matched.
  renderSummary(count, query, found, language) {
    const { strings } = this.config;
    const parts = count ? [count] : [];
    const searched = correctedQuery(query, found.corrected, language);
    if (count && searched) {
      parts.push(" · ", fill(strings.showing_results_for, { q: searched }), " · ");
      const link = document.createElement("a");
      link.href = this.stateUrl({ ...this.applied, q: query }, true);
      link.dataset.hcSearchInstead = "";
      link.textContent = fill(strings.search_instead_for, { q: query });
      parts.push(link);
    } else if (count && found.partial) {
      parts.push(" · ", strings.some_words);
    }
    this.summary.replaceChildren(...parts);
  }

  categoryOptions(client, counts) {
    const options = [{ value: "", title: this.config.strings.all_categories, count: counts.totals.category }];
    for (const category of client.categories()) {
      const count = counts.category.get(category.id) || 0;
      if (count || category.id === this.applied.category) options.push({ value: category.id, title: category.title, count });
    }
    return options;
  }

  tagOptions(facets, counts, applied) {
    const options = [{ value: "", title: this.config.strings.all_tags, count: counts.totals.tag }];
    const order = new Map((facets ? facets.tags : []).map((tag, i) => [tag, i]));
    const count = (tag) => counts.tag.get(tag) || 0;
    const found = applied.tag && !counts.tag.has(applied.tag) ? [...counts.tag.keys(), applied.tag] : [...counts.tag.keys()];
    const tags = found.sort((a, b) => count(b) - count(a) || order.get(a) - order.get(b));
    // the most frequent tags of these results, and the chosen one wherever it ranks
    const listed = tags.filter((tag, i) => i < MAX_TAGS || tag === applied.tag);
    for (const tag of listed) options.push({ value: tag, title: tag, count: count(tag) });
    return options;
  }

  dateOptions(counts, applied) {
    const { strings } = this.config;
    const options = [{ value: "", title: strings.any_time, count: counts.totals.updated }];
    for (const [key] of DATE_PRESETS) {
      const count = counts.updated.get(key) || 0;
      if (count || key === applied.updated) options.push({ value: key, title: strings[`updated_${key}`], count });
    }
    return options;
  }

  // One filter: a list of links (keyboard and screen readers know links; aria-current marks the chosen one),
  // each with the URL of its state, so it also opens in a new tab or is shared.
  renderFacet(key, options) {
    const list = this.lists[key];
    const group = list.closest("[data-hc-facet]");
    if (group) group.hidden = options.length < 2;
    const data = `hc${key[0].toUpperCase()}${key.slice(1)}`;
    list.replaceChildren(
      ...options.map((option) => {
        const item = document.createElement("li");
        const link = document.createElement("a");
        link.className = "hc-results__filter";
        link.href = this.stateUrl({ ...this.applied, [key]: option.value });
        link.dataset[data] = option.value;
        if (option.value === this.applied[key]) link.setAttribute("aria-current", "true");
        const label = document.createElement("span");
        label.textContent = option.title;
        const count = document.createElement("span");
        count.className = "hc-results__count";
        count.textContent = String(option.count);
        link.append(label, " ", count);
        link.addEventListener("click", (event) => {
          if (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return; // a new tab or window
          event.preventDefault();
          this.choose(key, option.value);
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
