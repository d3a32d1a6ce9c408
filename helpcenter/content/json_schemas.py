"""The help center's JSON Schemas: data files in helpcenter/schemas/ (package data), read here.

Every schema is JSON Schema draft 2020-12 and is validated with ``jsonschema``. Front matter
(``front-matter.schema.json``), the support channels file (``support-channels.schema.json``), the announcement
settings (``announcement-settings.schema.json``) and the JSON API's output (``api-*.schema.json``) each have one.
A ``$ref`` may point into another file of the folder (``front-matter.schema.json#/$defs/announcement-type``):
:func:`load` inlines every reference, so the result stands alone (the API publishes its schemas on the site).

The checks report every error of a file at once (``iter_errors``) and turn each into a ``path:line:col`` finding
with the line of the offending key; the rules a schema cannot say (references between entries, files that must
exist) are code that runs after the schema. Valid input passes a check compiled from the same schema
(helpcenter/content/schema_check.py) first, so jsonschema is imported only when some input is not valid.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Mapping
from functools import cache
from pathlib import Path

from helpcenter.content.schema_check import TYPES

SCHEMAS_DIR = Path(__file__).resolve().parent.parent / "schemas"
SUFFIX = ".schema.json"
DIALECT = "https://json-schema.org/draft/2020-12/schema"
_ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}", re.ASCII)


def names() -> list[str]:
    """The schemas in the folder, by name (file name without ``.schema.json``)."""
    return sorted(p.name.removesuffix(SUFFIX) for p in SCHEMAS_DIR.glob(f"*{SUFFIX}"))


@cache
def _read(name: str) -> dict:
    return json.loads((SCHEMAS_DIR / f"{name}{SUFFIX}").read_text(encoding="utf-8"))


def document(name: str) -> dict:
    """One schema file as written (references not inlined); a copy the caller may change."""
    return copy.deepcopy(_read(name))


def _pointer(data: dict, pointer: str):
    node = data
    for part in [p for p in pointer.lstrip("/").split("/") if p]:
        node = node[part.replace("~1", "/").replace("~0", "~")]
    return node


def _inline(node, name: str, seen: tuple[str, ...] = (), own: dict | None = None):
    """``node`` with its references inlined; ``own``: the document ``#...`` refers to when it is not file ``name``."""
    if isinstance(node, list):
        return [_inline(item, name, seen, own) for item in node]
    if not isinstance(node, dict):
        return node
    if isinstance(node.get("$ref"), str):
        ref = node["$ref"]
        target_file, _, pointer = ref.partition("#")
        target_name = target_file.removesuffix(SUFFIX) if target_file else name
        key = f"{target_name}#{pointer}"
        if key in seen:
            raise ValueError(f"schema {name}: $ref {ref} refers to itself")
        target_own = own if not target_file else None
        target_doc = target_own if target_own is not None else _read(target_name)
        target = _inline(_pointer(target_doc, pointer), target_name, (*seen, key), target_own)
        rest = {k: _inline(v, name, seen, own) for k, v in node.items() if k != "$ref"}
        return {**target, **rest}
    return {key: _inline(value, name, seen, own) for key, value in node.items()}


def inline(document: dict) -> dict:
    """A schema document changed in code (``document``'s copy) with every ``$ref`` inlined: ``#...`` into itself,
    ``other.schema.json#...`` into that file of the folder."""
    data = _inline(document, "(document)", own=document)
    data.pop("$defs", None)
    return data


@cache
def _loaded(name: str) -> dict:
    data = _inline(_read(name), name)
    data.pop("$defs", None)  # every reference is inlined: the definitions are not needed any more
    return data


def load(name: str) -> dict:
    """One schema with every ``$ref`` (in its own file or another) inlined; a copy the caller may change."""
    return copy.deepcopy(_loaded(name))


def definition(name: str, key: str) -> dict:
    """One entry of a schema's ``$defs``, its references inlined (a copy)."""
    return copy.deepcopy(_inline(_read(name)["$defs"][key], name))


def is_iso_date(value: object) -> bool:
    """A calendar date written ``YYYY-MM-DD`` (JSON Schema's ``format: date``, strictly: no time, no week dates)."""
    if not isinstance(value, str) or not _ISO_DATE.fullmatch(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


@cache
def validator_class():
    """jsonschema's draft 2020-12 validator as the help center's YAML inputs are read: a whole number is a Python
    int (schema_check.TYPES, the compiled checks' own). Imported on first use: only input that fails its compiled
    check needs it."""
    from jsonschema import Draft202012Validator, validators  # noqa: PLC0415 - see the docstring

    integer = Draft202012Validator.TYPE_CHECKER.redefine("integer", lambda _checker, value: TYPES["integer"](value))
    return validators.extend(Draft202012Validator, type_checker=integer)


def format_checker(checks: Mapping[str, Callable[[object], bool]]):
    """jsonschema's format checker for exactly these formats, by name: the functions the compiled checks use."""
    from jsonschema import FormatChecker  # noqa: PLC0415 - see validator_class

    checker = FormatChecker(formats=())
    for name, check in checks.items():
        checker.checks(name)(check)
    return checker
