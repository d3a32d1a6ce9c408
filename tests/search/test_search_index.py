"""The index builder (lunr.js 2.3.9 format, UTF-16 term order), section splitting and synonym groups."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

from helpcenter.publish.search.index import (
    SearchDocument,
    _Postings,
    _stream_shards,
    build_language_files,
    build_lunr_index,
    entries_of_index,
    score_entries,
    shard_of,
    tail_files,
    tail_of,
    term_shards,
    utf16_key,
)
from helpcenter.publish.search.output import merge_parts
from helpcenter.publish.search.sections import split_sections
from helpcenter.publish.search.synonyms import synonym_groups
from helpcenter.publish.search.tokenize import tokenize

HERE = Path(__file__).parent


def load_in_lunr_js(index: dict, terms: list[str]) -> list[list[str]]:
    out = subprocess.run(
        ["node", str(HERE / "lunr_load.mjs")],
        input=json.dumps({"index": index, "terms": terms}, ensure_ascii=False),
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return json.loads(out)


def test_terms_are_in_utf16_order_so_astral_cjk_loads_in_lunr_js():
    # U+20000 (astral) sorts after U+FA0E (a unified ideograph NFKC keeps) by code point, but before it by
    # UTF-16 code unit (0xD840 < 0xFA0E): lunr.js's TokenSet.Builder needs the UTF-16 order
    docs = [
        SearchDocument("0", {"title": tokenize("𠀀𠀁 漢字", "zh"), "body": tokenize("\ufa0e", "zh")}),
        SearchDocument("1", {"title": tokenize("English fees", "zh"), "body": tokenize("and 𪚥", "zh")}),
    ]
    index = build_lunr_index(docs)
    terms = [t for t, _ in index["invertedIndex"]]
    assert terms == sorted(terms, key=utf16_key)
    assert terms != sorted(terms), "the fixture must contain terms whose code point and UTF-16 orders differ"
    assert load_in_lunr_js(index, ["𠀀𠀁", "𪚥", "fees", "漢字", "\ufa0e"]) == [["0"], ["1"], ["1"], ["0"], ["0"]]


def test_scores_follow_lunr_builder_bm25():
    # lunr.py (the `lunr` package, lunr.js's Builder ported) indexes the same documents from the same tokens, with
    # empty pipelines (no stemmer, stop words or trimmer), our field boosts, k1 and b: every posting and every
    # field-vector entry must be the same, by term (term numbers differ: ours are in UTF-16 order, lunr.py's in
    # insertion order). Corpus-scale and query comparisons are in test_lunr_oracle.py.
    import math

    import lunr
    import lunr.builder

    from helpcenter.publish.search.index import BM25_B, BM25_K1, FIELD_BOOSTS

    texts = [
        ("Card fees", "The card has no monthly fee. A withdrawal fee applies abroad, and a fee for a new card."),
        ("Fee overview", "Every fee: card fee, transfer fee, exchange fee."),
        ("Freeze a card", "Freeze the card in the app."),
        ("Chargeback", "A chargeback has no fee."),
        ("Other", ""),
    ]
    docs = [
        SearchDocument(str(i), {"title": tokenize(title, "en"), "page": ["guide"], "body": tokenize(body, "en")})
        for i, (title, body) in enumerate(texts)
    ]
    index = build_lunr_index(docs)
    builder = lunr.builder.Builder()
    builder.k1(BM25_K1)
    builder.b(BM25_B)
    oracle = lunr.lunr(
        ref="ref",
        fields=[{"field_name": field, "boost": FIELD_BOOSTS[field]} for field in index["fields"]],
        documents=[{"ref": doc.ref, **doc.fields} for doc in docs],
        builder=builder,
    ).serialize()

    def by_term(serialized: dict) -> tuple[dict, dict]:
        terms = {posting["_index"]: term for term, posting in serialized["invertedIndex"]}
        postings = {
            term: {field: sorted(posting[field]) for field in serialized["fields"]}
            for term, posting in serialized["invertedIndex"]
        }
        vectors = {
            field_ref: {terms[elements[i]]: elements[i + 1] for i in range(0, len(elements), 2)}
            for field_ref, elements in serialized["fieldVectors"]
        }
        return postings, vectors

    ours, theirs = by_term(index), by_term(oracle)
    assert ours == theirs
    # the comparison covers a term in several fields and documents, a repeated term and an empty field
    assert ours[0]["fee"] == {"title": ["0", "1"], "page": [], "body": ["0", "1", "3"]}
    assert ours[1]["body/1"]["fee"] > ours[1]["body/3"]["fee"] > 0 and ours[1]["body/4"] == {}
    # as in Lunr, idf counts field postings, not documents: "fee" is in 3 of the 5 documents but has 5 postings,
    # so idf = ln(1 + 0.5 / 5.5); title/0 has tf 1 in 2 tokens (average 1.8), boost 8
    idf, norm = math.log(1 + 0.5 / 5.5), 1.2 * (0.25 + 0.75 * 2 / 1.8)
    assert ours[1]["title/0"]["fee"] == round(idf * 2.2 / (norm + 1) * 8, 3) == 0.666


def test_sections_split_at_headings_with_ids_and_skip_permalinks_and_diagrams():
    html = (
        "<p>Intro <strong>text</strong>.</p>"
        '<h2 id="steps">Steps<a class="headerlink" href="#steps">¶</a></h2><ol><li>One</li><li>Two</li></ol>'
        '<pre class="hc-mermaid"><code>graph TD; A--&gt;B</code></pre>'
        '<h3 id="more">More &amp; more</h3><p>Tail<br>line</p><h4>Minor</h4><p>kept</p>'
    )
    sections = split_sections(html, "Title")
    assert [(s.anchor, s.heading, s.text) for s in sections] == [
        ("", "Title", "Intro text."),
        ("steps", "Steps", "One Two"),
        ("more", "More & more", "Tail line Minor kept"),
    ]


def test_glossary_variants_of_the_readers_language_are_one_group():
    glossary = {"terms": [{"id": "2fa", "en": ["two-factor authentication", "2FA"], "ja": ["二段階認証"]}]}
    assert synonym_groups(glossary, "en") == [["two-factor authentication", "2FA"]]
    assert synonym_groups(glossary, "ja") == []


def article(doc_id: str, promoted: bool = False) -> dict:
    category = doc_id.split("/")[0]
    return {
        "doc_id": doc_id,
        "url": doc_id.removesuffix(".md") + "/",
        "title": f"Title of {doc_id}",
        "description": "",
        "category_id": category,
        "category_title": category.title(),
        "category_url": f"{category}/",
        "category_rank": [False, 1 if category == "security" else 2, category],
        "updated": "2026-10-01",
        "tags": [],
        "promoted": promoted,
        "sections": [{"anchor": "", "heading": "Intro", "text": "text"}, {"anchor": "a", "heading": "A", "text": "b"}],
    }


def test_parts_from_workers_build_the_same_files_as_one_process():
    articles = [article("fees/a.md", promoted=True), article("security/b.md"), article("fees/c.md")]
    articles[0]["tags"], articles[2]["tags"] = ["fees", "vip"], ["fees"]
    whole = build_language_files({"language": "en", "synonyms": [], "articles": articles})
    parts = [
        {"language": "en", "synonyms": [], "articles": [articles[2]]},
        {"language": "en", "synonyms": [], "articles": [articles[1], articles[0]]},
    ]
    assert build_language_files(merge_parts(parts)) == whole
    assert "index.json" not in whole, "production builds do not write the whole index"
    meta = json.loads(whole["meta.json"])
    assert [c["id"] for c in meta["categories"]] == ["security", "fees"]
    assert meta["articleCategory"] == [1, 1, 0]  # fees/a, fees/c, security/b
    assert meta["sectionCounts"] == [2, 2, 2]
    assert meta["popular"] == [["fees/a/", "Title of fees/a.md"]]
    assert json.loads(whole["doc/2.json"])["sections"] == [["", "Intro", "text"], ["a", "A", "b"]]
    facets = json.loads(whole["facets.json"])
    assert facets["tags"] == ["fees", "vip"]  # most used first
    assert facets["articleTags"] == [[0, 1], [0], []]
    assert facets["updated"] == ["2026-10-01"] * 3


def test_shard_entries_reproduce_the_whole_index():
    docs = [
        SearchDocument(
            str(i), {"title": tokenize(f"word{i % 7} 認証{i % 3} fee", "ja"), "body": tokenize("fee " * i, "ja")}
        )
        for i in range(40)
    ]
    assert score_entries(docs) == entries_of_index(build_lunr_index(docs))
    # the build scores and encodes term by term, without the entries as lists: the same files
    shards, terms = _stream_shards(_Postings.of(docs), shard_bytes=300)
    assert shards == term_shards(score_entries(docs), shard_bytes=300) and len(shards) > 2
    assert _stream_shards(_Postings.of(docs), shard_bytes=300, batch_postings=7)[0] == shards  # encoded in batches
    assert terms == [term for term, _ in score_entries(docs)]
    reference = build_language_files(
        {"language": "en", "synonyms": [], "articles": [article("fees/a.md"), article("fees/b.md")]}, reference=True
    )
    assert "index.json" in reference


def test_shards_hold_every_term_once_with_delta_refs_and_integer_scores():
    docs = [SearchDocument(str(i), {"title": tokenize(f"word{i} 認証{i} 𠀀", "ja"), "body": []}) for i in range(50)]
    index = build_lunr_index(docs)
    shards = [json.loads(shard) for shard in term_shards(score_entries(docs), shard_bytes=200)]
    assert len(shards) > 3
    terms = [entry[0] for shard in shards for entry in shard]
    assert sorted(terms) == sorted(t for t, _ in index["invertedIndex"])
    for number, shard in enumerate(shards):
        assert all(shard_of(term, len(shards)) == number for term, _ in shard)
        assert [t for t, _ in shard] == sorted((t for t, _ in shard), key=utf16_key)
    vectors = dict(index["fieldVectors"])
    entry = next(e for shard in shards for e in shard if e[0] == "word7")
    position = next(p["_index"] for t, p in index["invertedIndex"] if t == "word7")
    title = vectors["title/7"]
    assert entry[1] == {"title": [[7], [round(title[title.index(position) + 1] * 1000)]]}
    common = next(e for shard in shards for e in shard if e[0] == "𠀀")
    assert common[1]["title"][0] == [0] + [1] * 49  # every section: refs as deltas


def test_typo_vocabulary_is_keyed_by_the_last_two_characters():
    terms = ["withdrawal", "fee", "deposit", "認証する", "verification", "x" * 26, "wxyz"]
    tails = [json.loads(t) for t in tail_files(terms, tail_bytes=20)]
    listed = sorted(t for tail in tails for t in tail)
    assert listed == ["deposit", "verification", "withdrawal", "wxyz"]  # 4-25 characters, not CJK
    for number, tail in enumerate(tails):
        assert all(tail_of(term, len(tails)) == number for term in tail)
    # a typo in the first two characters keeps the last two: the typed word points at its correction's file
    assert tail_of("iwthdrawal", len(tails)) == tail_of("withdrawal", len(tails))


def test_shard_hash_matches_the_browser():
    out = subprocess.run(
        ["node", "--input-type=module", "-e", SHARD_OF_JS],
        capture_output=True,
        text=True,
        check=True,
        cwd=HERE,
    ).stdout
    assert json.loads(out) == [[shard_of(t, 97) for t in SHARD_TERMS], [tail_of(t, 89) for t in SHARD_TERMS]]


SHARD_TERMS = ["fee", "認証", "𠀀𠀁", "ﬀ", "a", "2fa", "계정", "ñ"]
SHARD_OF_JS = (
    'import { shardOf, tailOf } from "../../overrides/assets/javascripts/search/engine.js";'
    f"const terms = {json.dumps(SHARD_TERMS, ensure_ascii=False)};"
    "process.stdout.write(JSON.stringify([terms.map((t) => shardOf(t, 97)), terms.map((t) => tailOf(t, 89))]));"
)
