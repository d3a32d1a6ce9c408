"""Fixture site with a fixed build date: future, draft, expired, pinned posts; pagination; feeds."""

from __future__ import annotations

import json
import re

import feedparser
import jsonschema
import pytest

from helpcenter.adapter.site_build import build_site

HOME = "---\ntitle: Help\n---\n"
CATEGORY = "---\ntitle: Fees\ndescription: Fees.\nicon: material/percent\n---\n"
ARTICLE = "---\ntitle: Fee\ndescription: A fee.\ntags: [fees]\nupdated: 2026-10-14\n---\n\n## Steps { #steps }\n"
LISTING = "---\ntitle: Announcements\ndescription: News.\n---\n"


def post(title, date, **extra):
    fields = {"title": title, "description": f"About {title}.", "type": "maintenance", "date": date, **extra}
    lines = [f"{k}: {v}" for k, v in fields.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\nBody of the post.\n"


SITE = {
    "en/index.md": HOME,
    "en/fees/index.md": CATEGORY,
    "en/fees/fee.md": ARTICLE,
    "en/announcements/index.md": LISTING,
    "en/announcements/live-old.md": post("Live old", "2026-11-01"),
    "en/announcements/live-new.md": post("Live new", "2026-11-20"),
    "en/announcements/pinned.md": post("Pinned", "2026-10-01", pinned="true", type="security"),
    "en/announcements/expired.md": post("Expired", "2026-11-10", expires="2026-11-15"),
    "en/announcements/future.md": post("Future", "2026-11-22"),
    "en/announcements/draft.md": post("Draft", "2026-11-02", draft="true"),
}

# JSON Feed 1.1's required members (https://jsonfeed.org/version/1.1)
JSON_FEED_SCHEMA = {
    "type": "object",
    "required": ["version", "title", "items"],
    "properties": {
        "version": {"const": "https://jsonfeed.org/version/1.1"},
        "title": {"type": "string"},
        "home_page_url": {"type": "string", "format": "uri"},
        "feed_url": {"type": "string", "format": "uri"},
        "items": {
            "type": "array",
            "items": {
                "type": "object",
                "required": ["id"],
                "anyOf": [{"required": ["content_html"]}, {"required": ["content_text"]}],
                "properties": {"id": {"type": "string"}, "url": {"type": "string", "format": "uri"}},
            },
        },
    },
}


@pytest.fixture
def site(site_factory, tmp_path, monkeypatch):
    monkeypatch.setenv("HC_BUILD_DATE", "2026-11-21")
    files = dict(SITE)
    config = site_factory(files, languages=("en",))
    text = config.read_text()
    config.write_text(text.replace("helpcenter:\n", "helpcenter:\n    announcements:\n      per_page: 2\n", 1))
    build_site(config, tmp_path / "site")
    return tmp_path / "site"


def listed_ids(html):
    return re.findall(r'data-hc-announcement="announcements/([^"]+)"', html)


def test_future_and_draft_posts_are_absent(site):
    assert not (site / "announcements/future").exists()
    assert not (site / "announcements/draft").exists()


def test_pinned_first_then_newest_with_pagination(site):
    first = (site / "announcements/index.html").read_text()
    second = (site / "announcements/page/2/index.html").read_text()
    assert listed_ids(first) + listed_ids(second) == ["pinned", "live-new", "live-old"]
    assert 'rel="next"' in first and 'rel="prev"' in second
    assert listed_ids((site / "announcements/type/security/index.html").read_text()) == ["pinned"]


def test_expired_post_leaves_listings_and_feeds_but_keeps_its_page(site):
    page = (site / "announcements/expired/index.html").read_text()
    assert 'data-hc-notice="expired"' in page
    for listing in ("announcements/index.html", "announcements/page/2/index.html", "index.html"):
        assert "expired" not in listed_ids((site / listing).read_text())
    rss = (site / "announcements/feed.xml").read_text()
    assert "Expired" not in rss


def test_feeds_parse_and_validate(site):
    rss = feedparser.parse((site / "announcements/feed.xml").read_bytes())
    assert rss.bozo == 0, rss.get("bozo_exception")
    assert [e.title for e in rss.entries] == ["Pinned", "Live new", "Live old"]
    assert rss.entries[0].link == "https://help.fixture.test/announcements/pinned/"
    assert rss.entries[1].published == "Fri, 20 Nov 2026 00:00:00 +0000"
    feed = json.loads((site / "announcements/feed.json").read_text())
    jsonschema.validate(feed, JSON_FEED_SCHEMA, format_checker=jsonschema.FormatChecker())
    assert [i["title"] for i in feed["items"]] == ["Pinned", "Live new", "Live old"]


def test_home_shows_latest_and_pinned(site):
    assert listed_ids((site / "index.html").read_text()) == ["pinned", "live-new", "live-old"]
