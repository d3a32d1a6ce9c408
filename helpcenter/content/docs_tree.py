"""Reading the content tree: the Markdown files of each language folder below docs/.

A file that is not UTF-8 never stops a reader: ``decode`` returns its text read in the encoding it most likely
has, and says where the first invalid byte is, so the checks report it (HC120) with the file, the line and the
likely encoding instead of a UnicodeDecodeError.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Undecodable:
    """Where a file stops being UTF-8, and the encoding it is most likely in ('' when unknown)."""

    line: int
    col: int
    encoding: str

    def describe(self) -> str:
        likely = f"; it looks like {self.encoding}" if self.encoding else ""
        return f"the file is not UTF-8 (invalid byte at line {self.line}, column {self.col}{likely})"


# when charset-normalizer rates several encodings the same (short texts often), the one writers' editors most
# likely saved in: Windows' and ISO's Western European ones first, then the usual legacy ones of other scripts
COMMON_ENCODINGS = (
    "cp1252",
    "latin_1",
    "iso8859_15",
    "cp1250",
    "cp1251",
    "cp932",
    "shift_jis",
    "euc_jp",
    "euc_jis_2004",
    "gb18030",
    "gb2312",
    "big5",
    "euc_kr",
    "cp949",
    "utf_16",
)


# Short texts leave little to tell encodings apart by (a French text read as Baltic cp1257 looks as clean as in
# cp1252, a short Japanese one as Korean cp949): every result about as clean as the best one of its kind (single-
# or multi-byte) is a candidate, and the most common of those is named first.
CHAOS_MARGIN = 0.1
MULTI_BYTE_MARGIN = 0.02
MULTI_BYTE = frozenset(
    {"cp932", "shift_jis", "shift_jis_2004", "euc_jp", "gb18030", "gb2312", "gbk", "big5", "big5hkscs", "cp950"}
    | {"euc_kr", "cp949", "johab", "utf_16", "utf_16_be", "utf_16_le", "utf_32", "utf_8", "hz", "iso2022_jp"}
)


def likely_encoding(data: bytes) -> str:
    """The encoding charset-normalizer finds most likely for ``data``, then up to two it rates about the same."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - installed with the project
        return ""
    results = list(from_bytes(data))
    if not results:
        return ""
    best = results[0]
    multi = best.encoding in MULTI_BYTE
    margin = MULTI_BYTE_MARGIN if multi else CHAOS_MARGIN
    close = [m for m in results if m.chaos <= best.chaos + margin and (m.encoding in MULTI_BYTE) == multi]
    names = list(dict.fromkeys(name for m in close or [best] for name in (m.encoding, *m.could_be_from_charset)))
    names.sort(key=lambda n: COMMON_ENCODINGS.index(n) if n in COMMON_ENCODINGS else len(COMMON_ENCODINGS))
    return " or ".join(names[:3])


def decode(data: bytes) -> tuple[str, Undecodable | None]:
    """``data`` as text: UTF-8 when it is, else read in its likely encoding (or with replacement characters)."""
    try:
        return data.decode("utf-8"), None
    except UnicodeDecodeError as exc:
        before = data[: exc.start]
        line = before.count(b"\n") + 1
        col = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", errors="replace")) + 1
        encoding = likely_encoding(data)
        text = None
        if encoding:
            try:
                text = data.decode(encoding.split(" or ")[0])
            except (LookupError, UnicodeDecodeError):
                text = None
        if text is None:
            text = data.decode("utf-8", errors="replace")
        return text.lstrip("\ufeff") if text.startswith("\ufeff") else text, Undecodable(line, col, encoding)


def read_text(path: Path) -> str:
    """A file's text, whatever its encoding (see ``decode``)."""
    return decode(path.read_bytes())[0]


class LazyTexts(Mapping):
    """File texts by key, each read from disk when asked for.

    Holding every text of a site costs memory in every build process (README, How the build stays linear), and a
    build reads each file only once or twice; the operating system's cache makes the second read cheap.
    ``problem(key)`` says whether a file was not UTF-8.
    """

    def __init__(self, paths: Mapping[Hashable, Path], snapshot: TreeSnapshot | None = None):
        self._paths = dict(paths)
        self._problems: dict[Hashable, Undecodable | None] = {}
        self._snapshot = snapshot

    def __getitem__(self, key) -> str:
        path = self._paths[key]
        known = self._snapshot.texts.get(path) if self._snapshot is not None else None
        if known is None:
            known = decode(path.read_bytes())
            if self._snapshot is not None:
                self._snapshot.texts[path] = known
        text, self._problems[key] = known
        return text

    def problem(self, key) -> Undecodable | None:
        if key not in self._problems:
            self[key]
        return self._problems[key]

    def __contains__(self, key) -> bool:
        return key in self._paths

    def __iter__(self) -> Iterator:
        return iter(self._paths)

    def __len__(self) -> int:
        return len(self._paths)


def problem_of(texts: Mapping, key) -> Undecodable | None:
    """The decoding problem of a file of ``texts`` (texts held in a plain dict have none)."""
    return texts.problem(key) if isinstance(texts, LazyTexts) else None


@dataclass
class TreeSnapshot:
    """Every file below docs/ and the texts read so far, kept between builds by the live preview, which tells it
    what a save changed (``update``): the tree is walked and each file read once per session, not once per save."""

    docs_dir: Path
    files: list[Path]  # sorted
    texts: dict = field(default_factory=dict)  # path -> (text, Undecodable | None)

    def update(self, files: list[Path], changed: set[Path]) -> None:
        self.files = sorted(files)
        for path in changed:
            self.texts.pop(path, None)

    def below(self, folder: Path) -> list[Path]:
        prefix = f"{folder}{os.sep}"
        return [p for p in self.files if str(p).startswith(prefix)]


def read_tree(docs_dir: Path, languages: list[str], snapshot: TreeSnapshot | None = None) -> dict[str, LazyTexts]:
    """``{language: {doc_id: text}}`` for every ``docs/<language>/**/*.md``; texts are read when asked for.

    ``snapshot``: the files as the live preview knows them, instead of a walk of the folders."""
    tree: dict[str, LazyTexts] = {}
    for lang in languages:
        root = docs_dir / lang
        if snapshot is not None:
            found = [p for p in snapshot.below(root) if p.suffix == ".md"]
        else:
            found = [p for p in sorted(root.rglob("*.md")) if p.is_file()] if root.exists() else []
        tree[lang] = LazyTexts({p.relative_to(root).as_posix(): p for p in found}, snapshot)
    return tree
