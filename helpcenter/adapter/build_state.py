"""What one step computes and another needs, handed to every step by helpcenter/adapter/runner.py.

``BuildState`` belongs to one top-level build (runner.Build.state): MkDocs (with static-i18n) builds one language
at a time, and a step publishes its results here, keyed by language, instead of other steps reaching into it.

``PreviewState`` is the live preview's (helpcenter/adapter/preview.py, runner.Session.preview): it outlives a
build, because the preview rebuilds one language at a time and needs what the earlier builds of the others left.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BuildState:
    catalogs: dict = field(default_factory=dict)  # language -> helpcenter.content.catalog.Catalog
    announcements: dict = field(default_factory=dict)  # language -> [helpcenter.publish.announcements.Announcement]
    translation_report: object | None = None  # helpcenter.content.translations.Report
    # language -> {doc id: helpcenter.content.catalog.SourcePage}: the pages the catalog was built from (kept in a
    # live preview build only, which plans the next rebuild from them)
    source_pages: dict = field(default_factory=dict)
    # the API index (helpcenter.publish.api_export.index_payload) of the language being built, for the API and the
    # Markdown copies; one language at a time: every language's index kept to the end cost memory at 2,000 articles
    api_index: dict | None = None


@dataclass
class PreviewState:
    """Set by the preview driver only; an ordinary build leaves every field at its default."""

    active: bool = False  # a preview build is running (only then do the hooks read the fields below)
    # language -> doc ids of the articles and announcements to render; None renders all (the first build)
    render_scope: dict[str, frozenset[str]] | None = None
    # the driver rebuilds one language alone: its build also writes what a complete build writes at its end
    single_language: bool = False
    # the first build of a one-language preview: hooks set up their per-build state, as at a build's start
    starting: bool = False
    # language -> {doc id: search record}: every record of the language, kept between partial builds
    search_records: dict[str, dict[str, dict]] = field(default_factory=dict)
    # search folder -> the language's records: a partial build leaves its index to the driver, which writes it
    # after the pages are served
    pending_search: dict = field(default_factory=dict)
    # name -> a step a partial build leaves for after its pages are served (the sitemaps, a language's link
    # checks); a later build's step of the same name replaces it
    deferred: dict = field(default_factory=dict)
    # (language, doc id) of the files the latest edit touched, and a number that grows with every edit, so that
    # a hook refreshes what it read of the files once per edit, not once per language
    edited_files: frozenset = frozenset()
    # the files below docs/ and their texts as read so far (helpcenter.content.docs_tree.TreeSnapshot)
    snapshot: object | None = None
    edit_number: int = 0

    @property
    def partial(self) -> bool:
        """A rebuild of one language after an edit (not a first build)."""
        return self.active and self.single_language and not self.starting
