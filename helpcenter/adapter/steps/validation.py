"""Content validation and sanitizing, with the same core as scripts/check.py
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

from helpcenter.adapter.i18n import build_language, doc_id_of
from helpcenter.adapter.site_config import settings_from_config, site_inputs
from helpcenter.content import frontmatter
from helpcenter.content.findings import Finding, sort_findings
from helpcenter.content.shards import current_shard
from helpcenter.content.validation.project import Project, owned_by_shard
from helpcenter.content.validation.safety import unexplained
from helpcenter.content.validation.source import InventoryExtension, Locator
from helpcenter.site_checks import check_site

log = logging.getLogger("mkdocs.plugins.validation")


def _log(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


def _log_all(findings) -> None:
    for finding in sort_findings(findings):
        _log(finding)


class Steps:
    def __init__(self, build, config):
        self.build = build
        # the configuration is read at the start of a build, before static-i18n adjusts it per language
        self.root = Path(config.config_file_path).parent if config.config_file_path else Path.cwd()
        self.project = Project(settings_from_config(config), self.root)
        self.inventory = InventoryExtension(tolerate_missing_snippets=True)
        extensions = [e for e in config.markdown_extensions if not isinstance(e, InventoryExtension)]
        config.markdown_extensions = [*extensions, self.inventory]
        self.shard = current_shard()
        self.edit_number = 0  # the live preview's edit whose files the project has read
        if self.shard is None or self.shard[0] == 0:  # site-wide findings: one worker of a parallel build
            self._log_site_findings(config)

    def on_config(self, config):
        preview = self.build.preview
        if preview.partial and self.edit_number != preview.edit_number:
            self.project.refresh(set(preview.edited_files), preview.snapshot)  # the live preview, after an edit
            self.edit_number = preview.edit_number
        return config

    def _log_site_findings(self, config) -> None:
        try:
            inputs = site_inputs(config)
        except ValueError as exc:
            raise PluginError(f"mkdocs.yml: {exc}") from exc
        findings, report = check_site(inputs)
        for finding in findings:
            _log(finding)
        # the same report gives readers their translation notices (the translations step): read the tree once
        self.build.state.translation_report = report

    def _checked_here(self, page, config) -> tuple[str, str] | None:
        """(language, doc id) when this worker checks the page: its language's own file, in this worker's shard."""
        project = self.project
        language, doc_id = build_language(config), doc_id_of(page.file)
        # a fallback page is the default language's file: it is checked in its own language's build
        if getattr(page.file, "locale", language) != language or (language, doc_id) not in project.sources.texts:
            return None
        return (language, doc_id) if owned_by_shard(doc_id, self.shard) else None

    def on_page_content(self, html, page, config, files):
        rendered = self.inventory.take(html)
        sanitizer = self.project.sanitizer
        key = self._checked_here(page, config)
        if key is None:
            cleaned, removed = sanitizer.clean(html)
        else:
            cleaned, removed, unsafe = sanitizer.clean_and_scan(html)
            self.project.checker.record(*key, rendered, unsafe)
            if removed:
                self._report_unexplained(page, unexplained(removed, unsafe))
        return cleaned

    def on_post_build(self, config):
        project = self.project
        language = build_language(config)
        files = [(lang, doc_id) for lang, doc_id in project.all_files() if lang == language]
        preview = self.build.preview
        if preview.partial:
            # the live preview: the edited files' findings now; the whole language's (links into an edited page) once
            # its pages are served
            _log_all(project.check([key for key in files if key in preview.edited_files]))
            preview.deferred[f"link checks of {language}"] = lambda: _log_all(project.check(files))
            return
        _log_all(project.check(files, self.shard))

    def _report_unexplained(self, page, leftovers) -> None:
        if not leftovers:
            return
        path = Path(page.file.abs_src_path)
        try:
            shown = path.relative_to(self.root).as_posix()
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
                    "remove it from the page, or ask a developer to allow it in "
                    "helpcenter/content/validation/safety.py",
                )
            )
