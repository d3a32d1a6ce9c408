"""A tiny two-language site (en, zh) that the unit, lychee and external-link tests build on.

The bad-input catalog that lived here is tests/validation/mistakes.py now: every case that is still a mistake
(a missing title or category icon no longer is: the build derives them), and many more.
"""

from __future__ import annotations


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
