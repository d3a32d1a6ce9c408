"""Redirect pages: one small static page per old URL, and the hook that writes them without touching real pages."""

from __future__ import annotations

import re

import pytest
import yaml
from conftest import HOME, article
from fixtures.existing_docs import write_suffix_project

from helpcenter.content.findings import Severity
from helpcenter.content.importer import import_project
from helpcenter.publish.redirects import redirect_file, redirect_findings, redirect_pages, target_url


def test_each_old_url_gets_an_index_html_that_sends_readers_on():
    pages = redirect_pages(
        {"pt_BR/guide/setup/": "pt-BR/guide/setup/"}, "https://help.example.org/docs/", ["en", "pt-BR"]
    )
    assert [page.path for page in pages] == ["pt_BR/guide/setup/index.html"]
    html = pages[0].html
    url = "https://help.example.org/docs/pt-BR/guide/setup/"
    assert '<html lang="pt-BR">' in html
    assert f'<meta http-equiv="refresh" content="0; url={url}">' in html
    assert f'<link rel="canonical" href="{url}">' in html
    assert '<meta name="robots" content="noindex">' in html
    assert f'<a href="{url}">{url}</a>' in html
    assert "<script" not in html


def test_without_site_url_the_target_is_relative_to_the_old_page():
    pages = redirect_pages({"pt_BR/": "pt-BR/", "pt_BR/a/b/": "pt-BR/a/b/", "old.html": "new/"}, None)
    by_path = {page.path: page.html for page in pages}
    assert 'url=../pt-BR/"' in by_path["pt_BR/index.html"]
    assert 'url=../../../pt-BR/a/b/"' in by_path["pt_BR/a/b/index.html"]
    assert 'url=new/"' in by_path["old.html"]
    assert 'lang="en"' in by_path["old.html"]  # new/ is no language: the default one


@pytest.mark.parametrize(
    ("old", "file"),
    [
        ("pt_BR/guide/setup/", "pt_BR/guide/setup/index.html"),
        ("pt_BR/", "pt_BR/index.html"),
        ("/pt_BR/guide", "pt_BR/guide/index.html"),
        ("guide/setup.html", "guide/setup.html"),
        ("pt_BR/gu%C3%ADa%20de%20uso/", "pt_BR/guía de uso/index.html"),
    ],
)
def test_the_file_of_an_old_url(old, file):
    assert redirect_file(old) == file


def test_urls_are_percent_encoded_and_html_escaped():
    assert target_url("a/index.html", "guía de uso/", "https://x.example") == "https://x.example/gu%C3%ADa%20de%20uso/"
    assert target_url("a/index.html", "b/%C3%A9/", None) == "../b/%C3%A9/"  # already encoded: kept
    html = redirect_pages({"a/": 'https://other.example/"><script>x</script>'}, None)[0].html
    assert "<script>" not in html


@pytest.mark.parametrize(
    ("old", "new", "reason"),
    [
        ("", "en/", "site root"),
        ("/", "en/", "site root"),
        ("https://evil.example/a/", "b/", "path below the site"),
        ("//evil.example/a/", "b/", "path below the site"),
        ("a/?q=1", "b/", "query"),
        ("../outside/", "b/", ". or .."),
        ("a\\b/", "b/", "path below the site"),
        ("a/", "javascript:alert(1)", "http(s) URL"),
        ("a/", "../../etc/", ". or .."),
        ("a/", "a/", "same page"),
        ("a/", 3, "must be text"),
    ],
)
def test_entries_that_cannot_be_redirects_are_findings(old, new, reason):
    assert redirect_pages({old: new}, None) == []
    findings = redirect_findings({old: new}, "mkdocs.yml")
    assert len(findings) == 1
    assert reason in findings[0].message
    assert findings[0].path == "mkdocs.yml" and findings[0].severity is Severity.WARNING


def test_two_spellings_of_one_old_page_write_it_once():
    pages = redirect_pages({"a/b": "x/", "a/b/": "y/"}, None)
    assert len(pages) == 1
    assert [f.code for f in redirect_findings({"a/b": "x/", "a/b/": "y/"})] == ["RDR101"]
    assert redirect_findings("not a mapping") and redirect_findings(None) == []


def test_an_import_plans_pages_for_every_redirect(tmp_path):
    plan = import_project(write_suffix_project(tmp_path))
    pages = redirect_pages(plan.redirects, plan.site_url, [lang.code for lang in plan.languages])
    assert len(pages) == len(plan.redirects) == 24
    assert redirect_findings(plan.redirects) == []
    home = {page.path: page.html for page in pages}["zh_TW/index.html"]
    assert 'lang="zh-TW"' in home and "https://docs.fernpad.example/zh-TW/" in home


SITE = {
    "en/index.md": HOME,
    "en/fees/index.md": "---\ntitle: Fees\ndescription: All about fees.\n---\n",
    "en/fees/trading.md": article("How are trading fees calculated?"),
    "ja/index.md": HOME,
    "ja/fees/index.md": "---\ntitle: 手数料\ndescription: 手数料について。\n---\n",
}


def test_the_hook_writes_redirects_once_every_language_is_built(site_factory, tmp_path):
    from helpcenter.adapter.site_build import build_site

    config_file = site_factory(SITE)
    config = yaml.safe_load(config_file.read_text(encoding="utf-8"))
    config["site_url"] = "https://help.example.org/"
    config["extra"]["helpcenter"]["redirects"] = {
        "ja_JP/": "ja/",
        "ja_JP/fees/trading/": "ja/fees/trading/",
        "old/fees.html": "fees/",
        "ja/fees/": "fees/",  # a real page: never overwritten
    }
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build_site(config_file, tmp_path / "site")
    site = tmp_path / "site"
    assert 'url=https://help.example.org/ja/fees/trading/"' in (site / "ja_JP/fees/trading/index.html").read_text()
    assert 'lang="ja"' in (site / "ja_JP/index.html").read_text()
    assert 'url=https://help.example.org/fees/"' in (site / "old/fees.html").read_text()
    real = (site / "ja/fees/index.html").read_text()
    assert 'http-equiv="refresh"' not in real and re.search(r"<html[^>]*lang=\"ja\"", real)
