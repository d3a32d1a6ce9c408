"""The help center's own search, one prebuilt Lunr index per language (helpcenter.publish.search).

Collects the sections of every article and published announcement the language's build renders (fallback
pages, whose text is in another language, are left out), then writes <language root>/search/ in on_post_build.
In a sharded build a worker renders only some articles, so it writes its part instead; helpcenter.adapter.site_build
merges the trees and calls helpcenter.publish.search.output.finalize_site, which builds the indexes from all parts.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import get_plugin_logger

from helpcenter.adapter.i18n import build_language, doc_id_of
from helpcenter.content.catalog import ANNOUNCEMENTS_FOLDER, Role, role_of
from helpcenter.content.shards import current_shard
from helpcenter.publish.announcements import Publication
from helpcenter.publish.search.output import SEARCH_DIR, write_language, write_part
from helpcenter.publish.search.sections import ArticleRecord, split_sections
from helpcenter.publish.search.synonyms import load_glossary, synonym_groups

log = get_plugin_logger("search")
GLOSSARY = Path("data/glossary.yml")


def _language_root(config, language: str) -> str:
    # static-i18n keeps one site_dir and puts every language but the default one below /<language>/
    i18n = config.plugins.get("i18n")
    default = getattr(i18n, "default_language", None) if i18n is not None else None
    return "" if default in (None, language) else language


def _sort_rank(category) -> list:
    # the catalog's category order (front matter `order`, then title), as JSON-ready data
    order = category.order
    return [order is None, order if isinstance(order, int) else 0, category.title.casefold()]


# announcements are listed after every category in the results page's category filter
ANNOUNCEMENTS_RANK = [True, 1 << 30, ""]


def _announcement_record(doc_id: str, page, hc, announcements) -> ArticleRecord | None:
    """A live announcement as a search record, under the announcements listing as its category. An expired
    one keeps its page but leaves search, as it leaves the listings and feeds."""
    post = announcements.post if announcements is not None else None
    if post is None or post.state is not Publication.LIVE:
        return None
    listing = next((c for c in hc.breadcrumbs if c.url == announcements.listing_url), None)
    if listing is None:
        return None
    return ArticleRecord(
        doc_id=doc_id,
        url=page.url,
        title=page.title or post.title,
        description=post.description,
        category_id=ANNOUNCEMENTS_FOLDER,
        category_title=listing.title,
        category_url=listing.url,
        category_rank=ANNOUNCEMENTS_RANK,
        updated=post.date.isoformat(),
        tags=[announcements.type_labels.get(post.type, post.type)],
        promoted=False,
        sections=[vars(s) for s in split_sections(page.content or "", page.title or "")],
    )


def _all_records(preview, language: str, fresh: list[dict], source_pages: dict) -> list[dict]:
    """The live preview renders only some pages: their fresh records replace the kept ones of the pages it rendered;
    a page it did not render keeps its record, a page that no longer exists loses it."""
    kept = preview.search_records.setdefault(language, {})
    scope = preview.render_scope
    rendered = None if scope is None else scope.get(language, frozenset())
    present = source_pages.get(language, {})
    for doc_id in list(kept):
        if doc_id not in present or rendered is None or doc_id in rendered:
            del kept[doc_id]
    kept.update((record["doc_id"], record) for record in fresh)
    return [kept[doc_id] for doc_id in sorted(kept)]


class Steps:
    def __init__(self, build, config):
        self.build = build
        self.articles: dict[str, list[dict]] = {}
        self.glossary: dict | None = None
        self.shard = current_shard()

    def on_page_context(self, context, page, config, nav):
        # after the catalog step put `hc` in the context and the announcements step `hc_announcements`
        hc = context.get("hc")
        language = build_language(config)
        doc_id = doc_id_of(page.file)
        role = role_of(doc_id)
        if hc is None or role not in (Role.ARTICLE, Role.ANNOUNCEMENT):
            return context
        if getattr(page.file, "locale", language) != language:
            return context  # a fallback page: its text is in another language
        if role is Role.ANNOUNCEMENT:
            record = _announcement_record(doc_id, page, hc, context.get("hc_announcements"))
            if record is not None:
                self.articles.setdefault(language, []).append(vars(record))
            return context
        if hc.category is None:
            return context
        article = hc.article
        record = ArticleRecord(
            doc_id=doc_id,
            url=page.url,
            title=page.title or "",
            description=article.description if article else "",
            category_id=hc.category.category_id,
            category_title=hc.category.title,
            category_url=hc.category.url,
            category_rank=_sort_rank(hc.category),
            updated=hc.updated_iso,
            tags=list(article.tags) if article else [],
            promoted=bool(article and article.promoted),
            sections=[vars(s) for s in split_sections(page.content or "", page.title or "")],
        )
        # vars(), not dataclasses.asdict(): the fields are plain data already, and asdict deep-copies them
        self.articles.setdefault(language, []).append(vars(record))
        return context

    def on_post_build(self, config):
        language = build_language(config)
        if self.glossary is None:
            self.glossary = load_glossary(Path(config.config_file_path).parent / GLOSSARY)
        part = {
            "language": language,
            "synonyms": synonym_groups(self.glossary, language),
            # this language is done: its records are not kept for the languages still to build
            "articles": self.articles.pop(language, []),
        }
        preview = self.build.preview
        if preview.active:
            part["articles"] = _all_records(preview, language, part["articles"], self.build.state.source_pages)
        search_dir = Path(config.site_dir) / _language_root(config, language) / SEARCH_DIR
        if preview.partial:
            preview.pending_search[search_dir] = part  # the preview writes it once the edited pages are served
        elif self.shard is not None:
            write_part(search_dir, part, self.shard)
        else:
            write_language(search_dir, part)
            log.debug("search index for %s: %d articles", language, len(part["articles"]))
