"""The benchmarks' synthetic corpus is a valid help center: the strict build publishes it without a warning.

A corpus with broken links or stale translations would measure a build that a real publish never runs.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from conftest import load_script, require_demo

from devtools.benchmark import LANGUAGES, BuildMeasure, generate_corpus, write_config
from helpcenter.adapter.site_build import build_site

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_builds_strictly(tmp_path):
    generate_corpus(tmp_path / "corpus", 12, ROOT / "docs")
    config = write_config(tmp_path / "corpus", ROOT / "mkdocs.yml", stock=False)

    build_site(config, tmp_path / "site", strict=True, jobs=1)  # raises Abort on any warning

    for language in LANGUAGES:
        prefix = "" if language == LANGUAGES[0] else f"{language}/"
        assert (tmp_path / "site" / prefix / "fees" / "article-00000" / "index.html").is_file()


@pytest.fixture(scope="module")
def bench():
    return load_script("bench_build")


def test_bench_build_repeats_reports_the_median_and_leaves_one_site(bench, tmp_path, capsys):
    assert bench.main(["--articles", "3", "--repeat", "2", "--jobs", "1", "--keep", str(tmp_path)]) == 0

    rows = [line.split() for line in capsys.readouterr().out.splitlines() if line.split()[:1] == ["3"]]
    assert [row[2] for row in rows] == ["project", "project", "median"]
    assert rows[2][3] in (rows[0][3], rows[1][3])  # of two runs, the median row is one of them
    corpus = tmp_path / "corpus-3"
    assert (corpus / "site-project" / "index.html").is_file()
    assert list(corpus.glob(".stale-*")) == []  # the first run's site, moved aside, is gone after measuring


def test_targets_say_met_or_missed(bench):
    fast = BuildMeasure(seconds=51.4, peak_rss_mb=514, largest_article_kb=36.4, largest_article="", pages=10000)
    assert bench._against_target(2000, fast) == (
        "target at 2000 per language: 51.4 s against 60 s: met; 514 MB against 600 MB: met"
    )
    slow = BuildMeasure(seconds=14.7, peak_rss_mb=218, largest_article_kb=36.0, largest_article="", pages=2500)
    assert bench._against_target(500, slow) == "target at 500 per language: 14.7 s against 12 s: MISSED"
