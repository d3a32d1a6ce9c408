"""What one hook computes per language build and another needs: shared within one build process.

MkDocs (with static-i18n) builds one language at a time, so "the current build" is always one language. Hooks
publish here instead of importing each other (MkDocs loads hooks as loose modules).
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class BuildState:
    catalogs: dict = field(default_factory=dict)  # language -> helpcenter.content.catalog.Catalog
    announcements: dict = field(default_factory=dict)  # language -> [helpcenter.publish.announcements.Announcement]
    translation_report: object | None = None  # helpcenter.content.translations.Report


_state = BuildState()


def reset() -> None:
    global _state
    _state = BuildState()


def state() -> BuildState:
    return _state
