"""The build, stage by stage, in the order it runs: what each step reads and writes, and which part does it.

This list is not a description of the order: it is the order. MkDocs calls two hooks only,
hooks/before_i18n.py and hooks/after_i18n.py, on either side of mkdocs-static-i18n's handler of each event, and
each is a one-line call into helpcenter/adapter/runner.py, which runs this list's steps of that event in the order
written here: a step named ``catalog`` is a method ``on_<event>`` of helpcenter/adapter/steps/catalog.py.
mkdocs-static-i18n builds the languages one after another, each through every event.

tests/unit/test_pipeline.py holds MkDocs' real order (the hooks' and static-i18n's priorities) equal to this one and
every step class's handlers equal to its steps here; the README's architecture section is ``markdown()`` of it.
Read this module first to follow one article from its Markdown file to the built site; it is also the list of
stage inputs the differential preview needs (helpcenter/adapter/preview.py).
"""

from __future__ import annotations

from dataclasses import dataclass

I18N = "mkdocs-static-i18n"  # the plugin, not a hook of ours


@dataclass(frozen=True)
class Step:
    event: str  # MkDocs' event, without "on_"
    by: str  # helpcenter/adapter/steps/<by>.py, or the i18n plugin (I18N)
    does: str
    reads: tuple[str, ...] = ()
    writes: tuple[str, ...] = ()


@dataclass(frozen=True)
class Stage:
    name: str
    steps: tuple[Step, ...]


STAGES: tuple[Stage, ...] = (
    Stage(
        "start a build (once, before its first language)",
        (
            Step(
                "start",
                "guard",
                "relay MkDocs' page warnings as findings; find non-UTF-8 pages",
                ("docs/**.md bytes",),
                ("undecodable pages",),
            ),
            Step("start", "i18n_files", "start the localized-file memo"),
            Step(
                "start",
                "translations",
                "read the translation policy and languages",
                ("extra.helpcenter.translations",),
                ("policy",),
            ),
            Step(
                "start",
                "announcements",
                "read announcement settings and the build date",
                ("extra.helpcenter.announcements", "HC_BUILD_DATE"),
            ),
            Step("start", "support", "load the channels file", ("data/support-channels.yml",), ("channels",)),
            Step("start", "redirects", "read the redirects; their findings", ("extra.helpcenter.redirects",)),
            Step(
                "start",
                "validation",
                "site-wide findings, once per build; the translation report",
                ("docs/", "mkdocs.yml", "locales", "channels"),
                ("findings (logged)", "translation report"),
            ),
            Step(
                "start",
                "brand",
                "brand colours and hero: WCAG AA contrast (HC601), hero form (HC602)",
                ("theme.palette", "extra.helpcenter.hero"),
                ("findings (logged)",),
            ),
        ),
    ),
    Stage(
        "configure (each language build)",
        (
            Step("config", "guard", "guard Material's and static-i18n's page handlers"),
            Step("config", "catalog", "no static-i18n sitemap template: the catalog writes the sitemaps"),
            Step("config", "translations", "record each page's heading ids while it renders"),
            Step("config", "validation", "the live preview: read the edited files again", ("edited files",)),
            Step(
                "config",
                "offline",
                "pages load the offline reading script, if turned on",
                ("extra.helpcenter.offline_reading",),
                ("extra_javascript",),
            ),
            Step("config", "brand", "pages load the brand stylesheet, if any", ("theme.palette",), ("extra_css",)),
            Step("config", "theme_assets", "list the theme's files without hidden folders"),
            Step("config", "markdown_page", "drop the previous language's Markdown instance"),
            Step("config", I18N, "reconfigure for the language being built (site_name, theme.language, alternates)"),
            Step(
                "config",
                "page_language",
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
            Step("files", "guard", "non-UTF-8 pages read in their likely encoding", ("undecodable pages",)),
            Step(
                "files",
                "announcements",
                "publication state; listing pages per type and page",
                ("front matter",),
                ("posts", "generated pages"),
            ),
            Step(
                "files",
                "catalog",
                "generated home, category and search pages; the catalog (categories, "
                "articles, titles, order); this worker's shard",
                ("files", "front matter", "body"),
                ("catalog", "page records"),
            ),
            Step(
                "files",
                "translations",
                "the status page; notices' data",
                ("translation report",),
                ("status page",),
            ),
            Step(
                "files",
                "api",
                "the language's API index: its categories and articles, as apps and assistants read them",
                ("catalog", "translation report"),
                ("API index",),
            ),
            Step("files", "machine_twins", "the index entries the Markdown copies are made from", ("API index",)),
            Step("files", "support", "URLs of contact, verify and freeze pages", ("files",)),
            Step("files", "theme_assets", "theme files copied once, by the default language"),
            Step("files", "offline", "the offline service worker at the site root, if turned on"),
            Step("files", "brand", "the hero's image is a file of the site (HC602)", ("files",)),
            Step("files", "redirects", "note every output path, so a redirect never replaces a page"),
            Step("files", "markdown_page", "pages render with one shared Markdown instance"),
        ),
    ),
    Stage(
        "page models and navigation",
        (
            Step("nav", "page_language", "the language's home page for static-i18n"),
            Step("nav", I18N, "language sections and the home"),
            Step("nav", "catalog", "navigation of categories only (pages stay small)", ("catalog",), ("nav",)),
            Step("env", "guard", "template failures become findings"),
            Step("env", I18N, "its template globals"),
            Step("env", "catalog", "the compiled-template cache"),
            Step("env", "csp", "the Content-Security-Policy of every page", ("extra.helpcenter",), ("hc_csp",)),
        ),
    ),
    Stage(
        "render and sanitize each page",
        (
            Step("page_markdown", I18N, "its page metadata"),
            Step("page_markdown", "catalog", "template and hidden parts per role; known icons"),
            Step("page_markdown", "announcements", "expired posts leave search"),
            Step(
                "page_content",
                "validation",
                "sanitize the HTML; record the page's inventory for the checks",
                ("rendered HTML",),
                ("safe HTML", "inventory"),
            ),
            Step("page_content", "catalog", "an H1 that became the title is shown once"),
            Step("page_content", "translations", "heading ids against the source page (TR004, TR006)"),
            Step("page_content", "seo", "the lead paragraph"),
            Step("page_content", "api", "keep the safe body for the API"),
            Step("page_content", "machine_twins", "keep the safe body for the Markdown copy"),
            Step("page_context", I18N, "the language switcher's links"),
            Step("page_context", "catalog", "hc: breadcrumbs, cards, related, dates", ("catalog",), ("hc",)),
            Step(
                "page_context",
                "translations",
                "notices, canonical, switcher marks",
                ("report",),
                ("hc_translation",),
            ),
            Step("page_context", "announcements", "listings and feeds' data", ("posts",)),
            Step("page_context", "seo", "hreflang, OpenGraph, FAQPage", (), ("hc_seo",)),
            Step(
                "page_context",
                "machine_twins",
                "the Markdown copy's link",
                ("catalog",),
                ("hc_markdown_twin",),
            ),
            Step("page_context", "support", "channels for contact and verify pages", ("channels",), ("support",)),
            Step("page_context", "search", "the page's search sections", ("page",), ("index parts",)),
            Step("template_context", I18N, "static templates' i18n data"),
            Step("template_context", "catalog", "UI strings and the home URL for 404.html"),
            Step("post_template", "page_language", "<html lang dir> of static templates"),
            Step("post_template", "catalog", "keep each language's 404 page"),
            Step("post_page", "page_language", "<html lang dir>"),
            Step("post_page", "catalog", "the active category is reset"),
            Step("post_page", "api", "the article's JSON", ("safe body", "API index"), ("api/<lang>/articles/",)),
            Step(
                "post_page",
                "machine_twins",
                "the article as clean Markdown",
                ("safe body", "API index"),
                (".../<article>/index.md",),
            ),
            Step("post_page", I18N, "its per-page cleanup"),
            Step("post_page", "release", "release the page's text once written"),
        ),
    ),
    Stage(
        "outputs and site (each language, then once)",
        (
            Step("post_build", "translations", "TR006 once per language"),
            Step(
                "post_build",
                "validation",
                "every page check of the language's files (this shard)",
                ("docs/", "inventories"),
                ("findings (logged)",),
            ),
            Step("post_build", "announcements", "RSS and JSON feeds", ("posts",), ("feed.xml", "feed.json")),
            Step("post_build", "api", "index, announcements and schemas", ("API index", "posts"), ("api/",)),
            Step("post_build", "machine_twins", "the language's llms.txt", ("API index",), ("llms.txt",)),
            Step(
                "post_build",
                "search",
                "the language's search shards and facets",
                ("index parts",),
                ("search/",),
            ),
            Step("post_build", "brand", "the brand stylesheet, once", (), ("assets/stylesheets/brand.css",)),
            Step("post_build", "markdown_page", "drop the Markdown instance"),
            Step("post_build", I18N, "build the other languages (the default language's build only)"),
            Step(
                "post_build",
                "catalog",
                "404 pages and sitemaps per language, robots.txt, once",
                ("page records",),
                ("404.html", "sitemap.xml", "robots.txt"),
            ),
            Step("post_build", "redirects", "redirect pages at old URLs, once", ("redirects",)),
            Step("post_build", "release", "free what the language build held"),
            Step("post_build", "i18n_files", "end the localized-file memo"),
            Step("build_error", "i18n_files", "end the memo after a failure"),
            Step("build_error", "markdown_page", "drop the Markdown instance after a failure"),
        ),
    ),
)


START = "start"  # not an event of MkDocs: a build's first on_config creates every step object (runner.Build)


def order_by_event() -> dict[str, list[str]]:
    """event -> who runs it, in the declared order (the test compares this with MkDocs' own)."""
    order: dict[str, list[str]] = {}
    for stage in STAGES:
        for step in stage.steps:
            order.setdefault(step.event, []).append(step.by)
    return order


def steps_around_i18n(event: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The event's steps that run before static-i18n's handler, and those after it (all before, when it has none)."""
    names = order_by_event().get(event, [])
    if I18N not in names:
        return tuple(names), ()
    at = names.index(I18N)
    return tuple(names[:at]), tuple(names[at + 1 :])


def markdown() -> str:
    """The pipeline as the README shows it."""
    lines = []
    for number, stage in enumerate(STAGES, 1):
        lines.append(f"{number}. **{stage.name}**")
        for step in stage.steps:
            flow = ""
            if step.reads or step.writes:
                flow = f" ({', '.join(step.reads) or '-'} → {', '.join(step.writes) or '-'})"
            event = "start" if step.event == START else f"on_{step.event}"
            lines.append(f"   - `{event}` {step.by}: {step.does}{flow}")
    return "\n".join(lines) + "\n"
