"""MkDocs hook: content validation and sanitizing, with the same core as scripts/check.py (helpcenter.validation).

- on_files (first language of a build): every source-level check over docs/, for the files of this worker's shard,
  so a sharded build reports each finding once; findings are logged, so `mkdocs build --strict` fails on them.
- on_page_content: nh3 sanitizes the rendered HTML; anything it removes that no finding explains is a finding too.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.findings import Finding, Severity
from helpcenter.i18n import build_language, doc_id_of, starts_new_build
from helpcenter.site_build import current_shard
from helpcenter.validation.project import Project, Settings, owned_by_shard, settings_from_config
from helpcenter.validation.safety import Sanitizer, unexplained
from helpcenter.validation.source import Locator, parse_front_matter

log = logging.getLogger("mkdocs.plugins.validation")


class _Build:
    """State of one top-level build (all its languages); reset when a new one starts."""

    def __init__(self, settings: Settings | None = None, root: Path | None = None):
        self.settings = settings
        self.root = root
        self.sanitizer = Sanitizer(settings.iframe_hosts if settings else frozenset())
        self.checked = False
        self.shard = current_shard()


_build = _Build()


def on_config(config):
    global _build
    # the configuration is read at the start of a build, before static-i18n adjusts it per language
    if starts_new_build(config):
        root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        _build = _Build(settings_from_config(config), root)
    return config


def _log(finding: Finding) -> None:
    (log.warning if finding.severity is Severity.WARNING else log.error)(finding.format())


@event_priority(-105)  # after static-i18n (-100) set up the language, before the catalog hook (-110)
def on_files(files, config):
    if not _build.checked and _build.settings is not None:
        _build.checked = True
        project = Project(_build.settings, _build.root)
        for finding in project.check(project.all_files(), _build.shard):
            _log(finding)
    return files


@event_priority(50)  # sanitize before other hooks read the page HTML (search index, ...)
def on_page_content(html, page, config, files):
    cleaned, removed = _build.sanitizer.clean(html)
    if removed:
        _report_unexplained(page, config, html, removed)
    return cleaned


def _report_unexplained(page, config, html, removed) -> None:
    doc_id = doc_id_of(page.file)
    locale = getattr(page.file, "locale", None)
    # a fallback page is the default language's file: report it only in its own language's build
    if locale is not None and locale != build_language(config):
        return
    if not owned_by_shard(doc_id, _build.shard):
        return
    leftovers = unexplained(removed, _build.sanitizer.scan(html))
    if not leftovers:
        return
    path = Path(page.file.abs_src_path)
    try:
        shown = path.relative_to(_build.root).as_posix() if _build.root else path.as_posix()
    except ValueError:
        shown = path.as_posix()
    text = page.file.content_string
    locator = Locator(text, parse_front_matter(text).body_line)
    for item in leftovers:
        line, col = locator.find(item.value or f"<{item.tag}")
        _log(
            Finding(
                shown,
                line,
                col,
                "HC307",
                f"the sanitizer removed {item.describe()}",
                "remove it from the page, or ask a developer to allow it in helpcenter/validation/safety.py",
            )
        )
