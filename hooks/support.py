"""MkDocs hook: validate the support channels file and give the contact and verify pages their data.

Thin by design: reads the channels file (`extra.helpcenter.support_channels`, relative to mkdocs.yml; optional),
and puts a plain SupportContext into the page context as ``support`` on the pages that use it. Its findings are
site-wide ones (helpcenter.site_checks), logged once by hooks/validation.py like scripts/check.py prints them; a
file with errors shows no channels.
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter.i18n import build_language, doc_id_of, helpcenter_settings, starts_new_build, ui_strings
from helpcenter.adapter.site_config import languages_of, support_channels_file
from helpcenter.content.findings import Severity
from helpcenter.publish.support.pages import build_support_context, load_channels
from helpcenter.publish.support.schema import text_language, validate

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
    path, _named = support_channels_file(config)
    if path is None or not path.exists():
        return config  # a missing named file is a finding of helpcenter.site_checks, logged by hooks/validation.py
    text = path.read_text(encoding="utf-8", errors="replace")
    # the findings themselves are logged with the other site-wide ones; an invalid file shows no channels
    if all(f.severity is Severity.INFO for f in validate(text, _display_path(path, config), languages)):
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
