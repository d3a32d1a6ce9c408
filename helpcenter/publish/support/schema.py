"""The schema of data/support-channels.yml, kept as data, and a validator that reports ``path:line:col`` findings.

The file is walked as a YAML node tree (``yaml.compose``), not as loaded Python objects, so every finding points at
the line and column of the offending key or value. Structural checks come from ``SCHEMA``; the rules a schema
cannot say (references between sections, overlapping hours, unique ids) run on the same nodes afterwards.
"""

from __future__ import annotations

import datetime as dt
import re
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from helpcenter.content.findings import Finding, Severity, sort_findings

CHANNEL_KINDS = ("chat", "email", "ticket", "phone", "vip_manager", "forum", "faq", "social")
SOCIAL_NETWORKS = ("x", "telegram", "facebook")
WEEKDAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")
MAX_VIP_TIER = 5

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

# --- the schema, as data ---------------------------------------------------------------------------------------
# A node spec is a dict with "type" and, per type: map -> "keys" {name: (required, spec)}; list -> "items"
# (+ "min"); enum -> "values" (+ "code" for the finding); str -> optional "pattern" and "what" (for messages).

TEXT = {"type": "str"}
TRANSLATED = {"type": "translated"}
ID = {"type": "str", "pattern": r"[a-z0-9]+(-[a-z0-9]+)*", "what": "an id of lowercase words joined by hyphens"}
EMAIL = {"type": "str", "pattern": r"[a-z0-9._%+-]+@[a-z0-9-]+(\.[a-z0-9-]+)+", "what": "a lowercase email address"}
URL = {"type": "str", "pattern": r"https://[a-z0-9.-]+(/\S*)?", "what": "an https:// URL"}
PHONE = {"type": "str", "pattern": r"\+[1-9][0-9 ]{6,18}[0-9]", "what": "an international number like +81 3 4586 0100"}
DOMAIN = {"type": "str", "pattern": r"[a-z0-9-]+(\.[a-z0-9-]+)+", "what": "a lowercase domain name"}
HANDLE = {"type": "str", "pattern": r"@?[A-Za-z0-9_.]{2,30}", "what": "a handle like @ExampleHelp"}
LANGUAGE = {"type": "language"}  # one of the languages the file declares at its top
LANGUAGE_CODE = {"type": "str", "pattern": r"[a-z]{2,3}(-[A-Za-z0-9]{2,8})*", "what": "a language code such as ja"}
REGION = {"type": "str", "pattern": r"global|[A-Z]{2}", "what": "`global` or a two-letter region code like JP"}
TIME = {"type": "time"}

HOURS = {
    "type": "map",
    "keys": {
        "always": (False, {"type": "bool"}),
        "time_zone": (False, {"type": "timezone"}),
        "weekly": (
            False,
            {
                "type": "list",
                "min": 1,
                "items": {
                    "type": "map",
                    "keys": {
                        "days": (True, {"type": "list", "min": 1, "items": {"type": "enum", "values": WEEKDAYS}}),
                        "open": (True, TIME),
                        "close": (True, TIME),
                    },
                },
            },
        ),
        "closed_dates": (False, {"type": "list", "items": {"type": "date"}}),
    },
}

CHANNEL = {
    "type": "map",
    "keys": {
        "id": (True, ID),
        "kind": (True, {"type": "enum", "values": CHANNEL_KINDS, "code": UNKNOWN_KIND, "what": "channel kind"}),
        "name": (True, TRANSLATED),
        "url": (False, URL),
        "email": (False, EMAIL),
        "phone": (False, PHONE),
        "label": (False, TRANSLATED),
        "hours": (True, HOURS),
        "response": (True, TRANSLATED),
        "regions": (True, {"type": "list", "min": 1, "items": REGION}),
        "languages": (True, {"type": "list", "min": 1, "items": LANGUAGE}),
        "min_vip_tier": (True, {"type": "int", "min": 0, "max": MAX_VIP_TIER}),
        "prepare": (True, {"type": "list", "items": ID}),
        "note": (False, TRANSLATED),
    },
}

SCHEMA = {
    "type": "map",
    "keys": {
        "languages": (True, {"type": "list", "min": 1, "items": LANGUAGE_CODE}),
        "official": (
            True,
            {
                "type": "map",
                "keys": {
                    "brand": (True, {"type": "str", "pattern": r"[a-z0-9]{3,}", "what": "a lowercase brand name"}),
                    "domains": (True, {"type": "list", "min": 1, "items": DOMAIN}),
                    "emails": (True, {"type": "list", "items": EMAIL}),
                    "phones": (True, {"type": "list", "items": PHONE}),
                    "social": (
                        True,
                        {
                            "type": "list",
                            "items": {
                                "type": "map",
                                "keys": {
                                    "network": (True, {"type": "enum", "values": SOCIAL_NETWORKS}),
                                    "handle": (True, HANDLE),
                                    "url": (True, URL),
                                    "note": (False, TRANSLATED),
                                },
                            },
                        },
                    ),
                },
            },
        ),
        "prepare_items": (True, {"type": "dict", "values": TRANSLATED, "key": ID}),
        "topics": (
            True,
            {
                "type": "list",
                "min": 1,
                "items": {
                    "type": "map",
                    "keys": {
                        "id": (True, ID),
                        "name": (True, TRANSLATED),
                        "prepare": (True, {"type": "list", "items": ID}),
                    },
                },
            },
        ),
        "chooser": (
            True,
            {
                "type": "map",
                "keys": {
                    "topic_fallback": (True, ID),
                    "urgencies": (
                        True,
                        {
                            "type": "list",
                            "min": 1,
                            "items": {
                                "type": "map",
                                "keys": {
                                    "id": (True, ID),
                                    "label": (True, TRANSLATED),
                                    "freeze_first": (True, {"type": "bool"}),
                                    "channel": (True, ID),
                                    "vip_channel": (True, ID),
                                },
                            },
                        },
                    ),
                },
            },
        ),
        "channels": (True, {"type": "list", "min": 1, "items": CHANNEL}),
    },
}

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


# --- the validator --------------------------------------------------------------------------------------------


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


def _scalar(node: Node) -> str | None:
    return node.value if isinstance(node, ScalarNode) else None


def _pairs(node: MappingNode) -> list[tuple[ScalarNode, Node]]:
    return [(k, v) for k, v in node.value]


def _check(walk: _Walk, node: Node, spec: dict, where: str) -> None:
    kind = spec["type"]
    if kind in ("map", "dict", "translated"):
        if not isinstance(node, MappingNode):
            walk.add(
                node, WRONG_TYPE, f"{where} must be a mapping, found {_describe(node)}", "write `key: value` lines"
            )
            return
        if kind == "map":
            _check_map(walk, node, spec, where)
        elif kind == "dict":
            for key, value in _pairs(node):
                _check(walk, key, spec["key"], f"{where} key")
                _check(walk, value, spec["values"], f"{where}.{key.value}")
        else:
            _check_translated(walk, node, where)
        return
    if kind == "list":
        if not isinstance(node, SequenceNode):
            walk.add(
                node, WRONG_TYPE, f"{where} must be a list, found {_describe(node)}", "write `[a, b]` or `- ` items"
            )
            return
        if len(node.value) < spec.get("min", 0):
            walk.add(node, BAD_VALUE, f"{where} needs at least {spec['min']} item(s)", "add the missing items")
        for i, item in enumerate(node.value):
            _check(walk, item, spec["items"], f"{where}[{i}]")
        return
    value = _scalar(node)
    if value is None:
        walk.add(node, WRONG_TYPE, f"{where} must be a single value, found {_describe(node)}", "write one value")
        return
    _check_scalar(walk, node, value, spec, where)


def _check_scalar(walk: _Walk, node: ScalarNode, value: str, spec: dict, where: str) -> None:
    kind = spec["type"]
    tag = node.tag
    if kind == "str":
        if tag != "tag:yaml.org,2002:str":
            walk.add(node, WRONG_TYPE, f"{where} must be text, found '{value}'", "quote the value")
        elif "pattern" in spec and not re.fullmatch(spec["pattern"], value):
            walk.add(node, BAD_VALUE, f"{where} '{value}' is not {spec['what']}", f"write {spec['what']}")
    elif kind in ("enum", "language"):
        values = (walk.known or walk.languages) if kind == "language" else spec["values"]
        if value not in values:
            what = spec.get("what", "value")
            walk.add(
                node,
                spec.get("code", BAD_VALUE),
                f"{where}: unknown {what} '{value}'",
                f"use one of: {', '.join(values)}",
            )
    elif kind == "bool":
        if tag != "tag:yaml.org,2002:bool":
            walk.add(node, WRONG_TYPE, f"{where} must be true or false, found '{value}'", "write true or false")
    elif kind == "int":
        if tag != "tag:yaml.org,2002:int":
            walk.add(node, WRONG_TYPE, f"{where} must be a whole number, found '{value}'", "write a number")
        elif not spec.get("min", 0) <= int(value) <= spec.get("max", 10**9):
            walk.add(node, BAD_VALUE, f"{where} {value} is out of range", f"use {spec.get('min')} to {spec.get('max')}")
    elif kind == "timezone":
        if not _is_time_zone(value):
            walk.add(
                node,
                BAD_TIME_ZONE,
                f"{where}: '{value}' is not an IANA time zone",
                "use a zone name like Asia/Tokyo or Europe/Madrid",
            )
    elif kind == "time":
        # unquoted 18:00 is a YAML 1.1 sexagesimal integer (1080), so a time must be quoted text
        if tag != "tag:yaml.org,2002:str" or _minutes(value) is None:
            walk.add(
                node, BAD_TIME, f"{where}: '{value}' is not a time", 'write 24-hour "HH:MM" in quotes, e.g. "09:00"'
            )
    elif kind == "date":
        if tag != "tag:yaml.org,2002:timestamp" or not re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            walk.add(node, WRONG_TYPE, f"{where}: '{value}' is not a date", "write an ISO date like 2026-12-31")
        else:
            try:
                dt.date.fromisoformat(value)
            except ValueError:
                walk.add(node, WRONG_TYPE, f"{where}: '{value}' is not a date", "write an ISO date like 2026-12-31")


def _check_map(walk: _Walk, node: MappingNode, spec: dict, where: str) -> None:
    fields = spec["keys"]
    seen: set[str] = set()
    for key, value in _pairs(node):
        name = key.value
        if name in seen:
            walk.add(key, DUPLICATE_ID, f"{where}: key '{name}' appears twice", "keep one")
            continue
        seen.add(name)
        if name not in fields:
            walk.add(key, UNKNOWN_KEY, f"{where}: unknown key '{name}'", f"use one of: {', '.join(fields)}")
            continue
        _check(walk, value, fields[name][1], f"{where}.{name}" if where else name)
    for name, (required, _) in fields.items():
        if required and name not in seen:
            walk.add(node, MISSING_KEY, f"{where or 'file'}: missing key '{name}'", f"add `{name}:`")


def _check_translated(walk: _Walk, node: MappingNode, where: str) -> None:
    texts: dict[str, str] = {}
    for key, value in _pairs(node):
        if key.value not in (walk.known or walk.languages):
            walk.add(key, UNKNOWN_KEY, f"{where}: unknown language '{key.value}'", f"use {', '.join(walk.languages)}")
            continue
        text = _scalar(value)
        if text is None or value.tag != "tag:yaml.org,2002:str":
            walk.add(value, WRONG_TYPE, f"{where}.{key.value} must be text", "quote the text")
        else:
            texts[key.value] = text
    present = _keys(node)
    for language in walk.languages:
        if language not in present or (language in texts and not texts[language].strip()):
            walk.add(
                node,
                MISSING_TRANSLATION,
                f"{where}: missing translation '{language}'",
                f"add `{language}:` with the text in that language",
            )


def _keys(node: MappingNode) -> set[str]:
    return {k.value for k, _ in node.value}


def _is_time_zone(name: str) -> bool:
    if not re.fullmatch(r"[A-Za-z_]+(/[A-Za-z0-9_+-]+)*", name):
        return False
    try:
        zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        return False
    return True


def _minutes(value: str) -> int | None:
    match = re.fullmatch(r"(\d{2}):(\d{2})", value)
    if not match:
        return None
    hours, minutes = int(match[1]), int(match[2])
    if minutes > 59 or hours > 24 or (hours == 24 and minutes):
        return None
    return hours * 60 + minutes


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


def _matches(node: Node, spec: dict) -> bool:
    value = _scalar(node)
    return value is not None and re.fullmatch(spec["pattern"], value) is not None


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
        if email is not None and _matches(email, EMAIL) and _scalar(email) not in official_emails:
            walk.add(email, UNKNOWN_REFERENCE, f"{where}.email is not in official.emails", "add it to official.emails")
        if phone is not None and _matches(phone, PHONE) and _scalar(phone) not in official_phones:
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
    _check(walk, root, SCHEMA, "")
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


def text_language(data: dict, language: str, default: str) -> str:
    """The language a page's channel texts are in: its own when the file declares it, else the default one."""
    return language if language in (data.get("languages") or ()) else default
