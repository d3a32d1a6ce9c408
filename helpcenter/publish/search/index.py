"""Build one language's search files from its articles: lunr.js 2.3.9 scoring, cut into lazily loaded shards.

Files below <language root>/search/:
- shard/<n>.json: the index's terms split by their first two characters (see shard_of); a query fetches only
  the shards of its terms, and later queries only the shards not loaded yet. An entry is
  [term, {field: [ref deltas, scores in thousandths]}]: the term's postings together with its own entry of
  every field vector, which is all Lunr's scoring reads (see score_entries).
- tail/<n>.json: the typo vocabulary, the terms of 4 to 25 characters keyed by their LAST two characters
  (see tail_of). A typo in the first two characters of a word of 5 or more characters leaves its last two
  unchanged, so the browser corrects it from one small file, fetched only when a word matched nothing.
- meta.json: shard and tail counts, categories, each article's category and section count, synonym groups,
  the language's stop words and particles (stopwords.json) and popular articles: what the instant search needs.
- facets.json: the results page's filters: a tag table, each article's tag numbers and updated date.
- doc/<article>.json: an article's url, title, date and sections (anchor, heading, text for snippets),
  fetched only for the results shown.

The scores are lunr.Builder's, computed here rather than with lunr.py so that the terms come from
helpcenter.publish.search.tokenize (the twin of the browser's tokenizer). build_lunr_index() still produces the whole
serialized index (refs are section numbers), in UTF-16 term order as lunr.js's TokenSet.Builder requires:
the tests load it as the reference the shards must reproduce; production builds do not write it.
"""

from __future__ import annotations

import json
import math
import operator
from collections import Counter
from dataclasses import dataclass

from helpcenter.content.folders import ANNOUNCEMENTS_FOLDER
from helpcenter.publish.search.tokenize import is_cjk, stop_lists, tokenize

LUNR_VERSION = "2.3.9"
# field -> boost, baked into the field vectors as lunr.Builder does. title: the section's heading; page: the
# article's title and tags, in every section of it. A word in a title or tag outranks the same word in the body
# however often the body repeats it: BM25 saturates at (k1 + 1) = 2.2 times a single occurrence, and 4 is above
# that even for titles twice the average length (tests/search/test_search_ranking.py)
FIELD_BOOSTS = {"title": 8.0, "page": 4.0, "body": 1.0}
FIELDS = tuple(FIELD_BOOSTS)
BM25_K1 = 1.2
BM25_B = 0.75
SNIPPET_CHARS = 600
# raw bytes per term shard (gzip makes about a third of it), and the prefix length that picks a term's shard
SHARD_BYTES = 10_000
SHARD_KEY_CHARS = 2
# raw bytes per typo vocabulary file, and the lengths of the terms it lists: one edit away from a word of
# 5 to 24 characters (the engine's typo range)
TAIL_BYTES = 6_000
TAIL_KEY_CHARS = 2
TAIL_TERM_LENGTHS = (4, 25)
MAX_POPULAR = 6


@dataclass(frozen=True)
class SearchDocument:
    ref: str
    fields: dict[str, list[str] | Counter]  # field name -> its tokens, or their counts


def utf16_key(term: str) -> bytes:
    return term.encode("utf-16-be", "surrogatepass")


def _thousandths(value: float) -> int:
    # Math.round(x * 1000), as lunr.Builder rounds scores (it stores that divided by 1000)
    return math.floor(value * 1000 + 0.5)


def _idf(with_term: int, documents: int) -> float:
    return math.log(1 + abs((documents - with_term + 0.5) / (with_term + 0.5)))


class _Postings:
    """What BM25 needs, gathered document by document: per field, term -> [ref, tf, ref, tf, ...] in ref order,
    and every document's field lengths. Documents are added as they are tokenized, so their tokens are never
    all held at once (CJK text makes a unigram and a bigram of every character)."""

    def __init__(self):
        self.count = 0
        self.fields: list[dict[str, list[int]]] = [{} for _ in FIELDS]
        self.lengths: list[list[int]] = [[] for _ in FIELDS]

    @classmethod
    def of(cls, documents: list[SearchDocument]) -> _Postings:
        postings = cls()
        for doc in documents:
            postings.add(int(doc.ref), doc.fields)
        return postings

    def add(self, ref: int, fields: dict[str, list[str] | Counter]) -> None:
        """Add document `ref`, the next one in ref order."""
        self.count += 1
        for f, field in enumerate(FIELDS):
            tokens = fields.get(field, [])
            counts = tokens if isinstance(tokens, Counter) else Counter(tokens)
            self.lengths[f].append(counts.total())
            terms = self.fields[f]
            for term, tf in counts.items():
                try:  # millions of postings: no call per posting
                    terms[term] += (ref, tf)
                except KeyError:
                    terms[term] = [ref, tf]

    def ordered_terms(self) -> list[str]:
        return sorted(set().union(*self.fields), key=utf16_key)

    def scorer(self):
        """scored(term): per field, the refs of the term's documents in order and their scores in thousandths.

        lunr.Builder's BM25, idf * (k1 + 1) * tf / (k1 * (1 - b + b * length / average) + tf) * boost, rounded
        as Math.round(x * 1000); one expression in one loop, as a build scores millions of postings. A term's
        postings are dropped once scored.
        """
        averages = [(sum(lengths) / len(lengths) if lengths else 0) or 1 for lengths in self.lengths]
        norms = [
            [BM25_K1 * (1 - BM25_B + BM25_B * (n / average)) for n in lengths]
            for lengths, average in zip(self.lengths, averages, strict=True)
        ]
        boosts = [FIELD_BOOSTS[field] for field in FIELDS]
        k = BM25_K1 + 1
        empty: list[int] = []

        def scored(term: str) -> list[tuple[list[int], list[int]]]:
            flats = [terms.pop(term, empty) for terms in self.fields]
            idf = _idf(sum(len(flat) for flat in flats) // 2, self.count)
            result = []
            for flat, boost, norm in zip(flats, boosts, norms, strict=True):
                refs = flat[::2]
                # int() is floor() here: every score is positive
                scores = [
                    int(idf * (k * tf) / (norm[ref] + tf) * boost * 1000 + 0.5)
                    for ref, tf in zip(refs, flat[1::2], strict=True)
                ]
                result.append((refs, scores))
            return result

        return scored


def build_lunr_index(documents: list[SearchDocument]) -> dict:
    """The object lunr.Index.load() accepts, scored as lunr.Builder 2.3.9 scores (BM25, k1 1.2, b 0.75).

    Documents' refs must be their positions ("0", "1", ...), as build_language_files numbers sections.
    """
    postings = _Postings.of(documents)
    terms = postings.ordered_terms()
    scored = postings.scorer()
    vectors: dict[tuple[int, int], list] = {}
    inverted = []
    for i, term in enumerate(terms):
        posting: dict = {"_index": i}
        for f, (field, (refs, scores)) in enumerate(zip(FIELDS, scored(term), strict=True)):
            posting[field] = {str(ref): {} for ref in refs}
            for ref, score in zip(refs, scores, strict=True):
                vectors.setdefault((f, ref), []).extend((i, score / 1000))
        inverted.append([term, posting])
    field_vectors = [
        [f"{field}/{doc.ref}", vectors.get((f, int(doc.ref)), [])]
        for doc in documents
        for f, field in enumerate(FIELDS)
    ]
    return {
        "version": LUNR_VERSION,
        "fields": list(FIELDS),
        "fieldVectors": field_vectors,
        "invertedIndex": inverted,
        "pipeline": [],
    }


def score_entries(documents: list[SearchDocument]) -> list[list]:
    """Shard entries [term, {field: [ref deltas, scores in thousandths]}], in UTF-16 term order.

    An entry holds the term's postings with the term's own entry of every field vector: Lunr's score is the
    dot product of the query vector and a field vector, which only reads the entries of the query's terms, so
    a browser that loads the shards of its query's terms computes exactly the scores of the whole index.
    Refs are delta-encoded and scores are integers: both compress far better than the index's own form.
    """
    return _entries(_Postings.of(documents))


def _entries(postings: _Postings) -> list[list]:
    scored = postings.scorer()
    entries = []
    for term in postings.ordered_terms():
        by_field = {}
        for field, (refs, scores) in zip(FIELDS, scored(term), strict=True):
            if refs:
                by_field[field] = [_deltas(refs), scores]
        entries.append([term, by_field])
    return entries


def _deltas(refs: list[int]) -> list[int]:
    return [refs[0], *map(operator.sub, refs[1:], refs)]


def entries_of_index(index: dict) -> list[list]:
    """The shard entries of a whole serialized index (tests: the shards must reproduce build_lunr_index)."""
    scores = {}
    for field_ref, elements in index["fieldVectors"]:
        for i in range(0, len(elements), 2):
            scores[(field_ref, elements[i])] = _thousandths(elements[i + 1])
    entries = []
    for term, posting in index["invertedIndex"]:
        by_field = {}
        for field in index["fields"]:
            refs = sorted(int(ref) for ref in posting[field])
            if refs:
                by_field[field] = [_deltas(refs), [scores[(f"{field}/{ref}", posting["_index"])] for ref in refs]]
        entries.append([term, by_field])
    return entries


def _fnv1a(key: str, count: int) -> int:
    value = 0x811C9DC5
    units = key.encode("utf-16-le", "surrogatepass")
    for i in range(0, len(units), 2):
        value ^= int.from_bytes(units[i : i + 2], "little")
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value % count


def shard_of(term: str, count: int) -> int:
    """Shard of a term: FNV-1a over the UTF-16 code units of its first two characters (shardOf in engine.js).

    By a fixed prefix, so every term a prefix or typo clause can reach is in the shard of the term the reader
    typed: the engine completes prefixes of two or more characters and corrects typos after the first two
    (typos in the first two characters go through the tail files). Two characters rather than one keep the
    shards of common first letters from growing with the site.
    """
    return _fnv1a(term[:SHARD_KEY_CHARS], count)


def tail_of(term: str, count: int) -> int:
    """Typo vocabulary file of a term: FNV-1a over its last two characters (tailOf in engine.js)."""
    return _fnv1a(term[-TAIL_KEY_CHARS:], count)


def _split(items: list[tuple[str, bytes]], target_bytes: int, place) -> list[list[bytes]]:
    """Encoded items grouped into ceil(size / target_bytes) files by place(key, count), keeping their order."""
    count = max(1, math.ceil(sum(len(data) + 1 for _, data in items) / target_bytes))
    files: list[list[bytes]] = [[] for _ in range(count)]
    for key, data in items:
        files[place(key, count)].append(data)
    return files


def _postings_size(term: str, counts: list[int]) -> int:
    # about the JSON bytes of a term's entry: the term, and a number of about 3 digits and a comma per ref delta
    # and per score of every field it has postings in
    return len(term) + 8 + sum(8 + 8 * n for n in counts if n)


def _shard_count(sizes, shard_bytes: int) -> int:
    return max(1, math.ceil(sum(sizes) / shard_bytes))


def term_shards(entries: list[list], shard_bytes: int = SHARD_BYTES) -> list[bytes]:
    """Encoded shard files of score_entries' entries, each in UTF-16 term order (as the entries are)."""
    sizes = (_postings_size(term, [len(deltas) for deltas, _ in by_field.values()]) for term, by_field in entries)
    count = _shard_count(sizes, shard_bytes)
    shards: list[list[bytes]] = [[] for _ in range(count)]
    for entry in entries:
        shards[shard_of(entry[0], count)].append(_json(entry))
    return [b"[" + b",".join(shard) + b"]" for shard in shards]


# postings scored before the entries waiting for encoding are encoded: bounds the memory they take
ENCODE_BATCH_POSTINGS = 200_000


def _stream_shards(
    postings: _Postings, shard_bytes: int = SHARD_BYTES, batch_postings: int = ENCODE_BATCH_POSTINGS
) -> tuple[list[bytes], list[str]]:
    """term_shards(_entries(postings)) and the terms, scoring and encoding in batches: a language's entries all
    held as Python lists would take several times the memory of their JSON, and one json.dumps per entry
    would cost more than encoding them."""
    terms = postings.ordered_terms()
    sizes = (_postings_size(term, [len(f.get(term, ())) // 2 for f in postings.fields]) for term in terms)
    count = _shard_count(sizes, shard_bytes)
    chunks: list[list[bytes]] = [[] for _ in range(count)]  # per shard: encoded runs of entries, no brackets
    waiting: list[list] = [[] for _ in range(count)]
    held = 0

    def encode_waiting():
        for shard, entries in zip(chunks, waiting, strict=True):
            if entries:
                shard.append(_json(entries)[1:-1])
                entries.clear()

    scored = postings.scorer()
    for term in terms:
        by_field = {}
        for field, (refs, scores) in zip(FIELDS, scored(term), strict=True):
            if refs:
                by_field[field] = [_deltas(refs), scores]
                held += len(refs)
        waiting[shard_of(term, count)].append([term, by_field])
        if held > batch_postings:
            encode_waiting()
            held = 0
    encode_waiting()
    return [b"[" + b",".join(shard) + b"]" for shard in chunks], terms


def _typo_term(term: str) -> bool:
    low, high = TAIL_TERM_LENGTHS
    return not is_cjk(term[0]) and low <= len(term) <= high


def tail_files(terms: list[str], tail_bytes: int = TAIL_BYTES) -> list[bytes]:
    """Encoded typo vocabulary files: the terms a one-character edit of a 5-24 character word can reach."""
    encoded = [(term, _json(term)) for term in terms if _typo_term(term)]
    return [b"[" + b",".join(tail) + b"]" for tail in _split(encoded, tail_bytes, tail_of)]


def _category_key(article: dict) -> tuple:
    return (tuple(article["category_rank"]), article["category_id"])


def _tag_table(articles: list[dict]) -> list[str]:
    # most used first, so the filter lists the useful tags first; then by name for a stable order
    counts = Counter(tag for article in articles for tag in dict.fromkeys(article["tags"]))
    return sorted(counts, key=lambda tag: (-counts[tag], tag))


def build_language_files(part: dict, reference: bool = False) -> dict[str, bytes]:
    """{path below the language's search/ folder: content} from a language part
    (see helpcenter/adapter/steps/search.py).

    reference=True also writes index.json, the whole serialized Lunr index, for tests to compare against.
    """
    language = part["language"]
    articles = sorted(part["articles"], key=lambda a: a["doc_id"])
    categories: dict[str, dict] = {}
    for article in sorted(articles, key=_category_key):
        category = {"id": article["category_id"], "title": article["category_title"], "url": article["category_url"]}
        if article["category_id"] == ANNOUNCEMENTS_FOLDER:
            category["announcements"] = True  # the results page lists these in a group of their own
        categories.setdefault(article["category_id"], category)
    category_numbers = {cid: i for i, cid in enumerate(categories)}
    postings = _Postings()
    documents: list[SearchDocument] = []  # only for the reference index
    section_counts: list[int] = []
    files = {}
    for number, article in enumerate(articles):
        # the same in every section of the article: counted once
        page_tokens = Counter(tokenize(" ".join([article["title"], *article["tags"]]), language))
        sections = []
        for section in article["sections"]:
            body = section["text"]
            if section["anchor"] == "" and article["description"]:
                body = f"{article['description']} {body}"
            fields = {
                "title": tokenize(section["heading"], language),
                "page": page_tokens,
                "body": tokenize(body, language),
            }
            if reference:
                documents.append(SearchDocument(str(postings.count), fields))
            postings.add(postings.count, fields)
            sections.append([section["anchor"], section["heading"], body[:SNIPPET_CHARS]])
        section_counts.append(len(sections))
        files[f"doc/{number}.json"] = _json(
            {"url": article["url"], "title": article["title"], "updated": article["updated"], "sections": sections}
        )
    if reference:
        files["index.json"] = _json(build_lunr_index(documents))
    del documents
    shards, terms = _stream_shards(postings)
    del postings
    tails = tail_files(terms)
    files.update((f"shard/{n}.json", shard) for n, shard in enumerate(shards))
    files.update((f"tail/{n}.json", tail) for n, tail in enumerate(tails))
    popular = [a for a in sorted(articles, key=_category_key) if a["promoted"]][:MAX_POPULAR]
    files["meta.json"] = _json(
        {
            "language": language,
            "shards": len(shards),
            "tails": len(tails),
            "categories": list(categories.values()),
            "articleCategory": [category_numbers[a["category_id"]] for a in articles],
            "sectionCounts": section_counts,
            "synonyms": part.get("synonyms", []),
            "stopwords": stop_lists(language),
            "popular": [[a["url"], a["title"]] for a in popular],
        }
    )
    tags = _tag_table(articles)
    tag_numbers = {tag: i for i, tag in enumerate(tags)}
    files["facets.json"] = _json(
        {
            "tags": tags,
            "articleTags": [sorted({tag_numbers[t] for t in a["tags"]}) for a in articles],
            "updated": [a["updated"] for a in articles],
        }
    )
    return files


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
