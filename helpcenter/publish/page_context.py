"""Plain data each template gets as ``hc``: what the home, category and article pages show."""

from __future__ import annotations

from dataclasses import dataclass, field

from helpcenter.content.catalog import (
    Article,
    Catalog,
    Category,
    Crumb,
    Role,
    breadcrumbs,
    category_id_of,
    related_articles,
    role_of,
)
from helpcenter.content.strings import count_label, format_long_date

# the first of these a language has is where "Still need help?" leads, and where the search box submits
CONTACT_DOC_IDS = ("contact.md", "support/index.md")
SEARCH_DOC_IDS = ("search.md",)
TEMPLATE_FOR_ROLE = {
    Role.HOME: "home.html",
    Role.CATEGORY: "category.html",
    Role.ANNOUNCEMENTS: "announcements.html",
    Role.ANNOUNCEMENT: "announcement.html",
}
# Material's `hide:` front matter, per role: the home page is full width, category pages have no headings to list
HIDDEN_FOR_ROLE = {Role.HOME: ["navigation", "toc"], Role.CATEGORY: ["toc"], Role.ANNOUNCEMENTS: ["toc"]}
MAX_PROMOTED = 6
# the not-found page lists at least this many articles when the language has them
MIN_NOT_FOUND_ARTICLES = 3


@dataclass
class CategoryCard:
    title: str
    description: str
    icon: str
    url: str
    count_label: str


@dataclass
class PageContext:
    role: str
    language: str
    strings: dict[str, str]
    home_url: str
    breadcrumbs: list[Crumb] = field(default_factory=list)
    category_cards: list[CategoryCard] = field(default_factory=list)
    promoted: list[Article] = field(default_factory=list)
    category: Category | None = None
    article: Article | None = None
    updated_label: str = ""
    updated_iso: str = ""
    related: list[Article] = field(default_factory=list)
    contact_url: str = ""
    # the language's search page; empty until the site has one, and the hero then shows no search box
    search_url: str = ""


def template_for(doc_id: str) -> str | None:
    return TEMPLATE_FOR_ROLE.get(role_of(doc_id))


def hidden_for(doc_id: str) -> list[str]:
    return list(HIDDEN_FOR_ROLE.get(role_of(doc_id), []))


def build_page_context(catalog: Catalog, doc_id: str, strings: dict[str, str]) -> PageContext:
    role = role_of(doc_id)
    ctx = PageContext(
        role=role.value,
        language=catalog.language,
        strings=strings,
        home_url=catalog.home_url,
        breadcrumbs=breadcrumbs(catalog, doc_id, strings["home"]),
        contact_url=catalog.first_url(CONTACT_DOC_IDS),
        search_url=catalog.first_url(SEARCH_DOC_IDS),
    )
    if role is Role.HOME:
        ctx.category_cards = [
            CategoryCard(c.title, c.description, c.icon, c.url, count_label(strings, len(c.articles)))
            for c in catalog.categories
        ]
        ctx.promoted = catalog.promoted[:MAX_PROMOTED]
    elif role is Role.CATEGORY:
        ctx.category = catalog.category(category_id_of(doc_id))
    elif role is Role.ARTICLE:
        article = catalog.articles.get(doc_id)
        ctx.article = article
        ctx.category = catalog.category(category_id_of(doc_id))
        if article is not None:
            ctx.related = related_articles(catalog, article)
            if article.updated:
                ctx.updated_label = format_long_date(article.updated, catalog.language)
                ctx.updated_iso = article.updated.isoformat()
    return ctx


def build_not_found_context(catalog: Catalog, strings: dict[str, str]) -> PageContext:
    """The 404 page's context: the language's search, its promoted articles and its contact page.

    When fewer than MIN_NOT_FOUND_ARTICLES articles are promoted, each category's first article fills the list.
    """
    articles = list(catalog.promoted[:MAX_PROMOTED])
    if len(articles) < MIN_NOT_FOUND_ARTICLES:
        for category in catalog.categories:
            if len(articles) >= MAX_PROMOTED:
                break
            first = next((a for a in category.articles if a not in articles), None)
            if first is not None:
                articles.append(first)
    return PageContext(
        role="not_found",
        language=catalog.language,
        strings=strings,
        home_url=catalog.home_url,
        promoted=articles,
        contact_url=catalog.first_url(CONTACT_DOC_IDS),
        search_url=catalog.first_url(SEARCH_DOC_IDS),
    )
