"""The compiled yes/no in front of jsonschema (helpcenter/content/schema_check.py): it passes valid input, never
passes what jsonschema refuses, and a valid site's build never imports jsonschema (memory, issue 17)."""

from __future__ import annotations

import copy
import os
import random
import subprocess
import sys

import pytest
import yaml
from conftest import HOME, ROOT, article, write_site

from helpcenter.content import json_schemas
from helpcenter.content.schema_check import compile_check
from helpcenter.publish import announcements
from helpcenter.publish.support import schema as channels

FIXTURE_CHANNELS = (ROOT / "tests" / "validation" / "fixture_channels.yml").read_text(encoding="utf-8")


def _agrees(schema: dict, value, **options) -> bool:
    formats = json_schemas.format_checker(options.get("formats", {}))
    fast = compile_check(schema, **options)
    assert fast is not None
    real = json_schemas.validator_class()(schema, format_checker=formats).is_valid(value)
    return fast(value) == real


@pytest.mark.parametrize(
    ("schema", "value"),
    [
        ({"type": "object", "additionalProperties": False, "properties": {"a": {"type": "integer"}}}, {"a": 1}),
        ({"type": "object", "additionalProperties": False, "properties": {"a": {"type": "integer"}}}, {"b": 1}),
        ({"type": "object", "properties": {"a": {"type": "integer"}}}, {"b": "any"}),
        ({"type": "object", "additionalProperties": {"type": "string"}}, {"b": 2}),
        ({"type": "object", "propertyNames": {"pattern": "^[a-z]+$"}}, {"B": 2}),
        ({"type": "object", "required": ["a"]}, {}),
        ({"type": "integer", "minimum": 0, "maximum": 5}, 6),
        ({"type": "integer", "minimum": 0, "maximum": 5}, 5),
        ({"type": "integer"}, 3.0),
        ({"type": "integer"}, True),
        ({"type": "array", "minItems": 1, "items": {"enum": ["a", "b"]}}, []),
        ({"type": "array", "minItems": 1, "items": {"enum": ["a", "b"]}}, ["b"]),
        ({"type": "string", "pattern": r"\S", "title": "t", "description": "d", "default": "x"}, " "),
        ({"format": "day"}, "monday"),
        ({"format": "day"}, 7),
    ],
)
def test_the_check_agrees_with_jsonschema_on_each_keyword(schema, value):
    assert _agrees(schema, value, formats={"day": lambda v: v in ("monday", "tuesday")})


@pytest.mark.parametrize("schema", [{"anyOf": [{"type": "string"}]}, {"type": "null"}, {"format": "unknown"}])
def test_a_keyword_it_does_not_know_leaves_the_schema_to_jsonschema(schema):
    assert compile_check(schema, formats={}) is None


def _paths(data, path=()):
    yield path
    if isinstance(data, dict):
        for key, value in data.items():
            yield from _paths(value, (*path, key))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from _paths(value, (*path, index))


def _replace(data, path, value):
    changed = copy.deepcopy(data)
    if not path:
        return value
    node = changed
    for part in path[:-1]:
        node = node[part]
    if value is _DELETE:
        del node[path[-1]]
    else:
        node[path[-1]] = value
    return changed


_DELETE = object()
_VALUES = [
    _DELETE,
    None,
    "",
    " ",
    "x",
    "Asia/Tokyo",
    "Mars/Olympus",
    "09:00",
    "25:00",
    "chat",
    "monday",
    channels.YamlDate("2026-12-31"),
    channels.YamlDate("2026-13-31"),
    0,
    6,
    2,
    2.0,
    True,
    [],
    ["x"],
    {},
    {"unknown": 1},
]


def _channels_data(text: str):
    tree = channels._Tree({}, {}, [])
    return channels._to_data(yaml.compose(text, Loader=yaml.SafeLoader), (), tree)


def test_the_channels_check_never_passes_what_the_schema_refuses():
    data = _channels_data(FIXTURE_CHANNELS)
    declared = tuple(data["languages"])
    known = (*declared, "pt-BR")
    fast = channels._fast_check(declared, known)
    real = channels._validator(declared, known)
    assert fast is not None and fast(data) and real.is_valid(data)
    paths = list(_paths(data))[1:]
    rng = random.Random(17)
    refused = 0
    for _ in range(1500):
        changed = data
        for _ in range(rng.randint(1, 3)):
            candidates = [p for p in _paths(changed)][1:]
            changed = _replace(changed, rng.choice(candidates or paths), rng.choice(_VALUES))
        valid = real.is_valid(changed)
        if fast(changed):
            assert valid, changed
        refused += not valid
    assert refused > 500  # the mutations really hold mistakes


def test_the_announcement_settings_check_never_passes_what_the_schema_refuses():
    schema = json_schemas.load("announcement-settings")
    real = json_schemas.validator_class()(schema)
    values = [v for v in _VALUES if v is not _DELETE]
    rng = random.Random(18)
    for _ in range(500):
        settings = {rng.choice([*schema["properties"], "colour"]): rng.choice(values) for _ in range(rng.randint(0, 4))}
        if announcements._SETTINGS_VALID(settings):
            assert real.is_valid(settings), settings
    assert announcements._SETTINGS_VALID({"per_page": 3, "status_url": ""})


def test_a_valid_site_builds_without_importing_jsonschema(tmp_path):
    """jsonschema costs each build process about 3 MB: only a site with a mistake in a schema-checked file needs it.
    The site has front matter of every role, a channels file and announcement settings, all valid."""
    files = {"en/index.md": HOME, "ja/index.md": HOME}
    for language in ("en", "ja"):
        files[f"{language}/billing/index.md"] = "---\ntitle: Billing\ndescription: Invoices.\n---\n"
        files[f"{language}/billing/refunds.md"] = article("Refunds")
    config = write_site(tmp_path, files)
    code = (
        "import pathlib, sys\n"
        "from helpcenter.adapter.site_build import build_site\n"
        f"build_site(pathlib.Path({str(config)!r}), pathlib.Path({str(tmp_path / 'site')!r}), jobs=1)\n"
        "print('imported' if 'jsonschema' in sys.modules else 'not imported')\n"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / "site" / "en" / "billing" / "refunds" / "index.html").exists() or (
        tmp_path / "site" / "billing" / "refunds" / "index.html"
    ).exists()
    assert done.stdout.split()[-2:] == ["not", "imported"], done.stdout[-500:]
