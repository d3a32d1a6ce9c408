"""Search-engine presence: hreflang alternates for real translations, OpenGraph locale, FAQPage JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass
from html.parser import HTMLParser

from helpcenter.sitemap import absolute

# OpenGraph wants language_TERRITORY; the territory is the market each language edition is written for
OG_LOCALES = {"en": "en_US", "zh": "zh_CN", "ja": "ja_JP", "ko": "ko_KR", "es": "es_ES"}


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


def og_locale(language: str) -> str:
    return OG_LOCALES.get(language, language)


def faq_page(question: str, answer: str) -> dict:
    """schema.org FAQPage for an article that answers one question (its title) in its lead paragraph."""
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "mainEntity": [{"@type": "Question", "name": question, "acceptedAnswer": {"@type": "Answer", "text": answer}}],
    }


class _LeadParser(HTMLParser):
    """Text of the first paragraph that is not inside an admonition, table or other block."""

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.depth = 0  # nesting inside elements other than the paragraph
        self.in_lead = False
        self.done = False
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        if self.done:
            return
        if tag == "p" and self.depth == 0 and not self.in_lead:
            self.in_lead = True
        elif not self.in_lead and tag in ("div", "details", "table", "ul", "ol", "pre", "blockquote", "aside"):
            self.depth += 1

    def handle_endtag(self, tag):
        if self.done:
            return
        if tag == "p" and self.in_lead:
            self.done = True
        elif not self.in_lead and tag in ("div", "details", "table", "ul", "ol", "pre", "blockquote", "aside"):
            self.depth = max(0, self.depth - 1)

    def handle_data(self, data):
        if self.in_lead and not self.done:
            self.parts.append(data)


def lead_text(html: str) -> str:
    parser = _LeadParser()
    parser.feed(html)
    return " ".join("".join(parser.parts).split())
