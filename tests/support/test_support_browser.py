"""Contact page, chooser, verifier and feedback in Debian Chromium, in all five languages, with no foreign request."""

from __future__ import annotations

import datetime as dt
import http.server
import json
import subprocess
import threading

import pytest
from conftest import CHROMIUM, DEMO_BRAND, DEMO_LANGUAGES, PageWatch, require_demo

from helpcenter.adapter.site_build import build_site
from helpcenter.content.strings import load_strings

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

pytestmark = [pytest.mark.browser, pytest.mark.slow]

# Wednesday 10:00 in Tokyo (the Japanese phone line is open) and Saturday 15:36 in Tokyo (closed until Monday 09:00)
WEDNESDAY_OPEN = dt.datetime(2026, 11, 18, 1, 0, tzinfo=dt.UTC)
SATURDAY_CLOSED = dt.datetime(2026, 11, 21, 6, 36, tzinfo=dt.UTC)
CYRILLIC_A = "\u0430"


def prefix(lang: str) -> str:
    return "/" if lang == "en" else f"/{lang}/"


@pytest.fixture
def open_page(browser, demo_server):
    """A page in a fresh context with the given reader time zone, clock and JavaScript setting."""
    contexts = []

    def make(timezone_id="America/New_York", now=None, javascript=True, origin=demo_server):
        context = browser.new_context(timezone_id=timezone_id, java_script_enabled=javascript, locale="en-US")
        contexts.append(context)
        page = context.new_page()
        if now is not None:
            page.clock.set_fixed_time(now)
        return page, PageWatch(page, origin)

    yield make
    for context in contexts:
        context.close()


def status_text(page, channel: str) -> str:
    badge = page.locator(f"#channel-{channel} [data-hc-status]")
    badge.wait_for(state="visible")
    return badge.inner_text().strip()


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_contact_page_shows_open_now_in_the_readers_zone(open_page, demo_server, lang):
    page, watch = open_page(now=WEDNESDAY_OPEN)
    page.goto(demo_server + prefix(lang) + "contact/", wait_until="networkidle")
    strings = load_strings(lang, DEMO_BRAND)
    assert page.get_attribute("html", "lang") == lang
    assert status_text(page, "phone-jp").startswith(strings["support_status_open"])
    assert page.get_attribute("#channel-phone-jp [data-hc-status]", "data-open") == "true"
    assert status_text(page, "live-chat") == strings["support_status_open"]
    # Madrid opens at 09:00 CET = 08:00 UTC; at 01:00 UTC it is closed and opens in 7 hours
    assert page.get_attribute("#channel-phone-es [data-hc-status]", "data-open") == "false"
    local = page.locator("#channel-phone-jp [data-hc-hours-local]")
    assert local.is_visible()
    assert "America/New_York" in local.inner_text()
    # Monday to Friday 09:00-18:00 in Tokyo is 19:00 to 04:00 the next day in New York, one line per opening day
    assert page.locator("#channel-phone-jp [data-hc-local-lines] li").count() == 5
    watch.assert_clean()


def test_closed_channel_says_when_it_opens(open_page, demo_server):
    page, watch = open_page(now=SATURDAY_CLOSED, timezone_id="Europe/London")
    page.goto(demo_server + "/contact/", wait_until="networkidle")
    # Saturday 15:36 in Tokyo -> Monday 09:00 in Tokyo, midnight in London: a day and a time, not "in 41 hours"
    assert status_text(page, "phone-jp").replace("\u202f", " ") == "Opens Mon 12:00 AM"
    assert page.get_attribute("#channel-phone-jp [data-hc-status]", "data-open") == "false"
    assert "Mon" in page.locator("#channel-phone-jp [data-hc-local-lines] li").first.inner_text()
    watch.assert_clean()


def test_reader_in_the_channel_zone_sees_one_schedule(open_page, demo_server):
    page, watch = open_page(now=WEDNESDAY_OPEN, timezone_id="Asia/Tokyo")
    page.goto(demo_server + "/ja/contact/", wait_until="networkidle")
    assert status_text(page, "phone-jp").startswith("受付中")
    assert not page.locator("#channel-phone-jp [data-hc-hours-local]").is_visible()
    watch.assert_clean()


def test_without_javascript_hours_are_in_the_channels_own_zone_and_the_chooser_is_a_table(open_page, demo_server):
    page, _ = open_page(javascript=False)
    page.goto(demo_server + "/contact/")
    card = page.locator("#channel-phone-jp")
    assert "Mon–Fri 9:00 AM – 6:00 PM" in card.inner_text().replace("\u202f", " ")  # the language's clock
    assert "Times in Asia/Tokyo" in card.inner_text()
    assert not page.locator("#channel-phone-jp [data-hc-status]").is_visible()
    assert not page.locator("[data-hc-chooser-form]").is_visible()
    emergency_row = page.locator('[data-hc-urgency-row="emergency"]')
    assert emergency_row.is_visible()
    first_link = emergency_row.locator("td").first.locator("a").first
    assert first_link.inner_text() == "1. Freeze your account now"
    assert first_link.get_attribute("href") == "../security/freeze-account/#freeze-now"


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_chooser_sends_an_emergency_to_the_freeze_path_first(open_page, demo_server, lang):
    page, watch = open_page()
    page.goto(demo_server + prefix(lang) + "contact/", wait_until="networkidle")
    # the chooser's script hides the tables once it runs (a busy machine may run it after "networkidle")
    page.locator("[data-hc-chooser-tables]").wait_for(state="hidden", timeout=10_000)
    page.locator('input[name="urgency"][value="emergency"]').check()
    result = page.locator("[data-hc-chooser-result]")
    assert result.is_visible()
    visible_blocks = result.locator(":scope > :visible")
    assert visible_blocks.first.get_attribute("data-hc-freeze") is not None
    assert load_strings(lang, DEMO_BRAND)["chooser_freeze_title"] in visible_blocks.first.inner_text()
    assert result.locator('[data-hc-route="live-chat"]').is_visible()
    assert load_strings(lang, DEMO_BRAND)["support_safety_text"] in result.inner_text()
    page.locator("[data-hc-freeze-link]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == f"{demo_server}{prefix(lang)}security/freeze-account/#freeze-now"
    assert page.locator("#freeze-now").count() == 1
    watch.assert_clean()


def test_chooser_routes_by_urgency_and_vip_and_prefills_the_topic(open_page, demo_server):
    page, watch = open_page()
    page.goto(demo_server + "/deposits-withdrawals/withdrawal-fees/", wait_until="networkidle")
    page.locator(".hc-need-help a.md-button").click()
    page.wait_for_load_state("networkidle")
    assert page.url == demo_server + "/contact/?topic=deposits-withdrawals#chooser"
    assert page.locator("#hc-chooser-topic").input_value() == "deposits-withdrawals"
    page.locator('input[name="urgency"][value="complex"]').check()
    assert page.locator('[data-hc-route="ticket"]').is_visible()
    assert not page.locator("[data-hc-freeze]").is_visible()
    assert "TXID" in page.locator('[data-hc-prepare="deposits-withdrawals"]').inner_text()
    page.locator('input[name="vip"][value="yes"]').check()
    assert page.locator('[data-hc-route="vip-manager"]').is_visible()
    assert not page.locator('[data-hc-route="ticket"]').is_visible()
    page.locator('input[name="urgency"][value="question"]').check()
    assert page.locator('[data-hc-route="help-center"]').is_visible()
    page.goto(demo_server + "/contact/?topic=no-such-topic", wait_until="networkidle")
    assert page.locator("#hc-chooser-topic").input_value() == "other"
    watch.assert_clean()


def verdict(page, text: str):
    page.fill("#hc-verify-input", text)
    page.locator("[data-hc-verify-form] button[type=submit]").click()
    box = page.locator("[data-hc-verify-result]")
    box.wait_for(state="visible")
    return box


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_verifier_accepts_official_and_flags_look_alikes(open_page, demo_server, lang):
    page, watch = open_page()
    page.goto(demo_server + prefix(lang) + "verify/", wait_until="networkidle")
    strings = load_strings(lang, DEMO_BRAND)
    assert not page.locator("[data-hc-verify-nojs]").is_visible()
    box = verdict(page, "@CorvexaSupport")
    assert box.get_attribute("data-verdict") == "official"
    assert strings["verify_official"] in box.inner_text()
    box = verdict(page, "https://www.c0rvexa.example/login")
    assert box.get_attribute("data-verdict") == "impersonation"
    assert strings["verify_not_official"] in box.inner_text()
    digit = box.locator('[data-reason="digit"]').inner_text()
    assert digit == strings["verify_reason_digit"].format(digit="0", letter="o")
    box = verdict(page, f"corvex{CYRILLIC_A}.example")
    assert box.get_attribute("data-verdict") == "impersonation"
    confusable = box.locator('[data-reason="confusable"]').inner_text()
    script = strings["verify_script_cyrillic"]
    assert confusable == strings["verify_reason_confusable"].format(char=CYRILLIC_A, script=script, latin="a")
    box = verdict(page, "corvexa.example.evil.io")
    assert box.get_attribute("data-verdict") == "impersonation"
    assert box.locator('[data-reason="brand_inside"]').count() == 1
    watch.assert_clean()


def test_verifier_without_javascript_points_to_the_official_list(open_page, demo_server):
    page, _ = open_page(javascript=False)
    page.goto(demo_server + "/verify/")
    assert page.locator("[data-hc-verify-nojs]").is_visible()
    assert "support@corvexa.example" in page.locator("#official").inner_text()


def test_feedback_without_endpoint_sends_nothing_and_offers_contact(open_page, demo_server):
    page, watch = open_page()
    requests = []
    page.goto(demo_server + "/security/enable-2fa/", wait_until="networkidle")
    # what the feedback script could send: any fetch, beacon or POST (images and styles may still load late)
    page.on(
        "request",
        lambda r: (
            requests.append((r.method, r.url))
            if r.method != "GET" or r.resource_type in ("fetch", "xhr", "ping")
            else None
        ),
    )
    assert page.locator("[data-hc-feedback]").is_visible()
    assert page.get_attribute("[data-hc-feedback]", "data-endpoint") == ""
    page.locator('[data-hc-feedback-answer="no"]').click()
    contact = page.locator("[data-hc-feedback-contact] a")
    contact.wait_for(state="visible")
    page.wait_for_timeout(300)
    assert requests == []
    assert contact.get_attribute("href") == "../../contact/?topic=security#chooser"
    watch.assert_clean()


class FeedbackServer:
    """Serves a built site and records what is POSTed to /api/feedback, as a site owner's endpoint would."""

    def __init__(self):
        self.directory = ""
        self.posts: list[dict] = []
        owner = self

        class Handler(http.server.SimpleHTTPRequestHandler):
            def __init__(self, *args, **kwargs):
                super().__init__(*args, directory=owner.directory, **kwargs)

            def log_message(self, *args):
                pass

            def do_POST(self):
                length = int(self.headers.get("Content-Length", "0"))
                body = self.rfile.read(length)
                owner.posts.append(
                    {"path": self.path, "type": self.headers.get("Content-Type"), "body": json.loads(body or b"null")}
                )
                self.send_response(204)
                self.end_headers()

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        threading.Thread(target=self.server.serve_forever, daemon=True).start()


@pytest.fixture
def feedback_site(site_factory, tmp_path):
    from test_support_sites import configure, site_files

    server = FeedbackServer()
    files = site_files(DEMO_LANGUAGES)
    config = configure(site_factory(files, DEMO_LANGUAGES), feedback_endpoint=server.origin + "/api/feedback")
    build_site(config, tmp_path / "site")
    server.directory = str(tmp_path / "site")
    yield server
    server.server.shutdown()


@pytest.mark.parametrize("lang", ["en", "ko"])
def test_feedback_posts_json_to_the_configured_endpoint(open_page, feedback_site, lang):
    page, watch = open_page(origin=feedback_site.origin)
    page.goto(feedback_site.origin + prefix(lang) + "security/freeze-account/", wait_until="networkidle")
    strings = load_strings(lang, DEMO_BRAND)
    page.locator('[data-hc-feedback-answer="yes"]').click()
    page.locator("[data-hc-feedback-thanks]").wait_for(state="visible")
    assert page.locator("[data-hc-feedback-thanks]").inner_text() == strings["feedback_thanks"]
    page.goto(feedback_site.origin + prefix(lang) + "security/freeze-account/", wait_until="networkidle")
    page.locator('[data-hc-feedback-answer="no"]').click()
    assert page.locator("[data-hc-feedback-contact]").is_visible()
    page.locator('input[name="reason"][value="outdated"]').check()
    page.locator("[data-hc-feedback-reasons] button[type=submit]").click()
    page.locator("[data-hc-feedback-thanks]").wait_for(state="visible")
    base = {"article": "security/freeze-account.md", "language": lang, "url": prefix(lang) + "security/freeze-account/"}
    assert [p["body"] for p in feedback_site.posts] == [
        {**base, "helpful": True},
        {**base, "helpful": False, "reason": "outdated"},
    ]
    assert {p["path"] for p in feedback_site.posts} == {"/api/feedback"}
    assert {p["type"] for p in feedback_site.posts} == {"application/json"}
    watch.assert_clean()


def test_feedback_offline_shows_a_message_and_no_console_error(open_page, feedback_site):
    page, watch = open_page(origin=feedback_site.origin)
    page.goto(feedback_site.origin + "/security/freeze-account/", wait_until="networkidle")
    page.context.set_offline(True)
    page.locator('[data-hc-feedback-answer="yes"]').click()
    page.locator("[data-hc-feedback-failed]").wait_for(state="visible")
    assert feedback_site.posts == []
    page.context.set_offline(False)
    watch.assert_clean()


def test_chromium_is_the_debian_one(browser):
    """The browser the tests drive is the one Debian's chromium package installed, not a downloaded build."""
    page = browser.new_page()
    page.goto("chrome://version")
    executable = page.inner_text("#executable_path").strip()
    build = " ".join(page.inner_text("#version").split())
    page.close()
    owner = subprocess.run(["dpkg-query", "-S", executable], capture_output=True, text=True)
    assert owner.returncode == 0 and owner.stdout.split(":")[0] == "chromium", f"{executable}: {owner.stderr}"
    assert subprocess.run(["dpkg-query", "-S", CHROMIUM], capture_output=True, text=True).stdout.startswith("chromium:")
    packaged = subprocess.run(["dpkg-query", "-W", "-f=${Version}", "chromium"], capture_output=True, text=True)
    assert browser.version == packaged.stdout.split("-")[0]  # 156.0.8078.129-1~deb12u1: the upstream part
    assert "built on Debian" in build, build
