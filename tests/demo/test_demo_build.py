"""The demo help center: strict build, per-language outputs, page weight, no third-party resources."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urljoin, urlsplit

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


# url(...) with or without quotes, and @import "..." (comments are stripped first: a browser loads nothing from them)
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|@import\s+(?:"([^"]*)"|'([^']*)')""", re.I)
CSS_IMPORT = re.compile(r"""@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)'"\s]*))\s*\)|"([^"]*)"|'([^']*)')""", re.I)
CSS_COMMENT = re.compile(r"/\*.*?\*/", re.S)


def css_urls(text: str, pattern: re.Pattern = CSS_URL) -> list[str]:
    return [next(g for g in m.groups() if g is not None) for m in pattern.finditer(CSS_COMMENT.sub("", text))]


class ResourceCollector(HTMLParser):
    """URLs a browser would fetch while rendering: scripts, stylesheets, icons, fonts, images, frames, and the
    url(...) of inline styles. ``stylesheets`` are the linked ones, whose own url(...) the test reads too."""

    def __init__(self):
        super().__init__()
        self.urls: list[str] = []
        self.stylesheets: list[str] = []
        self._in_style = False

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
            if "stylesheet" in rel:
                self.stylesheets.append(a["href"])
        if tag == "object" and a.get("data"):
            self.urls.append(a["data"])
        if a.get("style"):
            self.urls += css_urls(a["style"])
        self._in_style = tag == "style"

    def handle_endtag(self, tag):
        self._in_style = False

    def handle_data(self, data):
        if self._in_style:
            self.urls += css_urls(data)


def foreign(url: str) -> bool:
    parts = urlsplit(url)
    return bool(parts.netloc) or parts.scheme in ("http", "https")


def local_file(site: Path, base: str, url: str) -> Path | None:
    """The file under ``site`` that ``url``, met in the site's file ``base`` (posix, relative), points at."""
    path = unquote(urlsplit(urljoin("/" + base, url)).path).lstrip("/")
    target = site / path
    return target if path and target.is_file() else None


@pytest.mark.slow
def test_no_page_loads_a_resource_from_another_host(demo_site):
    offenders = {}
    stylesheets = set(demo_site.rglob("*.css"))
    for page in demo_site.rglob("*.html"):
        rel = page.relative_to(demo_site).as_posix()
        collector = ResourceCollector()
        collector.feed(page.read_text(encoding="utf-8"))
        bad = [u for u in collector.urls if foreign(u)]
        if bad:
            offenders[rel] = bad
        stylesheets |= {css for href in collector.stylesheets if (css := local_file(demo_site, rel, href))}
    # every stylesheet the pages load, and those they @import in turn: fonts and images from another host
    seen: set[Path] = set()
    while stylesheets:
        css = stylesheets.pop()
        seen.add(css)
        rel = css.relative_to(demo_site).as_posix()
        text = css.read_text(encoding="utf-8")
        bad = [u for u in css_urls(text) if foreign(u)]
        if bad:
            offenders[rel] = bad
        imported = {local_file(demo_site, rel, u) for u in css_urls(text, CSS_IMPORT)}
        stylesheets |= {f for f in imported if f and f not in seen}
    assert offenders == {}
