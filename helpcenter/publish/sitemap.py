"""Per-language sitemaps listing only real translations, with hreflang alternates between them.

Material's language selector fetches <lang>/sitemap.xml; static-i18n writes one sitemap at the root only
(the last language built wins), so the help center writes one per language itself.
"""

from __future__ import annotations

import datetime as dt
import gzip
import io
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"


@dataclass(frozen=True)
class PageRecord:
    doc_id: str
    url: str  # site-relative
    locale: str  # language the content is written in
    updated: dt.date | None


@dataclass(frozen=True)
class Alternate:
    hreflang: str
    href: str


@dataclass(frozen=True)
class UrlEntry:
    loc: str
    lastmod: str | None
    alternates: tuple[Alternate, ...]


def absolute(site_url: str, url: str) -> str:
    url = url.removeprefix("./")
    return site_url.rstrip("/") + "/" + url


def sitemap_entries(
    language: str, pages: dict[str, list[PageRecord]], site_url: str, default_language: str
) -> list[UrlEntry]:
    """URLs of ``language``'s own pages; a fallback page (English text under /ja/) is left out."""
    real = {lang: {p.doc_id: p for p in records if p.locale == lang} for lang, records in pages.items()}
    entries = []
    for doc_id, page in sorted(real.get(language, {}).items()):
        alternates = [
            Alternate(lang, absolute(site_url, real[lang][doc_id].url)) for lang in pages if doc_id in real[lang]
        ]
        if len(alternates) > 1 and doc_id in real.get(default_language, {}):
            alternates.append(Alternate("x-default", absolute(site_url, real[default_language][doc_id].url)))
        entries.append(
            UrlEntry(
                loc=absolute(site_url, page.url),
                lastmod=page.updated.isoformat() if page.updated else None,
                alternates=tuple(alternates) if len(alternates) > 1 else (),
            )
        )
    return entries


_env = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["xml"]), keep_trailing_newline=True
)
SITEMAP_INDEX = "sitemap-index.xml"


def render_sitemap(entries: list[UrlEntry]) -> str:
    return _env.get_template("sitemap.xml").render(entries=entries)


def render_sitemap_index(sitemap_urls: list[str]) -> str:
    return _env.get_template("sitemap-index.xml").render(sitemaps=sitemap_urls)


def render_robots(sitemap_index_url: str) -> str:
    return _env.get_template("robots.txt").render(sitemap_index=sitemap_index_url)


def gzip_bytes(text: str) -> bytes:
    # mtime=0 so that two builds of the same content give byte-identical files
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", mtime=0, filename="") as handle:
        handle.write(text.encode("utf-8"))
    return buffer.getvalue()
