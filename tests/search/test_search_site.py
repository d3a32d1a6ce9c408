"""Fixture sites: one index per language, no fallback/search/404 pages in it, sharded build = single build."""

from __future__ import annotations

import json

from conftest import HOME

from helpcenter.adapter.site_build import build_site


def article(title: str, body: str) -> str:
    return f"---\ntitle: {title}\ndescription: Short.\ntags: [x]\nupdated: 2026-10-14\n---\n\n{body}\n"


FILES = {
    "en/index.md": HOME,
    "en/search.md": "---\ntitle: Search results\ntemplate: search.html\n---\n",
    "en/security/index.md": "---\ntitle: Security\ndescription: Safe.\nicon: material/lock\n---\n",
    "en/security/enable-2fa.md": article("Turn on 2FA", "Intro.\n\n## Authenticator app { #app }\n\nScan the code."),
    "en/security/freeze.md": article("Freeze your account", "## Freeze now { #now }\n\nPress freeze."),
    "ja/index.md": HOME,
    "ja/search.md": "---\ntitle: 検索結果\ntemplate: search.html\n---\n",
    "ja/security/index.md": "---\ntitle: セキュリティ\ndescription: 安全。\nicon: material/lock\n---\n",
    "ja/security/enable-2fa.md": article("二段階認証を有効にする", "## 認証アプリ { #app }\n\n𠀀コードをスキャン。"),
    # security/freeze.md has no Japanese translation: the Japanese site shows the English page (a fallback)
}


def read_meta(site, language: str) -> dict:
    return json.loads((site / language / "search" / "meta.json").read_text(encoding="utf-8"))


def urls(site, language: str, meta: dict) -> list[str]:
    folder = site / language / "search" / "doc"
    return [
        json.loads((folder / f"{n}.json").read_text(encoding="utf-8"))["url"]
        for n in range(len(meta["articleCategory"]))
    ]


def test_each_language_indexes_only_its_own_articles(site_factory, tmp_path):
    site = tmp_path / "site"
    build_site(site_factory(FILES), site)
    en, ja = read_meta(site, ""), read_meta(site, "ja")
    assert urls(site, "", en) == ["security/enable-2fa/", "security/freeze/"]
    assert urls(site, "ja", ja) == ["ja/security/enable-2fa/"]  # no fallback, search or 404 page
    doc = json.loads((site / "ja/search/doc/0.json").read_text(encoding="utf-8"))
    assert [s[:2] for s in doc["sections"]] == [["", "二段階認証を有効にする"], ["app", "認証アプリ"]]
    shards = (site / "ja/search/shard").glob("*.json")
    terms = [t for shard in shards for t, _ in json.loads(shard.read_text(encoding="utf-8"))]
    assert "二段" in terms and "𠀀" in terms and "freeze" not in terms
    assert not (site / "ja/search/index.json").exists(), "the whole index is a test reference, never published"
    assert not list(site.rglob("parts"))
    page = (site / "ja/search/index.html").read_text(encoding="utf-8")
    assert "data-hc-results-page" in page and 'data-hc-index="ja/search/"' in page


def test_sharded_build_writes_the_same_search_files(site_factory, tmp_path):
    config = site_factory(FILES)
    build_site(config, tmp_path / "single", jobs=1)
    build_site(config, tmp_path / "parallel", jobs=2)
    for language in ("", "ja"):
        single, parallel = tmp_path / "single" / language / "search", tmp_path / "parallel" / language / "search"
        names = sorted(p.relative_to(single).as_posix() for p in single.rglob("*.json"))
        assert names == sorted(p.relative_to(parallel).as_posix() for p in parallel.rglob("*.json"))
        assert [n for n in names if (single / n).read_bytes() != (parallel / n).read_bytes()] == []
    assert not list((tmp_path / "parallel").rglob("parts"))


ANNOUNCEMENT_FILES = {
    **FILES,
    "en/announcements/index.md": "---\ntitle: Announcements\ndescription: News.\n---\n",
    "en/announcements/ton-memo.md": (
        "---\ntitle: USDC on TON\ndescription: Deposits on TON need a memo.\ntype: listing\ndate: 2026-11-02\n---\n\n"
        "## Remember the memo { #memo }\n\nCopy the comment with the address.\n"
    ),
    # expired on the build date (tests build as of 2026-11-21): its page stays, search drops it
    "en/announcements/old-upgrade.md": (
        "---\ntitle: Upgrade done\ndescription: Done.\ntype: maintenance\ndate: 2026-11-01\n"
        "expires: 2026-11-06\n---\n\nQuokkaupgrade finished.\n"
    ),
    # not published yet on the build date: never searchable
    "en/announcements/future-listing.md": (
        "---\ntitle: Zebracoin listing\ndescription: Soon.\ntype: listing\ndate: 2027-01-05\n---\n\nZebracoin.\n"
    ),
}


def test_published_announcements_are_searchable_in_their_language(site_factory, tmp_path):
    site = tmp_path / "site"
    build_site(site_factory(ANNOUNCEMENT_FILES), site)
    en, ja = read_meta(site, ""), read_meta(site, "ja")
    assert urls(site, "", en) == ["announcements/ton-memo/", "security/enable-2fa/", "security/freeze/"]
    assert [c["id"] for c in en["categories"]] == ["security", "announcements"]  # after every category
    assert en["categories"][1]["title"] == "Announcements"
    assert en["articleCategory"][0] == 1
    doc = json.loads((site / "search/doc/0.json").read_text(encoding="utf-8"))
    assert doc["updated"] == "2026-11-02"
    assert [s[:2] for s in doc["sections"]] == [["", "USDC on TON"], ["memo", "Remember the memo"]]
    facets = json.loads((site / "search/facets.json").read_text(encoding="utf-8"))
    assert facets["tags"][facets["articleTags"][0][0]] == "New listing"  # the announcement's type, in the language
    shards = (site / "search/shard").glob("*.json")
    terms = {t for shard in shards for t, _ in json.loads(shard.read_text(encoding="utf-8"))}
    assert {"memo", "ton", "comment"} <= terms and not {"zebracoin", "quokkaupgrade"} & terms
    assert (site / "announcements/old-upgrade/index.html").exists()
    # the Japanese site shows the English announcement as a fallback: not in the Japanese index
    assert urls(site, "ja", ja) == ["ja/security/enable-2fa/"]
