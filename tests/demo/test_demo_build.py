"""The demo help center: strict build, per-language outputs, page weight, no third-party resources."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from conftest import DEMO_LANGUAGES, ROOT

from helpcenter.content.catalog import Role, role_of

MAX_ARTICLE_HTML = 40 * 1024


def language_prefix(lang: str) -> str:
    return "" if lang == "en" else f"{lang}/"


@pytest.mark.slow
@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_every_language_has_home_and_404(demo_site, lang):
    home = demo_site / language_prefix(lang) / "index.html"
    assert home.exists()
    assert f'<html lang="{lang}"' in home.read_text(encoding="utf-8")
    assert f'<html lang="{lang}"' in (demo_site / language_prefix(lang) / "404.html").read_text(encoding="utf-8")
    assert (demo_site / language_prefix(lang) / "sitemap.xml").exists()


def article_pages(site: Path) -> list[Path]:
    pages = []
    for md in (ROOT / "docs/en").glob("*/*.md"):
        if role_of(md.relative_to(ROOT / "docs/en").as_posix()) is not Role.ARTICLE:
            continue
        rel = md.relative_to(ROOT / "docs/en").with_suffix("")
        for lang in DEMO_LANGUAGES:
            pages.append(site / language_prefix(lang) / rel / "index.html")
    return pages


@pytest.mark.slow
def test_every_article_page_is_under_40_kb(demo_site):
    pages = article_pages(demo_site)
    assert len(pages) >= 48 * 5
    sizes = {p.relative_to(demo_site).as_posix(): p.stat().st_size for p in pages}
    too_big = {p: s for p, s in sizes.items() if s > MAX_ARTICLE_HTML}
    assert too_big == {}


class ResourceCollector(HTMLParser):
    """URLs a browser would fetch while rendering: scripts, stylesheets, icons, fonts, images, frames."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in ("script", "img", "iframe", "source", "video", "audio", "embed", "input") and a.get("src"):
            self.urls.append(a["src"])
        if tag in ("img", "source") and a.get("srcset"):
            self.urls += [part.strip().split(" ")[0] for part in a["srcset"].split(",")]
        if tag == "link" and a.get("href"):
            rel = (a.get("rel") or "").lower()
            if any(r in rel for r in ("stylesheet", "icon", "preload", "preconnect", "modulepreload", "manifest")):
                self.urls.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])


def foreign(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme in ("http", "https")


@pytest.mark.slow
def test_no_page_loads_a_resource_from_another_host(demo_site):
    offenders = {}
    for page in demo_site.rglob("*.html"):
        collector = ResourceCollector()
        collector.feed(page.read_text(encoding="utf-8"))
        bad = [u for u in collector.urls if foreign(u)]
        if bad:
            offenders[page.relative_to(demo_site).as_posix()] = bad
    assert offenders == {}
    for css in demo_site.rglob("*.css"):
        text = css.read_text(encoding="utf-8")
        assert "url(http" not in text.replace('url("http', "url(http") and "@import url(http" not in text, css
