"""Quality gates in Debian Chromium on the built demo: every page template in every language plus a sample of
articles must have no serious or critical axe (WCAG 2.1 AA) violation, no console error, no failed or foreign
request and no Content-Security-Policy violation. Keyboard users reach search, the language switcher and the
main content, with a visible focus ring."""

from __future__ import annotations

import random

import pytest
from conftest import AXE, DEMO_LANGUAGES, ROOT, WCAG_21_AA, require_demo

from helpcenter.content.catalog import Role, role_of

pytestmark = [pytest.mark.browser, pytest.mark.slow]
require_demo()

TEMPLATES = {
    "home": "",
    "category": "security/",
    "article": "security/enable-2fa/",
    "search": "search/?q=2FA",
    "contact": "contact/",
    "verify": "verify/",
    "announcements": "announcements/",
    "announcement": "announcements/fake-support-telegram/",
    "status": "translation-status/",
    "404": "404.html",
}
CSP_RECORDER = (
    "window.__cspViolations = [];"
    "document.addEventListener('securitypolicyviolation',"
    " e => window.__cspViolations.push(e.violatedDirective + ' ' + e.blockedURI));"
)


def sample_articles(count: int = 3, seed: int = 2026) -> list[str]:
    ids = sorted(
        p.relative_to(ROOT / "docs/en").as_posix()
        for p in (ROOT / "docs/en").glob("*/*.md")
        if role_of(p.relative_to(ROOT / "docs/en").as_posix()) is Role.ARTICLE
    )
    return [doc_id.removesuffix(".md") + "/" for doc_id in random.Random(seed).sample(ids, count)]


PAGES = [(lang, name, path) for lang in DEMO_LANGUAGES for name, path in TEMPLATES.items()] + [
    (lang, f"sample {path}", path) for lang in DEMO_LANGUAGES for path in sample_articles()
]


@pytest.mark.parametrize(("lang", "name", "path"), PAGES, ids=[f"{lang}-{name}" for lang, name, _ in PAGES])
def test_page_passes_the_gate(watched_page, demo_server, lang, name, path):
    page, watch = watched_page
    page.add_init_script(CSP_RECORDER)
    prefix = "/" if lang == "en" else f"/{lang}/"
    page.goto(demo_server + prefix + path, wait_until="networkidle")
    page.evaluate(AXE)  # CDP evaluation is not subject to the page's CSP, which stays under test
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    blocking = [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]
    assert blocking == []
    assert page.evaluate("window.__cspViolations") == []
    watch.assert_clean()


def focused(page) -> dict:
    return page.evaluate(
        """() => {
          const el = document.activeElement;
          const style = getComputedStyle(el);
          return {
            tag: el.tagName.toLowerCase(),
            search: el.matches('input[data-hc-search]'),
            switcher: !!el.closest('.md-select'),
            skip: el.matches('.md-skip'),
            ring: (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0) || style.boxShadow !== 'none',
          };
        }"""
    )


def test_keyboard_reaches_content_search_and_language_switcher_with_a_focus_ring(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/security/enable-2fa/", wait_until="networkidle")
    reached: dict[str, dict] = {}
    for _ in range(40):
        page.keyboard.press("Tab")
        state = focused(page)
        for key in ("skip", "search", "switcher"):
            if state[key] and key not in reached:
                reached[key] = state
        if len(reached) == 3:
            break
    assert set(reached) == {"skip", "search", "switcher"}
    assert all(state["ring"] for state in reached.values()), reached
    page.wait_for_load_state("networkidle")  # focusing the search box starts loading its index
    watch.assert_clean()


def test_skip_link_moves_focus_into_the_article(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/security/enable-2fa/", wait_until="networkidle")
    page.keyboard.press("Tab")
    assert focused(page)["skip"]
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") != ""
    watch.assert_clean()
