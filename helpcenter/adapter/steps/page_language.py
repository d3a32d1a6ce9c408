"""Every page speaks its language to browsers and assistive technology, whatever the code.

- Material's UI language (``partials/languages/<code>.html``) is the nearest one it ships (zh-CN -> zh, pt-PT -> pt),
  English when none is near: a code Material lacks never ends in TemplateNotFound.
- ``<html lang dir>`` carries the site's own BCP 47 code and direction (Material writes its template's code on
  ``<html>`` and the direction on ``<body>`` only), so an Arabic page is ``<html lang="ar" dir="rtl">``.
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.adapter.i18n import build_language, doc_id_of
from helpcenter.content.languages import direction, material_language
from helpcenter.publish.page_language import with_document_language

FALLBACK_UI_LANGUAGE = "en"
HOME_DOC_ID = "index.md"


def _material_languages(config) -> frozenset[str]:
    found = set()
    for folder in config.theme.dirs:
        found |= {p.stem for p in (Path(folder) / "partials" / "languages").glob("*.html")}
    return frozenset(found)


class Steps:
    def __init__(self, build, config):
        pass

    def on_config(self, config):
        # after static-i18n set theme.language to the language being built
        language = build_language(config)
        config.theme["language"] = material_language(language, _material_languages(config)) or FALLBACK_UI_LANGUAGE
        config.theme["direction"] = direction(language)
        return config

    def on_nav(self, nav, config, files):
        # before static-i18n's on_nav, which looks for the language's home page: static-i18n finds it only inside a
        # section titled like its code ("Zh-cn"); MkDocs titles the folder zh-CN "zh CN", so region and script codes
        # got "Could not find a homepage" although the page exists
        if nav.homepage is None:
            home = next((f.page for f in files.documentation_pages() if doc_id_of(f) == HOME_DOC_ID), None)
            if home is not None:
                nav.homepage = home
        return nav

    def on_post_page(self, output, page, config):
        language = build_language(config)
        return with_document_language(output, language, direction(language))

    def on_post_template(self, output_content, template_name, config):
        if not template_name.endswith(".html"):
            return output_content
        language = build_language(config)
        return with_document_language(output_content, language, direction(language))
