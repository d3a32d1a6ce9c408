"""MkDocs hook: the in-app help API (static JSON per language) and its JSON Schemas.

Reads what the catalog, announcements and translations hooks published for this build (helpcenter.adapter.build_state).
"""

from __future__ import annotations

import json
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter import build_state
from helpcenter.adapter.i18n import build_language, default_language, doc_id_of
from helpcenter.content.catalog import Role, role_of
from helpcenter.content.translations import State
from helpcenter.publish.announcements import listed
from helpcenter.publish.api_export import (
    API_DIR,
    announcements_payload,
    article_id,
    article_payload,
    flatten_toc,
    index_payload,
    published_schemas,
)


def _language(config) -> tuple[str, str]:
    return build_language(config), default_language(config)


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # compact: json's C encoder only runs without indent (5-10x faster on thousands of article files)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def _index(config) -> dict:
    """The language's index, computed once per language build (every article's JSON repeats its entry)."""
    language, default = _language(config)
    catalog = build_state.state().catalogs[language]
    if _cache.get("catalog") is not catalog:
        report = build_state.state().translation_report
        stale = {e.doc_id for e in report.by_language(language, State.STALE)} if report else set()
        index = index_payload(catalog, config.site_url or "/", default, stale)
        _cache.update(catalog=catalog, index=index, entries={a["id"]: a for a in index["articles"]})
    return _cache["index"]


_html: dict[str, str] = {}
_cache: dict = {}


@event_priority(-50)  # after the sanitizer (hooks/validation.py, default priority): apps get the safe body
def on_page_content(html, page, config, files):
    if role_of(doc_id_of(page.file)) is Role.ARTICLE:
        _html[doc_id_of(page.file)] = html
    return html


def on_post_page(output, page, config):
    doc_id = doc_id_of(page.file)
    if role_of(doc_id) is not Role.ARTICLE or doc_id not in _html:
        return output
    language, _ = _language(config)
    catalog = build_state.state().catalogs[language]
    article = catalog.articles.get(doc_id)
    if article is None:
        return output
    _index(config)
    entry = _cache["entries"].get(article_id(doc_id))
    if entry is None:  # an article outside any category page is not in the index either
        _html.pop(doc_id, None)
        return output
    related = [article_id(r) for r in article.related_ids if r in catalog.articles]
    payload = article_payload(entry, _html.pop(doc_id), flatten_toc(page.toc), related, language)
    _write_json(Path(config.site_dir) / API_DIR / language / "articles" / f"{article_id(doc_id)}.json", payload)
    return output


def on_post_build(config):
    language, default = _language(config)
    site = Path(config.site_dir)
    _write_json(site / API_DIR / language / "index.json", _index(config))
    posts = listed(build_state.state().announcements.get(language, []))
    _write_json(
        site / API_DIR / language / "announcements.json", announcements_payload(language, posts, config.site_url or "/")
    )
    if language == default:
        for name, schema in published_schemas(config.site_url or "/").items():
            _write_json(site / API_DIR / "schema" / f"{name}.schema.json", schema)
