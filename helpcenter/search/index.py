"""Build one language's search files from its articles: a lunr.js 2.3.9 index plus the data results show.

Files below <language root>/search/:
- index.json: the whole serialized Lunr index; its documents are article sections, refs are section numbers.
  The browser does not fetch it: it is the reference the shards are cut from (and tests compare against).
- shard/<n>.json: the index split by the first two characters of its terms (see term_shards); a query fetches
  only the shards of its terms, and later queries only the shards not loaded yet.
- meta.json: shard count, categories, each article's category and each section's article (for the category
  filter and its counts), synonym groups and popular articles.
- doc/<article>.json: an article's url, title, date and sections (anchor, heading, text for snippets),
  fetched only for the results shown.

The index is built here rather than with lunr.py so that its terms come from helpcenter.search.tokenize (the
twin of the browser's tokenizer) and are ordered by UTF-16 code units, as lunr.js's TokenSet.Builder requires:
code point order puts astral CJK characters before U+E000-U+FFFF and lunr.js then throws
"Out of order word insertion" on load.
"""

from __future__ import annotations

import json
import math
from collections import Counter
from dataclasses import dataclass

from helpcenter.search.tokenize import tokenize

LUNR_VERSION = "2.3.9"
# field -> boost, baked into the field vectors as lunr.Builder does
FIELD_BOOSTS = {"title": 8.0, "page": 2.0, "body": 1.0}
BM25_K1 = 1.2
BM25_B = 0.75
SNIPPET_CHARS = 600
# raw bytes per term shard (gzip makes about a third of it), and the prefix length that picks a term's shard
SHARD_BYTES = 16_000
SHARD_KEY_CHARS = 2
MAX_POPULAR = 6


@dataclass(frozen=True)
class SearchDocument:
    ref: str
    fields: dict[str, list[str]]  # field name -> its tokens


def utf16_key(term: str) -> bytes:
    return term.encode("utf-16-be", "surrogatepass")


def _js_round3(value: float) -> float:
    # Math.round(x * 1000) / 1000, as lunr.Builder stores scores
    return math.floor(value * 1000 + 0.5) / 1000


def build_lunr_index(documents: list[SearchDocument]) -> dict:
    """The object lunr.Index.load() accepts, scored as lunr.Builder 2.3.9 scores (BM25, k1 1.2, b 0.75)."""
    fields = list(FIELD_BOOSTS)
    postings: dict[str, dict[str, list[str]]] = {}
    frequencies: dict[tuple[str, str], Counter] = {}
    field_lengths: dict[str, list[int]] = {f: [] for f in fields}
    for doc in documents:
        for field in fields:
            tokens = doc.fields.get(field, [])
            frequencies[(field, doc.ref)] = Counter(tokens)
            field_lengths[field].append(len(tokens))
            for term in dict.fromkeys(tokens):
                postings.setdefault(term, {f: [] for f in fields})[field].append(doc.ref)
    terms = sorted(postings, key=utf16_key)
    term_index = {term: i for i, term in enumerate(terms)}
    average_length = {f: (sum(lengths) / len(lengths) if lengths else 0) or 1 for f, lengths in field_lengths.items()}
    idf: dict[str, float] = {}
    for term, by_field in postings.items():
        with_term = sum(len(refs) for refs in by_field.values())
        x = (len(documents) - with_term + 0.5) / (with_term + 0.5)
        idf[term] = math.log(1 + abs(x))
    field_vectors = []
    for doc in documents:
        for field in fields:
            counts = frequencies[(field, doc.ref)]
            length = sum(counts.values())
            elements = []
            for term in sorted(counts, key=term_index.__getitem__):
                tf = counts[term]
                norm = BM25_K1 * (1 - BM25_B + BM25_B * (length / average_length[field])) + tf
                score = idf[term] * ((BM25_K1 + 1) * tf) / norm * FIELD_BOOSTS[field]
                elements += [term_index[term], _js_round3(score)]
            field_vectors.append([f"{field}/{doc.ref}", elements])
    inverted = [
        [term, {"_index": term_index[term], **{f: {ref: {} for ref in postings[term][f]} for f in fields}}]
        for term in terms
    ]
    return {
        "version": LUNR_VERSION,
        "fields": fields,
        "fieldVectors": field_vectors,
        "invertedIndex": inverted,
        "pipeline": [],
    }


def shard_of(term: str, count: int) -> int:
    """Shard of a term: FNV-1a over the UTF-16 code units of its first two characters (shardOf in engine.js).

    By a fixed prefix, so every term a prefix or typo clause can reach is in the shard of the term the reader
    typed: the engine completes prefixes of two or more characters and corrects typos after the first two.
    Two characters rather than one keep the shards of common first letters from growing with the site.
    """
    value = 0x811C9DC5
    key = term[:SHARD_KEY_CHARS].encode("utf-16-le", "surrogatepass")
    for i in range(0, len(key), 2):
        value ^= int.from_bytes(key[i : i + 2], "little")
        value = (value * 0x01000193) & 0xFFFFFFFF
    return value % count


def term_shards(index: dict, shard_bytes: int = SHARD_BYTES) -> list[list]:
    """Split a serialized index into shards of [term, {field: [ref, score, ref, score, ...]}] entries.

    An entry holds the term's postings with the term's own entry of every field vector: Lunr's score is the
    dot product of the query vector and a field vector, which only reads the entries of the query's terms, so
    a browser that loads the shards of its query's terms computes exactly the scores of the whole index.
    """
    fields = index["fields"]
    scores: dict[tuple[str, int], float] = {}
    for field_ref, elements in index["fieldVectors"]:
        for i in range(0, len(elements), 2):
            scores[(field_ref, elements[i])] = elements[i + 1]
    entries = []
    for term, posting in index["invertedIndex"]:
        by_field = {}
        for field in fields:
            flat = []
            for ref in posting[field]:
                flat += [int(ref), scores[(f"{field}/{ref}", posting["_index"])]]
            if flat:
                by_field[field] = flat
        entries.append([term, by_field])
    size = sum(len(_json(entry)) for entry in entries)
    count = max(1, math.ceil(size / shard_bytes))
    shards: list[list] = [[] for _ in range(count)]
    for entry in entries:  # already in UTF-16 order, and so is every shard
        shards[shard_of(entry[0], count)].append(entry)
    return shards


def _category_key(article: dict) -> tuple:
    return (tuple(article["category_rank"]), article["category_id"])


def build_language_files(part: dict) -> dict[str, bytes]:
    """{path below the language's search/ folder: content} from a language part (see hooks/search.py)."""
    language = part["language"]
    articles = sorted(part["articles"], key=lambda a: a["doc_id"])
    categories: dict[str, dict] = {}
    for article in sorted(articles, key=_category_key):
        categories.setdefault(
            article["category_id"],
            {"id": article["category_id"], "title": article["category_title"], "url": article["category_url"]},
        )
    category_numbers = {cid: i for i, cid in enumerate(categories)}
    documents: list[SearchDocument] = []
    section_article: list[int] = []
    files = {}
    for number, article in enumerate(articles):
        page_tokens = tokenize(" ".join([article["title"], *article["tags"]]), language)
        sections = []
        for section in article["sections"]:
            ref = str(len(section_article))
            section_article.append(number)
            body = section["text"]
            if section["anchor"] == "" and article["description"]:
                body = f"{article['description']} {body}"
            documents.append(
                SearchDocument(
                    ref,
                    {
                        "title": tokenize(section["heading"], language),
                        "page": page_tokens,
                        "body": tokenize(body, language),
                    },
                )
            )
            sections.append([section["anchor"], section["heading"], body[:SNIPPET_CHARS]])
        files[f"doc/{number}.json"] = _json(
            {"url": article["url"], "title": article["title"], "updated": article["updated"], "sections": sections}
        )
    popular = [a for a in sorted(articles, key=_category_key) if a["promoted"]][:MAX_POPULAR]
    index = build_lunr_index(documents)
    shards = term_shards(index)
    for number, shard in enumerate(shards):
        files[f"shard/{number}.json"] = _json(shard)
    meta = {
        "language": language,
        "shards": len(shards),
        "categories": list(categories.values()),
        "articleCategory": [category_numbers[a["category_id"]] for a in articles],
        "sectionArticle": section_article,
        "synonyms": part.get("synonyms", []),
        "popular": [[a["url"], a["title"]] for a in popular],
    }
    files["meta.json"] = _json(meta)
    files["index.json"] = _json(index)
    return files


def _json(data) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
