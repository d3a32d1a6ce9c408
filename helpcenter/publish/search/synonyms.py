"""Synonym groups for one language from the glossary: every variant of a concept in the reader's language."""

from __future__ import annotations

from pathlib import Path

import yaml


def synonym_groups(glossary: dict, language: str) -> list[list[str]]:
    """Variants per term, preferred first; terms with a single variant have nothing to expand."""
    groups = []
    for term in glossary.get("terms") or []:
        variants = [str(v) for v in term.get(language) or [] if str(v).strip()]
        if len(variants) > 1:
            groups.append(variants)
    return groups


def load_glossary(path: Path) -> dict:
    if not path.exists():
        return {}
    return yaml.safe_load(path.read_text(encoding="utf-8")) or {}
