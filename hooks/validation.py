"""MkDocs hook: content validation and sanitizing, with the same core as scripts/check.py
(helpcenter.content.validation).

Every page is rendered once: helpcenter.content.validation.source.InventoryExtension rides along in MkDocs' own Markdown
and records what the checks need (headings, ids, links, images, reference misses, snippets).

- on_page_content: nh3 sanitizes the rendered HTML; anything it removes that no finding explains is a finding too.
  The page's inventory is kept for the checks (its own language's file, owned by this worker's shard).
- on_post_build (each language): every source-level check over the language's files of this worker's shard, so a
  sharded build reports each finding once. A file the build did not render is rendered for the checks alone.
  Findings are logged, so `mkdocs build --strict` fails on them.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority

from helpcenter.adapter import build_state
from helpcenter.adapter.i18n import build_language, doc_id_of, starts_new_build
from helpcenter.adapter.site_config import settings_from_config, site_inputs
from helpcenter.content import frontmatter
from helpcenter.content.findings import Finding, sort_findings
from helpcenter.content.shards import current_shard
from helpcenter.content.validation.project import Project, Settings, owned_by_shard
from helpcenter.content.validation.safety import unexplained
from helpcenter.content.validation.source import InventoryExtension, Locator
from helpcenter.site_checks import check_site

log = logging.getLogger("mkdocs.plugins.validation")


class _Build:
    """State of one top-level build (all its languages); reset when a new one starts."""

    def __init__(self, settings: Settings | None = None, root: Path | None = None):
        self.project = Project(settings, root) if settings is not None else None
        self.root = root
        self.inventory = InventoryExtension(tolerate_missing_snippets=True)
        self.shard = current_shard()
        self.edit_number = 0  # the live preview's edit whose files the project has read


_build = _Build()


def on_config(config):
    global _build
    # the configuration is read at the start of a build, before static-i18n adjusts it per language
    if starts_new_build(config):
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        extensions = [e for e in config.markdown_extensions if not isinstance(e, InventoryExtension)]
        config.markdown_extensions = extensions
        _build = _Build(settings_from_config(config), root)
        config.markdown_extensions = [*extensions, _build.inventory]
        if _build.shard is None or _build.shard[0] == 0:  # site-wide findings: one worker of a parallel build
            _log_site_findings(config)
    preview = build_state.preview()
    if preview.partial and _build.project is not None and _build.edit_number != preview.edit_number:
        _build.project.refresh(set(preview.edited_files), preview.snapshot)  # the live preview, after an edit
        _build.edit_number = preview.edit_number
    return config


def _log_site_findings(config) -> None:
    try:
        inputs = site_inputs(config)
    except ValueError as exc:
        raise PluginError(f"mkdocs.yml: {exc}") from exc
    findings, report = check_site(inputs)
    for finding in findings:
        _log(finding)
    # the same report gives readers their translation notices (hooks/translations.py): read the tree once
    build_state.state().translation_report = report


def _log(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


def _checked_here(page, config) -> tuple[str, str] | None:
    """(language, doc id) when this worker checks the page: its language's own file, in this worker's shard."""
    project = _build.project
    if project is None:
        return None
    language, doc_id = build_language(config), doc_id_of(page.file)
    # a fallback page is the default language's file: it is checked in its own language's build
    if getattr(page.file, "locale", language) != language or (language, doc_id) not in project.sources.texts:
        return None
    return (language, doc_id) if owned_by_shard(doc_id, _build.shard) else None


@event_priority(50)  # sanitize before other hooks read the page HTML (search index, ...)
def on_page_content(html, page, config, files):
    rendered = _build.inventory.take(html)
    if _build.project is None:
        return html
    sanitizer = _build.project.sanitizer
    key = _checked_here(page, config)
    if key is None:
        cleaned, removed = sanitizer.clean(html)
    else:
        cleaned, removed, unsafe = sanitizer.clean_and_scan(html)
        _build.project.checker.record(*key, rendered, unsafe)
        if removed:
            _report_unexplained(page, unexplained(removed, unsafe))
    return cleaned


@event_priority(50)  # before static-i18n (-100) goes on to build the next language
def on_post_build(config):
    project = _build.project
    if project is None:
        return
    language = build_language(config)
    files = [(lang, doc_id) for lang, doc_id in project.all_files() if lang == language]
    preview = build_state.preview()
    if preview.partial:
        # the live preview: the edited files' findings now; the whole language's (links into an edited page) once
        # its pages are served
        edited = [key for key in files if key in preview.edited_files]
        for finding in sort_findings(project.check(edited)):
            _log(finding)
        preview.deferred[f"link checks of {language}"] = lambda: _log_all(project.check(files))
        return
    for finding in sort_findings(project.check(files, _build.shard)):
        _log(finding)


def _log_all(findings) -> None:
    for finding in sort_findings(findings):
        _log(finding)


def _report_unexplained(page, leftovers) -> None:
    if not leftovers:
        return
    path = Path(page.file.abs_src_path)
    try:
        shown = path.relative_to(_build.root).as_posix() if _build.root else path.as_posix()
    except ValueError:
        shown = path.as_posix()
    text = page.file.content_string
    locator = Locator(text, frontmatter.parse(text).body_line)
    for item in leftovers:
        line, col = locator.find(item.value or f"<{item.tag}")
        _log(
            Finding(
                shown,
                line,
                col,
                "HC307",
                f"the sanitizer removed {item.describe()}",
                "remove it from the page, or ask a developer to allow it in helpcenter/content/validation/safety.py",
            )
        )
