"""Findings about the site as a whole, shared by the build and ``scripts/check.py``: one policy, one list.

Page-level checks live in helpcenter.content.validation; these look at the tree and the adopter's settings: the docs
layout, pages the build generates, critical categories, translation states, UI strings per language and the support
channels file. Pure: plain settings and the docs folder in, findings out.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from helpcenter.content.catalog import Role, category_id_of, role_of
from helpcenter.content.docs_tree import TreeSnapshot, read_tree
from helpcenter.content.findings import Finding, Severity, sort_findings
from helpcenter.content.strings import strings_findings
from helpcenter.content.structure import category_ids, generated_page_findings
from helpcenter.content.translations import Policy, Report, SourceDoc, build_report
from helpcenter.content.translations import findings as translation_findings
from helpcenter.publish.support.schema import validate as validate_channels

SUPPORTED_LAYOUT = "folder"


@dataclass(frozen=True)
class SiteInputs:
    """What the site-wide checks need from the adopter configuration (helpcenter.adapter.site_config reads it)."""

    root: Path  # the project folder (mkdocs.yml's); paths in findings are relative to it
    config_path: str  # mkdocs.yml as shown in findings
    docs_dir: Path
    languages: tuple[str, ...]  # default first
    default_language: str
    docs_structure: str = SUPPORTED_LAYOUT
    policy: Policy = field(default_factory=Policy)
    ui_strings: Path | None = None  # the adopter's UI strings folder, if any
    support_channels: Path | None = None  # the channels file, if the site has one
    support_channels_named: bool = False  # named in the configuration (then it must exist)


def _shown(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def layout_findings(inputs: SiteInputs) -> list[Finding]:
    if inputs.docs_structure == SUPPORTED_LAYOUT:
        return []
    return [
        Finding(
            inputs.config_path,
            1,
            1,
            "HC505",
            f"the i18n plugin's docs_structure is '{inputs.docs_structure}': the help center reads one folder per "
            "language (docs/<lang>/...), so no page of this tree would be checked or listed",
            "import the tree once with `python scripts/init_site.py --import PATH`, which moves it to folders, "
            "then set docs_structure: folder",
        )
    ]


def language_folder_findings(inputs: SiteInputs) -> list[Finding]:
    """A folder below docs/ named like a language the configuration does not build: its pages reach no reader of
    that language (a lower-case pt-pt folder for the configured pt-PT, or a language never added)."""
    if not inputs.docs_dir.is_dir():
        return []
    configured = {code.casefold(): code for code in inputs.languages}
    findings = []
    for folder in sorted(p for p in inputs.docs_dir.iterdir() if p.is_dir()):
        if folder.name in inputs.languages or not _looks_like_language(folder.name):
            continue
        shown = _shown(folder, inputs.root)
        match = configured.get(folder.name.replace("_", "-").casefold())
        if match:
            message = f"{shown}/ is not the folder of the configured language {match}, whose pages it holds"
            fix = f"rename the folder to {_shown(inputs.docs_dir / match, inputs.root)}/"
        else:
            message = f"{shown}/ is named like a language that mkdocs.yml does not build; its pages reach no reader"
            fix = "add the language to the i18n plugin's languages in mkdocs.yml (a BCP 47 code), or remove the folder"
        findings.append(Finding(f"{shown}/", 1, 1, "HC508", message, fix, Severity.WARNING))
    return findings


def _looks_like_language(name: str) -> bool:
    from helpcenter.content.importer import is_known_language, language_code_or_none

    code = language_code_or_none(name)
    return code is not None and is_known_language(code)


def critical_category_findings(inputs: SiteInputs, doc_ids: set[str]) -> list[Finding]:
    known = set(category_ids(doc_ids)) | {category_id_of(d) for d in doc_ids if role_of(d) is Role.CATEGORY}
    return [
        Finding(
            inputs.config_path,
            1,
            1,
            "HC504",
            f"extra.helpcenter.translations.critical_categories names '{name}', which is not a category of "
            f"{_shown(inputs.docs_dir / inputs.default_language, inputs.root)}/",
            f"use a category folder's name ({', '.join(sorted(known)) or 'none yet'}) or remove it",
            Severity.WARNING,
        )
        for name in inputs.policy.unknown_categories(known)
    ]


def support_findings(inputs: SiteInputs) -> list[Finding]:
    path = inputs.support_channels
    if path is None:
        return []
    shown = _shown(path, inputs.root)
    if not path.exists():
        if not inputs.support_channels_named:
            return []
        return [
            Finding(
                shown,
                1,
                1,
                "SUP102",
                "the support channels file is missing",
                f"create {shown}, or remove extra.helpcenter.support_channels from mkdocs.yml",
            )
        ]
    text = path.read_text(encoding="utf-8", errors="replace")
    return validate_channels(text, shown, list(inputs.languages))


def _source_doc(doc_id: str, text: str, heading_ids) -> SourceDoc:
    pinned, automatic = heading_ids(text) if heading_ids else ((), ())
    return SourceDoc(doc_id, text, pinned, automatic)


def site_findings(
    inputs: SiteInputs,
    heading_ids: Callable[[str], tuple[tuple[str, ...], tuple[str, ...]]] | None = None,
) -> list[Finding]:
    """Every site-wide finding. ``heading_ids`` reads a file's (pinned, automatic) heading ids, for heading-id
    drift; the build leaves it out because it compares the ids of the pages it renders
    (helpcenter/adapter/steps/translations.py)."""
    return check_site(inputs, heading_ids)[0]


def check_site(
    inputs: SiteInputs,
    heading_ids=None,
    support: list[Finding] | None = None,
    snapshot: TreeSnapshot | None = None,
) -> tuple[list[Finding], Report | None]:
    """``site_findings``, and the translation report they were made from (the build's notices use it too).

    ``support``: the support channels' findings when the caller knows them already (the live preview, between
    two edits of content, where the channels file did not change); ``snapshot``: the files as the preview knows them."""
    findings = layout_findings(inputs)
    if findings:
        return findings, None
    tree = read_tree(inputs.docs_dir, list(inputs.languages), snapshot)
    docs_prefix = _shown(inputs.docs_dir, inputs.root)
    doc_ids = {lang: set(pages) for lang, pages in tree.items()}
    findings += language_folder_findings(inputs)
    findings += generated_page_findings(doc_ids, inputs.default_language, docs_prefix)
    findings += critical_category_findings(inputs, doc_ids.get(inputs.default_language, set()))
    docs = {lang: {d: _source_doc(d, text, heading_ids) for d, text in pages.items()} for lang, pages in tree.items()}
    report = build_report(inputs.default_language, docs, inputs.languages)
    findings += translation_findings(report, inputs.policy, docs_prefix=docs_prefix)
    findings += strings_findings(list(inputs.languages), inputs.ui_strings, inputs.root)
    findings += support_findings(inputs) if support is None else support
    return sort_findings(findings), report
