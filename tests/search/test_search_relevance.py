"""Relevance of the real client engine (engine.js + lunr.js in Node) on the built demo's per-language indexes."""

from __future__ import annotations

import json
import subprocess
from dataclasses import asdict
from pathlib import Path

import markdown
import pytest
from conftest import DEMO_LANGUAGES, load_script, require_demo

from helpcenter.content import frontmatter
from helpcenter.publish.search.output import write_language
from helpcenter.publish.search.sections import split_sections

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent
MIN_QUERIES = 40
MIN_NONSENSE = 3
# measured on the demo (python scripts/bench_search.py --demo), less a small margin: a change that ranks worse fails
# (success@1 and success@3: share of queries whose expected article is first / among the first three; MRR: mean
# reciprocal rank within the first 10)
FLOORS = {
    "en": {"success@1": 0.91, "success@3": 0.97, "mrr": 0.94},
    "es": {"success@1": 0.84, "success@3": 0.94, "mrr": 0.89},
    "ja": {"success@1": 0.83, "success@3": 0.92, "mrr": 0.88},
    "ko": {"success@1": 0.81, "success@3": 0.92, "mrr": 0.86},
    "zh": {"success@1": 0.87, "success@3": 0.96, "mrr": 0.92},
}
bench = load_script("bench_search")


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_relevance_set_has_enough_queries_that_name_existing_articles(language):
    cases = bench.relevance_cases(language)
    ranked = [c for c in cases if c.get("kind") != "nonsense"]
    assert len(ranked) >= MIN_QUERIES
    assert len([c for c in cases if c.get("kind") == "nonsense"]) >= MIN_NONSENSE
    assert all("expect" not in c for c in cases if c.get("kind") == "nonsense")
    docs = HERE.parent.parent / "docs" / language
    assert [c["expect"] for c in ranked if not (docs / c["expect"]).is_file()] == []


def test_every_language_with_a_relevance_set_has_floors():
    assert set(bench.relevance_languages()) == set(FLOORS) == set(DEMO_LANGUAGES)


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_relevance_does_not_regress(demo_site, language):
    """success@1, success@3 and MRR of the articles the results page lists stay at their measured values (less a
    margin), and every nonsense query finds nothing."""
    measured = bench.relevance(demo_site, language)
    report = "\n".join(measured["misses"])
    for metric, floor in FLOORS[language].items():
        assert measured[metric] >= floor, f"{metric} {measured[metric]:.3f} < {floor}\n{report}"
    assert measured["nonsense_with_results"] == []


def demo_part(language: str) -> dict:
    """A language part (what helpcenter/adapter/steps/search.py collects) made in-process from the demo's Markdown."""
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
