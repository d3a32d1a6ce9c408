"""Reading the content tree: the Markdown files of each language folder below docs/."""

from __future__ import annotations

from collections.abc import Hashable, Iterator, Mapping
from pathlib import Path


class LazyTexts(Mapping):
    """File texts by key, each read from disk when asked for.

    Holding every text of a site costs memory in every build process (about 70 MB at 5 x 2,000 articles), and a
    build reads each file only once or twice; the operating system's cache makes the second read cheap.
    """

    def __init__(self, paths: Mapping[Hashable, Path]):
        self._paths = dict(paths)

    def __getitem__(self, key) -> str:
        return self._paths[key].read_text(encoding="utf-8")

    def __contains__(self, key) -> bool:
        return key in self._paths

    def __iter__(self) -> Iterator:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def read_tree(docs_dir: Path, languages: list[str]) -> dict[str, LazyTexts]:
    """``{language: {doc_id: text}}`` for every ``docs/<language>/**/*.md``; texts are read when asked for."""
    tree: dict[str, LazyTexts] = {}
    for lang in languages:
        root = docs_dir / lang
        paths = {p.relative_to(root).as_posix(): p for p in sorted(root.rglob("*.md"))} if root.exists() else {}
        tree[lang] = LazyTexts(paths)
    return tree
