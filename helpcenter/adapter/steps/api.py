"""The in-app help API (static JSON per language) and its JSON Schemas (helpcenter.publish.api_export).

Reads what the catalog, announcements and translations steps published for this build in ``build.state``, and
publishes the language's index there too (``api_index``): the Markdown copies are made from the same entries.
"""

from __future__ import annotations

import json
from pathlib import Path

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


def _write_json(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    # compact: json's C encoder only runs without indent (5-10x faster on thousands of article files)
    path.write_text(json.dumps(data, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


class Steps:
    def __init__(self, build, config):
        self.build = build
        self.html: dict[str, str] = {}  # doc id -> the article's safe body, until its page is written
        self.entries: dict[str, dict] = {}  # article id -> its index entry (this language)

    def on_files(self, files, config):
        """The language's index, once per language build (every article's JSON repeats its entry)."""
        language, state = build_language(config), self.build.state
        report = state.translation_report
        stale = {e.doc_id for e in report.by_language(language, State.STALE)} if report else set()
        index = index_payload(state.catalogs[language], config.site_url or "/", default_language(config), stale)
        state.api_index = index
        self.entries = {a["id"]: a for a in index["articles"]}
        return files

    def on_page_content(self, html, page, config, files):
        # after the sanitizer (the validation step): apps get the safe body
        if role_of(doc_id_of(page.file)) is Role.ARTICLE:
            self.html[doc_id_of(page.file)] = html
        return html

    def on_post_page(self, output, page, config):
        doc_id = doc_id_of(page.file)
        html = self.html.pop(doc_id, None)
        if html is None:
            return output
        language = build_language(config)
        catalog = self.build.state.catalogs[language]
        article = catalog.articles.get(doc_id)
        entry = self.entries.get(article_id(doc_id))
        if article is None or entry is None:  # an article outside any category page is not in the index either
            return output
        related = [article_id(r) for r in article.related_ids if r in catalog.articles]
        payload = article_payload(entry, html, flatten_toc(page.toc), related, language)
        _write_json(Path(config.site_dir) / API_DIR / language / "articles" / f"{article_id(doc_id)}.json", payload)
        return output

    def on_post_build(self, config):
        language, default = build_language(config), default_language(config)
        site = Path(config.site_dir)
        _write_json(site / API_DIR / language / "index.json", self.build.state.api_index)
        posts = listed(self.build.state.announcements.get(language, []))
        _write_json(
            site / API_DIR / language / "announcements.json",
            announcements_payload(language, posts, config.site_url or "/"),
        )
        if language == default:
            for name, schema in published_schemas(config.site_url or "/").items():
                _write_json(site / API_DIR / "schema" / f"{name}.schema.json", schema)
