"""The document language of a rendered page: ``<html lang dir>``."""

from __future__ import annotations

import re
from html import escape

# the root element Material's base.html writes: <html lang="xx" class="no-js">; only the first tag is touched
_HTML_TAG = re.compile(r"<html\b[^>]*>", re.IGNORECASE)
_LANG_OR_DIR = re.compile(r"""\s(?:lang|dir)\s*=\s*(?:"[^"]*"|'[^']*'|[^\s>]+)""", re.IGNORECASE)


def with_document_language(html: str, language: str, direction: str) -> str:
    """``html`` with its root element's ``lang`` and ``dir`` set to the site language's code and direction."""
    match = _HTML_TAG.search(html)
    if match is None:
        return html
    rest = _LANG_OR_DIR.sub("", match.group(0)[len("<html") : -1])
    tag = f'<html lang="{escape(language)}" dir="{escape(direction)}"{rest}>'
    return html[: match.start()] + tag + html[match.end() :]
