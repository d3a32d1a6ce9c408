"""The help center's structure from the files of the language being built.

Turns MkDocs objects into plain data and calls helpcenter.content.catalog / helpcenter.publish.page_context. Runs
after mkdocs-static-i18n, which decides which files belong to the build language.
"""

from __future__ import annotations

from copy import deepcopy
from pathlib import Path

from mkdocs.structure.files import File, InclusionLevel
from mkdocs.structure.pages import Page

from helpcenter.adapter.i18n import build_language, default_language, doc_id_of, finishes_build, ui_strings
from helpcenter.content import frontmatter
from helpcenter.content.catalog import DEFAULT_ICON, Catalog, Role, SourcePage, build_catalog, role_of, with_known_icons
from helpcenter.content.page_meta import date_or_none, without_first_h1
from helpcenter.content.shards import current_shard, shard_of
from helpcenter.content.structure import missing_pages
from helpcenter.content.validation.schema import icon_exists
from helpcenter.publish.page_context import build_not_found_context, build_page_context, hidden_for, template_for
from helpcenter.publish.sitemap import (
    SITEMAP_INDEX,
    PageRecord,
    absolute,
    gzip_bytes,
    render_robots,
    render_sitemap,
    render_sitemap_index,
    sitemap_entries,
)

NOT_FOUND_TEMPLATE = "404.html"
ANNOUNCEMENTS_INDEX = "announcements/index.md"
# pages that are not for search engines: the search results page and the translators' status page
NOINDEX_DOC_IDS = frozenset({"search.md", "translation-status.md"})


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(data)


class Steps:
    def __init__(self, build, config):
        self.build = build
        self.language = "en"
        self.catalog: Catalog | None = None
        # category page made "active" while one of its articles renders, so the sidebar shows where the reader is
        self.active_category: Page | None = None
        self.nav_pages: dict[str, Page] = {}
        # language -> (rendered 404 page, that language's home URL)
        self.not_found_pages: dict[str, tuple[str, str]] = {}
        # language -> its pages, for the per-language sitemaps written when every language is built
        self.page_records: dict[str, list[PageRecord]] = {}
        self.home_urls: dict[str, str] = {}
        self.shard = current_shard()
        # whether the theme has an icon: Material's navigation includes every page's icon file
        self.icon_exists = lambda name: True

    def on_config(self, config):
        # on_post_build writes every sitemap; MkDocs would render static-i18n's sitemap.xml template in every
        # language build (all pages with all alternates) only to have it overwritten
        config.theme.static_templates.discard("sitemap.xml")
        return config

    def on_files(self, files, config):
        self.language = build_language(config)
        self._add_missing_pages(files, config)
        pages = []
        for f in files.documentation_pages():
            front = frontmatter.parse(f.content_string)
            pages.append(
                SourcePage(
                    doc_id=doc_id_of(f),
                    url=f.url,
                    meta=front.meta,
                    locale=getattr(f, "locale", self.language),
                    # read only when the front matter lacks a title or description (imported pages)
                    body=front.body,
                )
            )
        icon_dirs = tuple(d for d in (Path(folder) / ".icons" for folder in config.theme.dirs) if d.is_dir())
        self.icon_exists = lambda name: icon_exists(icon_dirs, name)
        self.catalog = with_known_icons(build_catalog(self.language, pages), self.icon_exists)
        self.build.state.catalogs[self.language] = self.catalog
        if self.build.preview.active:
            # the live preview plans its next rebuild from them; a build does not hold every page's text to its end
            self.build.state.source_pages[self.language] = {p.doc_id: p for p in pages}
        self.home_urls[self.language] = self.catalog.home_url
        self.page_records[self.language] = [
            PageRecord(
                p.doc_id, p.url, p.locale, date_or_none(p.meta.get("updated")) or date_or_none(p.meta.get("date"))
            )
            for p in pages
            if p.doc_id not in NOINDEX_DOC_IDS
        ]
        if self.shard is not None:
            index, count = self.shard
            for f in files.documentation_pages():
                if role_of(doc_id_of(f)) is Role.ARTICLE and shard_of(doc_id_of(f), count) != index:
                    f.inclusion = InclusionLevel.EXCLUDED  # another worker renders it; links to it still resolve
        preview = self.build.preview
        scope = preview.render_scope if preview.active else None
        if scope is not None:
            # the live preview renders only the articles and announcements an edit affects; every other page of the
            # language renders as in a complete build (the navigation and the listings need them)
            wanted = scope.get(self.language, frozenset())
            for f in files.documentation_pages():
                doc_id = doc_id_of(f)
                if role_of(doc_id) in (Role.ARTICLE, Role.ANNOUNCEMENT) and doc_id not in wanted:
                    f.inclusion = InclusionLevel.EXCLUDED
        return files

    def _add_missing_pages(self, files, config) -> None:
        """A home, category pages and a search page where no language has one (helpcenter.content.structure)."""
        present = {doc_id_of(f) for f in files.documentation_pages(inclusion=lambda _level: True)}
        prefix = "" if self.language == default_language(config) else f"{self.language}/"
        for page in missing_pages(present, ui_strings(config, self.language)):
            file = File.generated(config, prefix + page.doc_id, content=page.content())
            file.norm_src_uri = page.doc_id
            files.append(file)

    def on_nav(self, nav, config, files):
        """Keep the navigation to the categories, so every page's HTML stays small however many articles exist."""
        by_id = {doc_id_of(f): f for f in files.documentation_pages()}
        items = []
        for doc_id in [c.doc_id for c in self.catalog.categories] + [ANNOUNCEMENTS_INDEX]:
            file = by_id.get(doc_id)
            if file is not None and file.page is not None:
                items.append(file.page)
        for page in items:
            page.parent = None
        self.nav_pages = {doc_id_of(p.file): p for p in items}
        for page in nav.pages:
            page.previous_page = page.next_page = None
        nav.items = items
        return nav

    def on_env(self, env, config, files):
        env.bytecode_cache = self.build.session.template_cache
        return env

    def on_page_markdown(self, markdown, page, config, files):
        doc_id = doc_id_of(page.file)
        template = template_for(doc_id)
        if template and "template" not in page.meta:
            page.meta["template"] = template
        page.meta.setdefault("hide", hidden_for(doc_id))
        icon = page.meta.get("icon")
        if icon is not None and not (isinstance(icon, str) and self.icon_exists(icon)):
            page.meta["icon"] = DEFAULT_ICON  # an unknown icon is HC109; the pages that show it still render
        return markdown

    def on_page_content(self, html, page, config, files):
        # an article without a front matter title takes its first # H1 (MkDocs did); the template shows it once
        if role_of(doc_id_of(page.file)) is Role.ARTICLE and not (page.meta or {}).get("title"):
            return without_first_h1(html)
        return html

    def on_page_context(self, context, page, config, nav):
        doc_id = doc_id_of(page.file)
        strings = ui_strings(config, self.language)
        hc = build_page_context(self.catalog, doc_id, strings)
        context["hc"] = hc
        if role_of(doc_id) is Role.ARTICLE and hc.category is not None:
            self.active_category = self.nav_pages.get(hc.category.doc_id)
            if self.active_category is not None:
                self.active_category.active = True
        return context

    def on_post_page(self, output, page, config):
        if self.active_category is not None:
            self.active_category.active = False
            self.active_category = None
        return output

    def on_template_context(self, context, template_name, config):
        # static templates (404.html) have no page, but still speak the build language
        context["hc_strings"] = ui_strings(config, self.language)
        # static-i18n rewrites the language switcher for each page; a static template would inherit the links of
        # whichever page rendered last, so point it at the language roots instead
        i18n = config.plugins.get("i18n")
        if getattr(i18n, "extra_alternate", None):
            # an attribute, as static-i18n sets it: Jinja finds the attribute before the dict item
            config.extra.alternate = deepcopy(i18n.extra_alternate)
        context["hc_home_url"] = self.catalog.home_url if self.catalog else ""
        if template_name == NOT_FOUND_TEMPLATE and self.catalog is not None:
            # the 404 page offers the language's search, its popular articles and its contact page
            context["hc_not_found"] = build_not_found_context(self.catalog, context["hc_strings"])
        return context

    def on_post_template(self, output_content, template_name, config):
        if template_name == NOT_FOUND_TEMPLATE:
            self.not_found_pages[self.language] = (output_content, self.catalog.home_url)
        return output_content

    def on_post_build(self, config):
        """Every language build writes 404.html and sitemap.xml to the site root; put each where its language lives.

        Runs after static-i18n's on_post_build, which builds the other languages; writes once, when all are built.
        """
        if not finishes_build(config, self.build.preview):
            return
        if self.build.preview.partial:
            # the live preview writes them once the edited pages are served: they depend on every language
            self.build.preview.deferred["sitemaps and 404 pages"] = lambda: self._write_site_files(config)
            return
        self._write_site_files(config)

    def _write_site_files(self, config) -> None:
        site_dir = Path(config.site_dir)
        for output, home_url in self.not_found_pages.values():
            _write(site_dir / home_url / NOT_FOUND_TEMPLATE, output.encode("utf-8"))
        default = next(iter(self.page_records), self.language)
        site_url = config.site_url or "/"
        for language, home_url in self.home_urls.items():
            entries = sitemap_entries(language, self.page_records, site_url, default)
            xml = render_sitemap(entries)
            _write(site_dir / home_url / "sitemap.xml", xml.encode("utf-8"))
            _write(site_dir / home_url / "sitemap.xml.gz", gzip_bytes(xml))
        # the root sitemap.xml stays the default language's: Material's language selector reads it
        sitemaps = [absolute(site_url, home_url + "sitemap.xml") for home_url in self.home_urls.values()]
        _write(site_dir / SITEMAP_INDEX, render_sitemap_index(sitemaps).encode("utf-8"))
        _write(site_dir / "robots.txt", render_robots(absolute(site_url, SITEMAP_INDEX)).encode("utf-8"))
