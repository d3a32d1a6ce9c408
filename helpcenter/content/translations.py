"""Translation integrity: which translations are current, missing, stale or orphaned, and whose anchors drifted.

English is the source language. A translation records the hash of the English text it was translated from in its
front matter (``source_hash``); hashes, not git dates, because shallow clones and tarballs have no useful history.
Whitespace is normalized before hashing, so re-wrapping a paragraph is not a change.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from enum import StrEnum
from pathlib import PurePosixPath

from helpcenter.content import frontmatter
from helpcenter.content.findings import Finding, Severity, first_few
from helpcenter.content.languages import english_name

HASH_KEY = "source_hash"
# front matter that is translated; everything else (updated, order, related...) is copied, so not hashed
TRANSLATED_KEYS = ("title", "description", "tags")
HASH_LENGTH = 12
REPORT_COMMAND = "python scripts/translations.py"
# what a translation can be wrong in; "anchors" is heading-id drift. Report tables and the policy use this order.
# "untracked": a translation that records no source_hash, so nobody knows whether it follows the source (imported
# or written before tracking); readers get it without a notice, and it fails nothing unless the policy says so.
PROBLEM_KINDS = ("missing", "stale", "untracked", "orphaned", "anchors")


class State(StrEnum):
    TRANSLATED = "translated"
    MISSING = "missing"
    STALE = "stale"
    UNTRACKED = "untracked"
    ORPHANED = "orphaned"


def normalized_source(text: str) -> str:
    """The parts of an English page a translation follows, with all whitespace runs folded to one space."""
    fm = frontmatter.parse(text)
    parts = [f"{key}: {fm.meta[key]}" for key in TRANSLATED_KEYS if key in fm.meta]
    parts.append(fm.body)
    return " ".join(" ".join(parts).split())


def source_hash(text: str) -> str:
    return hashlib.sha256(normalized_source(text).encode("utf-8")).hexdigest()[:HASH_LENGTH]


@dataclass(frozen=True)
class Entry:
    language: str
    doc_id: str
    state: State
    category: str  # first folder of the doc id, "" for top-level pages
    line: int = 1  # where a writer should look: the source_hash line when there is one


@dataclass(frozen=True)
class AnchorDrift:
    language: str
    doc_id: str
    line: int
    missing: tuple[str, ...]  # ids the English page has and the translation lacks
    extra: tuple[str, ...]  # ids the translation has and English lacks


@dataclass
class Report:
    source_language: str
    languages: list[str]  # target languages, in site order
    source_ids: list[str]
    entries: list[Entry] = field(default_factory=list)
    drifts: list[AnchorDrift] = field(default_factory=list)
    # (language, doc id) of translations whose automatic heading ids are not their source's
    automatic_drifts: list[tuple[str, str]] = field(default_factory=list)

    def state(self, language: str, doc_id: str) -> State | None:
        return self._index().get((language, doc_id))

    def _index(self) -> dict[tuple[str, str], State]:
        if not hasattr(self, "_cache"):
            self._cache = {(e.language, e.doc_id): e.state for e in self.entries}
        return self._cache

    def by_language(self, language: str, state: State) -> list[Entry]:
        return [e for e in self.entries if e.language == language and e.state is state]

    def translated_share(self, language: str) -> float:
        """Share of source pages with a current translation; an untracked one counts as current (readers get it
        as one, and it is listed apart)."""
        if not self.source_ids:
            return 1.0
        current = self.by_language(language, State.TRANSLATED) + self.by_language(language, State.UNTRACKED)
        return len(current) / len(self.source_ids)


@dataclass(frozen=True)
class SourceDoc:
    """One Markdown file of one language: its id, text and explicit heading ids (read with the Markdown parser)."""

    doc_id: str
    text: str
    heading_ids: tuple[str, ...] = ()
    # ids the Markdown toc made from heading text (no { #id }): they differ between languages as the text does
    automatic_ids: tuple[str, ...] = ()


def automatic_ids_differ(source: tuple[str, ...], translation: tuple[str, ...]) -> bool:
    """A link to #steps in one language breaks in the other: the headings' automatic ids are not the same."""
    return bool(source or translation) and set(source) != set(translation)


def drift_line(text: str, body_line: int, extra_ids) -> int:
    """Where a writer fixes a heading-id drift: the line of the first id the source does not have, else the body."""
    lines = text.split("\n")
    for number, line in enumerate(lines[body_line - 1 :], start=body_line):
        if any(f"#{i}" in line for i in extra_ids):
            return number
    return body_line


def category_of(doc_id: str) -> str:
    parts = PurePosixPath(doc_id).parts
    return parts[0] if len(parts) > 1 else ""


def build_report(source_language: str, docs: dict[str, dict[str, SourceDoc]], languages: Iterable[str]) -> Report:
    """``docs[language][doc_id]``; ``languages`` are the translation targets (the source language excluded)."""
    sources = docs.get(source_language, {})
    targets = [lang for lang in languages if lang != source_language]
    report = Report(source_language, targets, sorted(sources))
    hashes = {doc_id: source_hash(doc.text) for doc_id, doc in sources.items()}
    for lang in targets:
        translations = docs.get(lang, {})
        for doc_id in sorted(set(sources) | set(translations)):
            category = category_of(doc_id)
            if doc_id not in translations:
                report.entries.append(Entry(lang, doc_id, State.MISSING, category))
                continue
            translation = translations[doc_id]
            fm = frontmatter.parse(translation.text)
            line = fm.key_lines.get(HASH_KEY, 1)
            if doc_id not in sources:
                report.entries.append(Entry(lang, doc_id, State.ORPHANED, category))
                continue
            recorded = fm.meta.get(HASH_KEY)
            if recorded in (None, ""):
                state = State.UNTRACKED
            else:
                state = State.TRANSLATED if str(recorded) == hashes[doc_id] else State.STALE
            report.entries.append(Entry(lang, doc_id, state, category, line))
            if automatic_ids_differ(sources[doc_id].automatic_ids, translation.automatic_ids):
                report.automatic_drifts.append((lang, doc_id))
            source_ids, target_ids = set(sources[doc_id].heading_ids), set(translation.heading_ids)
            if source_ids != target_ids:
                report.drifts.append(
                    AnchorDrift(
                        lang,
                        doc_id,
                        drift_line(translation.text, fm.body_line, target_ids - source_ids),
                        tuple(sorted(source_ids - target_ids)),
                        tuple(sorted(target_ids - source_ids)),
                    )
                )
    return report


@dataclass(frozen=True)
class Policy:
    """What fails `--check` and `mkdocs build --strict`; everything else is reported as information.

    Set in mkdocs.yml under ``extra: helpcenter: translations:``.
    """

    # states that fail wherever they occur (anchor drift is "anchors")
    fail: tuple[str, ...] = ("orphaned", "anchors")
    # categories whose readers must never get stale or missing guidance (the demo: money and account safety);
    # the adopter names them in mkdocs.yml, none by default
    critical_categories: tuple[str, ...] = ()
    fail_in_critical: tuple[str, ...] = ("stale", "missing")

    KNOWN = PROBLEM_KINDS

    @classmethod
    def from_config(cls, data: dict | None) -> Policy:
        """Raise ValueError naming the setting when the configuration is wrong."""
        data = data or {}
        settings = [f.name for f in fields(cls)]
        unknown = sorted(set(data) - set(settings))
        if unknown:
            raise ValueError(f"extra.helpcenter.translations: unknown setting(s) {', '.join(unknown)}")
        values = {}
        for key in settings:
            if key not in data:
                continue
            value = data[key]
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ValueError(f"extra.helpcenter.translations.{key} must be a list of strings")
            if key != "critical_categories" and (bad := sorted(set(value) - set(cls.KNOWN))):
                raise ValueError(
                    f"extra.helpcenter.translations.{key}: unknown state(s) {', '.join(bad)}; "
                    f"use {', '.join(cls.KNOWN)}"
                )
            values[key] = tuple(value)
        return cls(**values)

    def severity(self, kind: str, category: str) -> Severity:
        """ERROR where the policy fails the build, INFO elsewhere: the build and check.py apply this alone."""
        failing = kind in self.fail or (category in self.critical_categories and kind in self.fail_in_critical)
        return Severity.ERROR if failing else Severity.INFO

    def unknown_categories(self, categories) -> list[str]:
        """Critical categories the site does not have (a typo, or a setting copied from another help center)."""
        return [c for c in self.critical_categories if c not in set(categories)]


def findings(report: Report, policy: Policy, docs_prefix: str = "docs") -> list[Finding]:
    """One finding per problem, with the exact command that fixes or acknowledges it; missing and stale pages that
    only inform (the policy fails none of them) are one finding per language and state, listing the first few."""
    out: list[Finding] = []
    src = report.source_language
    informative: dict[tuple[str, State], list[Finding]] = {}
    for e in report.entries:
        path = f"{docs_prefix}/{e.language}/{e.doc_id}"
        source = f"{docs_prefix}/{src}/{e.doc_id}"
        severity = policy.severity(e.state.value, e.category)
        finding = None
        if e.state is State.MISSING:
            finding = Finding(
                path, 1, 1, "TR001",
                f"{e.language} translation of {source} is missing; readers get the {english_name(src)} page",
                f"translate it into {path}, then run `{REPORT_COMMAND} mark-current {path}`",
                severity,
            )  # fmt: skip
        elif e.state is State.STALE:
            finding = Finding(
                path, e.line, 1, "TR002",
                f"{e.language} translation is stale: {source} changed since it was translated",
                f"update it, then run `{REPORT_COMMAND} mark-current {path}`; if the {english_name(src)} change was "
                f"trivial (a typo), run `{REPORT_COMMAND} accept-source {source}`",
                severity,
            )  # fmt: skip
        elif e.state is State.ORPHANED:
            finding = Finding(
                path, 1, 1, "TR003",
                f"{path} has no {english_name(src)} source {source}",
                f"move it to the path of its {english_name(src)} page, or delete it: `git rm {path}`",
                severity,
            )  # fmt: skip
        if finding is None:
            continue
        if severity is Severity.INFO and e.state in (State.MISSING, State.STALE):
            informative.setdefault((e.language, e.state), []).append(finding)
        else:
            out.append(finding)
    for (language, state), group in informative.items():
        out.append(group[0] if len(group) == 1 else _collapsed(group, language, state, src, docs_prefix))
    for language in report.languages:
        untracked = report.by_language(language, State.UNTRACKED)
        if not untracked:
            continue
        folder = f"{docs_prefix}/{language}"
        shown = first_few(e.doc_id for e in untracked)
        severities = {policy.severity("untracked", e.category) for e in untracked}
        severity = Severity.ERROR if Severity.ERROR in severities else Severity.INFO
        out.append(
            Finding(
                f"{folder}/{untracked[0].doc_id}", 1, 1, "TR005",
                f"{len(untracked)} {language} translation(s) record no source_hash, so whether they follow "
                f"{docs_prefix}/{src}/ is unknown: {shown}",
                f"once they are current, run `{REPORT_COMMAND} mark-current {folder}`; from then on a change of the "
                "source marks them stale",
                severity,
            )
        )  # fmt: skip
    out += automatic_drift_findings(report.automatic_drifts, docs_prefix)
    for d in report.drifts:
        path = f"{docs_prefix}/{d.language}/{d.doc_id}"
        parts = []
        if d.missing:
            parts.append("missing " + ", ".join(f"{{ #{i} }}" for i in d.missing))
        if d.extra:
            parts.append("not in English " + ", ".join(f"{{ #{i} }}" for i in d.extra))
        out.append(
            Finding(
                path, d.line, 1, "TR004",
                f"heading ids differ from {docs_prefix}/{src}/{d.doc_id}: {'; '.join(parts)}",
                "give each translated heading the same { #id } as its English heading",
                policy.severity("anchors", category_of(d.doc_id)),
            )
        )  # fmt: skip
    return sorted(out, key=lambda f: (f.path, f.line, f.code))


def automatic_drift_findings(drifts: list[tuple[str, str]], docs_prefix: str = "docs") -> list[Finding]:
    """One INFO finding per language whose translations have other automatic heading ids than their source."""
    by_language: dict[str, list[str]] = {}
    for language, doc_id in drifts:
        by_language.setdefault(language, []).append(doc_id)
    out = []
    for language, doc_ids in by_language.items():
        doc_ids = sorted(set(doc_ids))
        shown = first_few(doc_ids)
        out.append(
            Finding(
                f"{docs_prefix}/{language}/{doc_ids[0]}", 1, 1, "TR006",
                f"{len(doc_ids)} {language} page(s) have headings whose automatic ids differ from the source's, so "
                f"a link to one of them from another language or an app finds no anchor: {shown}",
                "pin the ids: end each heading of the source page with { #id } and give its translations the same id",
                Severity.INFO,
            )
        )  # fmt: skip
    return out


def _collapsed(group: list[Finding], language: str, state: State, src: str, docs_prefix: str) -> Finding:
    """Many pages with the same informative state in one language: one line, a count and the first few."""
    names = [f.path.removeprefix(f"{docs_prefix}/{language}/") for f in group]
    shown = first_few(names)
    if state is State.MISSING:
        message = (
            f"{len(group)} pages have no {language} translation; readers get the {english_name(src)} pages: {shown}"
        )
        fix = f"translate them into {docs_prefix}/{language}/ (`{REPORT_COMMAND} report` lists them all)"
    else:
        message = (
            f"{len(group)} {language} translations are stale: their {english_name(src)} pages changed since: {shown}"
        )
        fix = f"update them, then run `{REPORT_COMMAND} mark-current` on each (`{REPORT_COMMAND} report` lists them)"
    first = group[0]
    return Finding(first.path, first.line, 1, first.code, message, fix, first.severity)


def with_source_hash(translation_text: str, new_hash: str) -> str:
    """The translation with ``source_hash`` set (added after the other keys, or replaced in place)."""
    fm = frontmatter.parse(translation_text)
    lines = translation_text.split("\n")
    # quoted: a hex hash of digits only would otherwise be read back as a YAML integer
    entry = f'{HASH_KEY}: "{new_hash}"'
    if not fm.has_block:
        return f"---\n{entry}\n---\n" + translation_text
    if HASH_KEY in fm.key_lines:
        lines[fm.key_lines[HASH_KEY] - 1] = entry
    else:
        closing = fm.body_line - 2  # 0-based index of the closing '---'
        lines.insert(closing, entry)
    return "\n".join(lines)


@dataclass(frozen=True)
class Notice:
    """What a reader is told on a page whose text is not a current translation."""

    kind: str  # "fallback" or "stale"
    english_url: str
    english_updated: dt.date | None = None


def notice_for(state: State | None, english_url: str, english_updated: dt.date | None) -> Notice | None:
    if state is State.MISSING:
        return Notice("fallback", english_url, english_updated)
    if state is State.STALE:
        return Notice("stale", english_url, english_updated)
    return None


def summary_rows(report: Report) -> list[dict]:
    """One row per target language: the figures of the report table and status page."""
    rows = []
    for lang in report.languages:
        rows.append(
            {
                "language": lang,
                "translated_percent": round(100 * report.translated_share(lang), 1),
                "translated": len(report.by_language(lang, State.TRANSLATED)),
                "missing": [e.doc_id for e in report.by_language(lang, State.MISSING)],
                "stale": [e.doc_id for e in report.by_language(lang, State.STALE)],
                "untracked": [e.doc_id for e in report.by_language(lang, State.UNTRACKED)],
                "orphaned": [e.doc_id for e in report.by_language(lang, State.ORPHANED)],
                "anchors": [d.doc_id for d in report.drifts if d.language == lang],
            }
        )
    return rows


def render_markdown(report: Report) -> str:
    """A GitHub-flavoured Markdown table (CI job summary), then the file lists."""
    lines = [
        f"## Translation status ({len(report.source_ids)} English pages)",
        "",
        "| Language | Translated | Missing | Stale | Untracked | Orphaned | Anchor mismatches |",
        "| --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    rows = summary_rows(report)
    for r in rows:
        lines.append(
            f"| {r['language']} | {r['translated_percent']:.1f} % | {len(r['missing'])} | {len(r['stale'])} "
            f"| {len(r['untracked'])} | {len(r['orphaned'])} | {len(r['anchors'])} |"
        )
    for r in rows:
        for kind in PROBLEM_KINDS:
            if r[kind]:
                lines += ["", f"**{r['language']} {kind}:** " + ", ".join(f"`{d}`" for d in r[kind])]
    return "\n".join(lines) + "\n"


def render_text(report: Report) -> str:
    rows = summary_rows(report)
    header = (
        f"{'language':<9}{'translated':>11}{'missing':>9}{'stale':>7}{'untracked':>11}{'orphaned':>10}{'anchors':>9}"
    )
    lines = [header]
    for r in rows:
        lines.append(
            f"{r['language']:<9}{r['translated_percent']:>10.1f}%{len(r['missing']):>9}{len(r['stale']):>7}"
            f"{len(r['untracked']):>11}{len(r['orphaned']):>10}{len(r['anchors']):>9}"
        )
    for r in rows:
        for kind in PROBLEM_KINDS:
            for doc_id in r[kind]:
                lines.append(f"  {r['language']} {kind}: {doc_id}")
    return "\n".join(lines) + "\n"
