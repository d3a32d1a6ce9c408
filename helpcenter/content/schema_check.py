"""A fast yes/no compiled from a JSON Schema, for the common case: input that is valid.

jsonschema's own walk is several times slower than a compiled check (README, How the build stays linear), and
importing it costs every build process memory (about 3 MB of a build worker's). So each check runs the compiled
predicate first and asks jsonschema only when the predicate doubts the input, to word the findings; a valid site
never imports jsonschema.

The predicate knows only the keywords below. A schema with any other keyword compiles to None, and is always left to
jsonschema. Where it is unsure it says "no": it may send valid input to jsonschema, never invalid input past it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from typing import Any

Check = Callable[[Any], bool]

# annotations: they say nothing about validity
_ANNOTATIONS = frozenset({"$comment", "$schema", "title", "description", "default", "examples"})
_KEYWORDS = _ANNOTATIONS | frozenset(
    {"type", "required", "properties", "additionalProperties", "propertyNames", "items"}
    | {"minLength", "maxLength", "minItems", "maxItems", "uniqueItems", "minimum", "maximum", "enum", "pattern"}
    | {"format"}
)


def _is_integer(value) -> bool:
    # YAML's 3.0 is a float: JSON Schema would take it as a whole number, the settings and pages that read it would not
    return isinstance(value, int) and not isinstance(value, bool)


def _is_number(value) -> bool:
    return isinstance(value, int | float) and not isinstance(value, bool)


# draft 2020-12's types as the help center's YAML inputs are read (json_schemas.validator_class)
TYPES: dict[str, Check] = {
    "string": lambda v: isinstance(v, str),
    "integer": _is_integer,
    "boolean": lambda v: isinstance(v, bool),
    "array": lambda v: isinstance(v, list),
    "object": lambda v: isinstance(v, dict),
}


def compile_check(
    schema: Mapping,
    *,
    formats: Mapping[str, Check] | None = None,
    types: Mapping[str, Check] | None = None,
    length: Callable[[str], int] = len,
) -> Check | None:
    """A predicate that is true only for input the schema's validator accepts, or None if the schema uses a keyword
    it does not know. ``schema`` has its references inlined (json_schemas.load). ``formats``: the validator's format
    checks, by name (a format they lack compiles to None); ``types``: type checks that replace :data:`TYPES`'s;
    ``length``: how the validator counts a text's length for ``minLength`` and ``maxLength``."""
    return _Compiler(formats or {}, {**TYPES, **(types or {})}, length).compile(schema)


def _all_of(checks: list[Check]) -> Check:
    # a loop, not all() over a generator: this runs for every value of every page
    if len(checks) == 1:
        return checks[0]
    checks = tuple(checks)

    def check_all(value) -> bool:
        for check in checks:  # noqa: SIM110 - see above
            if not check(value):
                return False
        return True

    return check_all


class _Compiler:
    def __init__(self, formats: Mapping[str, Check], types: Mapping[str, Check], length: Callable[[str], int]):
        self.formats, self.types, self.length = formats, types, length

    def compile(self, schema) -> Check | None:  # noqa: C901, PLR0912 - one branch per keyword
        if isinstance(schema, bool):  # true: anything; false: nothing (``additionalProperties: false``)
            return lambda _v, answer=schema: answer
        if not isinstance(schema, Mapping) or set(schema) - _KEYWORDS:
            return None
        if "type" in schema and schema["type"] not in self.types:
            return None
        if "format" in schema and schema["format"] not in self.formats:
            return None
        is_str, is_list = self.types["string"], self.types["array"]
        checks: list[Check] = []
        if "type" in schema:
            checks.append(self.types[schema["type"]])
        if "minLength" in schema:
            checks.append(lambda v, n=schema["minLength"], size=self.length: not is_str(v) or size(v) >= n)
        if "maxLength" in schema:
            checks.append(lambda v, n=schema["maxLength"], size=self.length: not is_str(v) or size(v) <= n)
        if "pattern" in schema:
            checks.append(lambda v, r=re.compile(schema["pattern"]): not is_str(v) or r.search(v) is not None)
        if "format" in schema:
            checks.append(self.formats[schema["format"]])  # jsonschema's format checker sees every type too
        if "enum" in schema:
            values = schema["enum"]
            if not all(isinstance(v, str) for v in values):
                return None
            # exactly a text of the list: a subclass of str equal to one (a YAML date) is left to jsonschema
            checks.append(lambda v, s=frozenset(values): type(v) is str and v in s)
        if "minimum" in schema:
            checks.append(lambda v, n=schema["minimum"]: not _is_number(v) or v >= n)
        if "maximum" in schema:
            checks.append(lambda v, n=schema["maximum"]: not _is_number(v) or v <= n)
        if "minItems" in schema:
            checks.append(lambda v, n=schema["minItems"]: not is_list(v) or len(v) >= n)
        if "maxItems" in schema:
            checks.append(lambda v, n=schema["maxItems"]: not is_list(v) or len(v) <= n)
        if schema.get("uniqueItems"):
            # equal in Python's sense (1 == 1.0 == True): never more lenient than JSON Schema's uniqueItems
            checks.append(lambda v: not is_list(v) or not any(a == b for i, a in enumerate(v) for b in v[:i]))
        if "items" in schema:
            item = self.compile(schema["items"])
            if item is None:
                return None
            checks.append(lambda v, f=item: not is_list(v) or all(f(x) for x in v))
        if {"properties", "required", "additionalProperties", "propertyNames"} & set(schema):
            check = self._object(schema)
            if check is None:
                return None
            checks.append(check)
        return _all_of(checks)

    def _object(self, schema: Mapping) -> Check | None:
        props: dict[Any, Check] = {}
        for name, sub in schema.get("properties", {}).items():
            check = self.compile(sub)
            if check is None:
                return None
            props[name] = check
        extra = self.compile(schema.get("additionalProperties", True))
        if extra is None:
            return None
        names = self.compile(schema.get("propertyNames", True))
        if names is None:
            return None
        required = tuple(schema.get("required", ()))

        def check_object(v) -> bool:
            if not isinstance(v, dict):
                return True
            if any(k not in v for k in required):
                return False
            for key, value in v.items():
                if not names(key):
                    return False
                if not props.get(key, extra)(value):
                    return False
            return True

        return check_object
