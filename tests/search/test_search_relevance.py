"""Relevance of the real client engine (engine.js + lunr.js in Node) on the built demo's per-language indexes."""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict
from pathlib import Path

import markdown
import pytest
import yaml
from conftest import DEMO_LANGUAGES, require_demo

from helpcenter.content import frontmatter
from helpcenter.publish.search.output import write_language
from helpcenter.publish.search.sections import split_sections

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
MIN_SUCCESS_AT_3 = 0.95
MIN_QUERIES = 25


def run_engine(search_dir: Path, queries: list[str], limit: int = 3) -> list[list[dict]]:
    payload = json.dumps({"search_dir": str(search_dir), "queries": queries, "limit": limit})
    out = subprocess.run(
        ["node", str(HERE / "engine_cli.mjs")], input=payload, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def doc_id_of(url: str, language: str) -> str:
    path = url.split("#", 1)[0].strip("/")
    if language != "en":
        path = path.removeprefix(f"{language}/")
    return f"{path}.md"


def evaluate(site: Path, language: str) -> tuple[float, list[str]]:
    cases = yaml.safe_load((HERE / "relevance" / f"{language}.yml").read_text(encoding="utf-8"))
    search_dir = site / ("" if language == "en" else language) / "search"
    results = run_engine(search_dir, [c["q"] for c in cases])
    misses = []
    for case, hits in zip(cases, results, strict=True):
        found = [doc_id_of(h["url"], language) for h in hits]
        if case["expect"] not in found:
            misses.append(f"{case['q']!r}: expected {case['expect']}, got {found}")
    return 1 - len(misses) / len(cases), misses


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_relevance_suite_has_enough_queries_that_name_existing_articles(language):
    cases = yaml.safe_load((HERE / "relevance" / f"{language}.yml").read_text(encoding="utf-8"))
    assert len(cases) >= MIN_QUERIES
    docs = HERE.parent.parent / "docs" / language
    assert [c["expect"] for c in cases if not (docs / c["expect"]).is_file()] == []


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_success_at_3(demo_site, language):
    score, misses = evaluate(demo_site, language)
    assert score >= MIN_SUCCESS_AT_3, "\n".join(misses)


def demo_part(language: str) -> dict:
    """A language part (what hooks/search.py collects) made in-process from the demo's Markdown."""
    docs = HERE.parent.parent / "docs" / language
    articles = []
    for path in sorted(docs.glob("*/*.md")):
        if path.name == "index.md":
            continue
        parsed = frontmatter.parse(path.read_text(encoding="utf-8"))
        meta, category = parsed.meta, path.parent.name
        html = markdown.markdown(parsed.body, extensions=["attr_list", "tables", "def_list"])
        articles.append(
            {
                "doc_id": path.relative_to(docs).as_posix(),
                "url": path.relative_to(docs).with_suffix("").as_posix() + "/",
                "title": str(meta.get("title", "")),
                "description": str(meta.get("description", "")),
                "category_id": category,
                "category_title": category,
                "category_url": f"{category}/",
                "category_rank": [False, 0, category],
                "updated": str(meta.get("updated", "")),
                "tags": [str(t) for t in meta.get("tags") or []],
                "promoted": bool(meta.get("promoted")),
                "sections": [asdict(s) for s in split_sections(html, str(meta.get("title", "")))],
            }
        )
    return {"language": language, "synonyms": [], "articles": articles}


@pytest.mark.parametrize("language", ["en", "ja", "es"])
def test_shards_give_the_results_of_the_whole_index(tmp_path, language):
    """Property: random queries (terms, prefixes, typos, CJK runs) score the same on lazily loaded shards as on
    the whole index. Production builds do not write the whole index: this builds it, with the shards, from the
    same data in-process."""
    search_dir = tmp_path / "search"
    write_language(search_dir, demo_part(language), reference=True)
    out = subprocess.run(
        ["node", str(HERE / "shard_parity.mjs"), str(search_dir), "400", "5"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    assert report["count"] == 400 and report["shards"] > 1
    assert report["mismatchCount"] == 0, report["mismatches"]
    if language != "ja":  # typos in the first two letters went through the typo vocabulary files
        assert report["tails"] > 0


def test_a_query_fetches_only_a_few_shards(demo_site):
    search_dir = demo_site / "ja" / "search"
    script = (
        'import { openEngine } from "./node_engine.mjs";'
        f"const s = openEngine({json.dumps(str(search_dir))});"
        'process.stdout.write(JSON.stringify([s.engine.meta.shards, s.engine.shardsFor("二段階認証").length]));'
    )
    out = subprocess.run(
        ["node", "--input-type=module", "-e", script], capture_output=True, text=True, check=True, cwd=HERE
    ).stdout
    total, needed = json.loads(out)
    assert total >= 10 and 0 < needed <= total // 3
