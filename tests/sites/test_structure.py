"""Fixture sites: the navigation, category lists and per-language outputs the catalog hook produces."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import pytest
from conftest import HOME, article
from mkdocs.exceptions import Abort

from helpcenter.adapter.site_build import build_site

BASIC = {
    "en/index.md": HOME,
    "en/fees/index.md": "---\ntitle: Fees\ndescription: All about fees.\nicon: material/percent\norder: 2\n---\n",
    "en/security/index.md": "---\ntitle: Security\ndescription: Keep safe.\nicon: material/lock\norder: 1\n---\n",
    "en/fees/trading.md": article("How are trading fees calculated?", 2),
    "en/fees/withdrawal.md": article("What are withdrawal fees?", 1, promoted="true"),
    "en/security/enable-2fa.md": article("How do I turn on 2FA?", 1, related="[fees/trading.md]"),
    "ja/index.md": HOME,
    "ja/fees/index.md": "---\ntitle: 手数料\ndescription: 手数料について。\nicon: material/percent\norder: 2\n---\n",
    "ja/security/index.md": "---\ntitle: セキュリティ\ndescription: 安全。\nicon: material/lock\norder: 1\n---\n",
    "ja/fees/trading.md": article("取引手数料はどのように計算されますか？", 2),
    "ja/fees/withdrawal.md": article("出金手数料はいくらですか？", 1),
    # security/enable-2fa.md has no Japanese translation: the Japanese site falls back to English
}


@pytest.fixture
def built(site_factory, tmp_path):
    build_site(site_factory(BASIC), tmp_path / "site")
    return tmp_path / "site"


def nav_labels(html: str) -> list[str]:
    nav = html.split('data-md-type="navigation"', 1)[1].split('data-md-type="toc"', 1)[0]
    return [
        re.sub(r"<[^>]+>|\s+", " ", m).strip()
        for m in re.findall(r'class="md-nav__link[^"]*"[^>]*>(.*?)</a>', nav, re.S)
    ]


def test_navigation_lists_categories_only_in_order(built):
    labels = nav_labels((built / "fees/trading/index.html").read_text())
    assert labels == ["Security", "Fees"]


def test_category_page_lists_articles_by_order_then_title(built):
    html = (built / "fees/index.html").read_text()
    titles = re.findall(r'class="hc-article-list__link" href="[^"]*">([^<]+)</a>', html)
    assert titles == ["What are withdrawal fees?", "How are trading fees calculated?"]
    assert "All about fees." in html


def test_home_has_category_grid_counts_and_promoted(built):
    html = (built / "index.html").read_text()
    assert re.findall(r'class="hc-card__title">([^<]+)<', html) == ["Security", "Fees"]
    assert re.findall(r'class="hc-card__count">([^<]+)<', html) == ["1 article", "2 articles"]
    promoted = html.split('id="hc-popular-title"', 1)[1]
    assert "What are withdrawal fees?" in promoted


def test_article_has_breadcrumbs_localized_date_tags_related_and_help(built):
    html = (built / "ja/fees/trading/index.html").read_text()
    assert re.findall(r'hc-breadcrumbs".*?</nav>', html, re.S)
    assert "2026年10月14日" in html
    assert 'datetime="2026-10-14"' in html
    assert "関連記事" in html and "出金手数料はいくらですか？" in html.split('id="hc-related-title"')[1]
    assert "解決しませんでしたか？" in html
    en = (built / "security/enable-2fa/index.html").read_text()
    assert "How are trading fees calculated?" in en.split('id="hc-related-title"')[1]


def test_each_language_gets_its_own_404_and_sitemap(built):
    assert '<html lang="en"' in (built / "404.html").read_text()
    ja404 = (built / "ja/404.html").read_text()
    assert '<html lang="ja"' in ja404 and "ページが見つかりません" in ja404
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(built / "ja/sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert "https://help.fixture.test/ja/fees/trading/" in locs
    # the fallback page exists in the site but is not a Japanese page
    assert (built / "ja/security/enable-2fa/index.html").exists()
    assert not any("enable-2fa" in loc for loc in locs)


def test_strict_build_failure_leaves_previous_site_untouched(site_factory, tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    (site / "marker.txt").write_text("previous deploy")
    broken = dict(BASIC)
    broken["en/fees/trading.md"] = article("Broken link") + "\nSee [this](missing.md).\n"
    with pytest.raises(Abort):
        build_site(site_factory(broken), site)
    assert (site / "marker.txt").read_text() == "previous deploy"
    assert not list(tmp_path.glob(".site-build-*"))


def tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_parallel_sharded_build_equals_single_build(site_factory, tmp_path):
    config = site_factory(BASIC)
    build_site(config, tmp_path / "single", jobs=1)
    build_site(config, tmp_path / "parallel", jobs=2)
    single, parallel = tree(tmp_path / "single"), tree(tmp_path / "parallel")
    assert sorted(single) == sorted(parallel)
    assert [p for p in single if single[p] != parallel[p]] == []


def test_merge_reports_shared_files_that_differ(tmp_path):
    from helpcenter.adapter.site_build import merge_trees

    base, other = tmp_path / "base", tmp_path / "other"
    (base / "a").mkdir(parents=True)
    (other / "a").mkdir(parents=True)
    (other / "b").mkdir()
    (base / "a/same.html").write_text("x")
    (other / "a/same.html").write_text("x")
    (base / "a/differs.html").write_text("1")
    (other / "a/differs.html").write_text("2")
    (other / "a/new.html").write_text("n")
    (other / "b/page.html").write_text("p")
    assert merge_trees(base, other) == ["a/differs.html"]
    assert (base / "a/new.html").read_text() == "n" and (base / "b/page.html").read_text() == "p"
