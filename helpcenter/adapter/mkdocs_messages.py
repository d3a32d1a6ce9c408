"""MkDocs' own content warnings, relayed in the help center's format: ``docs/<lang>/page.md:line:col: HC506 ...``.

MkDocs names a page by its path below docs/ (``Doc file 'en/x.md' contains a link ...``) and static-i18n builds
each language in turn, so the same message came once per language build that renders the page. Relayed, it names
the file as every other finding does, points at the link's line, and is said once per build. A missing link target
or anchor is left to the content checks, which report it at the same line (HC201-HC203): one cause, one line.

Knows the wording of MkDocs 1.6.1's messages (mkdocs/structure/pages.py and nav.py); a test holds them.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

CODE = "HC506"
# "Doc file 'en/x.md' contains a link 'y.md', but the target 'en/y.md' is not found among documentation files."
_DOC_FILE = re.compile(r"^Doc file '(?P<src>[^']+)' (?P<rest>.+?)\.?$", re.DOTALL)
_QUOTED_LINK = re.compile(r"(?:link|reference) '(?P<href>[^']*)'")
LOGGERS = ("mkdocs.structure.pages", "mkdocs.structure.nav")
# What the help center's own content checks report about the same link at its line (HC201 missing or outside
# target, HC202/HC203 missing anchor): MkDocs saying it too would print one cause twice.
_TOLD_BY_OUR_CHECKS = (
    re.compile(r"contains a link '[^']*', but the target '[^']*' is not found among documentation files"),
    re.compile(r"contains a link '[^']*', but there is no such anchor on this page"),
    re.compile(r"contains a link '[^']*', but the doc '[^']*' does not contain an anchor"),
)


def told_by_our_checks(message: str) -> bool:
    return any(pattern.search(message) for pattern in _TOLD_BY_OUR_CHECKS)


def relayed(message: str, docs_prefix: str, read_text) -> str | None:
    """The message in the help center's format, or None when it is not about one page.

    ``read_text(src)`` returns the page's text below docs/ (or None), to find the link's line and column.
    """
    match = _DOC_FILE.match(message.strip())
    if match is None:
        return None
    src, rest = match.group("src"), match.group("rest")
    line, col = 1, 1
    link = _QUOTED_LINK.search(rest)
    text = read_text(src) if link else None
    if link and text:
        position = text.find(link.group("href"))
        if position >= 0:
            line = text.count("\n", 0, position) + 1
            col = position - (text.rfind("\n", 0, position) + 1) + 1
    fix = "fix the link: a relative path to a .md file or image below docs/<lang>/ (see the HC2xx finding, if any)"
    return f"{docs_prefix}/{src}:{line}:{col}: {CODE} MkDocs: {rest[:1].lower()}{rest[1:]}. Fix: {fix}"


class RelayFilter(logging.Filter):
    """Rewrites MkDocs' page messages as findings and drops a repeat within one build."""

    def __init__(self, docs_dir: Path, docs_prefix: str):
        super().__init__()
        self.docs_dir, self.docs_prefix = docs_dir, docs_prefix
        self.seen: set[str] = set()

    def _read(self, src: str) -> str | None:
        try:
            return (self.docs_dir / src).read_text(encoding="utf-8", errors="replace")
        except OSError:
            return None

    def filter(self, record: logging.LogRecord) -> bool:
        if record.levelno < logging.WARNING:
            return True
        message = record.getMessage()
        text = relayed(message, self.docs_prefix, self._read)
        if text is None:
            return True
        if told_by_our_checks(message):
            return False  # the content checks name the same link at its line (helpcenter/adapter/steps/validation.py)
        if text in self.seen:
            return False
        self.seen.add(text)
        record.msg, record.args = text, ()
        return True


def install(docs_dir: Path, docs_prefix: str) -> RelayFilter:
    """One filter on MkDocs' page and navigation loggers, replacing the one a previous build installed."""
    relay = RelayFilter(docs_dir, docs_prefix)
    for name in LOGGERS:
        logger = logging.getLogger(name)
        for old in [f for f in logger.filters if isinstance(f, RelayFilter)]:
            logger.removeFilter(old)
        logger.addFilter(relay)
    return relay
