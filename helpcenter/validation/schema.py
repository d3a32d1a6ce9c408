"""Front-matter schema, kept as data, and the small validator that reads it.

The schema uses JSON Schema's vocabulary (type, minLength, maxLength, minItems, maxItems, uniqueItems, pattern,
enum, format: date, required, additionalProperties: false) so it reads like one and could be handed to a JSON
Schema validator; the validator here implements that subset with line numbers and did-you-mean hints.
To allow a new key: add it to PROPERTIES and to the roles that use it in ROLE_KEYS.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re

from helpcenter.catalog import Role
from helpcenter.findings import Finding

# every key the help center understands, with its JSON Schema
PROPERTIES: dict[str, dict] = {
    "title": {"type": "string", "minLength": 1, "maxLength": 120},
    "description": {"type": "string", "minLength": 1, "maxLength": 160},
    "tags": {
        "type": "array",
        "minItems": 1,
        "maxItems": 6,
        "uniqueItems": True,
        "items": {"type": "string", "minLength": 1, "maxLength": 40},
    },
    "updated": {"type": "string", "format": "date"},
    "order": {"type": "integer", "minimum": 0},
    "promoted": {"type": "boolean"},
    "related": {
        "type": "array",
        "maxItems": 5,
        "uniqueItems": True,
        "items": {"type": "string", "format": "article-id"},
    },
    # a Material icon shortcode name such as material/percent
    "icon": {"type": "string", "pattern": r"^[a-z0-9-]+/[a-z0-9-]+$"},
    "template": {"type": "string", "pattern": r"^[A-Za-z0-9_./-]+\.html$"},
    "hide": {
        "type": "array",
        "uniqueItems": True,
        "items": {"type": "string", "enum": ["navigation", "toc", "footer", "path", "tags", "feedback"]},
    },
    # hash of the English source a translation was made from (translation tracking)
    "source_hash": {"type": "string", "minLength": 1, "maxLength": 128},
    # announcements (hooks/announcements.py)
    "type": {"type": "string", "enum": ["maintenance", "listing", "delisting", "security", "promotion"]},
    "date": {"type": "string", "format": "date"},
    "expires": {"type": "string", "format": "date"},
    "pinned": {"type": "boolean"},
    "draft": {"type": "boolean"},
}

_COMMON = ["title", "description", "template", "hide", "source_hash"]
ROLE_KEYS: dict[Role, dict[str, list[str]]] = {
    Role.ARTICLE: {
        "required": ["title", "description", "tags", "updated"],
        "allowed": [*_COMMON, "tags", "updated", "order", "promoted", "related"],
    },
    Role.CATEGORY: {"required": ["title", "description", "icon"], "allowed": [*_COMMON, "icon", "order"]},
    Role.HOME: {"required": ["title"], "allowed": _COMMON},
    # top-level pages such as search.md and contact.md
    Role.PAGE: {"required": ["title"], "allowed": [*_COMMON, "tags", "updated", "order", "icon"]},
    Role.ANNOUNCEMENTS: {"required": ["title"], "allowed": [*_COMMON, "icon"]},
    Role.ANNOUNCEMENT: {
        "required": ["title", "description", "type", "date"],
        "allowed": [*_COMMON, "type", "date", "expires", "pinned", "draft", "tags"],
    },
}


def schema_for(role: Role) -> dict:
    """The JSON Schema of one page role's front matter."""
    keys = ROLE_KEYS[role]
    return {
        "type": "object",
        "required": list(keys["required"]),
        "properties": {k: PROPERTIES[k] for k in keys["allowed"]},
        "additionalProperties": False,
    }


_TYPE_NAMES = {
    "string": "text",
    "integer": "a whole number",
    "boolean": "true or false",
    "array": "a list",
    "object": "a mapping",
}
_FIX_TYPE = {
    "string": "write it as text, in quotes if it contains ':' or starts with a special character",
    "integer": "write a whole number without quotes, e.g. 3",
    "boolean": "write true or false without quotes",
    "array": "write a list, e.g. [a, b] or one '- item' per line",
}


def _is_type(value, type_name: str) -> bool:
    if type_name == "string":
        # YAML turns an unquoted ISO date into a date; for `format: date` that is the intended value
        return isinstance(value, str | dt.date)
    if type_name == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if type_name == "boolean":
        return isinstance(value, bool)
    if type_name == "array":
        return isinstance(value, list)
    return isinstance(value, dict)


def _valid_iso_date(value) -> bool:
    if isinstance(value, dt.datetime):
        return False
    if isinstance(value, dt.date):
        return True
    try:
        dt.date.fromisoformat(value)
    except (TypeError, ValueError):
        return False
    return len(value) == 10


class FrontMatterValidator:
    """Validates one page's front matter against its role's schema; all findings of the file at once."""

    def __init__(
        self,
        path: str,
        doc_id: str,
        role: Role,
        key_lines: dict[str, int],
        item_lines: dict[str, list[int]],
        article_ids: set[str],
    ):
        self.path, self.doc_id, self.role = path, doc_id, role
        self.key_lines, self.item_lines = key_lines, item_lines
        self.article_ids = article_ids
        self.findings: list[Finding] = []
        self._index: int | None = None  # list item being validated, for its own line

    def _add(self, key: str | None, code: str, message: str, fix: str) -> None:
        line = self.key_lines.get(key, 1) if key else 1
        items = self.item_lines.get(key or "", [])
        if self._index is not None and self._index < len(items):
            line = items[self._index]
        self.findings.append(Finding(self.path, line, 1, code, message, fix))

    def validate(self, meta: dict) -> list[Finding]:
        schema = schema_for(self.role)
        role_name = self.role.value
        for key in schema["required"]:
            if key not in meta or meta[key] in (None, "", []):
                spec = PROPERTIES[key]
                self._add(
                    None,
                    "HC101",
                    f"front matter of this {role_name} page has no '{key}'",
                    f"add a line '{key}: ...' ({_TYPE_NAMES[spec['type']]}) to the front matter",
                )
        for key, value in meta.items():
            key = str(key)
            if key not in schema["properties"]:
                self._unknown_key(key, schema)
                continue
            if value in (None, "", []) and key in schema["required"]:
                continue  # reported as missing above
            self._value(key, key, value, schema["properties"][key])
        return self.findings

    def _unknown_key(self, key: str, schema: dict) -> None:
        allowed = sorted(schema["properties"])
        if key in PROPERTIES:
            self._add(
                key,
                "HC108",
                f"'{key}' is not used on a {self.role.value} page",
                f"remove it; keys for this page: {', '.join(allowed)}",
            )
            return
        guess = difflib.get_close_matches(key, list(PROPERTIES), n=1, cutoff=0.6)
        hint = f"did you mean '{guess[0]}'? " if guess else ""
        self._add(key, "HC102", f"unknown front matter key '{key}'", f"{hint}allowed keys: {', '.join(allowed)}")

    def _value(self, key: str, label: str, value, spec: dict) -> None:
        type_name = spec["type"]
        if not _is_type(value, type_name):
            got = type(value).__name__
            self._add(
                key,
                "HC103",
                f"'{label}' must be {_TYPE_NAMES[type_name]}, not {got} ({value!r})",
                _FIX_TYPE.get(type_name, "fix the value"),
            )
            return
        if spec.get("format") == "date":
            if not _valid_iso_date(value):
                self._add(
                    key,
                    "HC105",
                    f"'{label}' is not an ISO date ({value!s})",
                    "write the date as YYYY-MM-DD, e.g. 2026-10-14",
                )
            return
        if type_name == "string":
            self._string(key, label, str(value), spec)
        elif type_name == "integer" and "minimum" in spec and value < spec["minimum"]:
            self._add(key, "HC104", f"'{label}' is {value}, below {spec['minimum']}", f"use {spec['minimum']} or more")
        elif type_name == "array":
            self._array(key, label, value, spec)

    def _string(self, key: str, label: str, value: str, spec: dict) -> None:
        length = len(value.strip())
        if length < spec.get("minLength", 0):
            self._add(key, "HC104", f"'{label}' is empty", "write a value")
        elif length > spec.get("maxLength", 10**9):
            self._add(
                key,
                "HC104",
                f"'{label}' has {length} characters, more than {spec['maxLength']}",
                f"shorten it to {spec['maxLength']} characters or fewer",
            )
        if "enum" in spec and value not in spec["enum"]:
            guess = difflib.get_close_matches(value, spec["enum"], n=1)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            self._add(
                key,
                "HC109",
                f"'{label}' is '{value}', not an allowed value",
                f"{hint}use one of: {', '.join(spec['enum'])}",
            )
        if "pattern" in spec and not re.search(spec["pattern"], value):
            example = {"icon": "material/percent", "template": "search.html"}.get(key, spec["pattern"])
            self._add(
                key, "HC109", f"'{label}' is '{value}', which is not in the expected form", f"write it like {example}"
            )
        if spec.get("format") == "article-id":
            self._article_id(key, value)

    def _array(self, key: str, label: str, value: list, spec: dict) -> None:
        if len(value) < spec.get("minItems", 0):
            self._add(key, "HC104", f"'{label}' needs at least {spec['minItems']} item(s)", "add items to the list")
        if len(value) > spec.get("maxItems", 10**9):
            self._add(
                key,
                "HC104",
                f"'{label}' has {len(value)} items, more than {spec['maxItems']}",
                f"keep at most {spec['maxItems']}",
            )
        seen: set = set()
        for index, item in enumerate(value):
            self._index = index
            marker = item if isinstance(item, str | int | float | bool) else repr(item)
            if spec.get("uniqueItems") and marker in seen:
                self._add(key, "HC107", f"'{label}' lists '{item}' more than once", "remove the repeated entry")
            else:
                seen.add(marker)
                self._value(key, f"{label}[{index}]", item, spec["items"])
            self._index = None

    def _article_id(self, key: str, value: str) -> None:
        if value == self.doc_id:
            self._add(key, "HC106", f"'{key}' lists the article itself ({value})", "remove it")
        elif value not in self.article_ids:
            guess = difflib.get_close_matches(value, sorted(self.article_ids), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            self._add(
                key,
                "HC106",
                f"'{key}' entry '{value}' is not an article of this language",
                f"{hint}use an article's path below docs/<lang>/, e.g. security/enable-2fa.md",
            )


def validate_front_matter(
    path: str,
    doc_id: str,
    role: Role,
    meta: dict,
    key_lines: dict[str, int],
    item_lines: dict[str, list[int]],
    article_ids: set[str],
) -> list[Finding]:
    """Findings for one file's parsed front matter; ``article_ids`` are the articles of the file's language."""
    return FrontMatterValidator(path, doc_id, role, key_lines, item_lines, article_ids).validate(meta)
