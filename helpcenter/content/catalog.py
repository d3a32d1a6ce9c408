"""The help center's structure, derived from files and front matter: home, categories, articles.

Writers never maintain lists by hand: category pages, the home grid, related articles and the navigation
are all computed here from the pages of one language.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import PurePosixPath

from helpcenter.content.folders import ANNOUNCEMENTS_FOLDER, ASSET_FOLDERS, INDEX
from helpcenter.content.page_meta import derive

MAX_RELATED = 5
DEFAULT_ICON = "material/folder-outline"


class Role(StrEnum):
    HOME = "home"
    CATEGORY = "category"
    ARTICLE = "article"
    PAGE = "page"
    ANNOUNCEMENTS = "announcements"  # the listing page, announcements/index.md
    ANNOUNCEMENT = "announcement"


@dataclass(frozen=True)
class SourcePage:
    """What the catalog needs of one page: plain data, no MkDocs objects."""

    doc_id: str  # path below docs/<lang>/, the same in every language
    url: str  # site-relative URL, as MkDocs gives it
    meta: dict
    locale: str  # the language the file is written in (differs from the build language on fallback)
    body: str = ""  # the Markdown below the front matter: a title or description the front matter lacks is read here


@dataclass
class Article:
    doc_id: str
    category_id: str
    title: str
    description: str
    url: str
    tags: list[str]
    updated: dt.date | None
    order: int | None
    promoted: bool
    related_ids: list[str]
    locale: str


@dataclass
class Category:
    category_id: str
    doc_id: str
    title: str
    description: str
    icon: str
    order: int | None
    url: str
    articles: list[Article] = field(default_factory=list)


@dataclass
class Catalog:
    language: str
    home_url: str
    categories: list[Category]
    articles: dict[str, Article]
    # URLs of the other pages (role PAGE and category pages), by doc id: contact.md, search.md, ...
    page_urls: dict[str, str] = field(default_factory=dict)
    announcements_title: str = ""

    def first_url(self, doc_ids: tuple[str, ...]) -> str:
        return next((self.page_urls[d] for d in doc_ids if d in self.page_urls), "")

    def category(self, category_id: str) -> Category | None:
        return next((c for c in self.categories if c.category_id == category_id), None)

    @property
    def promoted(self) -> list[Article]:
        return [a for c in self.categories for a in c.articles if a.promoted]


@functools.lru_cache(maxsize=65536)  # asked for every page by several hooks in every language build
def role_of(doc_id: str) -> Role:
    parts = PurePosixPath(doc_id).parts
    if parts == (INDEX,):
        return Role.HOME
    if parts[0].casefold() in ASSET_FOLDERS:
        return Role.PAGE
    if parts[0] == ANNOUNCEMENTS_FOLDER and len(parts) >= 2:
        # the listing, its further pages (announcements/page/2.md) and its per-type pages (announcements/type/x.md)
        listing = parts[1:] == (INDEX,) or (len(parts) == 3 and parts[1] in ("page", "type"))
        return Role.ANNOUNCEMENTS if listing else Role.ANNOUNCEMENT
    if len(parts) == 2 and parts[1] == INDEX:
        return Role.CATEGORY
    if len(parts) >= 2:
        return Role.ARTICLE
    return Role.PAGE


def category_id_of(doc_id: str) -> str:
    return doc_id.split("/", 1)[0]


def _sort_key(order: int | None, title: str) -> tuple:
    # pages with an explicit order come first, the rest by title
    return (order is None, order if isinstance(order, int) else 0, title.casefold())


def _int_or_none(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


def _str_list(value) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, list):
        return [str(v) for v in value if v is not None]
    return []


def build_catalog(language: str, pages: list[SourcePage]) -> Catalog:
    """Group the pages of one build language into categories with sorted article lists."""
    home_url = ""
    categories: dict[str, Category] = {}
    articles: dict[str, Article] = {}
    page_urls: dict[str, str] = {}
    announcements_title = ""
    for page in pages:
        role = role_of(page.doc_id)
        meta = page.meta or {}
        if role in (Role.PAGE, Role.CATEGORY, Role.ANNOUNCEMENTS):
            page_urls[page.doc_id] = page.url
        if page.doc_id == f"{ANNOUNCEMENTS_FOLDER}/{INDEX}":
            announcements_title = str(meta.get("title") or ANNOUNCEMENTS_FOLDER)
        if role is Role.HOME:
            home_url = page.url
        elif role is Role.CATEGORY:
            cid = category_id_of(page.doc_id)
            derived = derive(meta, page.body, page.doc_id)
            categories[cid] = Category(
                category_id=cid,
                doc_id=page.doc_id,
                title=derived.title,
                description=derived.description,
                icon=str(meta.get("icon") or DEFAULT_ICON),
                order=_int_or_none(meta.get("order")),
                url=page.url,
            )
        elif role is Role.ARTICLE:
            derived = derive(meta, page.body, page.doc_id)
            articles[page.doc_id] = Article(
                doc_id=page.doc_id,
                category_id=category_id_of(page.doc_id),
                title=derived.title,
                description=derived.description,
                url=page.url,
                tags=_str_list(meta.get("tags")),
                updated=derived.updated,
                order=_int_or_none(meta.get("order")),
                promoted=meta.get("promoted") is True,
                related_ids=_str_list(meta.get("related")),
                locale=page.locale,
            )
    for article in articles.values():
        category = categories.get(article.category_id)
        if category is not None:
            category.articles.append(article)
    for category in categories.values():
        category.articles.sort(key=lambda a: _sort_key(a.order, a.title))
    ordered = sorted(categories.values(), key=lambda c: _sort_key(c.order, c.title))
    return Catalog(
        language=language,
        home_url=home_url,
        categories=ordered,
        articles=articles,
        page_urls=page_urls,
        announcements_title=announcements_title,
    )


def with_known_icons(catalog: Catalog, exists: Callable[[str], bool]) -> Catalog:
    """Categories whose icon the theme does not have show the default one (HC109 tells the writer); a template
    would otherwise fail on the missing icon file."""
    for category in catalog.categories:
        if not exists(category.icon):
            category.icon = DEFAULT_ICON
    return catalog


def related_articles(catalog: Catalog, article: Article, limit: int = MAX_RELATED) -> list[Article]:
    """Front matter ``related`` first; if it names none that exist, the article's category siblings."""
    chosen: list[Article] = []
    for doc_id in article.related_ids:
        other = catalog.articles.get(doc_id)
        if other is not None and other is not article and other not in chosen:
            chosen.append(other)
    if not chosen:
        category = catalog.category(article.category_id)
        siblings = category.articles if category else []
        chosen = [a for a in siblings if a is not article]
    return chosen[:limit]


@dataclass(frozen=True)
class Crumb:
    title: str
    url: str


def breadcrumbs(catalog: Catalog, doc_id: str, home_title: str) -> list[Crumb]:
    """Home › Category for an article; Home for a category; nothing for the home page."""
    role = role_of(doc_id)
    if role is Role.HOME:
        return []
    crumbs = [Crumb(home_title, catalog.home_url)]
    listing = catalog.page_urls.get(f"{ANNOUNCEMENTS_FOLDER}/{INDEX}")
    if role is Role.ANNOUNCEMENT and listing is not None:
        crumbs.append(Crumb(catalog.announcements_title, listing))
    if role is Role.ARTICLE:
        category = catalog.category(category_id_of(doc_id))
        if category is not None:
            crumbs.append(Crumb(category.title, category.url))
    return crumbs
