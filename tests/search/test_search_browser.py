"""Search in Debian Chromium on the built demo: per-language results, keyboard, results page, no-results state."""

from __future__ import annotations

import json
import re
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HEADER_INPUT = ".hc-search--header input[data-hc-search]"


INSTANT_RESULT = ".hc-search--header a[data-hc-result]"


def test_typing_on_ja_shows_only_japanese_results(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/ja/", wait_until="networkidle")
    page.locator(HEADER_INPUT).type("二段階認証")
    page.wait_for_selector(INSTANT_RESULT)
    hrefs = page.locator(INSTANT_RESULT).evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(h.startswith(demo_server + "/ja/") for h in hrefs)
    assert "/ja/security/enable-2fa/" in hrefs[0]
    titles = page.locator(".hc-search--header .hc-search__result-title").all_inner_texts()
    assert all(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", t) for t in titles)
    assert page.locator(".hc-search--header .hc-search__result-title mark").count() >= 1
    # a query in Latin letters still stays in the reader's language
    page.locator(HEADER_INPUT).fill("2FA")
    wait_until(page, "() => document.querySelector('.hc-search--header [role=status]').textContent.length > 0")
    hrefs = page.locator(INSTANT_RESULT).evaluate_all("links => links.map(a => a.href)")
    assert hrefs and all(h.startswith(demo_server + "/ja/") for h in hrefs)
    watch.assert_clean()


def test_slash_focuses_and_keyboard_walks_the_combobox(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/security/", wait_until="networkidle")
    page.keyboard.press("/")
    box = page.locator(HEADER_INPUT)
    assert box.evaluate("el => el === document.activeElement")
    page.keyboard.type("withdrawal fees")
    page.wait_for_selector(INSTANT_RESULT)
    assert box.get_attribute("aria-expanded") == "true"
    status = page.locator(".hc-search--header [role=status]")
    assert re.fullmatch(r"\d+ results?", status.inner_text().strip())
    page.keyboard.press("ArrowDown")
    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    assert active and active.endswith("-1")
    assert page.locator(f"#{active}").get_attribute("aria-selected") == "true"
    page.keyboard.press("ArrowUp")
    active = box.get_attribute("aria-activedescendant")
    expected = page.locator(f"#{active} a[data-hc-result]").get_attribute("href")
    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url.split("#")[0].endswith(expected.split("#")[0].lstrip("."))
    watch.assert_clean()


def test_enter_without_selection_opens_the_results_page(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/", wait_until="networkidle")
    page.locator(HEADER_INPUT).type("fees")
    page.wait_for_selector(INSTANT_RESULT)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert urlparse(page.url).path == "/search/"
    assert parse_qs(urlparse(page.url).query) == {"q": ["fees"]}
    page.wait_for_selector(".hc-results a[data-hc-result]")
    watch.assert_clean()


def test_results_page_filters_by_category_and_the_url_reproduces_it(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/search/?q=fee", wait_until="networkidle")
    page.wait_for_selector(".hc-results a[data-hc-result]")
    unfiltered = page.locator(".hc-results a[data-hc-result]").evaluate_all("links => links.map(a => a.href)")
    everything = len(unfiltered)
    categories = page.locator("[data-hc-category]").evaluate_all("links => links.map(a => a.dataset.hcCategory)")
    assert "" in categories and "fees" in categories and len(categories) >= 3
    page.locator('[data-hc-category="fees"]').click()
    wait_until(page, "() => location.search.includes('category=fees')")
    assert parse_qs(urlparse(page.url).query) == {"q": ["fee"], "category": ["fees"]}
    filtered = page.locator(".hc-results a[data-hc-result]").evaluate_all("links => links.map(a => a.href)")
    assert 0 < len(filtered) < everything
    assert all("/fees/" in h for h in filtered)
    count = page.locator('[data-hc-category="fees"] .hc-results__count').inner_text()
    assert int(count) == len(filtered)
    shared_url = page.url
    # Back: history holds the unfiltered state, and the page shows it again
    page.go_back()
    wait_until(page, "() => !location.search.includes('category=')")
    assert parse_qs(urlparse(page.url).query) == {"q": ["fee"]}
    wait_until(page, "n => document.querySelectorAll('.hc-results a[data-hc-result]').length === n", everything)
    assert page.locator(".hc-results a[data-hc-result]").evaluate_all("links => links.map(a => a.href)") == unfiltered
    assert page.locator('[data-hc-category=""]').get_attribute("aria-current") == "true"
    assert page.locator('[data-hc-category="fees"]').get_attribute("aria-current") is None
    # the filtered URL, opened afresh, reproduces the filtered results
    page.goto("about:blank")
    page.goto(shared_url, wait_until="networkidle")
    page.wait_for_selector(".hc-results a[data-hc-result]")
    assert page.locator(".hc-results a[data-hc-result]").evaluate_all("links => links.map(a => a.href)") == filtered
    assert page.locator('[data-hc-category="fees"]').get_attribute("aria-current") == "true"
    assert page.locator("input[data-hc-results-query]").input_value() == "fee"
    watch.assert_clean()


def test_no_results_shows_contact_and_popular_articles_in_the_readers_language(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/ko/search/?q=zqxjvw", wait_until="networkidle")
    empty = page.locator("[data-hc-no-results]")
    empty.wait_for(state="visible")
    assert "zqxjvw" in page.locator("[data-hc-no-results-title]").inner_text()
    assert page.locator("[data-hc-contact]").count() == 1
    popular = page.locator("[data-hc-popular] a").evaluate_all("links => links.map(a => a.href)")
    assert popular and all(h.startswith(demo_server + "/ko/") for h in popular)
    watch.assert_clean()


def test_home_hero_uses_the_same_engine(watched_page, demo_server):
    page, watch = watched_page
    page.goto(demo_server + "/es/", wait_until="networkidle")
    page.locator(".hc-search--hero input[data-hc-search]").type("comisiones de retiro")
    page.wait_for_selector(".hc-search--hero a[data-hc-result]")
    wait_until(page, "() => document.querySelector('.hc-search--hero [role=status]').textContent.length > 0")
    top = page.locator(".hc-search--hero a[data-hc-result]").evaluate_all("links => links.map(a => a.href)")[:3]
    assert any("/es/deposits-withdrawals/withdrawal-fees/" in h for h in top)
    watch.assert_clean()


def test_material_search_is_replaced_not_layered(watched_page, demo_server, demo_site):
    page, watch = watched_page
    requests = []
    page.on("request", lambda r: requests.append(r.url))
    page.goto(demo_server + "/ja/security/enable-2fa/", wait_until="networkidle")
    assert page.locator(".md-search, [data-md-component=search]").count() == 0
    assert page.locator(HEADER_INPUT).count() == 1
    page.locator(HEADER_INPUT).type("出金")
    page.wait_for_selector(INSTANT_RESULT)
    assert not [r for r in requests if "search_index.json" in r]
    # only this language's data is fetched, and of the index only the shards of the query's terms
    data = [urlparse(r).path for r in requests if r.endswith(".json")]
    assert data and all(p.startswith("/ja/search/") for p in data)
    assert "/ja/search/meta.json" in data and "/ja/search/index.json" not in data
    shards = [p for p in data if p.startswith("/ja/search/shard/")]
    total = json.loads((demo_site / "ja/search/meta.json").read_text(encoding="utf-8"))["shards"]
    assert 0 < len(shards) <= total // 2
    watch.assert_clean()


RESULT = ".hc-results a[data-hc-result]"
TODAY = "2026-11-21T12:00:00"  # the page's clock: "past 30 days" is a fixed window over the demo's dates


def result_state(page) -> dict:
    return {
        "hrefs": page.locator(RESULT).evaluate_all("links => links.map(a => a.href)"),
        "dates": page.locator(f"{RESULT} time").evaluate_all("times => times.map(t => t.dateTime)"),
        "summary": page.locator("[data-hc-results-summary]").inner_text(),
    }


def summary_count(page) -> int:
    return int(re.search(r"\d+", page.locator("[data-hc-results-summary]").inner_text().replace(",", ""))[0])


def wait_for_state(page, **params):
    """Wait until the URL holds exactly these parameters and the page has rendered that state."""
    wait_until(
        page,
        """expected => {
            const params = new URLSearchParams(location.search);
            const rendered = document.querySelector("[data-hc-results-page]").dataset.hcRendered;
            return [...params.keys()].length === Object.keys(expected).length
                && Object.entries(expected).every(([k, v]) => params.get(k) === v)
                && rendered === params.toString();
        }""",
        params,
    )


def article_tags(demo_site, language: str) -> dict[str, list[str]]:
    """Article path -> its tags, from the built facets.json and doc files (what the page filters on)."""
    folder = demo_site / ("" if language == "en" else language) / "search"
    facets = json.loads((folder / "facets.json").read_text(encoding="utf-8"))
    tags = {}
    for number, numbers in enumerate(facets["articleTags"]):
        url = json.loads((folder / f"doc/{number}.json").read_text(encoding="utf-8"))["url"]
        tags["/" + url] = [facets["tags"][t] for t in numbers]
    return tags


@pytest.mark.parametrize(("language", "query"), [("en", "withdrawal"), ("ja", "出金")])
def test_results_page_filters_by_tag_and_date_sorts_by_date_and_the_url_reproduces_it(
    watched_page, demo_server, demo_site, language, query
):
    page, watch = watched_page
    page.clock.set_fixed_time(TODAY)
    prefix = "" if language == "en" else f"/{language}"
    page.goto(f"{demo_server}{prefix}/search/?q={query}", wait_until="networkidle")
    page.wait_for_selector(RESULT)
    everything = summary_count(page)
    # tag: pick a tag that narrows the results; its count is the number of results it leaves
    options = page.locator("[data-hc-tag]").evaluate_all(
        "links => links.map(a => [a.dataset.hcTag, Number(a.querySelector('.hc-results__count').textContent)])"
    )
    assert options[0] == ["", everything]
    tag, count = next((t, c) for t, c in options[1:] if 0 < c < everything)
    page.locator(f'[data-hc-tag="{tag}"]').click()
    wait_for_state(page, q=query, tag=tag)
    assert summary_count(page) == count
    hrefs = result_state(page)["hrefs"]
    assert len(hrefs) == min(count, 50)
    tags = article_tags(demo_site, language)
    assert all(tag in tags[urlparse(h).path] for h in hrefs)
    assert page.locator(f'[data-hc-tag="{tag}"]').get_attribute("aria-current") == "true"
    # facet counts: the category counts are over the tag's results
    category_counts = page.locator("[data-hc-category] .hc-results__count").all_inner_texts()
    assert int(category_counts[0]) == count and sum(map(int, category_counts[1:])) == count
    page.goto(f"{demo_server}{prefix}/search/?q={query}", wait_until="networkidle")
    page.wait_for_selector(RESULT)

    # updated date: the past 30 days as of TODAY
    recent = page.locator('[data-hc-updated="30d"] .hc-results__count').inner_text()
    page.locator('[data-hc-updated="30d"]').click()
    wait_for_state(page, q=query, updated="30d")
    state = result_state(page)
    assert 0 < summary_count(page) == int(recent) < everything
    assert state["dates"] and all(d >= "2026-10-22" for d in state["dates"])

    # sort by date: newest first, whatever the relevance
    page.locator("[data-hc-updated='']").click()
    wait_for_state(page, q=query)
    assert result_state(page)["dates"] != sorted(result_state(page)["dates"], reverse=True)
    page.locator("select[data-hc-sort]").select_option("date")
    wait_for_state(page, q=query, sort="date")
    dates = result_state(page)["dates"]
    assert len(dates) == min(everything, 50)
    # newest first within the articles and within the announcements, which follow as a group of their own
    for group in ("[data-hc-results-list]", "[data-hc-announcements-list]"):
        listed = page.locator(f"{group} a[data-hc-result] time").evaluate_all("times => times.map(t => t.dateTime)")
        assert listed == sorted(listed, reverse=True), group
    assert page.locator("[data-hc-results-list] a[data-hc-result]").count() > 0

    # combine filters; back and forward walk the states
    page.locator(f'[data-hc-tag="{tag}"]').click()
    wait_for_state(page, q=query, tag=tag, sort="date")
    assert parse_qs(urlparse(page.url).query) == {"q": [query], "tag": [tag], "sort": ["date"]}
    before = result_state(page)
    page.go_back()
    wait_for_state(page, q=query, sort="date")
    assert summary_count(page) == everything
    assert page.locator("[data-hc-tag='']").get_attribute("aria-current") == "true"
    page.go_forward()
    wait_for_state(page, q=query, tag=tag, sort="date")
    assert result_state(page) == before

    # the URL alone reproduces the state and the results
    shared_url = page.url
    page.goto("about:blank")
    page.goto(shared_url, wait_until="networkidle")
    wait_for_state(page, q=query, tag=tag, sort="date")
    assert result_state(page) == before
    assert page.locator("select[data-hc-sort]").input_value() == "date"
    assert page.locator(f'[data-hc-tag="{tag}"]').get_attribute("aria-current") == "true"
    assert page.locator("[data-hc-updated='']").get_attribute("aria-current") == "true"
    watch.assert_clean()


def test_date_filter_and_sort_are_reachable_by_keyboard(watched_page, demo_server):
    page, watch = watched_page
    page.clock.set_fixed_time(TODAY)
    page.goto(demo_server + "/search/?q=account", wait_until="networkidle")
    page.wait_for_selector(RESULT)
    page.locator("select[data-hc-sort]").focus()
    page.keyboard.press("ArrowDown")  # a closed select changes with the arrow keys
    wait_for_state(page, q="account", sort="date")
    page.locator('[data-hc-updated="30d"]').focus()
    page.keyboard.press("Enter")
    wait_for_state(page, q="account", updated="30d", sort="date")
    assert page.locator("#hc-filter-updated-title").inner_text() == "Updated"
    assert page.locator('[data-hc-updated="30d"]').get_attribute("aria-current") == "true"
    watch.assert_clean()
