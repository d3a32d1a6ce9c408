"""MkDocs hook: machine-readable twins for assistants and apps (helpcenter.publish.machine_twins).

Each article gets a clean Markdown copy next to its page (.../<article>/index.md), linked from the page's head, and
each language an llms.txt (the default language's at the root). Both come from the API's page models
(api_export.index_payload) and the same sanitized body hooks/api.py publishes.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter import build_state
from helpcenter.adapter.i18n import build_language, default_language, doc_id_of
from helpcenter.adapter.site_config import languages_of
from helpcenter.content.catalog import Role, role_of
from helpcenter.publish.api_export import article_id, index_payload
from helpcenter.publish.machine_twins import article_markdown, llms_txt, llms_txt_path, twin_url
from helpcenter.publish.sitemap import absolute

_html: dict[str, str] = {}
_cache: dict = {}


def _entries(config) -> dict:
    """The language's API index entries by article id, computed once per language build."""
    catalog = build_state.state().catalogs[build_language(config)]
    if _cache.get("catalog") is not catalog:
        index = index_payload(catalog, config.site_url or "/", default_language(config), set())
        _cache.update(catalog=catalog, index=index, entries={a["id"]: a for a in index["articles"]})
    return _cache["entries"]


def _entry(page, config) -> dict | None:
    doc_id = doc_id_of(page.file)
    if role_of(doc_id) is not Role.ARTICLE:
        return None
    return _entries(config).get(article_id(doc_id))  # an article outside any category page has no twin


@event_priority(-50)  # after the sanitizer (hooks/validation.py): the copy is made from the safe body
def on_page_content(html, page, config, files):
    if role_of(doc_id_of(page.file)) is Role.ARTICLE:
        _html[doc_id_of(page.file)] = html
    return html


def on_page_context(context, page, config, nav):
    if _entry(page, config) is not None:
        context["hc_markdown_twin"] = absolute(config.site_url or "/", twin_url(page.url))
    return context


def on_post_page(output, page, config):
    html = _html.pop(doc_id_of(page.file), None)
    entry = _entry(page, config) if html is not None else None
    if entry is not None:
        path = Path(config.site_dir) / twin_url(page.url)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(article_markdown(entry["title"], html, entry["url"]), encoding="utf-8", newline="\n")
    return output


def on_post_build(config):
    language, default = build_language(config), default_language(config)
    _entries(config)
    site_url = config.site_url or "/"
    languages, _ = languages_of(config)
    others = [(lang, absolute(site_url, llms_txt_path(lang, default))) for lang in languages if lang != language]
    text = llms_txt(config.site_name, config.site_description or "", _cache["index"], site_url, others)
    path = Path(config.site_dir) / llms_txt_path(language, default)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8", newline="\n")
