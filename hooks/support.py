"""MkDocs hook: validate the support channels file and give the contact and verify pages their data.

Thin by design: reads data/support-channels.yml (or `extra.helpcenter.support_channels`, relative to mkdocs.yml),
validates it with helpcenter.support.schema, logs each finding so `mkdocs build --strict` fails, and puts a
plain SupportContext into the page context as ``support`` on the pages that use it.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority


from helpcenter.i18n import build_language, doc_id_of, starts_new_build
from helpcenter.site_config import languages_of
from helpcenter.strings import load_strings
from helpcenter.support.pages import build_support_context, load_channels
from helpcenter.support.schema import validate

log = logging.getLogger("mkdocs.plugins.hc.support")

DEFAULT_FILE = Path(__file__).resolve().parent.parent / "data" / "support-channels.yml"
CONTACT_DOC_ID = "contact.md"
VERIFY_DOC_ID = "verify.md"
FREEZE_DOC_ID = "security/freeze-account.md"
PAGES_WITH_SUPPORT = (CONTACT_DOC_ID, VERIFY_DOC_ID)


class _Build:
    """State of one top-level build (all its languages); reset when a new one starts."""

    def __init__(self):
        self.data: dict | None = None
        self.language = "en"
        self.urls: dict[str, str] = {}
        self.home_url = ""


_build = _Build()


def _settings(config) -> dict:
    extra = config.extra.get("helpcenter") if hasattr(config.extra, "get") else None
    return extra if isinstance(extra, dict) else {}


def _channels_file(config) -> Path:
    configured = _settings(config).get("support_channels")
    if not configured:
        return DEFAULT_FILE
    path = Path(configured)
    return path if path.is_absolute() else Path(config.config_file_path).parent / path


def _display_path(path: Path, config) -> str:
    root = Path(config.config_file_path).resolve().parent
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


def on_config(config):
    global _build
    if not starts_new_build(config):
        return config
    _build = _Build()
    path = _channels_file(config)
    shown = _display_path(path, config)
    if not path.exists():
        log.error(f"{shown}:1:1: SUP102 the support channels file is missing. Fix: create it or fix the path")
        return config
    text = path.read_text(encoding="utf-8")
    findings = validate(text, shown, languages_of(config)[0])
    for finding in findings:
        log.log(finding.log_level, finding.format())
    if not findings:
        _build.data = load_channels(text)
    return config


@event_priority(-110)
def on_files(files, config):
    _build.language = build_language(config)
    _build.urls = {}
    # every page, excluded ones too: in a parallel build another worker renders the article, the link still holds
    for file in files.documentation_pages(inclusion=lambda _level: True):
        doc_id = doc_id_of(file)
        if doc_id in (CONTACT_DOC_ID, VERIFY_DOC_ID, FREEZE_DOC_ID, "index.md"):
            _build.urls[doc_id] = file.url
    _build.home_url = _build.urls.get("index.md", "")
    return files


def on_page_context(context, page, config, nav):
    doc_id = doc_id_of(page.file)
    if doc_id not in PAGES_WITH_SUPPORT or _build.data is None:
        return context
    strings = load_strings(_build.language)
    context["support"] = build_support_context(
        _build.data,
        _build.language,
        strings,
        home_url=_build.home_url,
        freeze_url=_build.urls.get(FREEZE_DOC_ID, ""),
        verify_url=_build.urls.get(VERIFY_DOC_ID, ""),
        contact_url=_build.urls.get(CONTACT_DOC_ID, ""),
    )
    return context
