"""Fixture sites: a bad channels file fails the strict build; the contact, verify and article pages render."""

from __future__ import annotations

import json
import logging
import re
from html.parser import HTMLParser
from pathlib import Path

import pytest
import yaml
from conftest import DEMO_CHANNELS, ROOT, require_demo
from mkdocs.exceptions import Abort

from helpcenter.adapter.site_build import build_site
from helpcenter.content.strings import load_strings

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

CHANNELS = (ROOT / "data" / "support-channels.yml").read_text(encoding="utf-8")
HOME = "---\ntitle: Help\n---\n"
SECURITY = "---\ntitle: Security\ndescription: Keep safe.\nicon: material/shield\norder: 1\n---\n"


def article(title: str) -> str:
    meta = f"title: {title}\ndescription: A short answer.\ntags: [x]\nupdated: 2026-10-14"
    return f"---\n{meta}\n---\n\n## Steps {{ #steps }}\n\n1. Do it.\n"


def site_files(languages=("en", "ja")) -> dict[str, str]:
    files = {}
    for lang in languages:
        files |= {
            f"{lang}/index.md": HOME,
            f"{lang}/security/index.md": SECURITY,
            f"{lang}/security/freeze-account.md": article("How do I freeze my account?")
            + "\n## Freeze now { #freeze-now }\n\nDo it.\n",
            f"{lang}/contact.md": "---\ntitle: Contact\ntemplate: contact.html\n---\n",
            f"{lang}/verify.md": "---\ntitle: Verify\ntemplate: verify.html\n---\n",
        }
    return files


def configure(config_path: Path, **helpcenter) -> Path:
    config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
    # fixture translations carry no source hashes; the translation policy is another test's business
    helpcenter.setdefault("translations", {"fail": [], "fail_in_critical": [], "critical_categories": []})
    helpcenter.setdefault("support_channels", DEMO_CHANNELS)
    config.setdefault("extra", {})["helpcenter"] = helpcenter
    config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return config_path


def test_bad_channels_file_fails_the_strict_build_with_path_line_findings(site_factory, tmp_path, caplog):
    bad = tmp_path / "channels.yml"
    bad.write_text(CHANNELS.replace("time_zone: Asia/Tokyo", "time_zone: Asia/Tokio"), encoding="utf-8")
    line = CHANNELS[: CHANNELS.index("time_zone: Asia/Tokyo")].count("\n") + 1
    config = configure(site_factory(site_files()), support_channels="channels.yml")
    with caplog.at_level(logging.WARNING), pytest.raises(Abort):
        build_site(config, tmp_path / "site")
    messages = [r.getMessage() for r in caplog.records if "SUP" in r.getMessage()]
    assert messages == [
        f"channels.yml:{line}:18: SUP130 channels[4].hours.time_zone: 'Asia/Tokio' is not an IANA time zone. "
        "Fix: use a zone name like Asia/Tokyo or Europe/Madrid"
    ]
    assert not (tmp_path / "site").exists()


def test_valid_channels_file_builds(site_factory, tmp_path):
    config = configure(site_factory(site_files()), support_channels=str(ROOT / "data" / "support-channels.yml"))
    build_site(config, tmp_path / "site")
    assert (tmp_path / "site" / "contact" / "index.html").exists()
    assert (tmp_path / "site" / "ja" / "verify" / "index.html").exists()


class Collector(HTMLParser):
    """Attributes of the elements that carry a data-hc-* marker, and the page text."""

    def __init__(self):
        super().__init__()
        self.marked: dict[str, dict[str, str]] = {}
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        values = {k: v or "" for k, v in attrs}
        for key in values:
            if key.startswith("data-hc-") and key not in self.marked:
                self.marked[key] = values

    def handle_data(self, data):
        self.text.append(data)


def parse(path: Path) -> Collector:
    collector = Collector()
    collector.feed(path.read_text(encoding="utf-8"))
    return collector


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    from conftest import write_site

    root = tmp_path_factory.mktemp("support-site")
    config = configure(write_site(root, site_files(("en", "ja")), ("en", "ja")))
    build_site(config, root / "site")
    return root / "site"


def test_contact_page_without_javascript_shows_hours_in_the_channels_zone(built):
    english = " ".join(parse(built / "contact" / "index.html").text).replace("\u202f", " ")
    assert "Mon–Fri 9:00 AM – 6:00 PM" in english and "Times in Asia/Tokyo" in english
    assert "Closed on: Dec 31, 2026, Jan 1, 2027, Jan 2, 2027, and Jan 3, 2027" in english
    assert "Reply within 24–48 hours" in english and "VIP 3 and above" in english
    japanese = " ".join(parse(built / "ja" / "contact" / "index.html").text)
    assert "月～金 9:00 – 18:00" in japanese or "月–金 9:00 – 18:00" in japanese  # each language's own clock
    assert "時刻は Asia/Tokyo" in japanese and "日本語、英語" in japanese


def test_contact_page_carries_schedules_routes_and_strings_for_the_scripts(built):
    page = parse(built / "contact" / "index.html")
    routes = json.loads(page.marked["data-hc-chooser-form"]["data-routes"])
    assert routes["emergency"] == {"regular": "live-chat", "vip": "live-chat", "freeze": True}
    strings = json.loads(page.marked["data-hc-contact"]["data-strings"])
    assert strings["support_status_opens"] == "Opens {relative}"
    schedule = json.loads(page.marked["data-hc-channel"]["data-schedule"])
    assert schedule == {"always": True}
    assert page.marked["data-hc-freeze-link"]["href"] == "../security/freeze-account/#freeze-now"


def test_verify_page_has_the_official_list(built):
    page = parse(built / "ja" / "verify" / "index.html")
    official = json.loads(page.marked["data-hc-verify"]["data-official"])
    assert "support@corvexa.example" in official["emails"] and official["brand"] == "corvexa"
    strings = json.loads(page.marked["data-hc-verify"]["data-strings"])
    assert strings["verify_not_official"] == "公式の窓口ではありません"


def test_article_has_feedback_without_endpoint_and_help_leads_to_the_chooser(built):
    page = parse(built / "ja" / "security" / "freeze-account" / "index.html")
    assert page.marked["data-hc-feedback"]["data-endpoint"] == ""
    assert "data-hc-feedback-reasons" not in page.marked  # nothing to send a reason to
    assert "hidden" in page.marked["data-hc-feedback-contact"]  # until a "No": feedback.js shows it
    html = (built / "ja" / "security" / "freeze-account" / "index.html").read_text(encoding="utf-8")
    contact = re.search(r"<p\b[^>]*\bdata-hc-feedback-contact\b[^>]*>(.*?)</p>", html, re.S)
    assert contact, "no feedback contact paragraph"
    links = re.findall(r'<a\b[^>]*\bhref="([^"]*)"[^>]*>(.*?)</a>', contact.group(1), re.S)
    assert links == [("../../contact/?topic=security#chooser", load_strings("ja")["feedback_contact"])]
