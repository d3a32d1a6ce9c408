"""Fixture site with known missing, stale, orphaned and anchor-drifted translations: exact report, reader notices."""

from __future__ import annotations

import logging
import re
import xml.etree.ElementTree as ET

import pytest
from conftest import HOME, load_script
from mkdocs.exceptions import Abort

from helpcenter.adapter.site_build import build_site
from helpcenter.content.translations import source_hash

FEES = "---\ntitle: Fees\ndescription: Fees.\nicon: material/percent\n---\n"


def english(title: str, updated: str, body: str) -> str:
    return f"---\ntitle: {title}\ndescription: About {title}.\ntags: [fees]\nupdated: {updated}\n---\n\n{body}\n"


EN_A = english("Trading fees", "2026-10-14", "Text.\n\n## Tiers { #tiers }\n\nMore.")
EN_B = english("Withdrawal fees", "2026-10-20", "## Networks { #networks }")
EN_C = english("Card fees", "2026-10-21", "## Card { #card }")


def ja(title, source, ids=("tiers",), hash_=None):
    headings = "".join(f"\n## 見出し {{ #{i} }}\n" for i in ids)
    h = hash_ if hash_ is not None else source_hash(source)
    meta = f'title: {title}\ndescription: 説明。\ntags: [手数料]\nupdated: 2026-10-14\nsource_hash: "{h}"'
    return f"---\n{meta}\n---\n\n本文。\n{headings}"


SITE = {
    "en/index.md": HOME,
    "en/fees/index.md": FEES,
    "en/fees/trading.md": EN_A,
    "en/fees/withdrawal.md": EN_B,
    "en/fees/card.md": EN_C,
    "ja/index.md": f'---\ntitle: ヘルプ\nsource_hash: "{source_hash(HOME)}"\n---\n',
    "ja/fees/index.md": (
        f'---\ntitle: 手数料\ndescription: 手数料。\nicon: material/percent\nsource_hash: "{source_hash(FEES)}"\n---\n'
    ),
    "ja/fees/trading.md": ja("取引手数料", EN_A, ids=("tiers", "bonus")),  # anchor drift
    "ja/fees/withdrawal.md": ja("出金手数料", EN_B, ids=("networks",), hash_="000000000000"),  # stale
    # ja/fees/card.md missing -> fallback
    "ja/fees/old.md": ja("古い記事", EN_A, ids=()),  # orphaned
}

EXPECTED = {
    ("docs/ja/fees/card.md", "TR001", logging.INFO),
    ("docs/ja/fees/withdrawal.md", "TR002", logging.INFO),
    ("docs/ja/fees/old.md", "TR003", logging.ERROR),
    ("docs/ja/fees/trading.md", "TR004", logging.ERROR),
}


def reported(records):
    out = set()
    for r in records:
        m = re.search(r"(docs/\S+?):\d+:\d+: (TR\d{3}) ", r.getMessage())
        if m:
            out.add((m.group(1), m.group(2), r.levelno))
    return out


def test_report_has_exactly_the_expected_findings(site_factory, tmp_path, caplog):
    caplog.set_level(logging.INFO)
    with pytest.raises(Abort):  # the orphan and the anchor drift fail --strict by the default policy
        build_site(site_factory(SITE, translation_policy=None), tmp_path / "site")
    assert reported(caplog.records) == EXPECTED  # precision and recall 1.0


def test_script_report_matches(site_factory, tmp_path, monkeypatch, capsys):
    config = site_factory(SITE, translation_policy=None)
    cli = load_script("translations")
    monkeypatch.chdir(tmp_path)
    assert cli.main(["--config-file", str(config), "report", "--check"]) == 1
    out = capsys.readouterr().out
    lines = {(m.group(1), m.group(2)) for m in re.finditer(r"(docs/\S+?):\d+:\d+: (TR\d{3}) ", out)}
    assert lines == {(path, code) for path, code, _ in EXPECTED}
    assert "ja             60.0%        1      1          0         1        1" in out


@pytest.fixture
def lenient_site(site_factory, tmp_path):
    """The same tree without the failing cases, so the site builds strictly."""
    files = dict(SITE)
    files.pop("ja/fees/old.md")
    files["ja/fees/trading.md"] = ja("取引手数料", EN_A)
    build_site(site_factory(files, translation_policy=None), tmp_path / "site")
    return tmp_path / "site"


def test_fallback_page_is_marked_english_with_english_canonical(lenient_site):
    html = (lenient_site / "ja/fees/card/index.html").read_text()
    assert 'data-hc-notice="fallback"' in html
    assert "この記事は日本語ではまだ公開されていません。英語版を表示しています。" in html
    assert '<div lang="en" dir="ltr">' in html and "<h1>Card fees</h1>" in html
    assert '<link rel="canonical" href="https://help.fixture.test/fees/card/">' in html
    assert '<meta name="robots" content="noindex">' in html
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(lenient_site / "ja/sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert "https://help.fixture.test/ja/fees/card/" not in locs
    assert "https://help.fixture.test/ja/fees/trading/" in locs


def test_stale_page_says_when_english_changed_and_links_it(lenient_site):
    html = (lenient_site / "ja/fees/withdrawal/index.html").read_text()
    assert 'data-hc-notice="stale"' in html
    assert "この記事の英語版は2026年10月20日に更新されました。" in html
    assert re.search(r'<a href="[./]*fees/withdrawal/" hreflang="en" lang="en">英語版を読む</a>', html)
    current = (lenient_site / "ja/fees/trading/index.html").read_text()
    assert "data-hc-notice" not in current


def test_switcher_marks_languages_that_fall_back(lenient_site):
    en = (lenient_site / "fees/card/index.html").read_text()
    assert re.search(r'hreflang="ja"[^>]*class="md-select__link hc-select__link--fallback" data-hc-fallback="true"', en)
    assert "not translated yet" in en
    assert "data-hc-fallback" not in (lenient_site / "fees/trading/index.html").read_text()


def test_status_page_per_language(lenient_site):
    html = (lenient_site / "ja/translation-status/index.html").read_text()
    assert "<h1>翻訳状況</h1>" in html
    assert '<meta name="robots" content="noindex">' in html
    row = re.search(r'<tr data-hc-status-language="ja">(.*?)</tr>', html, re.S).group(1)
    assert [c.strip() for c in re.findall(r"<td>(.*?)</td>", row)] == ["60.0 %", "1", "1", "0", "0", "0"]
