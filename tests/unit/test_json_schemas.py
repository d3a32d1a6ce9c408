"""One schema language (issue 17): front matter, the announcement settings and the API's output are JSON Schema files
in helpcenter/schemas/, shipped with the package; announcement types have one definition."""

from __future__ import annotations

import datetime as dt
import itertools
import random
import re
import tomllib

import pytest
import yaml
from conftest import ROOT
from jsonschema import Draft202012Validator

from helpcenter.content import json_schemas
from helpcenter.content.catalog import Role
from helpcenter.content.validation import schema as front_matter
from helpcenter.publish import announcements
from helpcenter.publish.api_export import SCHEMAS


@pytest.mark.parametrize("name", json_schemas.names())
def test_every_schema_file_is_a_draft_2020_12_schema(name):
    assert json_schemas.document(name)["$schema"] == json_schemas.DIALECT
    Draft202012Validator.check_schema(json_schemas.document(name))
    loaded = json_schemas.load(name)
    Draft202012Validator.check_schema(loaded)
    assert "$ref" not in repr(loaded)  # references inlined: a published schema stands alone


def test_the_schemas_are_what_the_code_reads():
    assert {"front-matter", "announcement-settings", "api-index", "api-article", "api-announcements"} <= set(
        json_schemas.names()
    )
    assert SCHEMAS["index"] == json_schemas.load("api-index")
    assert front_matter.schema_for(Role.ANNOUNCEMENT)["required"] == ["title", "description", "type", "date"]


def test_the_schemas_ship_with_the_package():
    data = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert "schemas/*.schema.json" in data["tool"]["setuptools"]["package-data"]["helpcenter"]
    assert any(d.startswith("jsonschema") for d in data["project"]["dependencies"])
    assert json_schemas.SCHEMAS_DIR == ROOT / "helpcenter" / "schemas"


def test_announcement_types_have_one_definition():
    enum = json_schemas.definition("front-matter", "announcement-type")["enum"]
    assert list(announcements.TYPES) == enum
    assert front_matter.PROPERTIES["type"]["enum"] == enum
    api = SCHEMAS["announcements"]["properties"]["announcements"]["items"]["properties"]["type"]
    assert api["enum"] == enum
    for locale in sorted((ROOT / "helpcenter" / "locales").glob("*.yml")):
        strings = yaml.safe_load(locale.read_text(encoding="utf-8"))
        assert [t for t in enum if not strings.get(f"type_{t}")] == [], locale.name
    # no second list of them in code, templates or scripts: a new type is one line of the schema (and its labels)
    literal = re.compile(r"""["']delisting["']""")
    copies = [
        str(path.relative_to(ROOT))
        for folder in ("helpcenter", "hooks", "overrides", "scripts")
        for path in (ROOT / folder).rglob("*")
        if path.suffix in (".py", ".html", ".js", ".json")
        and "vendor" not in path.parts
        and path.parent.name != "schemas"
        and literal.search(path.read_text(encoding="utf-8", errors="replace"))
    ]
    assert copies == []


def test_the_article_schema_starts_with_an_index_entry():
    entry = SCHEMAS["index"]["properties"]["articles"]["items"]
    article = SCHEMAS["article"]
    assert list(article["properties"])[: len(entry["properties"])] == list(entry["properties"])
    assert {k: article["properties"][k] for k in entry["properties"]} == entry["properties"]
    assert article["required"][: len(entry["required"])] == entry["required"]


def test_announcement_settings_follow_their_schema():
    assert announcements.Settings.from_config(None) == announcements.Settings()
    assert announcements.Settings.from_config({"per_page": 2}).per_page == 2
    with pytest.raises(ValueError) as caught:
        announcements.Settings.from_config({"per_page": 0, "on_home": 2.0, "precedence_clause": "yes", "colour": 1})
    message = str(caught.value)
    # every problem at once, each naming its setting
    for part in (
        "extra.helpcenter.announcements: unknown setting(s) colour",
        "extra.helpcenter.announcements.per_page must be a whole number of at least 1",
        "extra.helpcenter.announcements.on_home must be a whole number of at least 1",
        "extra.helpcenter.announcements.precedence_clause must be true or false",
    ):
        assert part in message
    with pytest.raises(ValueError, match="must be a mapping"):
        announcements.Settings.from_config([1])
    # the defaults the dataclass uses are the schema's
    props = json_schemas.load("announcement-settings")["properties"]
    assert announcements.Settings() == announcements.Settings(**{k: v["default"] for k, v in props.items()})


VALUES = [
    None,
    "",
    " ",
    "x",
    "a" * 41,
    "b" * 161,
    0,
    -1,
    3,
    3.0,
    True,
    [],
    ["a"],
    ["a", "a"],
    ["a", "b", "c", "d", "e", "f", "g"],
    [5, 5],
    [1, 1.0],
    [""],
    [["x"]],
    {"a": 1},
    "2026-01-01",
    "2026-13-01",
    "2026-01-01 10:00:00",
    "maintenance",
    "outage",
    "material/shield",
    "Material/Shield",
    "search.html",
    ["toc"],
    ["tocc"],
    ["security/enable-2fa.md"],
]


def test_the_fast_path_never_passes_what_the_schema_refuses():
    """Valid front matter skips jsonschema's walk (speed at 10,000 pages); it must never let an error through."""
    keys = [*front_matter.PROPERTIES, "colour"]
    rng = random.Random(7)
    checked = refused = 0
    for _ in range(3000):
        meta = {rng.choice(keys): rng.choice(VALUES) for _ in range(rng.randint(0, 5))}
        for role, article_keys in itertools.product(Role, ((), ("description", "tags", "updated"))):
            fast = front_matter._fast_check(role, article_keys)
            real = front_matter._validator(role, article_keys)
            assert fast is not None
            if fast(meta):
                assert real.is_valid(meta), (role, meta)
            refused += not real.is_valid(meta)
            checked += 1
    assert refused > checked // 4  # the grid really holds invalid front matter


def test_yaml_dates_are_the_text_they_were_written_as():
    ok = front_matter.validate_front_matter(
        "p.md",
        "a/b.md",
        Role.ARTICLE,
        {"updated": dt.date(2026, 10, 14), "title": dt.date(2026, 1, 1)},
        {"updated": 2, "title": 3},
        {},
        set(),
    )
    assert ok == []
    bad = front_matter.validate_front_matter(
        "p.md", "a/b.md", Role.ARTICLE, {"updated": dt.datetime(2026, 10, 14, 9, 30)}, {"updated": 2}, {}, set()
    )
    assert [(f.line, f.code, f.message) for f in bad] == [
        (2, "HC105", "'updated' is not an ISO date (2026-10-14 09:30:00)")
    ]


FIXTURE_CHANNELS = (ROOT / "tests" / "validation" / "fixture_channels.yml").read_text(encoding="utf-8")


def test_the_channels_schema_is_the_one_the_pages_read():
    from helpcenter.publish.support import schema as channels

    document = json_schemas.document("support-channels")
    assert tuple(document["$defs"]["weekday"]["enum"]) == channels.WEEKDAYS
    assert tuple(document["$defs"]["channel"]["properties"]["kind"]["enum"]) == channels.CHANNEL_KINDS
    assert set(channels.CONTACT_FIELD_FOR_KIND) == set(channels.CHANNEL_KINDS)


def test_every_channels_error_at_once_at_its_own_line():
    from helpcenter.publish.support import schema as channels

    languages = tuple(yaml.safe_load(FIXTURE_CHANNELS)["languages"])
    assert channels.validate(FIXTURE_CHANNELS, "c.yml", languages) == []
    lines = FIXTURE_CHANNELS.split("\n")
    changed = {}
    for number, line in enumerate(lines):
        if line.strip().startswith("kind:") and "kind" not in changed:
            lines[number] = line.replace(line.split(":", 1)[1], " pigeon-post")
            changed["kind"] = number + 1
        elif line.strip().startswith("min_vip_tier:") and "tier" not in changed:
            lines[number] = line.replace(line.split(":", 1)[1], " three")
            changed["tier"] = number + 1
        elif line.strip().startswith("time_zone:") and "zone" not in changed:
            lines[number] = line.replace(line.split(":", 1)[1], " Mars/Olympus")
            changed["zone"] = number + 1
    assert len(changed) == 3
    found = {(f.line, f.code) for f in channels.validate("\n".join(lines), "c.yml", languages)}
    assert {(changed["kind"], "SUP110"), (changed["tier"], "SUP101"), (changed["zone"], "SUP130")} <= found


def test_the_writers_guide_lists_the_schemas_announcement_types():
    guide = (ROOT / "CONTRIBUTING.md").read_text(encoding="utf-8")
    row = next(line for line in guide.splitlines() if line.startswith("| `type` | announcements |"))
    assert re.findall(r"`([a-z]+)`", row.split("|")[3]) == list(announcements.TYPES)
