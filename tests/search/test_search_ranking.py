"""Issue 19: where a word stands decides the rank, on a small fixture help center (tests/search/search_fixture.py,
not the demo): an article with the word in its title or tags outranks one that only repeats it in its body."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
import search_fixture as fixture

from helpcenter.publish.search.index import FIELD_BOOSTS

HERE = Path(__file__).parent


@pytest.fixture(scope="module")
def fixture_site(tmp_path_factory):
    from conftest import write_site

    from helpcenter.adapter.site_build import build_site

    root = tmp_path_factory.mktemp("search-fixture")
    build_site(write_site(root, fixture.FILES, ("en",)), root / "site", jobs=1)
    return root / "site"


def find(search_dir: Path, query: str) -> dict:
    payload = json.dumps({"search_dir": str(search_dir), "queries": [query], "limit": 10, "articles": True})
    out = subprocess.run(
        ["node", str(HERE / "engine_cli.mjs")], input=payload, capture_output=True, text=True, check=True
    ).stdout
    return json.loads(out)[0]


def ranks(urls: list[str]) -> dict[str, int]:
    return {url.split("#")[0].strip("/"): i for i, url in enumerate(urls)}


def test_title_and_tag_matches_outrank_body_matches(fixture_site):
    found = find(fixture_site / "search", fixture.WORD)
    rank = ranks(found["urls"])
    assert {fixture.IN_TITLE, fixture.IN_TAGS, fixture.IN_BODY} <= set(rank), found
    # the body says "ledger" five times in one short section; the others say it once, in the title or a tag
    assert rank[fixture.IN_TITLE] < rank[fixture.IN_BODY]
    assert rank[fixture.IN_TAGS] < rank[fixture.IN_BODY]


def test_without_the_field_boosts_the_body_would_win(tmp_path, monkeypatch):
    """The fixture can tell: with every field weighing the same, the body's five mentions beat the tag's one (the
    build runs in this process with jobs=1, so the patched boosts are the ones it scores with)."""
    from conftest import write_site

    from helpcenter.adapter.site_build import build_site

    monkeypatch.setattr("helpcenter.publish.search.index.FIELD_BOOSTS", dict.fromkeys(FIELD_BOOSTS, 1.0))
    build_site(write_site(tmp_path, fixture.FILES, ("en",)), tmp_path / "site", jobs=1)
    rank = ranks(find(tmp_path / "site" / "search", fixture.WORD)["urls"])
    assert rank[fixture.IN_BODY] < rank[fixture.IN_TAGS]
