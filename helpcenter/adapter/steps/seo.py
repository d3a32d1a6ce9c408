"""Search-engine metadata per page: hreflang for real translations, OpenGraph, FAQPage JSON-LD."""

from __future__ import annotations

from dataclasses import dataclass, field

from helpcenter.adapter.i18n import build_language, default_language, doc_id_of
from helpcenter.content.catalog import Role, role_of
from helpcenter.content.languages import og_locale
from helpcenter.publish.seo import HreflangLink, faq_page, hreflang_links, lead_text
from helpcenter.publish.sitemap import absolute


@dataclass
class SeoContext:
    hreflang: list[HreflangLink] = field(default_factory=list)
    og_type: str = "website"
    og_locale: str = ""
    og_locale_alternates: list[str] = field(default_factory=list)
    url: str = ""
    json_ld: dict | None = None


class Steps:
    def __init__(self, build, config):
        self.leads: dict[str, str] = {}  # doc id -> lead paragraph of the page rendered in this language build
        self.default = default_language(config)  # the same in every language build: read once, not per page

    def on_page_content(self, html, page, config, files):
        self.leads[doc_id_of(page.file)] = lead_text(html)
        return html

    def on_page_context(self, context, page, config, nav):
        language, default = build_language(config), self.default
        site_url = config.site_url or "/"
        doc_id = doc_id_of(page.file)
        seo = SeoContext(og_locale=og_locale(language), url=absolute(site_url, page.url))
        fallback = getattr(page.file, "locale", language) != language
        if not fallback:
            real = {
                lang: alt.url
                for lang, alt in (getattr(page.file, "alternates", None) or {}).items()
                if getattr(alt, "locale", lang) == lang
            }
            seo.hreflang = hreflang_links(real, site_url, default)
            seo.og_locale_alternates = [og_locale(lang) for lang in real if lang != language]
        if role_of(doc_id) is Role.ARTICLE:
            seo.og_type = "article"
            answer = self.leads.get(doc_id) or (page.meta or {}).get("description", "")
            if answer:
                seo.json_ld = faq_page(page.title, answer)
        context["hc_seo"] = seo
        return context
