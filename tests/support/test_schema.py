"""The support channels schema: the real file is valid, and each bad input gives its exact code and line."""

from __future__ import annotations

import pytest
from conftest import DEMO_BRAND, DEMO_LANGUAGES, ROOT, require_demo

from helpcenter.publish.support import schema
from helpcenter.publish.support.pages import build_support_context, load_channels

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

CHANNELS = ROOT / "data" / "support-channels.yml"
TEXT = CHANNELS.read_text(encoding="utf-8")
PATH = "data/support-channels.yml"


def line_of(text: str, fragment: str) -> int:
    """1-based line on which ``fragment`` starts; it must occur exactly once."""
    assert text.count(fragment) == 1, fragment
    return text[: text.index(fragment)].count("\n") + 1


def mutate(old: str, new: str, count: int = 1) -> str:
    assert old in TEXT, old
    return TEXT.replace(old, new, count)


def test_the_demo_channels_file_is_valid():
    assert schema.validate(TEXT, PATH, DEMO_LANGUAGES) == []


JP_RULE = '        - {days: [mon, tue, wed, thu, fri], open: "09:00", close: "18:00"}\n      closed_dates: [2026-12-31'
JP_EXTRA = '        - {days: [fri, sat], open: "17:30", close: "20:00"}\n'

# (name, old, new, code, fragment of the new text where the finding points, column or None)
CASES = [
    ("bad time zone", "time_zone: Asia/Tokyo", "time_zone: Asia/Tokio", schema.BAD_TIME_ZONE, "Asia/Tokio", 18),
    ("time zone abbreviation", "time_zone: Asia/Seoul", "time_zone: KST", schema.BAD_TIME_ZONE, "time_zone: KST", 18),
    (
        "overlapping hours",
        JP_RULE,
        JP_RULE.replace("      closed_dates", JP_EXTRA + "      closed_dates"),
        schema.OVERLAPPING_HOURS,
        JP_EXTRA.strip(),
        11,
    ),
    (
        "missing translation",
        "    ja: UID（8 桁の数字。例：20481937）\n",
        "",
        schema.MISSING_TRANSLATION,
        "    en: Your UID (8 digits",
        5,
    ),
    (
        "empty translation",
        "es: Chat en vivo}",
        'es: ""}',
        schema.MISSING_TRANSLATION,
        "name: {en: Live chat",
        11,
    ),
    ("unknown channel kind", "kind: forum", "kind: pigeon-post", schema.UNKNOWN_KIND, "pigeon-post", 11),
    ("unknown key", "    kind: chat\n", "    kind: chat\n    colour: blue\n", schema.UNKNOWN_KEY, "colour: blue", 5),
    ("unknown language", "    es: Tu UID", "    fr: Ton UID\n    es: Tu UID", schema.UNKNOWN_KEY, "fr: Ton UID", 5),
    (
        "missing required key",
        "    kind: email\n",
        "",
        schema.MISSING_KEY,
        "  - id: email\n",
        5,
    ),
    ("wrong type", "min_vip_tier: 3", "min_vip_tier: three", schema.WRONG_TYPE, "min_vip_tier: three", 19),
    ("tier out of range", "min_vip_tier: 3", "min_vip_tier: 9", schema.BAD_VALUE, "min_vip_tier: 9", 19),
    (
        "bad time",
        'open: "09:00", close: "18:00"}\n      closed_dates: [2027-01-01]',
        'open: "09:00", close: "25:00"}\n      closed_dates: [2027-01-01]',
        schema.BAD_TIME,
        '"25:00"',
        None,
    ),
    (
        "unquoted sexagesimal time",
        'close: "18:00"}\n      closed_dates: [2026-12-25',
        "close: 18:00}\n      closed_dates: [2026-12-25",
        schema.BAD_TIME,
        "18:00}\n      closed_dates: [2026-12-25",
        None,
    ),
    (
        "closes before it opens",
        'open: "09:00", close: "18:00"}\n      closed_dates: [2026-12-25',
        'open: "18:00", close: "09:00"}\n      closed_dates: [2026-12-25',
        schema.BAD_TIME,
        '"09:00"}\n      closed_dates: [2026-12-25',
        None,
    ),
    (
        "bad closed date",
        "closed_dates: [2027-01-01]",
        "closed_dates: [2027-02-30]",
        schema.WRONG_TYPE,
        "2027-02-30",
        None,
    ),
    (
        "no hours",
        "    hours: {always: true}\n    response:\n      en: Reply within 24–48",
        "    hours: {always: false}\n    response:\n      en: Reply within 24–48",
        schema.EMPTY_HOURS,
        "{always: false}",
        12,
    ),
    (
        "unknown prepare item",
        "prepare: [uid, txid, network, amount, time, screenshots]",
        "prepare: [uid, passport, network, amount, time, screenshots]",
        schema.UNKNOWN_REFERENCE,
        "passport",
        None,
    ),
    (
        "unknown chooser channel",
        "      channel: ticket\n",
        "      channel: fax\n",
        schema.UNKNOWN_REFERENCE,
        "channel: fax",
        16,
    ),
    (
        "unknown fallback topic",
        "topic_fallback: other",
        "topic_fallback: weather",
        schema.UNKNOWN_REFERENCE,
        "weather",
        19,
    ),
    ("duplicate channel id", "  - id: phone-kr", "  - id: phone-jp\n", schema.DUPLICATE_ID, None, None),
    (
        "bad email",
        "    email: support@corvexa.example\n",
        "    email: support(at)corvexa.example\n",
        schema.BAD_VALUE,
        "support(at)corvexa",
        12,
    ),
    (
        "channel email not official",
        "    email: support@corvexa.example\n",
        "    email: help@corvexa.example\n",
        schema.UNKNOWN_REFERENCE,
        "help@corvexa",
        12,
    ),
    (
        "http url",
        "url: https://community.corvexa.example\n",
        "url: http://community.corvexa.example\n",
        schema.BAD_VALUE,
        "http://community",
        10,
    ),
    ("phone channel without phone", '    phone: "+82 2 3455 0100"\n', "", schema.MISSING_KEY, "  - id: phone-kr", 5),
    (
        "language list incomplete",
        "languages: [en, zh, ja, ko, es]\n\n#",
        "languages: [en, zh, ja, ko]\n\n#",
        schema.UNDECLARED_LANGUAGE,
        "[en, zh, ja, ko]\n",
        12,
    ),
    ("list instead of mapping", "  brand: corvexa", "  brand: [corvexa]", schema.WRONG_TYPE, "[corvexa]", 10),
]


@pytest.mark.parametrize(("name", "old", "new", "code", "fragment", "col"), CASES, ids=[c[0] for c in CASES])
def test_bad_input_gives_its_code_and_line(name, old, new, code, fragment, col):
    text = mutate(old, new)
    findings = schema.validate(text, PATH, DEMO_LANGUAGES)
    assert [f.code for f in findings] == [code], [f.format() for f in findings]
    finding = findings[0]
    if fragment is None:  # the duplicate id: the second occurrence
        fragment_line = [i for i, line in enumerate(text.splitlines(), 1) if line == "  - id: phone-jp"][1]
        assert finding.line == fragment_line
    else:
        assert finding.line == line_of(text, fragment)
    if col is not None:
        assert finding.col == col
    assert finding.format().startswith(f"{PATH}:{finding.line}:{finding.col}: {code} ")
    assert " Fix: " in finding.format()


def test_yaml_syntax_error_points_at_the_line():
    text = mutate("    hours: {always: true}\n", "    hours: {always: true\n")
    findings = schema.validate(text, PATH, DEMO_LANGUAGES)
    assert [f.code for f in findings] == [schema.YAML_ERROR]
    assert findings[0].line > line_of(TEXT, "  - id: live-chat")


def test_every_finding_is_reported_not_only_the_first():
    text = mutate("time_zone: Asia/Tokyo", "time_zone: Mars/Olympus")
    text = text.replace("kind: forum", "kind: carrier-pigeon")
    codes = sorted(f.code for f in schema.validate(text, PATH, DEMO_LANGUAGES))
    assert codes == [schema.UNKNOWN_KIND, schema.BAD_TIME_ZONE]


def test_empty_file():
    assert [f.code for f in schema.validate("", PATH, DEMO_LANGUAGES)] == [schema.MISSING_KEY]


@pytest.mark.parametrize("language", DEMO_LANGUAGES)
def test_the_pages_get_every_channel_in_every_language(language):
    from helpcenter.content.strings import load_strings

    data = load_channels(TEXT)
    context = build_support_context(
        data, language, load_strings(language, DEMO_BRAND), home_url="", freeze_url="security/x/"
    )
    assert [c.id for c in context.channels] == [c["id"] for c in data["channels"]]
    assert {c.id for c in context.phone_lines} == {"phone-jp", "phone-kr", "phone-es"}
    jp = next(c for c in context.channels if c.id == "phone-jp")
    assert jp.time_zone == "Asia/Tokyo" and len(jp.hours_lines) == 1
    # the language's clock, as the browser's Intl shows it: 6:00 PM in English, 18:00 in the others
    closing = {"en": "6:00\u202fPM", "ko": "PM 6:00"}.get(language, "18:00")
    assert jp.hours_lines[0].endswith(" – " + closing)
    assert jp.href == "tel:+81345860100"
    assert all(c.name and c.response for c in context.channels)
    assert context.urgencies[0].freeze_first is True
