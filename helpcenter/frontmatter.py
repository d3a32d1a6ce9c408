"""Split a Markdown file into YAML front matter and body, keeping line numbers.

MkDocs swallows invalid YAML silently (mkdocs/utils/meta.py) and then publishes the broken block as text,
so the help center parses front matter itself and reports syntax errors with their line.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from typing import NamedTuple

import yaml

try:  # the C loader is several times faster on large sites
    from yaml import CSafeLoader as YamlLoader
except ImportError:  # pragma: no cover - depends on how PyYAML was built
    from yaml import SafeLoader as YamlLoader

FENCE = "---"


class _TextDatesLoader(YamlLoader):
    """Reads dates as text: used when a date-like value is not a real date (2026-13-01), so that the schema can
    report it at its own line instead of the whole block failing to load."""


_TextDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in YamlLoader.yaml_implicit_resolvers.items()
}


@dataclass
class FrontMatter:
    meta: dict
    body: str
    # 1-based line of the first body line in the file
    body_line: int
    # 1-based line of each top-level key, and of each item of a top-level list, for messages
    key_lines: dict[str, int] = field(default_factory=dict)
    item_lines: dict[str, list[int]] = field(default_factory=dict)
    # (line, col, message) of a YAML syntax error, if any
    error: tuple[int, int, str] | None = None
    has_block: bool = False


def parse(text: str) -> FrontMatter:
    """Parse ``text``; never raises on bad YAML, reports it in ``error`` instead."""
    if text.startswith("\ufeff"):
        text = text[1:]
    lines = text.split("\n")
    if not lines or lines[0].rstrip() != FENCE:
        return FrontMatter(meta={}, body=text, body_line=1)
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (FENCE, "...")), None)
    if end is None:
        return FrontMatter(
            meta={},
            body=text,
            body_line=1,
            error=(1, 1, "front matter starts with '---' but has no closing '---' line"),
            has_block=True,
        )
    # with the newline before the closing fence, as MkDocs reads it: a block scalar ending the front matter keeps
    # its final newline in both, and MkDocs' own read of the page is the same cached load (markdown_page.py)
    block = "\n".join(lines[1:end]) + "\n"
    body = "\n".join(lines[end + 1 :])
    loaded = load_block(block)
    # copies: a caller may change its own meta without changing what the next parse of the same block returns
    return FrontMatter(
        meta=copy_data(loaded.meta) if loaded.kind in (MAPPING, TEXT_DATES) else {},
        body=body,
        body_line=end + 2,
        key_lines=dict(loaded.key_lines),
        item_lines={key: list(numbers) for key, numbers in loaded.item_lines.items()},
        error=loaded.error,
        has_block=True,
    )


def copy_data(value):
    """A copy of YAML data deep enough that no list or mapping is shared (scalars and dates are immutable)."""
    if isinstance(value, dict):
        return {key: copy_data(item) for key, item in value.items()}
    if isinstance(value, list):
        return [copy_data(item) for item in value]
    return value


# what a front matter block held
MAPPING, EMPTY, NOT_MAPPING, TEXT_DATES, INVALID = "mapping", "empty", "not a mapping", "text dates", "invalid"


class Block(NamedTuple):
    meta: object
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]]
    error: tuple[int, int, str] | None
    kind: str


@lru_cache(maxsize=32_768)
def load_block(block: str) -> Block:
    """A front matter block (the lines between the fences, each with its newline), lines counted from the file's
    first. Cached: a build reads each file's front matter several times (MkDocs, catalog, translations, checks),
    and YAML construction is pure Python even with the C loader."""
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    kind = MAPPING
    try:
        # one parse: the node tree gives the lines, and the data is constructed from the same tree
        loader = YamlLoader(block)
        try:
            node = loader.get_single_node()
            try:
                data = loader.construct_document(node) if node is not None else None
            except ValueError:  # a date-like value that is not a date, e.g. 2026-13-01
                data = yaml.load(block, Loader=_TextDatesLoader)
                kind = TEXT_DATES
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
        line = mark.line + 2 if mark else 2
        col = mark.column + 1 if mark else 1
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        return Block({}, key_lines, item_lines, (line, col, f"invalid YAML in front matter: {problem}"), INVALID)
    if data is None:
        return Block({}, key_lines, item_lines, None, EMPTY)
    if not isinstance(data, dict):
        return Block({}, key_lines, item_lines, (2, 1, "front matter must be a mapping of keys to values"), NOT_MAPPING)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key_node.value)] = [item.start_mark.line + 2 for item in value_node.value]
    return Block(data, key_lines, item_lines, None, kind)
