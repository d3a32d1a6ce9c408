"""Translation states, reader notices on fallback and stale pages, anchor parity, the status page.

The states come from helpcenter.content.translations (the same logic as scripts/translations.py); this step reads
files, logs findings through MkDocs' logger, and hands templates plain data.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from helpcenter.adapter.i18n import build_language, doc_id_of, site_languages_of, ui_strings
from helpcenter.adapter.site_config import languages_of
from helpcenter.content import frontmatter
from helpcenter.content.catalog import Role, role_of
from helpcenter.content.docs_tree import read_tree
from helpcenter.content.document import ExplicitIdsExtension, automatic_ids, toc_ids
from helpcenter.content.findings import Finding
from helpcenter.content.languages import direction
from helpcenter.content.page_meta import date_or_none
from helpcenter.content.shards import current_shard
from helpcenter.content.strings import format_long_date
from helpcenter.content.translations import (
    PROBLEM_KINDS,
    AnchorDrift,
    Policy,
    Report,
    SourceDoc,
    State,
    automatic_drift_findings,
    automatic_ids_differ,
    build_report,
    drift_line,
    findings,
    notice_for,
    summary_rows,
)

# findings are logged as they are printed by check.py: path first, no plugin prefix
log = logging.getLogger("mkdocs.plugins.helpcenter.content.translations")

STATUS_DOC_ID = "translation-status.md"
STATUS_TEMPLATE = "translation-status.html"


@dataclass
class SwitcherLink:
    language: str
    name: str
    link: str
    translated: bool


@dataclass
class TranslationContext:
    default_language: str = ""
    notice: object | None = None  # helpcenter.content.translations.Notice
    notice_text: str = ""
    content_language: str = ""
    content_direction: str = ""
    canonical_url: str = ""
    noindex: bool = False
    switcher: list[SwitcherLink] = field(default_factory=list)
    status_rows: list[dict] = field(default_factory=list)
    problem_kinds: tuple[str, ...] = PROBLEM_KINDS


def _log(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


class Steps:
    def __init__(self, build, config):
        self.build = build
        if config.plugins.get("i18n") is None:
            raise PluginError("the translations step needs the i18n plugin (mkdocs-static-i18n)")
        try:
            self.policy = Policy.from_config(((config.extra or {}).get("helpcenter") or {}).get("translations"))
        except ValueError as exc:
            raise PluginError(str(exc)) from exc
        self.languages, self.default = languages_of(config)
        self.language_names: dict[str, str] = dict(site_languages_of(config).names)
        self.report: Report | None = None
        self.english_meta: dict[str, dict] = {}
        self.english_ids: dict[str, tuple[str, ...]] = {}
        self.english_automatic_ids: dict[str, tuple[str, ...]] = {}
        self.automatic_drifts: list[tuple[str, str]] = []
        self.shard = current_shard()
        # records each rendered page's heading ids; one per build, in place of any an earlier build left
        self.ids = ExplicitIdsExtension()
        config.markdown_extensions = [e for e in config.markdown_extensions if not isinstance(e, ExplicitIdsExtension)]

    @property
    def reports_shared_findings(self) -> bool:
        # findings about the whole tree are logged by one worker of a parallel build only
        return self.shard is None or self.shard[0] == 0

    def on_config(self, config):
        if self.ids not in config.markdown_extensions:
            config.markdown_extensions.append(self.ids)
        return config

    def on_files(self, files, config):
        language = build_language(config)
        shared = self.build.state.translation_report
        # once per build; again when the live preview replaced the shared report after an edit
        if self.report is None or (shared is not None and shared is not self.report):
            docs_dir = Path(config.docs_dir)
            preview = self.build.preview
            tree = read_tree(docs_dir, self.languages, preview.snapshot if preview.active else None)
            # the site-wide checks made it at the start of the build (the validation step), except in other workers
            self.report = shared
            if self.report is None:
                docs = {lang: {d: SourceDoc(d, text) for d, text in pages.items()} for lang, pages in tree.items()}
                self.report = build_report(self.default, docs, self.languages)
                self.build.state.translation_report = self.report
            self.english_meta = {d: frontmatter.parse(t).meta for d, t in tree.get(self.default, {}).items()}
            # the report's findings are logged with the other site-wide ones (the validation step, site_checks)
        files.append(self._status_page(config, language))
        return files

    def _status_page(self, config, language: str) -> File:
        prefix = "" if language == self.default else f"{language}/"
        title = ui_strings(config, language)["status_title"]
        content = f"---\ntitle: {title}\ntemplate: {STATUS_TEMPLATE}\nhide: [navigation, toc]\n---\n"
        page = File.generated(config, f"{prefix}{STATUS_DOC_ID}", content=content)
        page.norm_src_uri = STATUS_DOC_ID
        return page

    def on_page_content(self, html, page, config, files):
        doc_id, language = doc_id_of(page.file), build_language(config)
        ids = self.ids.last_ids
        automatic = automatic_ids(toc_ids(page.toc), ids)
        if language == self.default:
            self.english_ids[doc_id] = ids
            self.english_automatic_ids[doc_id] = automatic
        elif getattr(page.file, "locale", language) == language and doc_id in self.english_ids:
            reported_here = role_of(doc_id) is Role.ARTICLE or self.reports_shared_findings
            if reported_here and automatic_ids_differ(self.english_automatic_ids.get(doc_id, ()), automatic):
                self.automatic_drifts.append((language, doc_id))
            source, target = set(self.english_ids[doc_id]), set(ids)
            # non-article pages render in every worker of a parallel build; report them from one only
            if source != target and (role_of(doc_id) is Role.ARTICLE or self.reports_shared_findings):
                text = page.file.content_string
                line = drift_line(text, frontmatter.parse(text).body_line, target - source)
                missing, extra = tuple(sorted(source - target)), tuple(sorted(target - source))
                drift = AnchorDrift(language, doc_id, line, missing, extra)
                report = Report(self.default, [language], [], drifts=[drift])
                for finding in findings(report, self.policy, docs_prefix=Path(config.docs_dir).name):
                    _log(finding)
        return html

    def on_post_build(self, config):
        language = build_language(config)
        drifts = [d for d in self.automatic_drifts if d[0] == language]
        for finding in automatic_drift_findings(drifts, docs_prefix=Path(config.docs_dir).name):
            _log(finding)

    def on_page_context(self, context, page, config, nav):
        language, doc_id = build_language(config), doc_id_of(page.file)
        strings = ui_strings(config, language)
        ctx = TranslationContext(content_language=language, default_language=self.default)
        fallback = getattr(page.file, "locale", language) != language
        state = State.MISSING if fallback else (self.report.state(language, doc_id) if self.report else None)
        if language != self.default:
            english = getattr(page.file, "alternates", {}).get(self.default)
            english_url = english.url if english is not None else ""
            updated = date_or_none(self.english_meta.get(doc_id, {}).get("updated"))
            ctx.notice = notice_for(state, english_url, updated)
            if ctx.notice is not None and ctx.notice.kind == "fallback":
                name = self.language_names.get(language, language)
                ctx.notice_text = strings["notice_fallback"].format(language=name)
                ctx.content_language = self.default
                ctx.content_direction = direction(self.default)
                ctx.noindex = True
                if config.site_url and english_url:
                    ctx.canonical_url = config.site_url.rstrip("/") + "/" + english_url.removeprefix("./")
            elif ctx.notice is not None:
                date = format_long_date(updated, language) if updated else ""
                ctx.notice_text = strings["notice_stale"].format(date=date)
        if doc_id == STATUS_DOC_ID:
            ctx.noindex = True
            ctx.status_rows = summary_rows(self.report) if self.report else []
        if not hasattr(page.file, "alternates"):
            # a generated page (status page, announcement listings) exists under the same path in every language
            prefix = "" if language == self.default else f"{language}/"
            self._point_switcher_at(config, page.url.removeprefix(prefix).removeprefix("./"))
        ctx.switcher = self._switcher(config, doc_id)
        context["hc_translation"] = ctx
        return context

    def _point_switcher_at(self, config, path: str) -> None:
        # a generated page has no static-i18n alternates; link each language's own copy of it
        i18n = config.plugins["i18n"]
        alternates = deepcopy(i18n.extra_alternate)
        for alt in alternates:
            alt["link"] = alt["link"].rstrip("/") + "/" + path
        config.extra.alternate = alternates

    def _switcher(self, config, doc_id: str) -> list[SwitcherLink]:
        links = []
        for alt in getattr(config.extra, "alternate", None) or []:
            lang = alt.get("lang", "")
            state = self.report.state(lang, doc_id) if self.report and lang != self.default else None
            links.append(SwitcherLink(lang, alt.get("name", lang), alt.get("link", ""), state is not State.MISSING))
        return links
