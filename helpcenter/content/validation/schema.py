"""Front-matter schema, kept as data, and the small validator that reads it.

The schema uses JSON Schema's vocabulary (type, minLength, maxLength, minItems, maxItems, uniqueItems, pattern,
enum, format: date, required, additionalProperties: false) so it reads like one and could be handed to a JSON
Schema validator; the validator here implements that subset with line numbers and did-you-mean hints.
To allow a new key: add it to PROPERTIES and to the roles that use it in ROLE_KEYS.

Lenient where the build derives a value (helpcenter.content.page_meta): a title comes from the front matter, the body's
first ``# H1`` or the file name; a description from the first paragraph; ``date`` stands for ``updated``. Which
keys an article must still give is the site's choice: ``extra.helpcenter.content.required_article_keys``.
"""

from __future__ import annotations

import datetime as dt
import difflib
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from helpcenter.content.catalog import Role
from helpcenter.content.findings import Finding, Severity

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
    # a Material icon name such as material/percent or fontawesome/brands/github
    "icon": {"type": "string", "pattern": r"^[a-z0-9-]+(/[a-z0-9-]+)+$"},
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
# "required" lists what every site requires; an article's further required keys are a setting (ContentRules)
ROLE_KEYS: dict[Role, dict[str, list[str]]] = {
    Role.ARTICLE: {
        "required": [],
        # `date` is read as `updated` (documentation imported from other tools uses it)
        "allowed": [*_COMMON, "tags", "updated", "date", "order", "promoted", "related"],
    },
    # a category's icon has a default
    Role.CATEGORY: {"required": [], "allowed": [*_COMMON, "icon", "order"]},
    Role.HOME: {"required": [], "allowed": _COMMON},
    # top-level pages such as search.md and contact.md
    Role.PAGE: {"required": [], "allowed": [*_COMMON, "order", "icon"]},
    Role.ANNOUNCEMENTS: {"required": [], "allowed": [*_COMMON, "icon"]},
    # announcements are listed, filtered and put in feeds by these keys, so they are required
    Role.ANNOUNCEMENT: {
        "required": ["title", "description", "type", "date"],
        "allowed": [*_COMMON, "type", "date", "expires", "pinned", "draft", "tags"],
    },
}
# keys that make a top-level page an article placed outside any category (HC121)
ARTICLE_ONLY_KEYS = ("tags", "updated", "date", "promoted", "related")
# `updated` may be this much later than the build date (writers east of UTC are a day ahead of it)
FUTURE_TOLERANCE = dt.timedelta(days=1)

HEADING_ID_POLICIES = ("required", "optional")
CONTENT_SETTING = "extra.helpcenter.content"


class SettingError(ValueError):
    """A value of extra.helpcenter.content that the checks cannot use; the message names the setting."""


@dataclass(frozen=True)
class ContentRules:
    """What the writers' guide asks beyond what any help center needs (mkdocs.yml extra.helpcenter.content)."""

    # required: a ## to ###### heading without an explicit { #id } is a finding (HC214); optional: it is not
    heading_ids: str = "optional"
    # front matter keys an article must give, beyond what the build derives (title, description)
    required_article_keys: tuple[str, ...] = ()
    # the build date (HC_BUILD_DATE, else today in UTC); None: dates in the future are not checked
    today: dt.date | None = None
    # the theme's icon folders (.icons/ of each template folder); empty: icons are checked for their form only
    icon_dirs: tuple[Path, ...] = ()

    @property
    def heading_ids_required(self) -> bool:
        return self.heading_ids == "required"

    def has_icon(self, name: str) -> bool:
        return not self.icon_dirs or icon_exists(self.icon_dirs, name)

    @classmethod
    def from_settings(
        cls, data: object, today: dt.date | None = None, icon_dirs: tuple[Path, ...] = ()
    ) -> ContentRules:
        """``data``: the mapping under extra.helpcenter.content (None when absent)."""
        if data is None:
            data = {}
        if not isinstance(data, Mapping):
            raise SettingError(f"{CONTENT_SETTING} must be a mapping (heading_ids, required_article_keys)")
        unknown = sorted(str(k) for k in data if k not in ("heading_ids", "required_article_keys"))
        if unknown:
            raise SettingError(
                f"{CONTENT_SETTING}: unknown setting(s) {', '.join(unknown)}; known: heading_ids, required_article_keys"
            )
        heading_ids = data.get("heading_ids", "optional")
        if heading_ids not in HEADING_ID_POLICIES:
            raise SettingError(
                f"{CONTENT_SETTING}.heading_ids is {heading_ids!r}; use one of: {', '.join(HEADING_ID_POLICIES)}"
            )
        keys = data.get("required_article_keys") or []
        allowed = ROLE_KEYS[Role.ARTICLE]["allowed"]
        if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
            raise SettingError(f"{CONTENT_SETTING}.required_article_keys must be a list of front matter keys")
        if bad := [k for k in keys if k not in allowed]:
            raise SettingError(
                f"{CONTENT_SETTING}.required_article_keys: {', '.join(bad)} is not an article key; "
                f"use some of: {', '.join(allowed)}"
            )
        return cls(
            heading_ids=heading_ids,
            required_article_keys=tuple(dict.fromkeys(keys)),
            today=today,
            icon_dirs=tuple(icon_dirs),
        )


@lru_cache(maxsize=1024)
def icon_exists(icon_dirs: tuple[Path, ...], name: str) -> bool:
    """Whether a theme's icon folders (``<theme dir>/.icons``) hold ``<name>.svg``, e.g. material/percent."""
    return ".." not in name and any((folder / f"{name}.svg").is_file() for folder in icon_dirs)


def schema_for(role: Role, rules: ContentRules | None = None) -> dict:
    """The JSON Schema of one page role's front matter (with the site's required article keys)."""
    keys = ROLE_KEYS[role]
    required = list(keys["required"])
    if role is Role.ARTICLE and rules is not None:
        required += [k for k in rules.required_article_keys if k not in required]
    return {
        "type": "object",
        "required": required,
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
        rules: ContentRules | None = None,
    ):
        self.path, self.doc_id, self.role = path, doc_id, role
        self.key_lines, self.item_lines = key_lines, item_lines
        self.article_ids = article_ids
        self.rules = rules or ContentRules()
        self.findings: list[Finding] = []
        self._index: int | None = None  # list item being validated, for its own line

    def _add(self, key: str | None, code: str, message: str, fix: str, severity: Severity = Severity.ERROR) -> None:
        line = self.key_lines.get(key, 1) if key else 1
        items = self.item_lines.get(key or "", [])
        if self._index is not None and self._index < len(items):
            line = items[self._index]
        self.findings.append(Finding(self.path, line, 1, code, message, fix, severity))

    def validate(self, meta: dict) -> list[Finding]:
        schema = schema_for(self.role, self.rules)
        role_name = self.role.value
        by_setting = set(schema["required"]) - set(ROLE_KEYS[self.role]["required"])
        for key in schema["required"]:
            present = key in meta and meta[key] not in (None, "", [])
            if not present and key == "updated" and meta.get("date") not in (None, "", []):
                continue  # `date` stands for `updated`
            if not present:
                spec = PROPERTIES[key]
                why = " (extra.helpcenter.content.required_article_keys)" if key in by_setting else ""
                self._add(
                    None,
                    "HC101",
                    f"front matter of this {role_name} page has no '{key}'{why}",
                    f"add a line '{key}: ...' ({_TYPE_NAMES[spec['type']]}) to the front matter",
                )
        outside = [str(k) for k in meta if self.role is Role.PAGE and k in ARTICLE_ONLY_KEYS]
        if outside:
            self._add(
                outside[0],
                "HC121",
                f"this page has article front matter ({', '.join(outside)}) but is directly in the language "
                "folder, outside any category, so no category lists it",
                f"move it into a category folder, e.g. docs/<lang>/<category>/{self.doc_id}",
                Severity.WARNING,
            )
        for key, value in meta.items():
            key = str(key)
            if key in outside:
                continue
            if key not in schema["properties"]:
                self._unknown_key(key, schema)
                continue
            if value in (None, "", []) and key in schema["required"]:
                continue  # reported as missing above
            self._value(key, key, value, schema["properties"][key])
        if self.role is Role.ARTICLE:
            self._dates(meta)
        return self.findings

    def _dates(self, meta: dict) -> None:
        """An article's `updated` (or `date`, which stands for it): one of them, and not in the future."""
        if "updated" in meta and "date" in meta:
            self._add(
                "date",
                "HC111",
                "both 'updated' and 'date' are given; the build uses 'updated'",
                "keep one: 'updated: YYYY-MM-DD', the date of the last content change",
                Severity.WARNING,
            )
        key = "updated" if "updated" in meta else "date"
        value = meta.get(key)
        today = self.rules.today
        if today is None or value is None or not _valid_iso_date(value):
            return
        date = value if isinstance(value, dt.date) else dt.date.fromisoformat(value)
        if date > today + FUTURE_TOLERANCE:
            self._add(
                key,
                "HC112",
                f"'{key}' is {date.isoformat()}, later than the build date {today.isoformat()}",
                "write the date of the last content change (a typo in the year?)",
                Severity.WARNING,
            )

    def _unknown_key(self, key: str, schema: dict) -> None:
        allowed = sorted(schema["properties"])
        if key in PROPERTIES:
            self._add(
                key,
                "HC108",
                f"'{key}' is not used on a {self.role.value} page",
                f"remove it; keys for this page: {', '.join(allowed)}",
                Severity.WARNING,
            )
            return
        guess = difflib.get_close_matches(key, list(PROPERTIES), n=1, cutoff=0.6)
        hint = f"did you mean '{guess[0]}'? " if guess else ""
        self._add(
            key,
            "HC102",
            f"unknown front matter key '{key}'",
            f"{hint}allowed keys: {', '.join(allowed)}",
            Severity.WARNING,
        )

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
        elif key == "icon" and not self.rules.has_icon(value):
            self._add(
                key,
                "HC109",
                f"'{label}' is '{value}', which is not an icon of the theme",
                "use an icon name from https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/, "
                "e.g. material/shield, or add overrides/.icons/<set>/<name>.svg",
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
    rules: ContentRules | None = None,
) -> list[Finding]:
    """Findings for one file's parsed front matter; ``article_ids`` are the articles of the file's language."""
    return FrontMatterValidator(path, doc_id, role, key_lines, item_lines, article_ids, rules).validate(meta)
