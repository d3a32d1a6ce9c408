"""Unit tests: announcement publication and order, feeds' dates, hreflang, FAQ JSON-LD, API payload schemas."""

import datetime as dt

import jsonschema
import pytest

from helpcenter.content.catalog import SourcePage, build_catalog
from helpcenter.content.today import build_date
from helpcenter.publish.announcements import (
    Publication,
    announcement_from,
    listed,
    paginate,
    publication,
    rfc822,
)
from helpcenter.publish.api_export import SCHEMAS, announcements_payload, index_payload
from helpcenter.publish.seo import faq_page, hreflang_links, lead_text

TODAY = dt.date(2026, 11, 21)


@pytest.mark.parametrize(
    ("meta", "expected"),
    [
        ({"date": dt.date(2026, 11, 21)}, Publication.LIVE),
        ({"date": dt.date(2026, 11, 22)}, Publication.SCHEDULED),
        ({"date": dt.date(2026, 11, 1), "draft": True}, Publication.DRAFT),
        ({"date": dt.date(2026, 11, 1), "expires": dt.date(2026, 11, 20)}, Publication.EXPIRED),
        ({"date": dt.date(2026, 11, 1), "expires": dt.date(2026, 11, 21)}, Publication.LIVE),  # last day included
        ({}, Publication.SCHEDULED),  # no date: never published by accident
    ],
)
def test_publication(meta, expected):
    assert publication(meta, TODAY) is expected


def test_build_date_from_environment():
    assert build_date({"HC_BUILD_DATE": "2026-01-02"}) == dt.date(2026, 1, 2)
    with pytest.raises(ValueError, match="HC_BUILD_DATE='tomorrow' is not a date"):
        build_date({"HC_BUILD_DATE": "tomorrow"})


def post(name, day, **meta):
    meta = {"title": name, "type": "maintenance", "date": dt.date(2026, 11, day), **meta}
    return announcement_from(f"announcements/{name}.md", f"announcements/{name}/", meta, "en", TODAY)


def test_listed_pinned_first_then_newest_and_filtered_by_type():
    posts = [
        post("old", 1),
        post("new", 20),
        post("pinned-old", 2, pinned=True),
        post("expired", 19, expires=dt.date(2026, 11, 20)),
        post("future", 25),
        post("listing", 10, type="listing"),
    ]
    assert [p.id for p in listed(posts)] == [
        "announcements/pinned-old",
        "announcements/new",
        "announcements/listing",
        "announcements/old",
    ]
    assert [p.id for p in listed(posts, "listing")] == ["announcements/listing"]
    assert paginate([1, 2, 3], 2) == [[1, 2], [3]]
    assert paginate([], 2) == [[]]


def test_rfc822_is_locale_independent():
    assert rfc822(dt.date(2026, 11, 21)) == "Sat, 21 Nov 2026 00:00:00 +0000"


def test_hreflang_only_real_translations_plus_x_default():
    links = hreflang_links({"en": "a/", "ja": "ja/a/"}, "https://h.example/", "en")
    assert [(link.hreflang, link.href) for link in links] == [
        ("en", "https://h.example/a/"),
        ("ja", "https://h.example/ja/a/"),
        ("x-default", "https://h.example/a/"),
    ]
    assert hreflang_links({"en": "a/"}, "https://h.example/", "en") == []


def test_faq_answer_is_the_lead_paragraph():
    html = '<div class="admonition"><p>Warning first</p></div><p>The <strong>answer</strong> is here.</p><p>More</p>'
    assert lead_text(html) == "The answer is here."
    data = faq_page("How?", "Like this.")
    assert data["@type"] == "FAQPage"
    assert data["mainEntity"][0]["acceptedAnswer"]["text"] == "Like this."


def test_payloads_validate_against_their_schemas():
    catalog = build_catalog(
        "ja",
        [
            SourcePage("fees/index.md", "ja/fees/", {"title": "手数料", "description": "d"}, "ja"),
            SourcePage("fees/a.md", "ja/fees/a/", {"title": "A", "tags": ["x"], "updated": dt.date(2026, 1, 1)}, "ja"),
            SourcePage("fees/b.md", "ja/fees/b/", {"title": "B"}, "en"),
        ],
    )
    index = index_payload(catalog, "https://h.example/", "en", {"fees/a.md"})
    jsonschema.validate(index, SCHEMAS["index"], format_checker=jsonschema.FormatChecker())
    assert [(a["id"], a["translation"]) for a in index["articles"]] == [("fees/a", "stale"), ("fees/b", "fallback")]
    feed = announcements_payload("ja", [post("x", 1)], "https://h.example/")
    jsonschema.validate(feed, SCHEMAS["announcements"], format_checker=jsonschema.FormatChecker())
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate({**index, "extra": 1}, SCHEMAS["index"])
