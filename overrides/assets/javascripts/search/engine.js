// The query side of the help center's search: turns what the reader typed into Lunr clauses and scores them
// with lunr.js on the terms of the language's prebuilt index. Never builds an index from text (only
// lunr.Index.load) and never uses Lunr's query parser, so operator characters in a query (":", "^", "~",
// "+", "-", "*") are plain separators.
//
// The index arrives in shards, split by the first two characters of the terms (helpcenter/publish/search/index.py):
// shardsFor(query) names the shards a query needs, addShard() adds them, and search() loads into lunr.js a
// small index of just the query's terms, with their postings and field-vector entries. Lunr's score is the
// dot product of query and field vectors, which reads only those entries, so results equal the whole index's.
// A word of 5+ characters that matched nothing may carry a typo in its first two characters, which puts its
// correction in another shard: tailsFor(query) names the typo vocabulary files (keyed by the last two
// characters, which such a typo leaves alone) to add with addTail(); shardsFor() then also names the shards
// of the corrections found there.
// Pure: lunr and the data are passed in, so Node runs exactly this code in the tests.
import { isCjk, queryPieces, queryTokens } from "./tokenize.js";

export const MAX_QUERY_TERMS = 12;
// typo tolerance (one edit; in the first two characters only for words that match nothing otherwise) for words
// of at least this many characters
const TYPO_MIN_LENGTH = 5;
const TYPO_MAX_LENGTH = 24;
const MAX_EXPANSIONS = 20;
const BOOST_EXACT = 10;
const BOOST_PREFIX = 4;
const BOOST_SYNONYM = 5;
const BOOST_TYPO = 2;
const FIELDS = ["title", "page", "body"];

// Terms are sharded by their first two characters: prefixes of two or more characters and typos after the
// first two characters stay within the shard of the term the reader typed.
const SHARD_KEY_CHARS = 2;

const TAIL_KEY_CHARS = 2;

function shardKey(term) {
  return Array.from(term).slice(0, SHARD_KEY_CHARS).join("");
}

function fnv1a(key, count) {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    hash ^= key.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % count;
}

// The same FNV-1a over the UTF-16 code units of the shard key as shard_of() in index.py.
export function shardOf(term, count) {
  return fnv1a(shardKey(term), count);
}

// The typo vocabulary file of a term, by its last two characters: tail_of() in index.py.
export function tailOf(term, count) {
  return fnv1a(Array.from(term).slice(-TAIL_KEY_CHARS).join(""), count);
}

// A shard entry [term, {field: [ref deltas, scores in thousandths]}] as {field: [ref, score, ref, score, ...]}.
function decodeEntry(postings) {
  const flat = {};
  for (const field of Object.keys(postings)) {
    const [deltas, scores] = postings[field];
    const out = new Array(deltas.length * 2);
    let ref = 0;
    for (let i = 0; i < deltas.length; i++) {
      ref += deltas[i];
      out[2 * i] = ref;
      out[2 * i + 1] = scores[i] / 1000; // as lunr.Builder stores it: Math.round(score * 1000) / 1000
    }
    flat[field] = out;
  }
  return flat;
}

function indexOfRun(tokens, run) {
  if (!run.length || run.length > tokens.length) return -1;
  outer: for (let i = 0; i + run.length <= tokens.length; i++) {
    for (let j = 0; j < run.length; j++) if (tokens[i + j] !== run[j]) continue outer;
    return i;
  }
  return -1;
}

export function withinOneEdit(a, b) {
  const x = Array.from(a);
  const y = Array.from(b);
  if (Math.abs(x.length - y.length) > 1) return false;
  let i = 0;
  while (i < x.length && i < y.length && x[i] === y[i]) i++;
  const rest = (p, q) => p.slice(q).join("");
  return (
    rest(x, i + 1) === rest(y, i + 1) || // substitution
    rest(x, i + 1) === rest(y, i) || // deletion
    rest(x, i) === rest(y, i + 1) || // insertion
    (x[i] === y[i + 1] && x[i + 1] === y[i] && rest(x, i + 2) === rest(y, i + 2)) // transposition
  );
}

// Every glossary concept as the query tokens of each of its variants in the reader's language.
export function compileSynonyms(groups, language, stops = null) {
  return (groups || []).map((variants) => variants.map((v) => queryTokens(v, language, stops)).filter((t) => t.length));
}

// The query's distinct tokens, stop words and particles left out (options.stops: the language's lists), at most
// MAX_QUERY_TERMS.
export function queryTerms(text, language, options = {}) {
  return [...new Set(queryTokens(String(text ?? ""), language, options.stops))].slice(0, MAX_QUERY_TERMS);
}

// What a query asks for, before it meets the index: its tokens (exact), the words that may carry a typo or
// are still being typed, and the other variants of every glossary concept it mentions. `groups` says which
// query tokens a clause stands for, so results can be ranked by how much of the query they cover.
// options.exact: no typo clauses; options.stops: the language's stop words and particles (meta.json's stopwords).
export function buildClauses(text, language, synonyms = [], options = {}) {
  const query = String(text ?? "");
  const tokens = queryTerms(query, language, options);
  // the word still being typed (no space after it yet) is completed as a prefix; a stop word ("with" of
  // "withdraw") may be a word's beginning: its completions count, but the query does not need them
  const typing = /\s$/u.test(query) ? "" : queryTokens(query, language).at(-1) || "";
  const clauses = [];
  const prefix = (term, groups) => {
    const length = Array.from(term).length;
    if (!isCjk(term) && length >= 2 && length <= TYPO_MAX_LENGTH) clauses.push({ term, boost: BOOST_PREFIX, prefix: true, groups });
  };
  tokens.forEach((term, i) => {
    const groups = [i];
    clauses.push({ term, boost: BOOST_EXACT, groups });
    if (isCjk(term)) return;
    const length = Array.from(term).length;
    if (!options.exact && length >= TYPO_MIN_LENGTH && length <= TYPO_MAX_LENGTH) clauses.push({ term, boost: BOOST_TYPO, typo: true, groups });
    if (i === tokens.length - 1 && term === typing) prefix(term, groups);
  });
  if (typing && !tokens.includes(typing)) prefix(typing, []);
  const seen = new Set(tokens);
  for (const variants of synonyms) {
    const groups = [];
    for (const run of variants) {
      const at = indexOfRun(tokens, run);
      if (at >= 0) run.forEach((_, j) => groups.push(at + j));
    }
    if (!groups.length) continue;
    for (const run of variants) {
      for (const term of run) {
        if (seen.has(term)) continue;
        seen.add(term);
        // Lunr has no phrases: a word of a multi-word variant ("cash out") alone says little, so it weighs
        // less, and covers the query only together with the variant's other words
        clauses.push({ term, boost: BOOST_SYNONYM / run.length, groups, together: run });
      }
    }
  }
  return clauses;
}

function clauseMatches(clause, matchedTerms) {
  if (clause.together) return clause.together.every((term) => matchedTerms.includes(term));
  if (clause.prefix) return matchedTerms.some((m) => m.startsWith(clause.term));
  if (clause.typo) return matchedTerms.some((m) => m !== clause.term && withinOneEdit(m, clause.term));
  return matchedTerms.includes(clause.term);
}

// Share of the query's tokens a result covers (through the token itself, a typo, a prefix or a synonym).
export function coverage(clauses, matchedTerms) {
  const all = new Set(clauses.flatMap((c) => c.groups));
  const covered = new Set(clauses.filter((c) => clauseMatches(c, matchedTerms)).flatMap((c) => c.groups));
  return all.size ? covered.size / all.size : 0;
}

export class SearchEngine {
  constructor(lunr, meta) {
    this.lunr = lunr;
    this.meta = meta;
    this.language = meta.language;
    this.stops = meta.stopwords || null;
    this.synonyms = compileSynonyms(meta.synonyms, meta.language, this.stops);
    this.terms = new Map(); // term -> {field: [ref, score, ref, score, ...]}
    this.byShard = new Map(); // shard number -> its terms
    this.tails = new Map(); // typo vocabulary file number -> its terms
    this.firstSection = [];
    this.sectionArticle = [];
    (meta.sectionCounts || []).forEach((count, article) => {
      this.firstSection[article] = this.sectionArticle.length;
      for (let i = 0; i < count; i++) this.sectionArticle.push(article);
    });
  }

  addShard(number, entries) {
    const terms = [];
    for (const [term, postings] of entries) {
      this.terms.set(term, decodeEntry(postings));
      terms.push(term);
    }
    this.byShard.set(number, terms);
  }

  addTail(number, terms) {
    this.tails.set(number, terms);
  }

  // The whole index (index.json) instead of shards: the reference the shards must reproduce.
  addIndex(serialized) {
    const scores = new Map();
    for (const [fieldRef, elements] of serialized.fieldVectors) {
      for (let i = 0; i < elements.length; i += 2) scores.set(`${fieldRef}|${elements[i]}`, elements[i + 1]);
    }
    const shards = new Map();
    for (const [term, posting] of serialized.invertedIndex) {
      const entry = {};
      for (const field of serialized.fields) {
        const flat = [];
        for (const ref of Object.keys(posting[field])) flat.push(Number(ref), scores.get(`${field}/${ref}|${posting._index}`));
        if (flat.length) entry[field] = flat;
      }
      const number = shardOf(term, this.meta.shards);
      if (!shards.has(number)) shards.set(number, []);
      shards.get(number).push([term, entry]);
    }
    for (let n = 0; n < this.meta.shards; n++) {
      const entries = shards.get(n) || [];
      for (const [term, flat] of entries) this.terms.set(term, flat);
      this.byShard.set(n, entries.map(([term]) => term));
    }
  }

  // Shards the query needs that are not loaded yet: its terms', and those of the corrections that the loaded
  // typo vocabulary offers for its unknown words.
  shardsFor(text) {
    const clauses = buildClauses(text, this.language, this.synonyms, { stops: this.stops });
    const terms = clauses.map((clause) => clause.term);
    for (const clause of this.unknownTypoClauses(clauses)) terms.push(...this.corrections(clause.term));
    const needed = new Set();
    for (const term of terms) {
      const number = shardOf(term, this.meta.shards);
      if (!this.byShard.has(number)) needed.add(number);
    }
    return [...needed].sort((a, b) => a - b);
  }

  // Typo vocabulary files the query needs that are not loaded yet (call once its shardsFor() are added).
  tailsFor(text) {
    if (!this.meta.tails) return [];
    const needed = new Set();
    for (const clause of this.unknownTypoClauses(buildClauses(text, this.language, this.synonyms, { stops: this.stops }))) {
      const number = tailOf(clause.term, this.meta.tails);
      if (!this.tails.has(number)) needed.add(number);
    }
    return [...needed].sort((a, b) => a - b);
  }

  // Typo clauses of words that reach nothing in their own shard, neither as typed, nor completed, nor
  // corrected after the first two characters: only those look for a typo in the first two characters.
  unknownTypoClauses(clauses) {
    const reached = new Set();
    for (const clause of clauses) {
      if (this.expandInShard(clause).length) reached.add(clause.term);
    }
    return clauses.filter(
      (clause) => clause.typo && !reached.has(clause.term) && this.byShard.has(shardOf(clause.term, this.meta.shards)),
    );
  }

  // Terms of the loaded typo vocabulary one edit away from a word, whose edit is in the first two characters.
  corrections(word) {
    if (!this.meta.tails) return [];
    const terms = this.tails.get(tailOf(word, this.meta.tails)) || [];
    const key = shardKey(word);
    return terms.filter((term) => !term.startsWith(key) && withinOneEdit(term, word)).slice(0, MAX_EXPANSIONS);
  }

  // Index terms a clause reaches: itself, or for typo and prefix clauses the loaded terms of its shard that
  // are one edit away or start with it (the shard holds every term with the same first two characters).
  expandInShard(clause) {
    if (!clause.typo && !clause.prefix) return this.terms.has(clause.term) ? [clause.term] : [];
    const candidates = this.byShard.get(shardOf(clause.term, this.meta.shards)) || [];
    const key = shardKey(clause.term);
    const found = candidates.filter((term) =>
      clause.prefix
        ? term !== clause.term && term.startsWith(clause.term)
        : term !== clause.term && term.startsWith(key) && withinOneEdit(term, clause.term),
    );
    return found.sort().slice(0, MAX_EXPANSIONS);
  }

  // What every clause reaches, typos in the first two characters of unknown words included.
  expandAll(clauses) {
    const unknown = new Set(this.unknownTypoClauses(clauses));
    return clauses.map((clause) => {
      if (!unknown.has(clause)) return { clause, terms: this.expandInShard(clause) };
      const terms = this.corrections(clause.term).filter((term) => this.terms.has(term));
      return { clause, terms: terms.sort() };
    });
  }

  // A lunr.js index of only the given terms, in the serialized form lunr.Index.load() takes.
  miniIndex(terms) {
    const sorted = [...terms].sort(); // JavaScript compares UTF-16 code units, as lunr's TokenSet.Builder needs
    const vectors = new Map();
    const invertedIndex = sorted.map((term, i) => {
      const posting = { _index: i };
      const entry = this.terms.get(term);
      for (const field of FIELDS) {
        posting[field] = {};
        const flat = entry[field] || [];
        for (let k = 0; k < flat.length; k += 2) {
          posting[field][flat[k]] = {};
          const key = `${field}/${flat[k]}`;
          if (!vectors.has(key)) vectors.set(key, []);
          vectors.get(key).push(i, flat[k + 1]);
        }
      }
      return [term, posting];
    });
    return { version: this.lunr.version, fields: FIELDS, fieldVectors: [...vectors], invertedIndex, pipeline: [] };
  }

  // Section results, best first: {ref, score, article, position, category, categoryTitle, terms}.
  // Call after the shards of shardsFor(text) are added; terms of missing shards simply do not match.
  search(text, options = {}) {
    const clauses = buildClauses(text, this.language, this.synonyms, { ...options, stops: this.stops });
    const expanded = this.expandAll(clauses);
    const terms = new Set(expanded.flatMap((e) => e.terms));
    if (!terms.size) return [];
    const index = this.lunr.Index.load(this.miniIndex(terms));
    const hits = index.query((q) => {
      for (const { clause, terms: reached } of expanded) {
        for (const term of reached) q.term(term, { boost: clause.boost, usePipeline: false });
      }
    });
    // Lunr adds up term scores; a section that matches every part of the query should beat one that matches
    // a frequent part many times, so the score is weighted by the share of the query the section covers
    return hits
      .map((hit) => {
        const result = this.describe(hit);
        result.score = hit.score * coverage(clauses, result.terms) ** 2;
        // highlight a word of a multi-word synonym only where the whole variant matched
        const partial = new Set(clauses.filter((c) => c.together && !clauseMatches(c, result.terms)).map((c) => c.term));
        result.terms = result.terms.filter((term) => !partial.has(term));
        return result;
      })
      .sort((a, b) => b.score - a.score || Number(a.ref) - Number(b.ref));
  }

  describe(hit) {
    const number = Number(hit.ref);
    const article = this.sectionArticle[number];
    const category = this.meta.categories[this.meta.articleCategory[article]];
    return {
      ref: hit.ref,
      score: hit.score,
      article,
      position: number - this.firstSection[article],
      category: category.id,
      categoryTitle: category.title,
      terms: Object.keys(hit.matchData.metadata),
    };
  }
}

// A result completed with its article's data (doc/<article>.json): url with the section's anchor, titles, text.
export function withDocument(result, doc) {
  const [anchor, heading, text] = doc.sections[result.position] || ["", "", ""];
  return {
    ...result,
    url: anchor ? `${doc.url}#${anchor}` : doc.url,
    title: doc.title,
    heading: anchor ? heading : "",
    updated: doc.updated,
    text,
  };
}

// CJK queries are bigrams: a section must hold most of them (all of them for a query of up to 3 characters), and
// some of every piece (the parts between particles: 不存在 and 词汇 of 不存在的词汇)
const CJK_MIN_COVERAGE = 0.6;
const CJK_ALL_UP_TO = 2;
export const MAX_NESTED_SECTIONS = 3;

// Article results, best first: the sections of search() grouped by article (the best one leads, the others
// follow in `sections`), articles matching every query term first. `partial` says that none matched them all
// and these match some; `corrected` maps a typed word (token) to the index term that replaced it.
// options.exact: the words as typed, no typo corrections.
SearchEngine.prototype.find = function find(text, options = {}) {
  const clauses = buildClauses(text, this.language, this.synonyms, { ...options, stops: this.stops });
  const tokens = queryTerms(text, this.language, { stops: this.stops });
  const pieces = queryPieces(String(text ?? ""), this.language, this.stops).filter((piece) => isCjk(piece[0]));
  const expanded = this.expandAll(clauses);
  const cjk = tokens.map((token, i) => (isCjk(token) ? i : -1)).filter((i) => i >= 0);
  const words = tokens.map((token, i) => (isCjk(token) ? -1 : i)).filter((i) => i >= 0);
  const coveredBy = (terms) => new Set(clauses.filter((c) => clauseMatches(c, terms)).flatMap((c) => c.groups));
  const cjkCount = (covered) => cjk.filter((i) => covered.has(i)).length;
  // the bigrams must come together: in one section, not scattered over the article
  const cjkOk = (covered) => {
    if (!cjk.length) return true;
    const n = cjkCount(covered);
    if (cjk.length <= CJK_ALL_UP_TO ? n < cjk.length : n / cjk.length < CJK_MIN_COVERAGE) return false;
    const held = new Set(tokens.filter((_, i) => covered.has(i)));
    return pieces.every((piece) => piece.some((token) => held.has(token) || !tokens.includes(token)));
  };
  const articles = new Map();
  for (const result of this.search(text, options)) {
    if (!cjkOk(coveredBy(result.terms))) continue;
    let entry = articles.get(result.article);
    if (!entry) {
      entry = { ...result, sections: [], matched: new Set() };
      articles.set(result.article, entry);
    }
    entry.sections.push(result);
    for (const term of result.terms) entry.matched.add(term);
  }
  const full = [];
  const partial = [];
  for (const entry of articles.values()) {
    const covered = coveredBy([...entry.matched]);
    entry.terms = [...entry.matched];
    const wordsCovered = words.filter((i) => covered.has(i)).length;
    if (wordsCovered === words.length) full.push(entry);
    else if (wordsCovered > 0 || cjkCount(covered) > 0) partial.push(entry);
  }
  const results = full.length ? full : partial;
  // a word that reached nothing as typed or completed but did through a typo: its most frequent correction
  const corrected = new Map();
  tokens.forEach((token, i) => {
    const own = expanded.filter(({ clause }) => clause.groups.length === 1 && clause.groups[0] === i && !clause.together);
    if (own.some(({ clause, terms }) => !clause.typo && terms.length)) return;
    const fixes = own.filter(({ clause }) => clause.typo).flatMap(({ terms }) => terms);
    if (!fixes.length) return;
    const count = (term) => results.filter((r) => r.matched.has(term)).length;
    const best = fixes.reduce((a, b) => (count(b) > count(a) ? b : a));
    if (count(best)) corrected.set(token, best);
  });
  for (const entry of results) delete entry.matched;
  return { results, partial: !full.length && partial.length > 0, corrected };
};
