"""The built demo: API JSON against its schemas, JSON-LD, hreflang without fallbacks, reproducible output."""

from __future__ import annotations

import json
import re
from html.parser import HTMLParser

import jsonschema
import pytest
from conftest import CHANGED_DEMO_DELETED, DEMO_LANGUAGES, ROOT, require_demo
from mkdocs.structure.pages import Page
from mkdocs_static_i18n import folder

from helpcenter.adapter import i18n_files
from helpcenter.adapter.markdown_page import SharedMarkdown, SharedMarkdownPage, fresh_markdown
from helpcenter.adapter.site_build import build_site
from helpcenter.publish.api_export import SCHEMAS

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

pytestmark = pytest.mark.slow
FORMATS = jsonschema.FormatChecker()


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_api_json_validates_and_matches_the_pages(demo_site, lang):
    api = demo_site / "api" / lang
    index = json.loads((api / "index.json").read_text(encoding="utf-8"))
    jsonschema.validate(index, SCHEMAS["index"], format_checker=FORMATS)
    jsonschema.validate(
        json.loads((api / "announcements.json").read_text()), SCHEMAS["announcements"], format_checker=FORMATS
    )
    prefix = "" if lang == "en" else f"{lang}/"
    categories = [p.parent.name for p in (ROOT / "docs/en").glob("*/index.md") if p.parent.name != "announcements"]
    # every article page of the language, translated or English fallback
    pages = {
        f"{category}/{page.parent.name}"
        for category in categories
        for page in (demo_site / prefix / category).glob("*/index.html")
    }
    assert {a["id"] for a in index["articles"]} == pages
    for article in index["articles"]:
        payload = json.loads((api / article["api"]).read_text(encoding="utf-8"))
        jsonschema.validate(payload, SCHEMAS["article"], format_checker=FORMATS)
        assert payload["html"] and payload["headings"]


def test_schemas_are_published(demo_site):
    for name, schema in SCHEMAS.items():
        published = json.loads((demo_site / "api/schema" / f"{name}.schema.json").read_text())
        # each names its own address on the site it is published with (site_url of mkdocs.yml)
        assert published.pop("$id") == f"https://help.corvexa.example/api/schema/{name}.schema.json"
        assert published == schema


class JsonLd(HTMLParser):
    def __init__(self):
        super().__init__()
        self.blocks, self._in = [], False

    def handle_starttag(self, tag, attrs):
        self._in = tag == "script" and dict(attrs).get("type") == "application/ld+json"

    def handle_data(self, data):
        if self._in:
            self.blocks.append(json.loads(data))

    def handle_endtag(self, tag):
        self._in = False


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_articles_carry_valid_faq_json_ld(demo_site, lang):
    prefix = "" if lang == "en" else f"{lang}/"
    parser = JsonLd()
    parser.feed((demo_site / prefix / "security/enable-2fa/index.html").read_text(encoding="utf-8"))
    [data] = parser.blocks
    assert data["@context"] == "https://schema.org" and data["@type"] == "FAQPage"
    [question] = data["mainEntity"]
    assert question["@type"] == "Question" and question["name"]
    assert question["acceptedAnswer"]["@type"] == "Answer" and len(question["acceptedAnswer"]["text"]) > 20


def hreflangs(html):
    return dict(re.findall(r'<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"', html))


def test_hreflang_never_points_to_a_fallback_page(changed_demo):
    slug = CHANGED_DEMO_DELETED.removesuffix(".md")
    english = hreflangs((changed_demo / slug / "index.html").read_text(encoding="utf-8"))
    assert set(english) == {"en", "zh", "ko", "es", "x-default"}  # ja has no translation of it
    assert hreflangs((changed_demo / "ja" / slug / "index.html").read_text(encoding="utf-8")) == {}
    complete = hreflangs((changed_demo / "fees/trading-fees/index.html").read_text(encoding="utf-8"))
    assert set(complete) == {"en", "zh", "ja", "ko", "es", "x-default"}
    for page in changed_demo.rglob("*.html"):
        for href in hreflangs(page.read_text(encoding="utf-8")).values():
            assert href != f"https://help.corvexa.example/ja/{slug}/", page


def test_robots_and_sitemap_index(demo_site):
    assert "Sitemap: https://help.corvexa.example/sitemap-index.xml" in (demo_site / "robots.txt").read_text()
    index = (demo_site / "sitemap-index.xml").read_text()
    for lang in DEMO_LANGUAGES:
        prefix = "" if lang == "en" else f"{lang}/"
        assert f"<loc>https://help.corvexa.example/{prefix}sitemap.xml</loc>" in index


def tree(root):
    return {p.relative_to(root).as_posix(): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()}


def test_two_builds_with_the_same_build_date_are_byte_identical(demo_site, tmp_path, monkeypatch):
    """The second build also takes the stock paths our build shortcuts: static-i18n creates every localized
    file itself (no memo of helpcenter/adapter/steps/i18n_files.py), and every page gets its own Markdown instance
    and MkDocs' own front matter reading (no helpcenter/adapter/steps/markdown_page.py); the bytes must not change."""
    monkeypatch.setattr(i18n_files.I18nFileMemo, "start_build", lambda self, **kwargs: None)
    monkeypatch.setattr(folder, "create_i18n_file", i18n_files._ORIGINAL)
    for owner, name, original, _faster in i18n_files.stand_ins():
        monkeypatch.setattr(owner, name, original)
    monkeypatch.setattr(SharedMarkdown, "for_page", lambda self, config: fresh_markdown(config))
    monkeypatch.setattr(SharedMarkdownPage, "read_source", Page.read_source)
    again = tmp_path / "again"
    build_site(ROOT / "mkdocs.yml", again, jobs=2)
    first, second = tree(demo_site), tree(again)
    assert sorted(first) == sorted(second)
    assert [p for p in first if first[p] != second[p]] == []
