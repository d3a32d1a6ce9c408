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
    # keys given twice in one mapping: (line, col, key, line of its first occurrence); YAML keeps the last value
    duplicates: list[tuple[int, int, str, int]] = field(default_factory=list)


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
        duplicates=list(loaded.duplicates),
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
    duplicates: tuple[tuple[int, int, str, int], ...] = ()


# a front matter block is a few keys: more nodes than this, once aliases are expanded, is a mistake or an attack
# (copies of the data would grow exponentially with nested aliases)
MAX_NODES = 10_000


class _TooLarge(Exception):
    pass


def _walk(node, duplicates: list[tuple[int, int, str, int]]) -> None:
    """Find keys repeated in a mapping (at any depth), and refuse recursive or exploding aliases."""
    sizes: dict[int, int] = {}
    on_path: set[int] = set()

    def size(current) -> int:
        key = id(current)
        if key in sizes:
            return sizes[key]
        if key in on_path:
            raise _TooLarge("an alias refers to the value it is part of")
        on_path.add(key)
        total = 1
        if isinstance(current, yaml.MappingNode):
            seen: dict[str, int] = {}
            for key_node, value_node in current.value:
                name = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
                line = key_node.start_mark.line + 2
                if name is not None:
                    if name in seen and name != "<<":
                        duplicates.append((line, key_node.start_mark.column + 1, name, seen[name]))
                    else:
                        seen.setdefault(name, line)
                total += size(key_node) + size(value_node)
        elif isinstance(current, yaml.SequenceNode):
            total += sum(size(item) for item in current.value)
        on_path.discard(key)
        sizes[key] = total
        if total > MAX_NODES:
            raise _TooLarge(f"it expands to more than {MAX_NODES:,} values")
        return total

    size(node)


def _syntax_error(block: str, exc: yaml.YAMLError) -> tuple[int, int, str]:
    mark = getattr(exc, "problem_mark", None) or getattr(exc, "context_mark", None)
    line = mark.line + 2 if mark else 2
    col = mark.column + 1 if mark else 1
    problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
    # a tab in the indentation: YAML's own words ("found character that cannot start any token") do not say so
    for number, text in enumerate(block.split("\n"), start=2):
        indent = text[: len(text) - len(text.lstrip(" \t"))]
        if "\t" in indent and number <= line + 1:
            return (
                number,
                indent.index("\t") + 1,
                "invalid YAML in front matter: a tab indents this line; YAML indents with spaces only",
            )
    return line, col, f"invalid YAML in front matter: {problem}"


@lru_cache(maxsize=32_768)
def load_block(block: str) -> Block:
    """A front matter block (the lines between the fences, each with its newline), lines counted from the file's
    first. Cached: a build reads each file's front matter several times (MkDocs, catalog, translations, checks),
    and YAML construction is pure Python even with the C loader."""
    key_lines: dict[str, int] = {}
    item_lines: dict[str, list[int]] = {}
    duplicates: list[tuple[int, int, str, int]] = []
    kind = MAPPING
    try:
        # one parse: the node tree gives the lines, and the data is constructed from the same tree
        loader = YamlLoader(block)
        try:
            node = loader.get_single_node()
            if node is not None:
                _walk(node, duplicates)
            try:
                data = loader.construct_document(node) if node is not None else None
            except ValueError:  # a date-like value that is not a date, e.g. 2026-13-01
                data = yaml.load(block, Loader=_TextDatesLoader)
                kind = TEXT_DATES
        finally:
            loader.dispose()
    except yaml.YAMLError as exc:
        return Block({}, key_lines, item_lines, _syntax_error(block, exc), INVALID)
    except _TooLarge as exc:
        return Block({}, key_lines, item_lines, (2, 1, f"front matter cannot be read: {exc}"), INVALID)
    except (RecursionError, MemoryError):
        return Block({}, key_lines, item_lines, (2, 1, "front matter is nested too deeply to read"), INVALID)
    except Exception as exc:  # noqa: BLE001 - a tagged value YAML cannot build (!!int abc, !!timestamp x)
        return Block({}, key_lines, item_lines, (2, 1, f"invalid YAML in front matter: {exc}"), INVALID)
    if data is None:
        return Block({}, key_lines, item_lines, None, EMPTY)
    if not isinstance(data, dict):
        return Block({}, key_lines, item_lines, (2, 1, "front matter must be a mapping of keys to values"), NOT_MAPPING)
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key_lines[str(key_node.value)] = key_node.start_mark.line + 2
            if isinstance(value_node, yaml.SequenceNode):
                item_lines[str(key_node.value)] = [item.start_mark.line + 2 for item in value_node.value]
    return Block(data, key_lines, item_lines, None, kind, tuple(duplicates))
