"""Issue 19, the results page as readers see it in Chromium: on a phone (390x844) the filters fold behind a
"Filters (n)" button and the first result shows in the first screen (the demo, in English and Japanese); matching
announcements are a group of their own, titled after their listing, and the count counts articles and
announcements (a small fixture help center, tests/search/search_fixture.py)."""

from __future__ import annotations

from urllib.parse import urlparse

import pytest
import search_fixture as fixture
from conftest import load_script, wait_until, write_site

pytestmark = [pytest.mark.browser, pytest.mark.slow]

PHONE = {"width": 390, "height": 844}
RESULT = "[data-hc-results-list] a[data-hc-result]"
NEWS_RESULT = "[data-hc-announcements-list] a[data-hc-result]"
TOGGLE = "[data-hc-filters-toggle]"
FACET = "[data-hc-category-filter]"


def open_results(page, url: str, rendered: str | None = None) -> None:
    page.goto(url, wait_until="networkidle")
    script = "(r) => { const d = document.querySelector('[data-hc-results-page]').dataset.hcRendered;"
    wait_until(page, script + " return r === null ? Boolean(d) : d === r; }", rendered)


@pytest.mark.parametrize(("prefix", "query", "label"), [("", "withdrawal", "Filters"), ("ja/", "出金", "絞り込み")])
def test_on_a_phone_the_filters_fold_and_the_first_result_shows_first(browser, demo_server, prefix, query, label):
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True)
    page = context.new_page()
    open_results(page, f"{demo_server}/{prefix}search/?q={query}")
    first = page.locator(RESULT).first.bounding_box()
    assert first is not None and first["y"] >= 0
    assert first["y"] + min(first["height"], 48) <= PHONE["height"], f"first result at {first}"
    toggle = page.locator(TOGGLE)
    assert toggle.is_visible() and toggle.get_attribute("aria-expanded") == "false"
    assert toggle.inner_text().startswith(label) and "0" in toggle.inner_text()
    assert not page.locator(FACET).is_visible()
    toggle.click()
    assert toggle.get_attribute("aria-expanded") == "true" and page.locator(FACET).is_visible()
    # choosing a category counts it on the button; the filters stay open
    option = page.locator(f"{FACET} a[data-hc-category]:not([data-hc-category=''])").first
    chosen = option.get_attribute("data-hc-category")
    option.click()
    rendered = "(c) => document.querySelector('[data-hc-results-page]').dataset.hcRendered.endsWith('category=' + c)"
    wait_until(page, rendered, chosen)
    assert "1" in toggle.inner_text() and page.locator(FACET).is_visible()
    # nothing scrolls sideways
    assert page.evaluate("() => document.documentElement.scrollWidth <= window.innerWidth")
    context.close()


def test_on_a_wide_screen_the_filters_show_without_a_button(browser, demo_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_results(page, f"{demo_server}/search/?q=withdrawal")
    assert not page.locator(TOGGLE).is_visible()
    assert page.locator(FACET).is_visible()
    context.close()


@pytest.fixture(scope="module")
def fixture_server(tmp_path_factory):
    from helpcenter.adapter.site_build import build_site

    root = tmp_path_factory.mktemp("search-results-fixture")
    build_site(write_site(root, fixture.FILES, ("en",)), root / "site", jobs=1)
    server = load_script("screenshots").serve(root / "site")
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


def paths(page, selector: str) -> list[str]:
    hrefs = page.locator(selector).evaluate_all("links => links.map(a => a.href)")
    return [urlparse(h).path.strip("/") for h in hrefs]


def test_announcements_are_a_labelled_group_and_counted(browser, fixture_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    open_results(page, f"{fixture_server}/search/?q={fixture.WORD}")
    articles, news = paths(page, RESULT), paths(page, NEWS_RESULT)
    assert set(articles) == {fixture.IN_TITLE, fixture.IN_TAGS, fixture.IN_BODY}
    assert news == [fixture.ANNOUNCEMENT]
    group = page.locator("[data-hc-announcements]")
    assert group.is_visible()
    # labelled by its heading, which is the announcements listing's title (the fixture calls it News)
    title_id = group.get_attribute("aria-labelledby")
    assert page.locator(f"#{title_id}").inner_text() == "News"
    assert page.locator("[data-hc-results-summary]").inner_text().startswith("4 results")
    # a query no announcement matches hides the group
    open_results(page, f"{fixture_server}/search/?q=spreadsheet")
    assert paths(page, RESULT) == [fixture.IN_TITLE] and not group.is_visible()
    context.close()
