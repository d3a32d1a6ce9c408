"""Front matter checks: the JSON Schema in helpcenter/schemas/front-matter.schema.json, then the rules it cannot say.

The schema (draft 2020-12, validated with ``jsonschema``) has one object schema per page role, each listing the keys
the role allows, and one schema per key (type, length, items, unique items, pattern, enum, ``format: date``).
Every schema error of a file is reported at once, at the line of its key (or of its list item), with the codes
writers know: HC101 missing, HC102 unknown, HC103 type, HC104 limits, HC105 dates, HC107 repeats, HC108 a key the
role does not use, HC109 allowed values. After the schema, code checks what needs the rest of the site: related
articles exist (HC106), icons exist in the theme (HC109), article keys outside a category (HC121), ``updated`` and
``date`` (HC111, HC112).

Lenient where the build derives a value (helpcenter.content.page_meta): a title comes from the front matter, the body's
first ``# H1`` or the file name; a description from the first paragraph; ``date`` stands for ``updated``. Which
keys an article must still give is the site's choice: ``extra.helpcenter.content.required_article_keys``.
Two readings differ from plain JSON Schema, both for writers: an unquoted YAML date is text (``updated: 2026-10-14``
is a date written as text), and lengths count the text without surrounding spaces (``title: " "`` is empty).
"""

from __future__ import annotations

import copy
import datetime as dt
import difflib
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from helpcenter.content import json_schemas
from helpcenter.content.catalog import Role
from helpcenter.content.findings import Finding, Severity
from helpcenter.content.schema_check import compile_check

if TYPE_CHECKING:
    from jsonschema import ValidationError

SCHEMA_NAME = "front-matter"
_DOCUMENT = json_schemas.document(SCHEMA_NAME)


@cache
def _role_schema(role: Role) -> dict:
    return json_schemas.definition(SCHEMA_NAME, role.value)


# every key the help center understands, with its JSON Schema (references inlined), in the order the roles give them
PROPERTIES: dict[str, dict] = {
    key: json_schemas.definition(SCHEMA_NAME, key)
    for role in Role
    for key in _DOCUMENT["$defs"][role.value]["properties"]
}
# "required" lists what every site requires; an article's further required keys are a setting (ContentRules)
ROLE_KEYS: dict[Role, dict[str, list[str]]] = {
    role: {
        "required": list(_DOCUMENT["$defs"][role.value].get("required", [])),
        "allowed": list(_DOCUMENT["$defs"][role.value]["properties"]),
    }
    for role in Role
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
    """The JSON Schema of one page role's front matter (with the site's required article keys), standing alone."""
    return copy.deepcopy(_schema_for(role, rules.required_article_keys if rules is not None else ()))


@cache
def _schema_for(role: Role, article_keys: tuple[str, ...]) -> dict:
    schema = _role_schema(role)
    required = list(schema.get("required", []))
    if role is Role.ARTICLE:
        required += [k for k in article_keys if k not in required]
    return {"$schema": json_schemas.DIALECT, **schema, "required": required}


def _stripped_length(text: str) -> int:
    return len(text.strip())


# lengths are counted without surrounding spaces; "article-id" is checked after the schema, against the site's ids
_FORMATS = {"date": json_schemas.is_iso_date, "article-id": lambda _v: True}


@cache
def _validator_class():
    """draft 2020-12 as YAML inputs are read (json_schemas.validator_class), lengths counted as ``_stripped_length``;
    jsonschema is imported only for front matter its compiled check doubts."""
    from jsonschema import ValidationError, validators  # noqa: PLC0415 - json_schemas explains why

    def min_length(validator, limit, instance, schema):
        if validator.is_type(instance, "string") and _stripped_length(instance) < limit:
            yield ValidationError(f"{instance!r} is shorter than {limit} characters")

    def max_length(validator, limit, instance, schema):
        if validator.is_type(instance, "string") and _stripped_length(instance) > limit:
            yield ValidationError(f"{instance!r} is longer than {limit} characters")

    extended = validators.extend(
        json_schemas.validator_class(), validators={"minLength": min_length, "maxLength": max_length}
    )
    return extended, json_schemas.format_checker(_FORMATS)


@cache
def _validator(role: Role, article_keys: tuple[str, ...]):
    extended, formats = _validator_class()
    return extended(_schema_for(role, article_keys), format_checker=formats)


# A fast yes/no for the common case, valid front matter, compiled from the same schema: jsonschema's own walk is
# several times slower (README, How the build stays linear). Front matter it doubts is left to jsonschema.
@cache
def _fast_check(role: Role, article_keys: tuple[str, ...]):
    return compile_check(_schema_for(role, article_keys), formats=_FORMATS, length=_stripped_length)


def _as_json(value):
    """YAML's dates as the text they were written as (a datetime is not a date: '2026-10-14 10:00:00')."""
    if isinstance(value, dt.date):
        return str(value)
    if isinstance(value, list):
        return [_as_json(item) for item in value]
    if isinstance(value, dict):
        return {key: _as_json(item) for key, item in value.items()}
    return value


def _type_name(spec: dict) -> str:
    return spec["type"] if isinstance(spec.get("type"), str) else "string"


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


def _valid_iso_date(value) -> bool:
    if isinstance(value, dt.datetime):
        return False
    if isinstance(value, dt.date):
        return True
    return json_schemas.is_iso_date(value)


def _empty(value) -> bool:
    return value is None or (isinstance(value, str | list) and not value)


def _repeats(items: list) -> list[int]:
    """Indexes of list items equal (as JSON values) to an earlier item."""
    seen: list = []
    found = []
    for index, item in enumerate(items):
        if any(type(item) is type(other) and item == other for other in seen):
            found.append(index)
        else:
            seen.append(item)
    return found


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

    def _add(
        self,
        key: object,
        code: str,
        message: str,
        fix: str,
        severity: Severity = Severity.ERROR,
        index: int | None = None,
    ) -> None:
        line = self.key_lines.get(str(key), 1) if key is not None else 1
        items = self.item_lines.get(str(key), []) if key is not None else []
        if index is not None and index < len(items):
            line = items[index]
        self.findings.append(Finding(self.path, line, 1, code, message, fix, severity))

    def validate(self, meta: dict) -> list[Finding]:
        article_keys = self.rules.required_article_keys
        required = _schema_for(self.role, article_keys)["required"]
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
        # the instance the schema sees: an empty required value is a missing key; keys reported by HC121 are left out
        instance = {
            key: _as_json(value)
            for key, value in meta.items()
            if str(key) not in outside and not (key in required and _empty(value))
        }
        fast = _fast_check(self.role, article_keys)
        valid = fast is not None and fast(instance)
        errors = [] if valid else list(_validator(self.role, article_keys).iter_errors(instance))
        at: dict[tuple, list[ValidationError]] = {}
        for error in errors:
            at.setdefault(tuple(error.absolute_path), []).append(error)
        skipped: set[tuple] = set()
        for error in errors:
            if error.validator == "uniqueItems":
                key = error.absolute_path[0]
                for index in _repeats(error.instance):
                    skipped.add((key, index))
                    self._add(
                        key,
                        "HC107",
                        f"'{key}' lists '{meta[key][index]}' more than once",
                        "remove the repeated entry",
                        index=index,
                    )
        for path, found in at.items():
            if path in skipped:
                continue
            if any(e.validator == "type" for e in found):
                found = [e for e in found if e.validator == "type"][:1]
            done: set[str] = set()
            for error in found:
                # `required` gives one error per missing key, each with the whole list: handled once, for all
                if error.validator not in done and error.validator != "uniqueItems":
                    self._error(error, meta, required)
                if error.validator in ("required", "additionalProperties"):
                    done.add(error.validator)
        self._after_schema(instance, at, skipped)
        if self.role is Role.ARTICLE:
            self._dates(meta)
        return self.findings

    def _error(self, error: ValidationError, meta: dict, required: list[str]) -> None:
        kind, limit, spec = error.validator, error.validator_value, error.schema
        if kind == "required":
            for key in [k for k in limit if k not in error.instance]:
                self._missing(key, meta)
            return
        if kind == "additionalProperties":
            allowed = sorted(spec.get("properties", {}))
            for key in error.instance:
                if key not in spec.get("properties", {}):
                    self._unknown_key(str(key), allowed)
            return
        path = list(error.absolute_path)
        key = path[0]
        index = path[1] if len(path) > 1 else None
        label = f"{key}[{index}]" if index is not None else str(key)
        original = meta[key] if index is None else meta[key][index]
        value = error.instance
        if kind == "type":
            self._add(
                key,
                "HC103",
                f"'{label}' must be {_TYPE_NAMES[limit]}, not {type(original).__name__} ({original!r})",
                _FIX_TYPE.get(limit, "fix the value"),
                index=index,
            )
        elif kind == "format":
            self._add(
                key,
                "HC105",
                f"'{label}' is not an ISO date ({original!s})",
                "write the date as YYYY-MM-DD, e.g. 2026-10-14",
                index=index,
            )
        elif kind == "minimum":
            self._add(key, "HC104", f"'{label}' is {value}, below {limit}", f"use {limit} or more", index=index)
        elif kind == "minLength":
            self._add(key, "HC104", f"'{label}' is empty", "write a value", index=index)
        elif kind == "maxLength":
            self._add(
                key,
                "HC104",
                f"'{label}' has {len(value.strip())} characters, more than {limit}",
                f"shorten it to {limit} characters or fewer",
                index=index,
            )
        elif kind == "minItems":
            self._add(key, "HC104", f"'{label}' needs at least {limit} item(s)", "add items to the list")
        elif kind == "maxItems":
            self._add(key, "HC104", f"'{label}' has {len(value)} items, more than {limit}", f"keep at most {limit}")
        elif kind == "enum":
            guess = difflib.get_close_matches(str(value), limit, n=1)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            self._add(
                key,
                "HC109",
                f"'{label}' is '{value}', not an allowed value",
                f"{hint}use one of: {', '.join(limit)}",
                index=index,
            )
        elif kind == "pattern":
            example = (spec.get("examples") or [limit])[0]
            self._add(
                key,
                "HC109",
                f"'{label}' is '{value}', which is not in the expected form",
                f"write it like {example}",
                index=index,
            )
        else:  # a keyword the schema gained without a message here: still a finding, in the schema's words
            self._add(key, "HC109", f"'{label}': {error.message}", "see the front matter table in CONTRIBUTING.md")

    def _missing(self, key: str, meta: dict) -> None:
        if key == "updated" and not _empty(meta.get("date")):
            return  # `date` stands for `updated`
        by_setting = key not in ROLE_KEYS[self.role]["required"]
        why = " (extra.helpcenter.content.required_article_keys)" if by_setting else ""
        self._add(
            None,
            "HC101",
            f"front matter of this {self.role.value} page has no '{key}'{why}",
            f"add a line '{key}: ...' ({_TYPE_NAMES[_type_name(PROPERTIES[key])]}) to the front matter",
        )

    def _after_schema(self, instance: dict, errors_at: dict[tuple, list], skipped: set[tuple]) -> None:
        """The rules that need the rest of the site: the theme's icons, the language's articles."""
        allowed = ROLE_KEYS[self.role]["allowed"]
        icon = instance.get("icon") if "icon" in allowed else None
        if isinstance(icon, str) and ("icon",) not in errors_at and not self.rules.has_icon(icon):
            self._add(
                "icon",
                "HC109",
                f"'icon' is '{icon}', which is not an icon of the theme",
                "use an icon name from https://squidfunk.github.io/mkdocs-material/reference/icons-emojis/, "
                "e.g. material/shield, or add overrides/.icons/<set>/<name>.svg",
            )
        related = instance.get("related") if "related" in allowed else None
        if isinstance(related, list) and PROPERTIES["related"]["items"].get("format") == "article-id":
            for index, item in enumerate(related):
                if isinstance(item, str) and ("related", index) not in skipped:
                    self._article_id("related", item, index)

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

    def _unknown_key(self, key: str, allowed: list[str]) -> None:
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

    def _article_id(self, key: str, value: str, index: int) -> None:
        if value == self.doc_id:
            self._add(key, "HC106", f"'{key}' lists the article itself ({value})", "remove it", index=index)
        elif value not in self.article_ids:
            guess = difflib.get_close_matches(value, sorted(self.article_ids), n=1, cutoff=0.6)
            hint = f"did you mean '{guess[0]}'? " if guess else ""
            self._add(
                key,
                "HC106",
                f"'{key}' entry '{value}' is not an article of this language",
                f"{hint}use an article's path below docs/<lang>/, e.g. security/enable-2fa.md",
                index=index,
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
