"""Readers' polish (issue 18) on a fixture site that is not the demo: announcements labelled by the day their
subject starts (as of the build date, then in the browser against today), empty type tabs that offer all
announcements and the configured status page, the RSS link with its explanation, the language switcher's name and
the dark-mode toggle's label in the page's language."""

from __future__ import annotations

import datetime as dt
import re

import pytest
import yaml
from conftest import PageWatch, load_script, write_site

from helpcenter.adapter.site_build import build_site
from helpcenter.content.strings import load_strings

STATUS_URL = "https://status.fixture.test/"
HOME = "---\ntitle: Help\n---\n"
CATEGORY = "---\ntitle: Fees\ndescription: Fees.\nicon: material/percent\n---\n"
ARTICLE = "---\ntitle: Fee\ndescription: A fee.\ntags: [fees]\nupdated: 2026-10-14\n---\n\n## Steps { #steps }\n"
LISTING = "---\ntitle: Announcements\ndescription: News.\n---\n"


def post(title: str, date: str, **extra) -> str:
    fields = {"title": title, "description": f"About {title}.", "type": "listing", "date": date, **extra}
    return "---\n" + "\n".join(f"{k}: {v}" for k, v in fields.items()) + "\n---\n\nBody of the post.\n"


def files() -> dict[str, str]:
    site = {}
    for lang in ("en", "ja"):
        site |= {
            f"{lang}/index.md": HOME,
            f"{lang}/fees/index.md": CATEGORY,
            f"{lang}/fees/fee.md": ARTICLE,
            f"{lang}/announcements/index.md": LISTING,
            # the build date is 2026-11-21 (tests/conftest.py): one starts after it, one started before it
            f"{lang}/announcements/upcoming.md": post("Upcoming", "2026-11-15", starts="2026-11-25"),
            f"{lang}/announcements/started.md": post("Started", "2026-11-10", starts="2026-11-18"),
            f"{lang}/announcements/plain.md": post("Plain", "2026-11-12"),
        }
    return site


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    root = tmp_path_factory.mktemp("polish-site")
    config_path = write_site(root, files(), ("en", "ja"))
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    config["extra"]["helpcenter"]["announcements"] = {"status_url": STATUS_URL}
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build_site(config_path, root / "site")
    return root / "site"


def html(site, path: str) -> str:
    return (site / path / "index.html").read_text(encoding="utf-8")


def start_badges(page: str) -> dict[str, tuple[str, str]]:
    """starts date -> (data-hc-upcoming, shown label)"""
    found = re.findall(
        r'data-hc-starts="([\d-]+)"\s+data-hc-upcoming="(\w+)"\s+data-label-upcoming="[^"]*" '
        r'data-label-started="[^"]*">([^<]*)</span>',
        page,
    )
    return {starts: (upcoming, label) for starts, upcoming, label in found}


def test_posts_are_labelled_by_the_day_their_subject_starts_as_of_the_build_date(built):
    listing = html(built, "announcements")
    assert start_badges(listing) == {
        "2026-11-25": ("true", "Starts November 25, 2026"),
        "2026-11-18": ("false", "Started November 18, 2026"),
    }
    assert "announcements.js" in listing
    japanese = start_badges(html(built, "ja/announcements"))
    assert japanese["2026-11-25"] == ("true", "2026年11月25日開始予定")
    post = html(built, "announcements/upcoming")
    assert start_badges(post) == {"2026-11-25": ("true", "Starts November 25, 2026")}
    assert "announcements.js" in post
    assert "announcements.js" not in html(built, "announcements/plain")  # no label, no script
    assert start_badges(html(built, "")), "the home page's latest announcements carry the label too"


def test_an_empty_type_tab_offers_all_announcements_and_the_status_page(built):
    strings = load_strings("en")
    empty = html(built, "announcements/type/maintenance")
    assert strings["announcements_type_empty"] in empty
    item = empty[empty.index("data-hc-empty") :]
    item = item[: item.index("</li>")]
    assert re.search(r'<a href="\.\./\.\./">' + re.escape(strings["view_all_announcements"]) + "</a>", item)
    assert f'<a href="{STATUS_URL}" data-hc-status-link>{strings["announcements_status_link"]}</a>' in item
    full = html(built, "announcements/type/listing")
    assert "data-hc-empty" not in full and strings["announcements_type_empty"] not in full


def test_the_feed_is_an_rss_link_with_a_short_explanation(built):
    strings = load_strings("ja")
    listing = html(built, "ja/announcements")
    feeds = listing[listing.index('class="hc-feeds"') :]
    feeds = feeds[: feeds.index("</p>")]
    assert 'type="application/rss+xml"' in feeds and "<svg" in feeds  # the RSS icon
    assert strings["feed_explain"] in feeds
    assert "feed.json" not in feeds, "JSON Feed is for apps: announced in the head, not shown to readers"
    assert re.search(r'<link rel="alternate" type="application/feed\+json"[^>]*href="feed\.json"', listing)


def test_switcher_and_dark_mode_toggle_speak_the_page_language(built):
    strings = load_strings("ja")
    page = html(built, "ja/fees/fee")
    assert re.search(r'<span class="hc-select__current" lang="ja">日本語</span>', page)
    assert f'title="{strings["palette_to_dark"]}"' in page and "Switch to dark mode" not in page
    assert re.search(r'class="md-select__link"\s+aria-current="true"\s*>\s*日本語', page)


@pytest.fixture(scope="module")
def served(built):
    server = load_script("screenshots").serve(built)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.mark.browser
@pytest.mark.slow
@pytest.mark.parametrize(
    ("today", "expected"),
    [
        (dt.datetime(2026, 11, 24, 12, tzinfo=dt.UTC), ("true", "Starts November 25, 2026")),
        (dt.datetime(2026, 11, 25, 12, tzinfo=dt.UTC), ("false", "Started November 25, 2026")),
        (dt.datetime(2026, 12, 6, 12, tzinfo=dt.UTC), ("false", "Started November 25, 2026")),
    ],
)
def test_the_browser_relabels_against_the_readers_today(browser, served, today, expected):
    context = browser.new_context(timezone_id="UTC")
    try:
        page = context.new_page()
        watch = PageWatch(page, served)
        page.clock.set_fixed_time(today)
        for path in ("/announcements/", "/announcements/upcoming/", "/"):
            page.goto(served + path, wait_until="networkidle")
            badge = page.locator('[data-hc-starts="2026-11-25"]').first
            assert (badge.get_attribute("data-hc-upcoming"), badge.inner_text()) == expected, path
        watch.assert_clean()
    finally:
        context.close()
