"""The support channels file, and the contact and verify pages' data.

Reads the channels file (`extra.helpcenter.support_channels`, relative to mkdocs.yml; optional), and puts a plain
SupportContext into the page context as ``support`` on the pages that use it. Its findings are site-wide ones
(helpcenter.site_checks), logged once by the validation step like scripts/check.py prints them; a file with errors
shows no channels.
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.adapter.i18n import build_language, doc_id_of, helpcenter_settings, ui_strings
from helpcenter.adapter.site_config import languages_of, support_channels_file
from helpcenter.content.findings import Severity
from helpcenter.publish.support.pages import build_support_context, load_channels
from helpcenter.publish.support.schema import text_language, validate

CONTACT_DOC_ID = "contact.md"
VERIFY_DOC_ID = "verify.md"
PAGES_WITH_SUPPORT = (CONTACT_DOC_ID, VERIFY_DOC_ID)


def _display_path(path: Path, config) -> str:
    root = Path(config.config_file_path).resolve().parent
    path = path.resolve()
    return path.relative_to(root).as_posix() if path.is_relative_to(root) else path.as_posix()


class Steps:
    def __init__(self, build, config):
        self.data: dict | None = None
        self.language = "en"
        self.urls: dict[str, str] = {}
        self.home_url = ""
        languages, self.default = languages_of(config)
        # the article the chooser sends readers to first when their account may be compromised (optional)
        self.freeze_doc_id = str(helpcenter_settings(config).get("freeze_article") or "")
        path, _named = support_channels_file(config)
        if path is None or not path.exists():
            return  # a missing named file is a finding of helpcenter.site_checks, logged by the validation step
        text = path.read_text(encoding="utf-8", errors="replace")
        # the findings themselves are logged with the other site-wide ones; an invalid file shows no channels
        if all(f.severity is Severity.INFO for f in validate(text, _display_path(path, config), languages)):
            self.data = load_channels(text)

    def on_files(self, files, config):
        self.language = build_language(config)
        self.urls = {}
        # every page, excluded ones too: in a parallel build another worker renders the article, the link holds
        for file in files.documentation_pages(inclusion=lambda _level: True):
            doc_id = doc_id_of(file)
            if doc_id in (CONTACT_DOC_ID, VERIFY_DOC_ID, self.freeze_doc_id, "index.md"):
                self.urls[doc_id] = file.url
        self.home_url = self.urls.get("index.md", "")
        return files

    def on_page_context(self, context, page, config, nav):
        doc_id = doc_id_of(page.file)
        if doc_id not in PAGES_WITH_SUPPORT or self.data is None:
            return context
        strings = ui_strings(config, self.language)
        context["support"] = build_support_context(
            self.data,
            text_language(self.data, self.language, self.default),
            strings,
            home_url=self.home_url,
            freeze_url=self.urls.get(self.freeze_doc_id, ""),
            verify_url=self.urls.get(VERIFY_DOC_ID, ""),
            contact_url=self.urls.get(CONTACT_DOC_ID, ""),
        )
        return context
