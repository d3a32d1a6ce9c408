"""Search-engine presence: hreflang alternates for real translations, OpenGraph locale, FAQPage JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass

from helpcenter.content import html_tree
from helpcenter.publish.sitemap import absolute


# OpenGraph wants language_TERRITORY; the territory is the market each language edition is written for
@dataclass(frozen=True)
class HreflangLink:
    hreflang: str
    href: str  # absolute


def hreflang_links(real_urls: dict[str, str], site_url: str, default: str) -> list[HreflangLink]:
    """``real_urls``: language -> URL of the page in that language, only where it is really translated.

    No links for a page that exists in one language only; x-default is the default language's page.
    """
    if len(real_urls) < 2:
        return []
    links = [HreflangLink(lang, absolute(site_url, url)) for lang, url in real_urls.items()]
    if default in real_urls:
        links.append(HreflangLink("x-default", absolute(site_url, real_urls[default])))
    return links


def faq_page(question: str, answer: str) -> dict:
    """schema.org FAQPage for an article that answers one question (its title) in its lead paragraph."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [{"@type": "Question", "name": question, "acceptedAnswer": {"@type": "Answer", "text": answer}}],
    }


# a paragraph inside one of these is not the page's lead (a note, a table cell, a list item, ...)
_NOT_LEAD_CONTAINERS = frozenset({"div", "details", "table", "ul", "ol", "pre", "blockquote", "aside"})


def lead_text(html: str) -> str:
    """Text of the first paragraph that is not inside an admonition, table or other block."""
    for paragraph in html_tree.parse(html).css("p"):
        parent = paragraph.parent
        while parent is not None and parent.tag not in _NOT_LEAD_CONTAINERS:
            parent = parent.parent
        if parent is None:
            return " ".join(html_tree.text_of(paragraph).split())
    return ""
