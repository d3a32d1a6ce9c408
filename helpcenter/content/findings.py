"""The one format every check reports in: ``path:line:col: CODE message. Fix: ...``."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    # worth knowing, never fails a build: a generated page, a default used, English UI strings for a new language
    INFO = "info"


# how a finding reaches MkDocs' logger: `mkdocs build --strict` fails on warnings and errors, never on info
LOG_LEVELS = {Severity.ERROR: logging.ERROR, Severity.WARNING: logging.WARNING, Severity.INFO: logging.INFO}


@dataclass(frozen=True, order=True)
class Finding:
    path: str
    line: int
    col: int
    code: str
    message: str
    fix: str = ""
    severity: Severity = Severity.ERROR

    @property
    def log_level(self) -> int:
        return LOG_LEVELS[self.severity]

    def format(self) -> str:
        text = f"{self.path}:{self.line}:{self.col}: {self.code} {self.message.rstrip('.')}."
        if self.fix:
            text += f" Fix: {self.fix}"
        return text


def sort_findings(findings: list[Finding]) -> list[Finding]:
    return sorted(findings, key=lambda f: (f.path, f.line, f.col, f.code, f.message))


def first_few(names, limit: int = 3) -> str:
    """'a, b, c and 4 more': the first few of many places one finding stands for."""
    names = list(names)
    shown = ", ".join(names[:limit])
    return shown + (f" and {len(names) - limit} more" if len(names) > limit else "")
