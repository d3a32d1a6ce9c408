"""Machine-readable twins for assistants and apps (helpcenter.publish.machine_twins).

Each article gets a clean Markdown copy next to its page (.../<article>/index.md), linked from the page's head, and
each language an llms.txt (the default language's at the root). Both come from the API's index entries (the api
step publishes them in ``build.state.api_index``) and the same sanitized body the API publishes.
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.adapter.i18n import build_language, default_language, doc_id_of
from helpcenter.adapter.site_config import languages_of
from helpcenter.content.catalog import Role, role_of
from helpcenter.publish.api_export import article_id
from helpcenter.publish.machine_twins import article_markdown, llms_txt, llms_txt_path, twin_url
from helpcenter.publish.sitemap import absolute


class Steps:
    def __init__(self, build, config):
        self.build = build
        self.html: dict[str, str] = {}  # doc id -> the article's safe body, until its page is written
        self.entries: dict[str, dict] = {}  # article id -> its API index entry (this language)

    def on_files(self, files, config):
        index = self.build.state.api_index
        self.entries = {a["id"]: a for a in index["articles"]}
        return files

    def _entry(self, page) -> dict | None:
        doc_id = doc_id_of(page.file)
        if role_of(doc_id) is not Role.ARTICLE:
            return None
        return self.entries.get(article_id(doc_id))  # an article outside any category page has no twin

    def on_page_content(self, html, page, config, files):
        # after the sanitizer (the validation step): the copy is made from the safe body
        if role_of(doc_id_of(page.file)) is Role.ARTICLE:
            self.html[doc_id_of(page.file)] = html
        return html

    def on_page_context(self, context, page, config, nav):
        if self._entry(page) is not None:
            context["hc_markdown_twin"] = absolute(config.site_url or "/", twin_url(page.url))
        return context

    def on_post_page(self, output, page, config):
        html = self.html.pop(doc_id_of(page.file), None)
        entry = self._entry(page) if html is not None else None
        if entry is not None:
            path = Path(config.site_dir) / twin_url(page.url)
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(article_markdown(entry["title"], html, entry["url"]), encoding="utf-8", newline="\n")
        return output

    def on_post_build(self, config):
        language, default = build_language(config), default_language(config)
        site_url = config.site_url or "/"
        languages, _ = languages_of(config)
        others = [(lang, absolute(site_url, llms_txt_path(lang, default))) for lang in languages if lang != language]
        index = self.build.state.api_index
        text = llms_txt(config.site_name, config.site_description or "", index, site_url, others)
        path = Path(config.site_dir) / llms_txt_path(language, default)
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="\n")
