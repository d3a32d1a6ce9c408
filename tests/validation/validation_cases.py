"""The bad-input catalog: tiny broken sites, each with the one finding it must produce (code, path, line)."""

from __future__ import annotations

from dataclasses import dataclass, field

from helpcenter.findings import Severity


def front(*lines: str) -> str:
    return "---\n" + "\n".join(lines) + "\n---\n"


ARTICLE_FRONT = (
    "title: How do I turn on 2FA?",
    "description: Steps to turn on two-factor.",
    "tags: [2fa]",
    "updated: 2026-10-14",
)


def article(*body: str, meta: tuple[str, ...] = ARTICLE_FRONT) -> str:
    """Front matter on lines 1-6, a blank line 7, then ``body`` from line 8 on."""
    return front(*meta) + "\n" + "\n".join(body) + "\n"


TURN_ON = "## Turn it on { #turn-on }"
BASE: dict[str, str] = {
    "en/index.md": front("title: Help"),
    "en/security/index.md": front("title: Security", "description: Keep safe.", "icon: material/shield"),
    "en/security/enable-2fa.md": article(
        TURN_ON, "", "1. Open **Security**.", "", "See [lost 2FA](lost-2fa.md#recover)."
    ),
    "en/security/lost-2fa.md": article(
        "## Recover { #recover }",
        "",
        "Ask support.",
        meta=("title: I lost my 2FA", "description: What to do.", "tags: [2fa]", "updated: 2026-10-14"),
    ),
    "en/security/shot.png": "not really a png, but a file",
    "zh/index.md": front("title: 帮助"),
    "zh/security/index.md": front("title: 安全", "description: 保持安全。", "icon: material/shield"),
    "zh/security/enable-2fa.md": article(
        TURN_ON,
        "",
        "1. 打开 **安全**。",
        meta=("title: 如何开启 2FA？", "description: 开启步骤。", "tags: [2fa]", "updated: 2026-10-14"),
    ),
    # zh/security/lost-2fa.md is deliberately missing: the Chinese site falls back to English there
}

EN = "docs/en/security/enable-2fa.md"
ZH = "docs/zh/security/enable-2fa.md"
EN_ARTICLE = "en/security/enable-2fa.md"


@dataclass(frozen=True)
class Case:
    name: str
    files: dict[str, str]
    code: str
    path: str
    line: int
    severity: Severity = Severity.ERROR
    # the build raises instead of only failing strict mode (pymdownx.snippets raises on a missing snippet)
    build_raises: bool = False
    words: tuple[str, ...] = field(default_factory=tuple)  # parts of the message that must be there


def body(*lines: str) -> dict[str, str]:
    return {EN_ARTICLE: article(*lines)}


CASES: list[Case] = [
    # --- front matter ---
    Case(
        "bad-yaml",
        {EN_ARTICLE: front("title: ok", "description: bad: colon", "tags: [a]", "updated: 2026-10-14")},
        "HC100",
        EN,
        3,
        words=("invalid YAML",),
    ),
    Case("unclosed-front-matter", {EN_ARTICLE: "---\ntitle: x\n\nBody\n"}, "HC100", EN, 1),
    Case("missing-title", {EN_ARTICLE: article("Body", meta=ARTICLE_FRONT[1:])}, "HC101", EN, 1, words=("'title'",)),
    Case(
        "category-missing-icon",
        {"en/security/index.md": front("title: Security", "description: Keep safe.")},
        "HC101",
        "docs/en/security/index.md",
        1,
        words=("'icon'",),
    ),
    Case(
        "unknown-key",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT, "tittle: Typo"))},
        "HC102",
        EN,
        6,
        words=("did you mean 'title'",),
    ),
    Case(
        "bad-date",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT[:3], 'updated: "14/10/2026"'))},
        "HC105",
        EN,
        5,
        words=("ISO date",),
    ),
    Case(
        "impossible-date",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT[:3], "updated: 2026-13-01"))},
        "HC105",
        EN,
        5,
        build_raises=True,
    ),
    Case("wrong-type", {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT, "order: first"))}, "HC103", EN, 6),
    Case(
        "description-too-long",
        {EN_ARTICLE: article("Body", meta=(ARTICLE_FRONT[0], "description: " + "x" * 161, *ARTICLE_FRONT[2:]))},
        "HC104",
        EN,
        3,
    ),
    Case(
        "too-many-tags",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT[:2], "tags: [a, b, c, d, e, f, g]", ARTICLE_FRONT[3]))},
        "HC104",
        EN,
        4,
    ),
    Case(
        "duplicate-related",
        {
            EN_ARTICLE: article(
                "Body", meta=(*ARTICLE_FRONT, "related:", "  - security/lost-2fa.md", "  - security/lost-2fa.md")
            )
        },
        "HC107",
        EN,
        8,
    ),
    Case(
        "related-missing-target",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT, "related:", "  - security/lost-2fx.md"))},
        "HC106",
        EN,
        7,
        words=("did you mean 'security/lost-2fa.md'",),
    ),
    Case(
        "related-on-category",
        {
            "en/security/index.md": front(
                "title: Security", "description: Keep safe.", "icon: material/shield", "related: [x.md]"
            )
        },
        "HC108",
        "docs/en/security/index.md",
        5,
    ),
    Case(
        "hide-unknown-value",
        {EN_ARTICLE: article("Body", meta=(*ARTICLE_FRONT, "hide: [tocc]"))},
        "HC109",
        EN,
        6,
        words=("did you mean 'toc'",),
    ),
    # --- links and references ---
    Case("missing-page", body("See [the fees](../fees/trading.md)."), "HC201", EN, 8),
    Case("link-to-folder", body("", "See [security](../security/)."), "HC201", EN, 9),
    Case("absolute-link-missing", body("See [x](/security/nope.md)."), "HC201", EN, 8),
    Case("anchor-same-page", body(TURN_ON, "", "Go [up](#turn-of)."), "HC202", EN, 10),
    Case("anchor-other-page", body("Read [recovery](lost-2fa.md#recovery)."), "HC203", EN, 8, words=("recover",)),
    Case("undefined-reference", body("Text.", "", "Read [the guide][guide]."), "HC204", EN, 10),
    Case("raw-html-link-missing", body('<p><a href="../nope/">Nope</a></p>'), "HC201", EN, 8),
    Case("raw-html-link-to-md", body('<p><a href="lost-2fa.md">Lost</a></p>'), "HC213", EN, 8),
    Case("raw-html-anchor", body('<p><a href="../lost-2fa/#nothere">Lost</a></p>'), "HC203", EN, 8),
    Case("missing-image", body("Intro.", "", "![Screen](missing.png)"), "HC205", EN, 10),
    Case("raw-html-missing-image", body('<p><img src="../nope.png" alt="Nope"></p>'), "HC205", EN, 8),
    Case("image-without-alt", body("![](shot.png)"), "HC206", EN, 8),
    Case("empty-link-text", body("Click [](lost-2fa.md)."), "HC207", EN, 8),
    Case("heading-level-skip", body("## Steps { #steps }", "", "#### Detail", "", "Text."), "HC208", EN, 10),
    Case(
        "zh-link-to-untranslated",
        {"zh/security/enable-2fa.md": article("参见 [丢失 2FA](lost-2fa.md)。")},
        "HC209",
        ZH,
        8,
        Severity.WARNING,
        words=("English (en) fallback",),
    ),
    Case(
        "snippet-missing",
        body("Intro.", "", '--8<-- "docs/en/security/nothing.md"'),
        "HC211",
        EN,
        10,
        build_raises=True,
    ),
    Case("snippet-escapes-docs", body("Intro.", "", '--8<-- "mkdocs.yml"'), "HC212", EN, 10),
    # --- unsafe HTML ---
    Case("script", body("Text.", "", "<script>alert(1)</script>"), "HC301", EN, 10),
    Case("handler-raw-html", body('<p><img src="../shot.png" alt="Shot" onerror="alert(1)"></p>'), "HC302", EN, 8),
    Case("handler-attr-list", body("Text.", "", '[Click](#){ onclick="alert(1)" }'), "HC302", EN, 10),
    Case("javascript-url", body("Text.", "", "[Click](javascript:alert(1))"), "HC303", EN, 10),
    Case("data-url-image", body("![Dot](data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=)"), "HC303", EN, 8),
    Case("reserved-id", body("Text.", "", "Config", "{ #__config }"), "HC305", EN, 11),
    Case("iframe", body("Text.", "", '<iframe src="https://evil.example/embed"></iframe>'), "HC304", EN, 10),
    Case("object", body('<object data="movie.swf"></object>'), "HC306", EN, 8),
]
