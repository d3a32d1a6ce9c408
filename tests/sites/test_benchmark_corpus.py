"""The benchmarks' synthetic corpus is a valid help center: the strict build publishes it without a warning.

A corpus with broken links or stale translations would measure a build that a real publish never runs.
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.benchmark import LANGUAGES, generate_corpus, write_config
from helpcenter.site_build import build_site

ROOT = Path(__file__).resolve().parents[2]


def test_corpus_builds_strictly(tmp_path):
    generate_corpus(tmp_path / "corpus", 12, ROOT / "docs")
    config = write_config(tmp_path / "corpus", ROOT / "mkdocs.yml", stock=False)

    build_site(config, tmp_path / "site", strict=True, jobs=1)  # raises Abort on any warning

    for language in LANGUAGES:
        prefix = "" if language == LANGUAGES[0] else f"{language}/"
        assert (tmp_path / "site" / prefix / "fees" / "article-00000" / "index.html").is_file()
