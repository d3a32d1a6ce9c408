"""Relevance of the real client engine (engine.js + lunr.js in Node) on the built demo's per-language indexes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import yaml
from conftest import DEMO_LANGUAGES

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


@pytest.mark.parametrize("language", ["en", "ja"])
def test_shards_give_the_results_of_the_whole_index(demo_site, language):
    """Property: random queries (terms, prefixes, typos, CJK runs) score the same on lazily loaded shards."""
    search_dir = demo_site / ("" if language == "en" else language) / "search"
    out = subprocess.run(
        ["node", str(HERE / "shard_parity.mjs"), str(search_dir), "400", "5"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    assert report["count"] == 400 and report["shards"] > 1
    assert report["mismatchCount"] == 0, report["mismatches"]


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
