"""Issue 19 on the demo's results page in Chromium: one result per article (matched sections nested under it, the
count of articles), precision (every word first, CJK bigram coverage, nonsense gives nothing) and "did you mean"."""

from __future__ import annotations

import re
from urllib.parse import parse_qs, urlparse

import pytest
from conftest import wait_until

pytestmark = [pytest.mark.browser, pytest.mark.slow]

HEADER_INPUT = ".hc-search--header input[data-hc-search]"
RESULT = "[data-hc-results-list] a[data-hc-result]"
SUMMARY = "[data-hc-results-summary]"

REAL_QUERIES = [
    ("", "withdrawal"),
    ("", "how do i withdraw usdt"),
    ("", "fees"),
    ("ja/", "出金"),
    ("ja/", "二段階認証"),
    ("zh/", "提现"),
    ("zh/", "手续费"),
    ("es/", "contraseña"),
    ("es/", "retiro"),
]


def open_results(page, demo_server: str, prefix: str, query: str) -> None:
    page.goto(f"{demo_server}/{prefix}search/?q={query}", wait_until="networkidle")
    wait_until(page, "() => Boolean(document.querySelector('[data-hc-results-page]').dataset.hcRendered)")


def result_paths(page) -> list[str]:
    return [urlparse(h).path for h in page.locator(RESULT).evaluate_all("links => links.map(a => a.href)")]


def summary_count(page) -> int:
    return int(re.search(r"\d+", page.locator(SUMMARY).inner_text().replace(",", ""))[0])


@pytest.mark.parametrize(("prefix", "query"), REAL_QUERIES)
def test_one_result_per_article_with_its_sections_nested(watched_page, demo_server, prefix, query):
    page, watch = watched_page
    open_results(page, demo_server, prefix, query)
    paths = result_paths(page)
    assert paths, f"{query!r} found nothing"
    assert len(paths) == len(set(paths)), f"{query!r} lists a page twice: {paths}"
    # the count counts articles and announcements (their own group): every one of them is listed (at most 50 are)
    listed = len(paths) + page.locator("[data-hc-announcements-list] a[data-hc-result]").count()
    assert summary_count(page) == listed or (listed == 50 and summary_count(page) > 50)
    # matched sections are deep links into their own article, at most 3, and not results of their own
    for item in page.locator("[data-hc-results-list] > li").all():
        own = urlparse(item.locator("a[data-hc-result]").get_attribute("href")).path
        sections = item.locator("[data-hc-result-section]").evaluate_all("links => links.map(a => a.href)")
        assert len(sections) <= 3
        for href in sections:
            assert urlparse(href).path == own and urlparse(href).fragment, href
    watch.assert_clean()


def test_the_dropdown_counts_articles(watched_page, demo_server):
    page, watch = watched_page
    open_results(page, demo_server, "ja/", "出金")
    articles = summary_count(page)
    page.goto(demo_server + "/ja/", wait_until="networkidle")
    page.locator(HEADER_INPUT).type("出金")
    page.wait_for_selector(".hc-search--header a[data-hc-result]")
    # the status settles on the count of the whole word's articles (earlier keystrokes' counts pass by)
    wait_until(
        page,
        "n => (document.querySelector('.hc-search--header [role=status]').textContent.match(/\\d+/) || [])[0] === n",
        str(articles),
    )
    hrefs = page.locator(".hc-search--header a[data-hc-result]").evaluate_all("links => links.map(a => a.href)")
    paths = [urlparse(h).path for h in hrefs]
    assert paths and len(paths) == len(set(paths))
    watch.assert_clean()


NONSENSE = [("ja/", "該当なしテスト語"), ("zh/", "不存在的词汇"), ("", "qwxzvbn plorf")]


@pytest.mark.parametrize(("prefix", "query"), NONSENSE)
def test_nonsense_gives_no_results_and_the_help(watched_page, demo_server, prefix, query):
    page, watch = watched_page
    open_results(page, demo_server, prefix, query)
    assert page.locator(RESULT).count() == 0
    page.locator("[data-hc-no-results]").wait_for(state="visible")
    assert query in page.locator("[data-hc-no-results-title]").inner_text()
    assert page.locator("[data-hc-popular] a").count() > 0
    watch.assert_clean()


def test_articles_matching_every_word_come_first_and_partial_matches_are_said(watched_page, demo_server):
    page, watch = watched_page
    # every word: the articles shown hold both words, none is a partial match
    open_results(page, demo_server, "", "withdraw usdt")
    assert page.locator(RESULT).count() > 0
    assert "some of them" not in page.locator(SUMMARY).inner_text()
    # one word that occurs nowhere: results for the others, and the summary says so
    open_results(page, demo_server, "", "withdrawal qwxzvbn")
    assert page.locator(RESULT).count() > 0
    assert "showing results for some of them" in page.locator(SUMMARY).inner_text()
    watch.assert_clean()


def test_a_corrected_typo_is_named_with_a_link_to_the_words_as_typed(watched_page, demo_server):
    page, watch = watched_page
    open_results(page, demo_server, "", "withdrawl")
    summary = page.locator(SUMMARY).inner_text()
    assert "Showing results for withdrawal" in summary
    assert page.locator(RESULT).count() > 0
    instead = page.locator(f"{SUMMARY} a[data-hc-search-instead]")
    assert "withdrawl" in instead.inner_text()
    instead.click()
    wait_until(page, "() => location.search.includes('exact=1')")
    assert parse_qs(urlparse(page.url).query) == {"q": ["withdrawl"], "exact": ["1"]}
    rendered = "() => document.querySelector('[data-hc-results-page]').dataset.hcRendered === 'q=withdrawl&exact=1'"
    wait_until(page, rendered)
    # as typed, the word matches nothing: no correction is offered, and the no-result help shows
    assert "Showing results for" not in page.locator(SUMMARY).inner_text()
    page.locator("[data-hc-no-results]").wait_for(state="visible")
    watch.assert_clean()


def test_the_correction_is_localized(watched_page, demo_server):
    page, watch = watched_page
    open_results(page, demo_server, "es/", "contrasena")
    # an accent-free spelling is not a typo (the tokenizer folds accents): no correction note
    assert "Mostrando resultados de" not in page.locator(SUMMARY).inner_text()
    open_results(page, demo_server, "es/", "contraseñna")
    summary = page.locator(SUMMARY).inner_text()
    assert "Mostrando resultados de contrasena" in summary and "contraseñna" in summary
    watch.assert_clean()
