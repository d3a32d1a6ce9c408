"""No query can throw: generated queries (operators, quotes, emoji, 1,000+ characters, lone surrogates) run
through the browser's query path (engine.js + lunr.js) in Node on the demo's built indexes."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest

pytestmark = pytest.mark.slow

HERE = Path(__file__).parent


@pytest.mark.parametrize(("language", "count", "seed"), [("ja", 10_000, 7), ("en", 2_000, 11)])
def test_generated_queries_never_throw(demo_site, language, count, seed):
    search_dir = demo_site / ("" if language == "en" else language) / "search"
    out = subprocess.run(
        ["node", str(HERE / "fuzz_cli.mjs"), str(search_dir), str(count), str(seed)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    report = json.loads(out)
    assert report["count"] == count
    assert report["errorCount"] == 0, report["errors"]
    assert report["results"] > 0, "the generated queries must reach the index, not stop before it"
