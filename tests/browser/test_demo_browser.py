"""The built demo in Debian Chromium: languages, navigation, language switching, diagrams, no stray requests."""

from __future__ import annotations

import pytest
from conftest import DEMO_BRAND, DEMO_LANGUAGES

from helpcenter.content.strings import load_strings

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def prefix(lang: str) -> str:
    return "/" if lang == "en" else f"/{lang}/"


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_home_renders_in_its_language(watched_page, demo_server, lang):
    page, watch = watched_page
    page.goto(demo_server + prefix(lang), wait_until="networkidle")
    assert page.get_attribute("html", "lang") == lang
    strings = load_strings(lang, DEMO_BRAND)
    assert page.inner_text("#hc-hero-title") == strings["search_hero_title"]
    assert page.inner_text("#hc-topics-title") == strings["browse_topics"]
    assert page.locator(".hc-card").count() >= 8
    watch.assert_clean()


def test_reader_goes_home_to_category_to_article(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/", wait_until="networkidle")
    page.get_by_role("link", name="Security").first.click()
    page.wait_for_load_state("networkidle")
    assert page.url == demo_server + "/security/"
    assert page.inner_text("h1") == "Security"
    page.locator(".hc-article-list__link", has_text="freeze my account").click()
    page.wait_for_load_state("networkidle")
    assert page.url == demo_server + "/security/freeze-account/"
    crumbs = page.locator(".hc-breadcrumbs li").all_inner_texts()
    assert [c.strip() for c in crumbs] == ["Home", "Security"]
    assert page.locator("#freeze-now").count() == 1
    watch.assert_clean()


@pytest.mark.parametrize("lang", ["ja", "es"])
def test_language_switcher_stays_on_the_same_article(watched_page, demo_server, lang):
    page, watch = watched_page
    page.goto(demo_server + "/deposits-withdrawals/withdrawal-fees/", wait_until="networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator(f'.md-select__link[hreflang="{lang}"]').click()
    page.wait_for_load_state("networkidle")
    assert page.url == f"{demo_server}/{lang}/deposits-withdrawals/withdrawal-fees/"
    assert page.get_attribute("html", "lang") == lang
    watch.assert_clean()


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_flowcharts_render_locally(watched_page, demo_server, lang):
    page, watch = watched_page
    page.goto(demo_server + prefix(lang) + "deposits-withdrawals/deposit-not-credited/", wait_until="networkidle")
    page.wait_for_selector("pre.hc-mermaid[data-processed] svg", timeout=15000)
    assert page.locator("pre.hc-mermaid[data-error]").count() == 0
    watch.assert_clean()


@pytest.mark.parametrize(("path", "lang"), [("/ja/no-such-page/", "ja"), ("/no-such-page/", "en")])
def test_missing_page_shows_the_language_404(watched_page, demo_server, path, lang):
    page, _ = watched_page
    response = page.goto(demo_server + path, wait_until="networkidle")
    assert response.status == 404
    assert page.url == demo_server + path  # served in place, not a redirect to 404.html
    assert page.get_attribute("html", "lang") == lang
    assert page.inner_text("h1") == load_strings(lang, DEMO_BRAND)["not_found_title"]
