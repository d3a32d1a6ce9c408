"""MkDocs hook: validate the support channels file and give the contact and verify pages their data.

Thin by design: reads data/support-channels.yml (or `extra.helpcenter.support_channels`, relative to mkdocs.yml),
validates it with helpcenter.support.schema, logs each finding so `mkdocs build --strict` fails, and puts a
plain SupportContext into the page context as ``support`` on the pages that use it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.findings import Finding, Severity
from helpcenter.i18n import build_language, doc_id_of, helpcenter_settings, project_path, starts_new_build, ui_strings
from helpcenter.site_config import languages_of
from helpcenter.support.pages import build_support_context, load_channels
from helpcenter.support.schema import text_language, validate

log = logging.getLogger("mkdocs.plugins.hc.support")

# where the adopter's channels file is looked for when extra.helpcenter.support_channels does not name one
DEFAULT_FILE = "data/support-channels.yml"
CONTACT_DOC_ID = "contact.md"
VERIFY_DOC_ID = "verify.md"
PAGES_WITH_SUPPORT = (CONTACT_DOC_ID, VERIFY_DOC_ID)


class _Build:
    """State of one top-level build (all its languages); reset when a new one starts."""

    def __init__(self):
        self.data: dict | None = None
        self.language = "en"
        self.default = "en"
        self.urls: dict[str, str] = {}
        self.home_url = ""
        # the article the chooser sends readers to first when their account may be compromised (optional)
        self.freeze_doc_id = ""


_build = _Build()


def _channels_file(config) -> tuple[Path | None, bool]:
    """The channels file and whether the adopter named it (a named file must exist; the default one may not)."""
    configured = helpcenter_settings(config).get("support_channels")
    if configured:
        return project_path(config, str(configured)), True
    if configured is not None:  # set to an empty value: the site has no channels file
        return None, False
    return project_path(config, DEFAULT_FILE), False


def _display_path(path: Path, config) -> str:
    root = Path(config.config_file_path).resolve().parent
    path = path.resolve()
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def on_config(config):
    global _build
    if not starts_new_build(config):
        return config
    _build = _Build()
    languages, _build.default = languages_of(config)
    _build.freeze_doc_id = str(helpcenter_settings(config).get("freeze_article") or "")
    path, named = _channels_file(config)
    if path is None or not path.exists():
        if named:
            shown = _display_path(path, config)
            finding = Finding(
                shown, 1, 1, "SUP102", "the support channels file is missing",
                f"create {shown}, or remove extra.helpcenter.support_channels from mkdocs.yml",
            )  # fmt: skip
            log.log(finding.log_level, finding.format())
        return config
    shown = _display_path(path, config)
    text = path.read_text(encoding="utf-8", errors="replace")
    findings = validate(text, shown, languages)
    for finding in findings:
        log.log(finding.log_level, finding.format())
    if not any(f.severity is not Severity.INFO for f in findings):
        _build.data = load_channels(text)
    return config


@event_priority(-110)
def on_files(files, config):
    _build.language = build_language(config)
    _build.urls = {}
    # every page, excluded ones too: in a parallel build another worker renders the article, the link still holds
    for file in files.documentation_pages(inclusion=lambda _level: True):
        doc_id = doc_id_of(file)
        if doc_id in (CONTACT_DOC_ID, VERIFY_DOC_ID, _build.freeze_doc_id, "index.md"):
            _build.urls[doc_id] = file.url
    _build.home_url = _build.urls.get("index.md", "")
    return files


def on_page_context(context, page, config, nav):
    doc_id = doc_id_of(page.file)
    if doc_id not in PAGES_WITH_SUPPORT or _build.data is None:
        return context
    strings = ui_strings(config, _build.language)
    context["support"] = build_support_context(
        _build.data,
        text_language(_build.data, _build.language, _build.default),
        strings,
        home_url=_build.home_url,
        freeze_url=_build.urls.get(_build.freeze_doc_id, ""),
        verify_url=_build.urls.get(VERIFY_DOC_ID, ""),
        contact_url=_build.urls.get(CONTACT_DOC_ID, ""),
    )
    return context
