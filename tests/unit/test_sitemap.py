import datetime as dt
import gzip
import xml.etree.ElementTree as ET

from helpcenter.publish.sitemap import PageRecord, gzip_bytes, render_sitemap, sitemap_entries

NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9", "x": "http://www.w3.org/1999/xhtml"}
SITE = "https://help.example/"


def records():
    return {
        "en": [
            PageRecord("a.md", "a/", "en", dt.date(2026, 1, 1)),
            PageRecord("b.md", "b/", "en", None),
        ],
        "ja": [
            PageRecord("a.md", "ja/a/", "ja", dt.date(2026, 1, 1)),
            PageRecord("b.md", "ja/b/", "en", None),  # fallback: English text under /ja/
        ],
    }


def test_fallback_pages_are_not_listed_nor_alternates():
    ja = sitemap_entries("ja", records(), SITE, "en")
    assert [e.loc for e in ja] == ["https://help.example/ja/a/"]
    en = sitemap_entries("en", records(), SITE, "en")
    b = next(e for e in en if e.loc.endswith("/b/"))
    assert b.alternates == ()  # only one real language: no hreflang set


def test_alternates_include_x_default_and_render_as_valid_xml():
    en = sitemap_entries("en", records(), SITE, "en")
    root = ET.fromstring(render_sitemap(en))
    urls = root.findall("s:url", NS)
    assert len(urls) == 2
    a = urls[0]
    assert a.find("s:lastmod", NS).text == "2026-01-01"
    links = {link.get("hreflang"): link.get("href") for link in a.findall("x:link", NS)}
    assert links == {
        "en": "https://help.example/a/",
        "ja": "https://help.example/ja/a/",
        "x-default": "https://help.example/a/",
    }


def test_gzip_is_reproducible():
    assert gzip_bytes("abc") == gzip_bytes("abc")
    assert gzip.decompress(gzip_bytes("abc")) == b"abc"
