"""data/support-channels.yml against its JSON Schema (helpcenter/schemas/support-channels.schema.json), with
``path:line:col`` findings.

The file is composed as a YAML node tree (``yaml.compose``) and turned into plain data that remembers the node of
every value and key, so each error ``jsonschema`` reports (all of them, ``iter_errors``) points at the line and
column of the offending key or value. A check compiled from the same schema passes a valid file first
(helpcenter/content/schema_check.py), so jsonschema is imported only for a file with a mistake. The schema says
the structure; the rules it cannot say (references between sections, overlapping hours, unique ids, the contact
field each kind needs) run on the same nodes afterwards.
"""

from __future__ import annotations

import copy
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

import yaml
from yaml.constructor import SafeConstructor
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from helpcenter.content import json_schemas
from helpcenter.content.findings import Finding, Severity, sort_findings
from helpcenter.content.schema_check import compile_check

if TYPE_CHECKING:
    from jsonschema import ValidationError

SCHEMA_NAME = "support-channels"
_DOCUMENT = json_schemas.document(SCHEMA_NAME)
_DEFS = _DOCUMENT["$defs"]

CHANNEL_KINDS = tuple(_DEFS["channel"]["properties"]["kind"]["enum"])
SOCIAL_NETWORKS = tuple(
    _DOCUMENT["properties"]["official"]["properties"]["social"]["items"]["properties"]["network"]["enum"]
)
WEEKDAYS = tuple(_DEFS["weekday"]["enum"])
MAX_VIP_TIER = _DEFS["channel"]["properties"]["min_vip_tier"]["maximum"]

# Codes, one per kind of problem: tests and writers can rely on them.
YAML_ERROR = "SUP100"
WRONG_TYPE = "SUP101"
MISSING_KEY = "SUP102"
UNKNOWN_KEY = "SUP103"
BAD_VALUE = "SUP104"
UNKNOWN_KIND = "SUP110"
MISSING_TRANSLATION = "SUP120"
UNDECLARED_LANGUAGE = "SUP121"
BAD_TIME_ZONE = "SUP130"
BAD_TIME = "SUP131"
OVERLAPPING_HOURS = "SUP132"
EMPTY_HOURS = "SUP133"
UNKNOWN_REFERENCE = "SUP140"
DUPLICATE_ID = "SUP141"

# the code of a value that is not one of a list, by the list's title (others: BAD_VALUE)
_ENUM_CODES = {"channel kind": UNKNOWN_KIND}

# which contact field each kind needs, so the page always has somewhere to send the reader
CONTACT_FIELD_FOR_KIND = {
    "chat": "url",
    "email": "email",
    "ticket": "url",
    "phone": "phone",
    "vip_manager": "email",
    "forum": "url",
    "faq": "url",
    "social": "url",
}

# --- the YAML node tree as data ----------------------------------------------------------------------------------


class YamlDate(str):
    """An unquoted YAML date, as written (a quoted "2026-12-31" is text): the schema's ``yaml-date`` format."""


class _Opaque:
    """A scalar YAML could not build (a custom tag, ``!!int abc``): no type of the schema."""

    def __init__(self, text: str):
        self.text = text

    def __eq__(self, other):
        return False

    __hash__ = object.__hash__


_TIMESTAMP = "tag:yaml.org,2002:timestamp"


def _scalar_value(node: ScalarNode):
    if node.tag == _TIMESTAMP:
        return YamlDate(node.value)
    try:
        # a constructor per scalar: one kept for the process would keep every node it built (constructed_objects)
        return SafeConstructor().construct_object(node)
    except Exception:  # noqa: BLE001 - whatever YAML cannot build is a value of no type, reported by the schema
        return _Opaque(node.value)


@dataclass
class _Tree:
    """Data with the node of each value (``nodes``), of each mapping key (``keys``) and the keys given twice."""

    nodes: dict[tuple, Node]
    keys: dict[tuple, Node]
    duplicates: list[tuple[tuple, Node]]


def _to_data(node: Node, path: tuple, tree: _Tree):
    tree.nodes[path] = node
    if isinstance(node, MappingNode):
        data: dict = {}
        for key_node, value_node in node.value:
            key = _scalar_value(key_node) if isinstance(key_node, ScalarNode) else _Opaque("")
            try:
                repeated = key in data
            except TypeError:
                repeated = False
            if repeated:
                tree.duplicates.append((path, key_node))
                continue
            tree.keys[(*path, key)] = key_node
            data[key] = _to_data(value_node, (*path, key), tree)
        return data
    if isinstance(node, SequenceNode):
        return [_to_data(item, (*path, i), tree) for i, item in enumerate(node.value)]
    return _scalar_value(node)


# --- the schema ----------------------------------------------------------------------------------------------------


def _is_text(value) -> bool:
    return type(value) is str  # not a YamlDate: a date where text is expected is a mistake


def _is_time_zone(name: object) -> bool:
    if not isinstance(name, str) or not re.fullmatch(r"[A-Za-z_]+(/[A-Za-z0-9_+-]+)*", name):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _is_time(value: object) -> bool:
    return isinstance(value, str) and _minutes(value) is not None


def _is_yaml_date(value: object) -> bool:
    return isinstance(value, YamlDate) and json_schemas.is_iso_date(str(value))


# the schema's own formats, by name: the compiled check and jsonschema's format checker use the same functions
_FORMATS = {"iana-time-zone": _is_time_zone, "24h-time": _is_time, "yaml-date": _is_yaml_date}


def _minutes(value: str) -> int | None:
    match = re.fullmatch(r"(\d{2}):(\d{2})", value)
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


@cache
def _pattern(name: str) -> re.Pattern:
    return re.compile(_DEFS[name]["pattern"])


@cache
def _schema(declared: tuple[str, ...], known: tuple[str, ...]) -> dict:
    """The schema for a file that declares ``declared`` languages, on a site that may name ``known`` ones."""
    schema = copy.deepcopy(_DOCUMENT)
    schema["$defs"]["language"]["enum"] = list(known or declared)
    translated = schema["$defs"]["translated"]
    translated["properties"] = {
        code: {"type": "string", "title": "translation", **({"pattern": r"\S"} if code in declared else {})}
        for code in (known or declared)
    }
    translated["required"] = list(declared)
    return schema


@cache
def _fast_check(declared: tuple[str, ...], known: tuple[str, ...]):
    schema = json_schemas.inline(_schema(declared, known))
    return compile_check(schema, formats=_FORMATS, types={"string": _is_text})


@cache
def _validator(declared: tuple[str, ...], known: tuple[str, ...]):
    from jsonschema import validators  # noqa: PLC0415 - only a file with a mistake needs it

    base = json_schemas.validator_class()
    extended = validators.extend(
        base, type_checker=base.TYPE_CHECKER.redefine("string", lambda _checker, value: _is_text(value))
    )
    return extended(_schema(declared, known), format_checker=json_schemas.format_checker(_FORMATS))


# --- errors as findings ------------------------------------------------------------------------------------------


@dataclass
class _Walk:
    path: str
    languages: tuple[str, ...]  # declared: every translated text has each
    findings: list[Finding]
    # declared and the site's: a text may carry these (an undeclared site language's texts are unused until declared)
    known: tuple[str, ...] = ()

    def add(self, node: Node, code: str, message: str, fix: str) -> None:
        mark = node.start_mark
        self.findings.append(Finding(self.path, mark.line + 1, mark.column + 1, code, message, fix))


def _describe(node: Node) -> str:
    if isinstance(node, MappingNode):
        return "a mapping"
    if isinstance(node, SequenceNode):
        return "a list"
    return f"'{node.value}'"


def _where(tree: _Tree, path: tuple) -> str:
    """``channels[2].hours.weekly[0]``, with each key as written in the file."""
    out = ""
    for depth, part in enumerate(path):
        if (
            isinstance(part, int)
            and not isinstance(part, bool)
            and isinstance(tree.nodes.get(path[:depth]), SequenceNode)
        ):
            out += f"[{part}]"
        else:
            key = tree.keys.get(path[: depth + 1])
            name = key.value if isinstance(key, ScalarNode) else str(part)
            out += f".{name}" if out else name
    return out


def _expects(schema: dict) -> str:
    kind = schema.get("type")
    return kind if kind in ("object", "array") else "scalar"


def _report(walk: _Walk, tree: _Tree, path: tuple, errors: list[ValidationError]) -> None:
    """The findings for the errors of one value, in the words the channels file's writers know."""
    node = tree.nodes[path]
    where = _where(tree, path)
    names = [e for e in errors if "propertyNames" in e.relative_schema_path]
    errors = [e for e in errors if e not in names]
    for error in names:  # a key of prepare_items: an id, written as text
        key_node = tree.keys.get((*path, error.instance), node)
        _scalar_problem(walk, key_node, error.schema, f"{where} key", [error])
    if not errors:
        return
    typed = [e for e in errors if e.validator == "type"]
    schema = (typed or errors)[0].schema
    expected = _expects(schema)
    if expected == "scalar" and isinstance(node, MappingNode | SequenceNode) and schema.get("title") != "translation":
        walk.add(node, WRONG_TYPE, f"{where} must be a single value, found {_describe(node)}", "write one value")
        return
    if any(e.validator == "type" for e in errors) and expected == "object":
        walk.add(node, WRONG_TYPE, f"{where} must be a mapping, found {_describe(node)}", "write `key: value` lines")
        return
    if any(e.validator == "type" for e in errors) and expected == "array":
        walk.add(node, WRONG_TYPE, f"{where} must be a list, found {_describe(node)}", "write `[a, b]` or `- ` items")
        return
    if expected == "scalar":
        if schema.get("title") == "translation" and not any(e.validator == "type" for e in errors):
            parent = tree.nodes[path[:-1]]
            language = tree.keys[path].value
            walk.add(
                parent,
                MISSING_TRANSLATION,
                f"{_where(tree, path[:-1])}: missing translation '{language}'",
                f"add `{language}:` with the text in that language",
            )
            return
        _scalar_problem(walk, node, schema, where, errors)
        return
    done: set[str] = set()
    for error in errors:
        if error.validator in done:
            continue
        done.add(error.validator)
        if error.validator == "required":
            missing = [k for k in error.validator_value if k not in error.instance]
            for name in missing:
                if schema.get("title") == "translated text":
                    walk.add(
                        node,
                        MISSING_TRANSLATION,
                        f"{where}: missing translation '{name}'",
                        f"add `{name}:` with the text in that language",
                    )
                else:
                    walk.add(node, MISSING_KEY, f"{where or 'file'}: missing key '{name}'", f"add `{name}:`")
        elif error.validator == "additionalProperties":
            fields = list(schema.get("properties", {}))
            for key in error.instance:
                if key in fields:
                    continue
                key_node = tree.keys.get((*path, key), node)
                if schema.get("title") == "translated text":
                    walk.add(
                        key_node,
                        UNKNOWN_KEY,
                        f"{where}: unknown language '{key_node.value}'",
                        f"use {', '.join(walk.languages)}",
                    )
                else:
                    walk.add(
                        key_node,
                        UNKNOWN_KEY,
                        f"{where}: unknown key '{key_node.value}'",
                        f"use one of: {', '.join(fields)}",
                    )
        elif error.validator == "minItems":
            walk.add(
                node, BAD_VALUE, f"{where} needs at least {error.validator_value} item(s)", "add the missing items"
            )


def _scalar_problem(walk: _Walk, node: Node, schema: dict, where: str, errors: list[ValidationError]) -> None:
    value = node.value if isinstance(node, ScalarNode) else ""
    title, form = schema.get("title"), schema.get("format")
    if title == "translation":  # a translated text that is not text
        walk.add(node, WRONG_TYPE, f"{where} must be text", "quote the text")
    elif "enum" in schema:
        values = schema["enum"]
        walk.add(
            node,
            _ENUM_CODES.get(title or "", BAD_VALUE),
            f"{where}: unknown {title or 'value'} '{value}'",
            f"use one of: {', '.join(values)}",
        )
    elif form == "iana-time-zone":
        walk.add(
            node,
            BAD_TIME_ZONE,
            f"{where}: '{value}' is not an IANA time zone",
            "use a zone name like Asia/Tokyo or Europe/Madrid",
        )
    elif form == "24h-time":
        walk.add(node, BAD_TIME, f"{where}: '{value}' is not a time", 'write 24-hour "HH:MM" in quotes, e.g. "09:00"')
    elif form == "yaml-date":
        walk.add(node, WRONG_TYPE, f"{where}: '{value}' is not a date", "write an ISO date like 2026-12-31")
    elif schema.get("type") == "boolean":
        walk.add(node, WRONG_TYPE, f"{where} must be true or false, found '{value}'", "write true or false")
    elif schema.get("type") == "integer":
        if any(e.validator == "type" for e in errors):
            walk.add(node, WRONG_TYPE, f"{where} must be a whole number, found '{value}'", "write a number")
        else:
            walk.add(
                node,
                BAD_VALUE,
                f"{where} {value} is out of range",
                f"use {schema.get('minimum')} to {schema.get('maximum')}",
            )
    elif any(e.validator == "type" for e in errors):
        walk.add(node, WRONG_TYPE, f"{where} must be text, found '{value}'", "quote the value")
    else:
        what = schema.get("description", "a valid value")
        walk.add(node, BAD_VALUE, f"{where} '{value}' is not {what}", f"write {what}")


def _scalar(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _keys(node: MappingNode) -> set[str]:
    return {k.value for k, _ in node.value}


# --- rules across the file ---------------------------------------------------------------------------------------


def _get(node: Node | None, key: str) -> Node | None:
    if not isinstance(node, MappingNode):
        return None
    return next((v for k, v in node.value if k.value == key), None)


def _items(node: Node | None) -> list[Node]:
    return list(node.value) if isinstance(node, SequenceNode) else []


def _ids(walk: _Walk, items: list[Node], where: str) -> set[str]:
    ids: set[str] = set()
    for item in items:
        id_node = _get(item, "id")
        value = _scalar(id_node) if id_node is not None else None
        if value is None:
            continue
        if value in ids:
            walk.add(id_node, DUPLICATE_ID, f"{where}: id '{value}' is used twice", "give every entry its own id")
        ids.add(value)
    return ids


def _reference(walk: _Walk, node: Node | None, known: set[str], what: str, where: str) -> None:
    value = _scalar(node) if node is not None else None
    if value is not None and value not in known:
        listed = ", ".join(sorted(known)) or "none"
        walk.add(node, UNKNOWN_REFERENCE, f"{where}: unknown {what} '{value}'", f"use one of: {listed}")


def _check_hours(walk: _Walk, hours: Node | None, where: str) -> None:
    if not isinstance(hours, MappingNode):
        return
    always = _get(hours, "always")
    zone, weekly = _get(hours, "time_zone"), _get(hours, "weekly")
    if always is not None and _scalar(always) == "true":
        if zone is not None or weekly is not None:
            walk.add(hours, BAD_VALUE, f"{where}: always-open hours cannot also have a weekly schedule", "keep one")
        return
    if zone is None or weekly is None:
        walk.add(
            hours,
            EMPTY_HOURS,
            f"{where}: hours need `always: true` or both `time_zone` and `weekly`",
            "add `always: true` for 24/7, or the zone and the weekly opening hours",
        )
        return
    spans: list[tuple[str, int, int, Node]] = []
    for rule in _items(weekly):
        open_node, close_node = _get(rule, "open"), _get(rule, "close")
        start = _minutes(_scalar(open_node) or "") if open_node is not None else None
        end = _minutes(_scalar(close_node) or "") if close_node is not None else None
        if start is None or end is None:
            continue
        if end <= start:
            walk.add(close_node, BAD_TIME, f"{where}: closes at or before it opens", "closing time after opening time")
            continue
        for day in _items(_get(rule, "days")):
            day_name = _scalar(day)
            for other_day, other_start, other_end, _ in spans:
                if other_day == day_name and start < other_end and other_start < end:
                    walk.add(
                        rule,
                        OVERLAPPING_HOURS,
                        f"{where}: hours on {day_name} overlap another rule for the same day",
                        "merge the two rules or make their hours disjoint",
                    )
                    break
            spans.append((day_name, start, end, rule))


def _matches(node: Node, name: str) -> bool:
    value = _scalar(node)
    return value is not None and _pattern(name).fullmatch(value) is not None


def _check_rules(walk: _Walk, root: MappingNode) -> None:
    official = _get(root, "official")
    prepare_node = _get(root, "prepare_items")
    prepare_ids = _keys(prepare_node) if isinstance(prepare_node, MappingNode) else set()
    topics = _items(_get(root, "topics"))
    channels = _items(_get(root, "channels"))
    topic_ids = _ids(walk, topics, "topics")
    channel_ids = _ids(walk, channels, "channels")
    for i, topic in enumerate(topics):
        for item in _items(_get(topic, "prepare")):
            _reference(walk, item, prepare_ids, "prepare item", f"topics[{i}].prepare")
    chooser = _get(root, "chooser")
    _reference(walk, _get(chooser, "topic_fallback"), topic_ids, "topic", "chooser.topic_fallback")
    urgencies = _items(_get(chooser, "urgencies"))
    _ids(walk, urgencies, "chooser.urgencies")
    for i, urgency in enumerate(urgencies):
        for key in ("channel", "vip_channel"):
            _reference(walk, _get(urgency, key), channel_ids, "channel", f"chooser.urgencies[{i}].{key}")
    official_emails = {_scalar(n) for n in _items(_get(official, "emails"))}
    official_phones = {_scalar(n) for n in _items(_get(official, "phones"))}
    for i, channel in enumerate(channels):
        where = f"channels[{i}]"
        for item in _items(_get(channel, "prepare")):
            _reference(walk, item, prepare_ids, "prepare item", f"{where}.prepare")
        _check_hours(walk, _get(channel, "hours"), f"{where}.hours")
        kind = _scalar(_get(channel, "kind")) if _get(channel, "kind") is not None else None
        needed = CONTACT_FIELD_FOR_KIND.get(kind or "")
        if needed and _get(channel, needed) is None:
            walk.add(channel, MISSING_KEY, f"{where}: a {kind} channel needs `{needed}`", f"add `{needed}:`")
        # a channel the site publishes must also be on the list the verifier checks against
        email, phone = _get(channel, "email"), _get(channel, "phone")
        if email is not None and _matches(email, "email") and _scalar(email) not in official_emails:
            walk.add(email, UNKNOWN_REFERENCE, f"{where}.email is not in official.emails", "add it to official.emails")
        if phone is not None and _matches(phone, "phone") and _scalar(phone) not in official_phones:
            walk.add(phone, UNKNOWN_REFERENCE, f"{where}.phone is not in official.phones", "add it to official.phones")


def validate(text: str, path: str, languages: Sequence[str]) -> list[Finding]:
    """All findings for the channels file's text; empty when it is valid. ``languages``: the site's languages
    (mkdocs.yml), each of which the file must declare; every translated text then has all the declared ones."""
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = getattr(exc, "problem", None) or str(exc)
        return [Finding(path, line, col, YAML_ERROR, f"not valid YAML: {problem}", "fix the YAML syntax")]
    if root is None:
        return [Finding(path, 1, 1, MISSING_KEY, "the file is empty", "add the channels, see the schema")]
    declared = [_scalar(n) for n in _items(_get(root, "languages"))] if isinstance(root, MappingNode) else []
    # every text must exist in each language the file declares; a site language it does not declare gets the
    # site's default language's texts (reported once, as information), and a declared language the site no
    # longer builds is simply unused
    declared_codes = tuple(code for code in declared if code)
    walk = _Walk(path, declared_codes, [], tuple(dict.fromkeys([*declared_codes, *languages])))
    tree = _Tree({}, {}, [])
    data = _to_data(root, (), tree)
    by_path: dict[tuple, list[ValidationError]] = {}
    fast = _fast_check(walk.languages, walk.known)
    if fast is None or not fast(data):
        for error in _validator(walk.languages, walk.known).iter_errors(data):
            by_path.setdefault(tuple(error.absolute_path), []).append(error)
    for where, errors in by_path.items():
        _report(walk, tree, where, errors)
    # a key given twice where keys are named by the schema (a translated text's languages are not checked for this)
    for parent, key_node in tree.duplicates:
        if _fixed_keys(parent):
            message = f"{_where(tree, parent)}: key '{key_node.value}' appears twice"
            walk.add(key_node, DUPLICATE_ID, message, "keep one")
    if isinstance(root, MappingNode):
        undeclared = [language for language in languages if language not in declared]
        if undeclared and declared:
            node = _get(root, "languages") or root
            walk.findings.append(
                Finding(
                    path,
                    node.start_mark.line + 1,
                    node.start_mark.column + 1,
                    UNDECLARED_LANGUAGE,
                    f"languages: {', '.join(undeclared)} not declared; readers of "
                    f"{'it' if len(undeclared) == 1 else 'them'} get the channel texts in {languages[0]}",
                    f"to translate them, add {', '.join(undeclared)} to languages and a text in each to every "
                    "translated value",
                    Severity.INFO,
                )
            )
        _check_rules(walk, root)
    return sort_findings(walk.findings)


def _fixed_keys(path: tuple) -> bool:
    """Whether the mapping at ``path`` has keys the schema names (``properties``), not languages or ids."""
    schema = _DOCUMENT
    for part in path:
        schema = _resolve(schema)
        if schema.get("type") == "array":
            schema = schema.get("items", {})
        elif isinstance(part, str) and part in schema.get("properties", {}):
            schema = schema["properties"][part]
        else:
            return False
    schema = _resolve(schema)
    return schema.get("type") == "object" and "properties" in schema and schema.get("title") != "translated text"


def _resolve(schema: dict) -> dict:
    while "$ref" in schema:
        schema = _DEFS[schema["$ref"].rsplit("/", 1)[1]]
    return schema


def text_language(data: dict, language: str, default: str) -> str:
    """The language a page's channel texts are in: its own when the file declares it, else the default one."""
    return language if language in (data.get("languages") or ()) else default
