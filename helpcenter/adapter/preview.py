"""The writer's live preview: one complete build, then after each save only what the save affects.

One MkDocs configuration stays loaded for the whole session, so its hooks keep what the earlier builds computed
(every language's catalog, search records, sitemap entries, 404 page). After an edit, the driver reads the files
that changed, asks helpcenter.incremental which articles each language must render again, and rebuilds the
affected languages one at a time (static-i18n's own way of building a language, on the same configuration):
every page of the language but the articles and announcements outside the plan, then what the build writes from
all pages (search index, API, feeds, sitemaps). The edited language goes first, so its pages show soonest.

A change to the configuration, data/, the templates or the UI strings starts a complete build on a fresh
configuration: those feed every page.

Upstream contract (mkdocs 1.6.1, mkdocs-static-i18n 1.3.1): a language is built alone by setting the i18n
plugin's ``current_language`` and ``building`` (static-i18n does the same for its non-default languages) and by
keeping ``mkdocs.utils.clean_directory`` from emptying the site (static-i18n patches it the same way).
tests/unit/test_upstream_contracts.py fails when either changes.
"""

from __future__ import annotations

import logging
import os
import shutil
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs import utils as mkdocs_utils
from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import File

from helpcenter.adapter import runner
from helpcenter.adapter.site_config import languages_of, site_inputs
from helpcenter.content import frontmatter
from helpcenter.content.catalog import SourcePage
from helpcenter.content.docs_tree import TreeSnapshot, read_text
from helpcenter.content.findings import Finding
from helpcenter.content.validation.checks import front_matter_syntax_finding
from helpcenter.incremental import LanguagePlan, merged, pages_after_edit, plan_language, whole_language
from helpcenter.publish.api_export import API_DIR, article_id
from helpcenter.publish.search.output import write_language
from helpcenter.site_checks import check_site, support_findings

log = logging.getLogger("mkdocs.helpcenter.preview")

# inputs of every page: a change here rebuilds everything on a fresh configuration (which reloads the hooks).
# A change to the helpcenter package's code needs a restart of the preview, as in any Python program.
SHARED_INPUTS = ("data", "overrides", "hooks", "helpcenter/locales")
CONFIG_SUFFIXES = (".yml", ".yaml")


@dataclass
class Outcome:
    """What one build of the preview did, for the terminal and the banner."""

    kind: str  # "complete" or "partial"
    seconds: float
    languages: list[str] = field(default_factory=list)
    rendered: int = 0  # articles and announcements rendered again (partial builds)
    problems: list[str] = field(default_factory=list)  # warnings and errors, as logged


class _Collector(logging.Handler):
    def __init__(self):
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        message = record.getMessage()
        if "which is excluded from the built site" not in message:  # an article the plan left out, not a fault
            self.messages.append(message)


@contextmanager
def _collecting() -> Iterator[_Collector]:
    collector = _Collector()
    logger = logging.getLogger("mkdocs")
    logger.addHandler(collector)
    try:
        yield collector
    finally:
        logger.removeHandler(collector)


def _stat_tree(root: Path, suffixes: tuple[str, ...] | None = None) -> dict[str, tuple[int, int]]:
    """path -> (mtime_ns, size) of every file below root: one scandir walk, cheap even at 10,000 files."""
    found: dict[str, tuple[int, int]] = {}
    stack = [str(root)]
    while stack:
        try:
            entries = list(os.scandir(stack.pop()))
        except OSError:
            continue
        for entry in entries:
            if entry.name.startswith(".") and entry.name != ".icons":
                continue
            if entry.is_dir(follow_symlinks=False):
                stack.append(entry.path)
            elif suffixes is None or entry.name.endswith(suffixes):
                stat = entry.stat()
                found[entry.path] = (stat.st_mtime_ns, stat.st_size)
    return found


class PreviewSite:
    """Builds a help center into ``site_dir`` and keeps it current with the least work per save."""

    def __init__(self, config_file: Path, site_dir: Path, language: str | None = None):
        self.config_file = Path(config_file).resolve()
        self.root = self.config_file.parent
        self.site_dir = Path(site_dir).resolve()
        self.only_language = language
        self.config = None
        self.languages: list[str] = []
        self.default = ""
        self._docs: dict[str, tuple[int, int]] = {}
        self._shared: dict[str, tuple[int, int]] = {}
        self.findings: list[Finding] = []
        self.last: Outcome | None = None
        # language -> what is still to build there, in order (the first build's other languages, an edit's
        # consequences in the languages it did not build at once)
        self._queue: dict[str, LanguagePlan] = {}
        self._support: list[Finding] | None = None

    # -- what changed ------------------------------------------------------------------------------------------

    def _shared_inputs(self) -> dict[str, tuple[int, int]]:
        found = {}
        for name in SHARED_INPUTS:
            folder = self.root / name
            if folder.is_dir():
                found.update(_stat_tree(folder))
        for path in self.root.iterdir():
            if path.suffix in CONFIG_SUFFIXES and path.is_file():
                stat = path.stat()
                found[str(path)] = (stat.st_mtime_ns, stat.st_size)
        return found

    def watched_paths(self) -> list[Path]:
        """What the server watches: the content and every shared input that exists."""
        paths = [Path(self.config.docs_dir)] + [self.root / name for name in SHARED_INPUTS]
        paths += [p for p in self.root.iterdir() if p.suffix in CONFIG_SUFFIXES and p.is_file()]
        return [p for p in paths if p.exists()]

    def _docs_inputs(self) -> dict[str, tuple[int, int]]:
        return _stat_tree(Path(self.config.docs_dir))

    # -- builds ------------------------------------------------------------------------------------------------

    def complete_build(self) -> Outcome:
        """A fresh configuration; the default language (or the one asked for) is built now, the others are queued.

        The server answers once the first language is built (nobody asked for the others yet) and builds the
        queued languages between edits (``work_once``); ``finish`` builds them at once.
        """
        start = time.monotonic()
        runner.reset_preview()
        preview = runner.session().preview
        self._queue = {}
        self._support = None
        self.config = load_config(str(self.config_file), site_dir=str(self.site_dir), strict=False)
        self.languages, self.default = languages_of(self.config)
        self._shared = self._shared_inputs()
        self._docs = self._docs_inputs()
        preview.snapshot = TreeSnapshot(Path(self.config.docs_dir), [Path(p) for p in self._docs])
        first = self.only_language or self.default
        with _collecting() as collected:
            if first != self.default:
                with self._one_language(first, starting=True):
                    self._build()
            else:
                i18n = self.config.plugins.get("i18n")
                if i18n is not None:
                    i18n.building = True  # the default language alone: static-i18n does not go on to the others
                preview.single_language = preview.starting = True
                try:
                    self._build()
                finally:
                    if i18n is not None:
                        i18n.building = False
                    preview.single_language = preview.starting = False
        if not self.only_language:
            self._queue = {lang: whole_language(lang) for lang in self.languages if lang != first}
        self.findings = self._site_findings()
        self.last = Outcome("complete", time.monotonic() - start, [first], problems=collected.messages)
        return self.last

    def has_work(self) -> bool:
        """Languages still to build, or steps the builds left for later (search indexes, sitemaps, link checks)."""
        preview = runner.session().preview
        return bool(self._queue or preview.pending_search or preview.deferred)

    def work_once(self) -> str | None:
        """One step of the queued work; says which ("search..." for a search index), None when there is none.

        In order: the queued languages' pages, the steps the builds deferred, the search indexes. What a step logs
        joins the findings of the last build.
        """
        preview = runner.session().preview
        with _collecting() as collected:
            if self._queue:
                language = next(iter(self._queue))
                self._build_plan(self._queue.pop(language))
                step = language
            elif preview.deferred:
                name = next(iter(preview.deferred))
                preview.deferred.pop(name)()
                step = name
            elif preview.pending_search:
                search_dir, part = preview.pending_search.popitem()
                _replace_search_index(Path(search_dir), part)
                step = f"search index of {part.get('language', '')}"
            else:
                return None
        if self.last is not None:
            self.last.problems = list(dict.fromkeys(self.last.problems + collected.messages))
        return step

    def finish(self) -> None:
        """Everything queued, at once (tests, and a writer who asked for the whole site)."""
        while self.work_once() is not None:
            pass

    @contextmanager
    def _one_language(self, language: str, scope: frozenset[str] | None = None, starting: bool = False):
        i18n = self.config.plugins.get("i18n")
        preview, memo = runner.session().preview, runner.session().i18n_files
        i18n.current_language = language
        i18n.building = True  # static-i18n builds no other language after this one
        preview.single_language = True
        preview.starting = starting
        preview.render_scope = None if scope is None else {language: scope}
        clean_directory = mkdocs_utils.clean_directory
        mkdocs_utils.clean_directory = lambda _path: None  # the other languages' pages stay
        if not starting:
            # the hook starts it only at a build's start (helpcenter/adapter/steps/i18n_files.py)
            memo.start_build(keep_inspected=True, building=language)
        try:
            yield
        finally:
            memo.end_build(keep_inspected=True)
            mkdocs_utils.clean_directory = clean_directory
            i18n.building = False
            preview.single_language = preview.starting = False
            preview.render_scope = None

    def _site_findings(self) -> list[Finding]:
        try:
            inputs = site_inputs(self.config)
            if self._support is None:  # the channels file is a shared input: it changes with a complete build only
                self._support = support_findings(inputs)
            findings, report = check_site(inputs, support=self._support, snapshot=runner.session().preview.snapshot)
        except ValueError as exc:  # a bad setting: the complete build that follows reports it
            log.error("%s: %s", self.config_file.name, exc)
            return []
        if report is not None:
            runner.build_of(self.config).state.translation_report = report
        return findings

    def rebuild(self) -> Outcome:
        """Bring the edited languages up to date with the files as they are now; queue the others they affect."""
        if self.config is None or self._shared_inputs() != self._shared:
            return self.complete_build()
        start = time.monotonic()
        docs = self._docs_inputs()
        changed = {path for path in docs.keys() | self._docs.keys() if docs.get(path) != self._docs.get(path)}
        self._docs = docs
        if not changed:
            self.last = Outcome("partial", time.monotonic() - start)
            return self.last
        runner.session().preview.snapshot.update([Path(p) for p in docs], {Path(p) for p in changed})
        with _collecting() as collected:
            edited, asset_languages = self._edited_pages(changed)
            preview = runner.session().preview
            preview.edited_files = frozenset(edited)
            preview.edit_number += 1
            before_report = runner.build_of(self.config).state.translation_report
            self.findings = self._site_findings()
            after_report = runner.build_of(self.config).state.translation_report
            state_changed = _translation_state_changes(before_report, after_report)
            for plan in self._plans(edited, state_changed, asset_languages):
                queued = self._queue.pop(plan.language, None)
                self._queue[plan.language] = plan if queued is None else merged(queued, plan)
            # the language of the edited file now, so its pages show soonest; the others follow (work_once)
            now = [lang for lang in self._queue if any(lang == edited_lang for edited_lang, _ in edited)]
            rendered = 0
            for language in now:
                plan = self._queue.pop(language)
                self._build_plan(plan)
                rendered += len(plan.render)
        self.last = Outcome("partial", time.monotonic() - start, now, rendered, collected.messages)
        return self.last

    def _build_plan(self, plan: LanguagePlan) -> None:
        self._remove_outputs(plan)
        with self._one_language(plan.language, None if plan.complete else plan.render):
            self._build()

    def _build(self) -> None:
        """MkDocs' build, with the hooks in preview mode: outside it, a build in the same process (tests) is an
        ordinary one, whatever the preview keeps."""
        preview = runner.session().preview
        preview.active = True
        try:
            build(self.config)
        finally:
            preview.active = False

    def _edited_pages(self, changed: set[str]) -> tuple[dict[tuple[str, str], SourcePage | None], set[str]]:
        """The edited pages, and the languages whose other files (images...) changed: their build copies them."""
        docs_dir = Path(self.config.docs_dir)
        edited: dict[tuple[str, str], SourcePage | None] = {}
        assets: set[str] = set()
        for path in sorted(changed):
            relative = Path(path).relative_to(docs_dir)
            if len(relative.parts) < 2 or relative.parts[0] not in self.languages:
                continue
            language, doc_id = relative.parts[0], Path(*relative.parts[1:]).as_posix()
            if relative.suffix != ".md":
                # an asset: the default language's serve as every language's fallback
                assets |= set(self.languages) if language == self.default else {language}
                continue
            if not Path(path).is_file():
                edited[(language, doc_id)] = None
                continue
            front = frontmatter.parse(read_text(Path(path)))
            if front.error:
                # unreadable front matter: the page stays as it was built last, and the finding says why
                shown = Path(path).relative_to(self.root).as_posix() if Path(path).is_relative_to(self.root) else path
                finding = front_matter_syntax_finding(shown, front.error)
                log.log(finding.log_level, finding.format())
                continue
            edited[(language, doc_id)] = SourcePage(doc_id, "", front.meta, language, front.body)
        return edited, assets

    def _url_for(self, doc_id: str, language: str) -> str:
        url = File(doc_id, "", "", self.config.use_directory_urls).url
        return url if language == self.default else f"{language}/{url}"

    def _plans(self, edited, state_changed: set[str], asset_languages: set[str]) -> list[LanguagePlan]:
        built = runner.build_of(self.config).state.source_pages
        languages = [self.only_language] if self.only_language else self.languages
        default_pages = built.get(self.default, {})
        plans = []
        for language in languages:
            before = built.get(language, {})
            after = pages_after_edit(before, language, default_pages, self.default, edited, self._url_for)
            plan = plan_language(language, before, after, frozenset(state_changed))
            if not plan.empty or language in asset_languages:
                plans.append(plan)
        # the language of the edited file first: its pages show soonest
        first = {lang for lang, _ in edited}
        return sorted(plans, key=lambda p: (p.language not in first, languages.index(p.language)))

    def _remove_outputs(self, plan: LanguagePlan) -> None:
        """The files a deleted page had: its folder's own files (not the pages below it) and its API entry."""
        for url in plan.removed_urls:
            folder = self.site_dir / url
            if folder.is_dir():
                for entry in folder.iterdir():
                    if entry.is_file():
                        entry.unlink()
        for doc_id in plan.removed_doc_ids:
            api_file = self.site_dir / API_DIR / plan.language / "articles" / f"{article_id(doc_id)}.json"
            api_file.unlink(missing_ok=True)


def _translation_state_changes(before, after) -> set[str]:
    """Doc ids whose translation state changed in some language: their notices and language lists change."""
    if before is None or after is None:
        return set()
    old = {(e.language, e.doc_id): e.state for e in before.entries}
    new = {(e.language, e.doc_id): e.state for e in after.entries}
    return {doc_id for key in old.keys() | new.keys() if old.get(key) != new.get(key) for doc_id in [key[1]]}


# the search page's own output lives in the search index's folder (search.md -> search/index.html)
PAGE_FILES = frozenset({"index.html", "index.md"})


def _replace_search_index(search_dir: Path, part: dict) -> None:
    fresh = search_dir.with_name(search_dir.name + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    write_language(fresh, part)
    search_dir.mkdir(parents=True, exist_ok=True)
    written = {entry.name for entry in fresh.iterdir()}
    for entry in search_dir.iterdir():
        if entry.name not in written and entry.name not in PAGE_FILES:
            shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
    for name in sorted(written):
        target = search_dir / name
        if target.is_dir():
            old = search_dir / f".{name}.old"
            os.replace(target, old)
            os.replace(fresh / name, target)
            shutil.rmtree(old)
        else:
            os.replace(fresh / name, target)
    fresh.rmdir()
