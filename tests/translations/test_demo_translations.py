"""The demo with one Japanese article deleted and one English article edited: notices, lang and sitemap."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from conftest import CHANGED_DEMO_DELETED, CHANGED_DEMO_EDITED, DEMO_LANGUAGES, ROOT, require_demo

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

pytestmark = pytest.mark.slow
DELETED, EDITED = CHANGED_DEMO_DELETED, CHANGED_DEMO_EDITED


def page(site, lang, doc_id):
    prefix = "" if lang == "en" else f"{lang}/"
    return (site / prefix / doc_id.removesuffix(".md") / "index.html").read_text(encoding="utf-8")


def test_deleted_translation_becomes_a_marked_english_fallback(changed_demo):
    html = page(changed_demo, "ja", DELETED)
    assert 'data-hc-notice="fallback"' in html
    assert re.search(
        r'<div lang="en" dir="ltr">\s*<h1>What is the difference between maker and taker fees\?</h1>', html
    )
    assert '<link rel="canonical" href="https://help.corvexa.example/fees/maker-taker/">' in html
    ns = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
    locs = [e.text for e in ET.parse(changed_demo / "ja/sitemap.xml").getroot().findall("s:url/s:loc", ns)]
    assert "https://help.corvexa.example/ja/fees/maker-taker/" not in locs
    assert "https://help.corvexa.example/ja/fees/trading-fees/" in locs
    assert 'data-hc-notice="fallback"' not in page(changed_demo, "zh", DELETED)


@pytest.mark.parametrize("lang", [lang for lang in DEMO_LANGUAGES if lang != "en"])
def test_edited_english_marks_every_translation_stale(changed_demo, lang):
    assert 'data-hc-notice="stale"' in page(changed_demo, lang, EDITED)
    assert "data-hc-notice" not in page(changed_demo, lang, "fees/trading-fees.md")
    assert "data-hc-notice" not in page(changed_demo, "en", EDITED)


def test_unchanged_demo_has_no_notices(demo_site):
    translation_notice = re.compile(r'data-hc-notice="(fallback|stale)"')
    notices = [p for p in demo_site.rglob("*.html") if translation_notice.search(p.read_text(encoding="utf-8"))]
    assert notices == []


def test_report_markdown_is_a_table():
    # its speed is measured with `time python scripts/translations.py report`, not asserted in a test
    result = subprocess.run(
        [sys.executable, "scripts/translations.py", "report", "--format", "markdown", "--check"],
        cwd=ROOT, capture_output=True, text=True, check=True,
    )  # fmt: skip
    lines = result.stdout.splitlines()
    assert lines[2] == "| Language | Translated | Missing | Stale | Untracked | Orphaned | Anchor mismatches |"
    assert [line.split("|")[1].strip() for line in lines[4:8]] == ["zh", "ja", "ko", "es"]
