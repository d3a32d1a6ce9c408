"""Announcements: drafts and future posts dropped, live ones listed, expired ones marked, feeds written.

Publication rules, order and feeds come from helpcenter.publish.announcements.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from helpcenter.adapter.i18n import build_language, default_language, doc_id_of, ui_strings
from helpcenter.content import frontmatter
from helpcenter.content.catalog import ANNOUNCEMENTS_FOLDER, Role, role_of
from helpcenter.content.strings import format_long_date
from helpcenter.content.today import build_date
from helpcenter.publish.announcements import (
    TYPES,
    Announcement,
    Publication,
    Settings,
    announcement_from,
    json_feed,
    listed,
    paginate,
    rfc822,
    start_labels,
)
from helpcenter.publish.sitemap import absolute

LISTING = f"{ANNOUNCEMENTS_FOLDER}/index.md"
FEEDS = Environment(
    # the package's templates, wherever the hooks folder is
    loader=PackageLoader("helpcenter", "templates"),
    autoescape=select_autoescape(["xml"]),
    keep_trailing_newline=True,
)


@dataclass
class Link:
    label: str
    url: str
    active: bool = False


@dataclass
class AnnouncementsContext:
    items: list[Announcement] = field(default_factory=list)  # what this page lists
    types: list[Link] = field(default_factory=list)
    pages: list[Link] = field(default_factory=list)
    previous_url: str = ""
    next_url: str = ""
    feed_rss: str = ""
    feed_json: str = ""
    listing_url: str = ""
    post: Announcement | None = None
    post_date: str = ""
    type_labels: dict[str, str] = field(default_factory=dict)
    date_labels: dict[str, str] = field(default_factory=dict)
    start_labels: dict[str, dict[str, str]] = field(default_factory=dict)
    status_url: str = ""
    precedence: bool = False


class Steps:
    def __init__(self, build, config):
        self.build = build
        helpcenter = (config.extra or {}).get("helpcenter") or {}
        try:
            self.settings = Settings.from_config(helpcenter.get("announcements"))
        except ValueError as exc:
            raise PluginError(str(exc)) from None
        try:
            self.today = build_date()
        except ValueError as exc:
            raise PluginError(str(exc)) from exc
        self.language = "en"
        self.default = default_language(config)
        self.posts: list[Announcement] = []  # of the language being built, published ones (live or expired)
        self.listing_url = ""
        self.generated: dict[str, tuple[str | None, int]] = {}  # doc id -> (type or None, page number)

    def on_files(self, files, config):
        self.language = build_language(config)
        self.posts, self.generated, self.listing_url = [], {}, ""
        for file in list(files.documentation_pages()):
            doc_id = doc_id_of(file)
            if doc_id == LISTING:
                self.listing_url = file.url
            if role_of(doc_id) is not Role.ANNOUNCEMENT:
                continue
            meta = frontmatter.parse(file.content_string).meta
            post = announcement_from(doc_id, file.url, meta, getattr(file, "locale", self.language), self.today)
            if post.state in (Publication.DRAFT, Publication.SCHEDULED):
                files.remove(file)  # not published: no page, no links to it
            else:
                self.posts.append(post)
        self.build.state.announcements[self.language] = list(self.posts)
        if self.listing_url:
            self._add_listing_pages(files, config)
        return files

    def _add_listing_pages(self, files, config) -> None:
        """Further pages of the listing (announcements/page/2/) and one page per type (announcements/type/x/)."""
        prefix = "" if self.language == self.default else f"{self.language}/"
        strings = ui_strings(config, self.language)
        pages = paginate(listed(self.posts), self.settings.per_page)
        wanted: dict[str, tuple[str | None, int, str]] = {}
        for number in range(2, len(pages) + 1):
            wanted[f"{ANNOUNCEMENTS_FOLDER}/page/{number}.md"] = (None, number, strings["page_n"].format(n=number))
        for type_ in TYPES:
            wanted[f"{ANNOUNCEMENTS_FOLDER}/type/{type_}.md"] = (type_, 1, strings[f"type_{type_}"])
        for doc_id, (type_, number, title) in wanted.items():
            content = f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nhide: [toc]\n---\n"
            file = File.generated(config, prefix + doc_id, content=content)
            file.norm_src_uri = doc_id
            files.append(file)
            self.generated[doc_id] = (type_, number)

    def on_page_markdown(self, markdown, page, config, files):
        post = self._post(doc_id_of(page.file))
        if post is not None and post.state is Publication.EXPIRED:
            # leaves search (the convention Material's search plugin also uses), keeps its page
            page.meta.setdefault("search", {})["exclude"] = True
        return markdown

    def _post(self, doc_id: str) -> Announcement | None:
        return next((p for p in self.posts if p.doc_id == doc_id), None)

    def on_page_context(self, context, page, config, nav):
        doc_id = doc_id_of(page.file)
        role = role_of(doc_id)
        if role not in (Role.ANNOUNCEMENTS, Role.ANNOUNCEMENT, Role.HOME) or not self.listing_url:
            return context
        strings = ui_strings(config, self.language)
        ctx = AnnouncementsContext(
            type_labels={t: strings[f"type_{t}"] for t in TYPES},
            date_labels={p.doc_id: format_long_date(p.date, self.language) for p in self.posts},
            start_labels=start_labels(self.posts, strings, lambda day: format_long_date(day, self.language)),
            status_url=self.settings.status_url,
            listing_url=self.listing_url,
            feed_rss=self.listing_url + "feed.xml",
            feed_json=self.listing_url + "feed.json",
        )
        if role is Role.HOME:
            ctx.items = listed(self.posts)[: self.settings.on_home]
        elif role is Role.ANNOUNCEMENT:
            ctx.post = self._post(doc_id)
            ctx.precedence = self.settings.precedence_clause and self.language != self.default
        else:
            type_, number = self.generated.get(doc_id, (None, 1))
            posts = listed(self.posts, type_)
            if type_ is None:
                chunks = paginate(posts, self.settings.per_page)
                ctx.items = chunks[number - 1]
                urls = [self.listing_url] + [f"{self.listing_url}page/{n}/" for n in range(2, len(chunks) + 1)]
                ctx.pages = [Link(str(n), url, n == number) for n, url in enumerate(urls, start=1)]
                ctx.previous_url = urls[number - 2] if number > 1 else ""
                ctx.next_url = urls[number] if number < len(urls) else ""
            else:
                ctx.items = posts
            ctx.types = [Link(strings["all_types"], self.listing_url, type_ is None)] + [
                Link(strings[f"type_{t}"], f"{self.listing_url}type/{t}/", t == type_) for t in TYPES
            ]
        context["hc_announcements"] = ctx
        return context

    def on_post_build(self, config):
        """Each language's feeds, from its own build; identical in every worker of a parallel build."""
        if not self.listing_url:
            return
        strings = ui_strings(config, self.language)
        site_url = config.site_url or "/"
        items = listed(self.posts)
        title = f"{config.site_name} · {strings['announcements']}"
        home = absolute(site_url, self.listing_url)
        folder = Path(config.site_dir) / self.listing_url.removeprefix("./")
        folder.mkdir(parents=True, exist_ok=True)
        rss = FEEDS.get_template("rss.xml").render(
            title=title,
            link=home,
            feed_url=home + "feed.xml",
            language=self.language,
            description=strings["announcements_description"],
            items=[
                {
                    "title": a.title,
                    "link": absolute(site_url, a.url),
                    "description": a.description,
                    "date": rfc822(a.date),
                    "category": strings[f"type_{a.type}"] if a.type in TYPES else a.type,
                }
                for a in items
            ],
        )
        (folder / "feed.xml").write_text(rss, encoding="utf-8")
        feed = json_feed(title, home, home + "feed.json", self.language, items, site_url)
        (folder / "feed.json").write_text(json.dumps(feed, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
