"""MkDocs hook: translation states, reader notices on fallback and stale pages, anchor parity, status page.

Thin by design: the states come from helpcenter.content.translations (the same logic as scripts/translations.py);
this hook reads files, logs findings through MkDocs' logger, and hands templates plain data.
"""

from __future__ import annotations

import logging
from copy import deepcopy
from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.plugins import event_priority
from mkdocs.structure.files import File

from helpcenter.adapter import build_state
from helpcenter.adapter.i18n import build_language, doc_id_of, site_languages_of, starts_new_build, ui_strings
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


class _Build:
    """State of one top-level build (every language); reset when a new one starts."""

    def __init__(self):
        self.policy = Policy()
        self.report: Report | None = None
        self.english_meta: dict[str, dict] = {}
        self.english_ids: dict[str, tuple[str, ...]] = {}
        self.english_automatic_ids: dict[str, tuple[str, ...]] = {}
        self.automatic_drifts: list[tuple[str, str]] = []
        self.language_names: dict[str, str] = {}
        self.languages: list[str] = []
        self.default = "en"
        self.shard = current_shard()

    @property
    def reports_shared_findings(self) -> bool:
        # findings about the whole tree are logged by one worker of a parallel build only
        return self.shard is None or self.shard[0] == 0


_build = _Build()
_ids = ExplicitIdsExtension()


def _log(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


def on_config(config):
    global _build
    i18n = config.plugins.get("i18n")
    if i18n is None:
        raise PluginError("hooks/translations.py needs the i18n plugin (mkdocs-static-i18n)")
    if starts_new_build(config):
        _build = _Build()
        try:
            _build.policy = Policy.from_config(((config.extra or {}).get("helpcenter") or {}).get("translations"))
        except ValueError as exc:
            raise PluginError(str(exc)) from exc
        _build.languages, _build.default = languages_of(config)
        _build.language_names = dict(site_languages_of(config).names)
    if _ids not in config.markdown_extensions:
        config.markdown_extensions.append(_ids)
    return config


@event_priority(-110)
def on_files(files, config):
    language = build_language(config)
    shared = build_state.state().translation_report
    # once per build; again when the live preview replaced the shared report after an edit
    if _build.report is None or (shared is not None and shared is not _build.report):
        docs_dir = Path(config.docs_dir)
        preview = build_state.preview()
        tree = read_tree(docs_dir, _build.languages, preview.snapshot if preview.active else None)
        # the site-wide checks made it at the start of the build (hooks/validation.py), except in other workers
        _build.report = shared
        if _build.report is None:
            docs = {lang: {d: SourceDoc(d, text) for d, text in pages.items()} for lang, pages in tree.items()}
            _build.report = build_report(_build.default, docs, _build.languages)
            build_state.state().translation_report = _build.report
        _build.english_meta = {d: frontmatter.parse(t).meta for d, t in tree.get(_build.default, {}).items()}
        # the report's findings are logged with the other site-wide ones (hooks/validation.py, site_checks)
    files.append(_status_page(config, language))
    return files


def _status_page(config, language: str) -> File:
    prefix = "" if language == _build.default else f"{language}/"
    title = ui_strings(config, language)["status_title"]
    content = f"---\ntitle: {title}\ntemplate: {STATUS_TEMPLATE}\nhide: [navigation, toc]\n---\n"
    page = File.generated(config, f"{prefix}{STATUS_DOC_ID}", content=content)
    page.norm_src_uri = STATUS_DOC_ID
    return page


def on_page_content(html, page, config, files):
    doc_id, language = doc_id_of(page.file), build_language(config)
    ids = _ids.last_ids
    automatic = automatic_ids(toc_ids(page.toc), ids)
    if language == _build.default:
        _build.english_ids[doc_id] = ids
        _build.english_automatic_ids[doc_id] = automatic
    elif getattr(page.file, "locale", language) == language and doc_id in _build.english_ids:
        reported_here = role_of(doc_id) is Role.ARTICLE or _build.reports_shared_findings
        if reported_here and automatic_ids_differ(_build.english_automatic_ids.get(doc_id, ()), automatic):
            _build.automatic_drifts.append((language, doc_id))
        source, target = set(_build.english_ids[doc_id]), set(ids)
        # non-article pages render in every worker of a parallel build; report them from one only
        if source != target and (role_of(doc_id) is Role.ARTICLE or _build.reports_shared_findings):
            text = page.file.content_string
            line = drift_line(text, frontmatter.parse(text).body_line, target - source)
            drift = AnchorDrift(language, doc_id, line, tuple(sorted(source - target)), tuple(sorted(target - source)))
            report = Report(_build.default, [language], [], drifts=[drift])
            for finding in findings(report, _build.policy, docs_prefix=Path(config.docs_dir).name):
                _log(finding)
    return html


@event_priority(50)  # each language's own, before static-i18n (-100) goes on to the next language
def on_post_build(config):
    language = build_language(config)
    drifts = [d for d in _build.automatic_drifts if d[0] == language]
    for finding in automatic_drift_findings(drifts, docs_prefix=Path(config.docs_dir).name):
        _log(finding)


def on_page_context(context, page, config, nav):
    language, doc_id = build_language(config), doc_id_of(page.file)
    strings = ui_strings(config, language)
    ctx = TranslationContext(content_language=language, default_language=_build.default)
    fallback = getattr(page.file, "locale", language) != language
    state = State.MISSING if fallback else (_build.report.state(language, doc_id) if _build.report else None)
    if language != _build.default:
        english = getattr(page.file, "alternates", {}).get(_build.default)
        english_url = english.url if english is not None else ""
        updated = date_or_none(_build.english_meta.get(doc_id, {}).get("updated"))
        ctx.notice = notice_for(state, english_url, updated)
        if ctx.notice is not None and ctx.notice.kind == "fallback":
            ctx.notice_text = strings["notice_fallback"].format(language=_build.language_names.get(language, language))
            ctx.content_language = _build.default
            ctx.content_direction = direction(_build.default)
            ctx.noindex = True
            if config.site_url and english_url:
                ctx.canonical_url = config.site_url.rstrip("/") + "/" + english_url.removeprefix("./")
        elif ctx.notice is not None:
            date = format_long_date(updated, language) if updated else ""
            ctx.notice_text = strings["notice_stale"].format(date=date)
    if doc_id == STATUS_DOC_ID:
        ctx.noindex = True
        ctx.status_rows = summary_rows(_build.report) if _build.report else []
    if not hasattr(page.file, "alternates"):
        # a generated page (status page, announcement listings) exists under the same path in every language
        prefix = "" if language == _build.default else f"{language}/"
        _point_switcher_at(config, page.url.removeprefix(prefix).removeprefix("./"))
    ctx.switcher = _switcher(config, doc_id)
    context["hc_translation"] = ctx
    return context


def _point_switcher_at(config, path: str) -> None:
    # a generated page has no static-i18n alternates; link each language's own copy of it
    i18n = config.plugins["i18n"]
    alternates = deepcopy(i18n.extra_alternate)
    for alt in alternates:
        alt["link"] = alt["link"].rstrip("/") + "/" + path
    config.extra.alternate = alternates


def _switcher(config, doc_id: str) -> list[SwitcherLink]:
    links = []
    for alt in getattr(config.extra, "alternate", None) or []:
        lang = alt.get("lang", "")
        state = _build.report.state(lang, doc_id) if _build.report and lang != _build.default else None
        links.append(SwitcherLink(lang, alt.get("name", lang), alt.get("link", ""), state is not State.MISSING))
    return links
