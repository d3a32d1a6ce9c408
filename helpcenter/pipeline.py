"""The build, stage by stage, in the order it runs: what each step reads and writes, and which hook does it.

MkDocs runs hooks by event, then by priority, then by their place in mkdocs.base.yml; mkdocs-static-i18n builds the
languages one after another, each through every event. That order is real but invisible in the hooks themselves,
so it is written down here, as data: tests/unit/test_pipeline.py loads the configuration and holds the order MkDocs
will really use equal to this one, and the README's architecture section is ``markdown()`` of it. Read this module
first to follow one article from its Markdown file to the built site; it is also the list of stage inputs a
differential preview needs (issue 16).
"""

from __future__ import annotations

from dataclasses import dataclass

I18N = "mkdocs-static-i18n"  # the plugin, not a hook of ours


@dataclass(frozen=True)
class Step:
    event: str  # MkDocs' event, without "on_"
    by: str  # hooks/<name>.py, or the i18n plugin
    does: str
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    name: str
    steps: tuple[Step, ...]


STAGES: tuple[Stage, ...] = (
    Stage(
        "configure (each language build)",
        (
            Step(
                "config",
                "hooks/guard.py",
                "guard every page event; relay MkDocs' page warnings; find non-UTF-8 pages",
                ("mkdocs.yml", "docs/**.md bytes"),
                ("guarded events", "undecodable pages"),
            ),
            Step("config", "hooks/i18n_files.py", "start the localized-file memo of a top-level build"),
            Step("config", "hooks/catalog.py", "reset the build's state"),
            Step(
                "config",
                "hooks/translations.py",
                "read the translation policy and languages",
                ("extra.helpcenter.translations",),
                ("policy",),
            ),
            Step(
                "config",
                "hooks/announcements.py",
                "read announcement settings and the build date",
                ("extra.helpcenter.announcements", "HC_BUILD_DATE"),
            ),
            Step("config", "hooks/search.py", "reset the search index parts"),
            Step("config", "hooks/support.py", "load the channels file", ("data/support-channels.yml",), ("channels",)),
            Step("config", "hooks/redirects.py", "read the redirects", ("extra.helpcenter.redirects",)),
            Step(
                "config",
                "hooks/validation.py",
                "site-wide findings, once per build; the translation report",
                ("docs/", "mkdocs.yml", "locales", "channels"),
                ("findings (logged)", "translation report"),
            ),
            Step(
                "config",
                "hooks/offline.py",
                "pages load the offline reading script, if turned on",
                ("extra.helpcenter.offline_reading",),
                ("extra_javascript",),
            ),
            Step(
                "config",
                "hooks/brand.py",
                "brand colours and hero: WCAG AA contrast (HC601), hero form (HC602)",
                ("theme.palette", "extra.helpcenter.hero"),
                ("findings (logged)", "extra_css"),
            ),
            Step("config", "hooks/theme_assets.py", "list the theme's files without hidden folders"),
            Step("config", "hooks/markdown_page.py", "drop the previous language's Markdown instance"),
            Step("config", I18N, "reconfigure for the language being built (site_name, theme.language, alternates)"),
            Step(
                "config",
                "hooks/page_language.py",
                "Material's nearest UI language and the text direction",
                ("language",),
                ("theme.language", "theme.direction"),
            ),
        ),
    ),
    Stage(
        "read the tree and parse front matter",
        (
            Step(
                "files", I18N, "this language's files, with fallbacks to the default language", ("docs/",), ("files",)
            ),
            Step("files", "hooks/guard.py", "non-UTF-8 pages read in their likely encoding", ("undecodable pages",)),
            Step(
                "files",
                "hooks/announcements.py",
                "publication state; listing pages per type and page",
                ("front matter",),
                ("posts", "generated pages"),
            ),
            Step(
                "files",
                "hooks/catalog.py",
                "generated home, category and search pages; the catalog (categories, "
                "articles, titles, order); this worker's shard",
                ("files", "front matter", "body"),
                ("catalog", "page records"),
            ),
            Step(
                "files",
                "hooks/translations.py",
                "the status page; notices' data",
                ("translation report",),
                ("status page",),
            ),
            Step("files", "hooks/support.py", "URLs of contact, verify and freeze pages", ("files",)),
            Step("files", "hooks/theme_assets.py", "theme files copied once, by the default language"),
            Step("files", "hooks/offline.py", "the offline service worker at the site root, if turned on"),
            Step("files", "hooks/brand.py", "the hero's image is a file of the site (HC602)", ("files",)),
            Step("files", "hooks/redirects.py", "note every output path, so a redirect never replaces a page"),
            Step("files", "hooks/markdown_page.py", "pages render with one shared Markdown instance"),
        ),
    ),
    Stage(
        "page models and navigation",
        (
            Step("nav", "hooks/page_language.py", "the language's home page for static-i18n"),
            Step("nav", I18N, "language sections and the home"),
            Step("nav", "hooks/catalog.py", "navigation of categories only (pages stay small)", ("catalog",), ("nav",)),
            Step("env", "hooks/guard.py", "template failures become findings"),
            Step("env", I18N, "its template globals"),
            Step("env", "hooks/catalog.py", "the compiled-template cache"),
            Step(
                "env", "hooks/csp.py", "the Content-Security-Policy of every page", ("extra.helpcenter",), ("hc_csp",)
            ),
        ),
    ),
    Stage(
        "render and sanitize each page",
        (
            Step("page_markdown", I18N, "its page metadata"),
            Step("page_markdown", "hooks/catalog.py", "template and hidden parts per role; known icons"),
            Step("page_markdown", "hooks/announcements.py", "expired posts leave search"),
            Step(
                "page_content",
                "hooks/validation.py",
                "sanitize the HTML; record the page's inventory for the checks",
                ("rendered HTML",),
                ("safe HTML", "inventory"),
            ),
            Step("page_content", "hooks/catalog.py", "an H1 that became the title is shown once"),
            Step("page_content", "hooks/translations.py", "heading ids against the source page (TR004, TR006)"),
            Step("page_content", "hooks/seo.py", "the lead paragraph"),
            Step("page_content", "hooks/api.py", "keep the safe body for the API"),
            Step("page_content", "hooks/machine_twins.py", "keep the safe body for the Markdown copy"),
            Step("page_context", I18N, "the language switcher's links"),
            Step("page_context", "hooks/catalog.py", "hc: breadcrumbs, cards, related, dates", ("catalog",), ("hc",)),
            Step(
                "page_context",
                "hooks/translations.py",
                "notices, canonical, switcher marks",
                ("report",),
                ("hc_translation",),
            ),
            Step("page_context", "hooks/announcements.py", "listings and feeds' data", ("posts",)),
            Step("page_context", "hooks/seo.py", "hreflang, OpenGraph, FAQPage", (), ("hc_seo",)),
            Step(
                "page_context",
                "hooks/machine_twins.py",
                "the Markdown copy's link",
                ("catalog",),
                ("hc_markdown_twin",),
            ),
            Step(
                "page_context", "hooks/support.py", "channels for contact and verify pages", ("channels",), ("support",)
            ),
            Step("page_context", "hooks/search.py", "the page's search sections", ("page",), ("index parts",)),
            Step("template_context", I18N, "static templates' i18n data"),
            Step("template_context", "hooks/catalog.py", "UI strings and the home URL for 404.html"),
            Step("post_template", "hooks/page_language.py", "<html lang dir> of static templates"),
            Step("post_template", "hooks/catalog.py", "keep each language's 404 page"),
            Step("post_page", "hooks/page_language.py", "<html lang dir>"),
            Step("post_page", "hooks/catalog.py", "the active category is reset"),
            Step("post_page", "hooks/api.py", "the article's JSON", ("safe body",), ("api/<lang>/articles/",)),
            Step(
                "post_page",
                "hooks/machine_twins.py",
                "the article as clean Markdown",
                ("safe body", "catalog"),
                (".../<article>/index.md",),
            ),
            Step("post_page", I18N, "its per-page cleanup"),
            Step("post_page", "hooks/release.py", "release the page's text once written"),
        ),
    ),
    Stage(
        "outputs and site (each language, then once)",
        (
            Step("post_build", "hooks/translations.py", "TR006 once per language"),
            Step(
                "post_build",
                "hooks/validation.py",
                "every page check of the language's files (this shard)",
                ("docs/", "inventories"),
                ("findings (logged)",),
            ),
            Step("post_build", "hooks/announcements.py", "RSS and JSON feeds", ("posts",), ("feed.xml", "feed.json")),
            Step("post_build", "hooks/api.py", "index, announcements and schemas", ("catalog",), ("api/",)),
            Step("post_build", "hooks/machine_twins.py", "the language's llms.txt", ("catalog",), ("llms.txt",)),
            Step(
                "post_build",
                "hooks/search.py",
                "the language's search shards and facets",
                ("index parts",),
                ("search/",),
            ),
            Step("post_build", "hooks/brand.py", "the brand stylesheet, once", (), ("assets/stylesheets/brand.css",)),
            Step("post_build", "hooks/markdown_page.py", "drop the Markdown instance"),
            Step("post_build", I18N, "build the other languages (the default language's build only)"),
            Step(
                "post_build",
                "hooks/catalog.py",
                "404 pages and sitemaps per language, robots.txt, once",
                ("page records",),
                ("404.html", "sitemap.xml", "robots.txt"),
            ),
            Step("post_build", "hooks/redirects.py", "redirect pages at old URLs, once", ("redirects",)),
            Step("post_build", "hooks/release.py", "free what the language build held"),
            Step("post_build", "hooks/i18n_files.py", "end the localized-file memo"),
            Step("build_error", "hooks/i18n_files.py", "end the memo after a failure"),
            Step("build_error", "hooks/markdown_page.py", "drop the Markdown instance after a failure"),
        ),
    ),
)


def order_by_event() -> dict[str, list[str]]:
    """event -> who runs it, in the declared order (the test compares this with MkDocs' own)."""
    order: dict[str, list[str]] = {}
    for stage in STAGES:
        for step in stage.steps:
            order.setdefault(step.event, []).append(step.by)
    return order


def markdown() -> str:
    """The pipeline as the README shows it."""
    lines = []
    for number, stage in enumerate(STAGES, 1):
        lines.append(f"{number}. **{stage.name}**")
        for step in stage.steps:
            flow = ""
            if step.reads or step.writes:
                flow = f" ({', '.join(step.reads) or '-'} → {', '.join(step.writes) or '-'})"
            lines.append(f"   - `on_{step.event}` {step.by}: {step.does}{flow}")
    return "\n".join(lines) + "\n"
