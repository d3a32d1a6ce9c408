"""Which pages an edit affects: the live preview's plan (helpcenter/adapter/preview.py runs it).

Pure: it compares a language's pages before and after an edit, as the catalog sees them (``SourcePage``: the
front matter, the body and the file's language, which differs from the build language on a fallback page), and
says which articles and announcements must render again. Every other page of a language (home, categories,
search, contact, the status page...) is cheap and renders on every rebuild of it, as do the language's search
index, API files, feeds and sitemaps, which the build writes from all its pages.

An article's page shows, besides its own text: its category (breadcrumbs), the navigation (every category) and
its related articles (named in its front matter, else its category's first siblings). An edit that changes
the navigation renders the whole language; one that changes an article's related list renders that article.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass

from helpcenter.content.catalog import Catalog, Role, SourcePage, build_catalog, related_articles, role_of

RENDERED_ON_DEMAND = (Role.ARTICLE, Role.ANNOUNCEMENT)


@dataclass(frozen=True)
class LanguagePlan:
    language: str
    render: frozenset[str]  # doc ids of the articles and announcements to render again
    complete: bool  # the navigation changed: render every page of the language
    removed_urls: tuple[str, ...]  # pages that no longer exist, their outputs to delete
    changed: bool = False  # some page of the language changed: a build is due even if no article renders
    removed_doc_ids: tuple[str, ...] = ()

    @property
    def empty(self) -> bool:
        return not (self.render or self.complete or self.removed_urls or self.changed)


def merged(first: LanguagePlan, then: LanguagePlan) -> LanguagePlan:
    """One plan for two edits of a language whose first plan was not built yet."""
    return LanguagePlan(
        first.language,
        first.render | then.render,
        first.complete or then.complete,
        tuple(dict.fromkeys(first.removed_urls + then.removed_urls)),
        first.changed or then.changed,
        tuple(dict.fromkeys(first.removed_doc_ids + then.removed_doc_ids)),
    )


def whole_language(language: str) -> LanguagePlan:
    return LanguagePlan(language, frozenset(), True, (), True)


def _navigation(catalog: Catalog) -> tuple:
    """What every page of the language shows of the others: the categories in the navigation and the shared links."""
    categories = tuple((c.category_id, c.title, c.url, c.icon, c.order) for c in catalog.categories)
    return categories, catalog.home_url, catalog.announcements_title, tuple(sorted(catalog.page_urls.items()))


def _article_view(catalog: Catalog, doc_id: str) -> tuple:
    """The catalog's part of an article's page: its own entry and its related articles."""
    article = catalog.articles.get(doc_id)
    if article is None:
        return ()
    related = tuple((a.doc_id, a.title, a.url, a.description) for a in related_articles(catalog, article))
    return article, related


def plan_language(
    language: str,
    before: Mapping[str, SourcePage],
    after: Mapping[str, SourcePage],
    extra: frozenset[str] = frozenset(),
) -> LanguagePlan:
    """``extra``: doc ids to render whatever the catalog says (a translation's state changed, for its notices)."""
    changed = {d for d in before.keys() | after.keys() if before.get(d) != after.get(d)}
    gone = tuple(sorted(d for d in changed if d not in after))
    removed = tuple(before[d].url for d in gone)
    wanted = {d for d in (changed | extra) if d in after and role_of(d) in RENDERED_ON_DEMAND}
    if not changed:
        return LanguagePlan(language, frozenset(wanted), False, removed, removed_doc_ids=gone)
    if before.keys() != after.keys():
        # a page came or went: links to it from any page of the language resolve differently now
        return LanguagePlan(language, frozenset(), True, removed, True, gone)
    old, new = build_catalog(language, list(before.values())), build_catalog(language, list(after.values()))
    if _navigation(old) != _navigation(new):
        return LanguagePlan(language, frozenset(), True, removed, True, gone)
    for doc_id in new.articles:
        if doc_id not in wanted and _article_view(old, doc_id) != _article_view(new, doc_id):
            wanted.add(doc_id)
    return LanguagePlan(language, frozenset(wanted), False, removed, True, gone)


def pages_after_edit(
    pages: Mapping[str, SourcePage],
    language: str,
    default_pages: Mapping[str, SourcePage],
    default: str,
    edited: Mapping[tuple[str, str], SourcePage | None],
    url_for: Callable[[str, str], str],
) -> dict[str, SourcePage]:
    """A language's pages once files were edited.

    ``pages``: the language's pages before (``default_pages``: the default language's); ``edited`` maps (language of
    the file, doc id) to the file's page as written now (its ``locale`` is that language), None for a deleted file;
    ``url_for(doc_id, language)`` is a new page's address (a page that existed keeps its own).
    A language shows its own file of a page, else the default language's (static-i18n's fallback).
    """
    result = dict(pages)
    for doc_id in sorted({d for _, d in edited}):
        current = pages.get(doc_id)
        if (language, doc_id) in edited:
            own = edited[(language, doc_id)]
        else:
            own = current if current is not None and current.locale == language else None
        shown = own
        if shown is None and language != default:
            shown = edited[(default, doc_id)] if (default, doc_id) in edited else default_pages.get(doc_id)
        if shown is None:
            result.pop(doc_id, None)
        else:
            url = current.url if current is not None else url_for(doc_id, language)
            result[doc_id] = SourcePage(doc_id, url, shown.meta, shown.locale, shown.body)
    return result
