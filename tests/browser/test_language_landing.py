"""The site root sends a first-time reader to their browser language; a choice made with the switcher wins."""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def open_root(browser, demo_server, locale, javascript=True, stored=None):
    context = browser.new_context(locale=locale, java_script_enabled=javascript)
    if stored:
        context.add_init_script(f"localStorage.setItem('hc.language', '{stored}')")
    page = context.new_page()
    page.goto(demo_server + "/", wait_until="networkidle")
    return context, page


@pytest.mark.parametrize(
    ("locale", "expected"), [("ja-JP", "/ja/"), ("es-MX", "/es/"), ("zh-CN", "/zh/"), ("en-US", "/")]
)
def test_first_visit_goes_to_the_browser_language(browser, demo_server, locale, expected):
    context, page = open_root(browser, demo_server, locale)
    assert page.url == demo_server + expected
    context.close()


@pytest.mark.parametrize(("locale", "stored"), [("ja-JP", "ko"), ("en-US", "es")])
def test_a_remembered_choice_wins_over_the_browser(browser, demo_server, locale, stored):
    # neither the browser's language nor the default one: only the remembered choice leads there
    context, page = open_root(browser, demo_server, locale, stored=stored)
    assert page.url == demo_server + f"/{stored}/"
    assert page.get_attribute("html", "lang") == stored
    context.close()


def test_switcher_click_is_remembered(browser, demo_server):
    context, page = open_root(browser, demo_server, "en-US")
    page.locator(".md-header__option .md-select").hover()
    page.locator('.md-select__link[hreflang="ko"]').click()
    page.wait_for_url(demo_server + "/ko/")
    page.goto(demo_server + "/", wait_until="networkidle")
    assert page.url == demo_server + "/ko/"
    context.close()


def test_without_javascript_the_root_stays_english(browser, demo_server):
    context, page = open_root(browser, demo_server, "ja-JP", javascript=False)
    assert page.url == demo_server + "/"
    assert page.get_attribute("html", "lang") == "en"
    context.close()
