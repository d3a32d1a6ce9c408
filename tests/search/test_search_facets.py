"""The results page's filters and sort (facets.js, run in Node): facet counts, date presets, stale values, order."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

HERE = Path(__file__).parent
FACETS = {
    "tags": ["fees", "2fa", "vip"],
    "articleTags": [[0], [0, 2], [1], []],
    "updated": ["2026-11-10", "2026-06-01", "2026-10-01", ""],
}
# engine results, best first: sections of articles 0-3 in categories a/b
ALL = [
    {"ref": "10", "article": 2, "category": "b"},
    {"ref": "0", "article": 0, "category": "a"},
    {"ref": "4", "article": 1, "category": "a"},
    {"ref": "1", "article": 0, "category": "a"},
    {"ref": "12", "article": 3, "category": "b"},
]
EMPTY_STATE = {"q": "x", "category": "", "tag": "", "updated": "", "sort": ""}


def run(state=None, search=None, facets=FACETS) -> dict:
    payload = {"all": ALL, "facets": facets, "today": "2026-11-21"}
    payload.update({"search": search} if search is not None else {"state": {**EMPTY_STATE, **(state or {})}})
    out = subprocess.run(
        ["node", str(HERE / "facets_cli.mjs")], input=json.dumps(payload), capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)


def test_counts_of_each_facet_are_over_the_results_of_the_other_filters():
    result = run({"tag": "fees"})
    assert result["shown"] == ["0", "4", "1"]
    # the category counts are those of the tag's results; the tag counts ignore the tag filter itself
    assert result["counts"]["category"] == {"a": 3}
    assert result["counts"]["tag"] == {"2fa": 1, "fees": 3, "vip": 1}
    assert result["counts"]["totals"] == {"category": 3, "tag": 5, "updated": 3}
    assert result["counts"]["updated"] == {"1y": 3, "30d": 2, "90d": 2}


def test_date_presets_count_back_from_today_and_skip_undated_articles():
    result = run({"updated": "90d"})  # since 2026-08-23
    assert result["shown"] == ["10", "0", "1"]
    assert result["counts"]["updated"] == {"1y": 4, "30d": 2, "90d": 3}


def test_sort_by_date_puts_the_newest_first_and_keeps_relevance_among_equals():
    assert run({"sort": "date"})["shown"] == ["0", "1", "10", "4", "12"]


def test_values_no_result_has_are_dropped_combinations_that_leave_nothing_are_kept():
    result = run(search="?q=x&category=b&tag=gone&sort=date&updated=30d&junk=1")
    assert result["query"] == "q=x&category=b&updated=30d&sort=date"  # canonical order, unknown tag dropped
    assert result["shown"] == [] and result["counts"]["category"] == {"a": 2}  # loosen the category: 2 results
    assert run(search="?q=x&updated=7d&sort=rank")["applied"] == EMPTY_STATE
    # without facets.json (offline) the category filter still applies
    assert run({"category": "b", "tag": "fees"}, facets=None)["shown"] == ["10", "12"]
