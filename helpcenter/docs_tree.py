"""Reading the content tree: the Markdown files of each language folder below docs/."""

from __future__ import annotations

from pathlib import Path


def read_tree(docs_dir: Path, languages: list[str]) -> dict[str, dict[str, str]]:
    """``{language: {doc_id: text}}`` for every ``docs/<language>/**/*.md``."""
    tree: dict[str, dict[str, str]] = {}
    for lang in languages:
        root = docs_dir / lang
        tree[lang] = (
            {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8") for p in sorted(root.rglob("*.md"))}
            if root.exists()
            else {}
        )
    return tree
