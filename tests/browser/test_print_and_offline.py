"""Print and offline reading (issue 18), on small fixture sites in Chromium.

Print: an article printed shows the article alone (no header, navigation, footer, feedback or help box) and writes
each link out as "text (absolute url)". Offline: with extra.helpcenter.offline_reading on, a page the reader opened
once still opens with the network gone, while a page never opened does not; with it off (the default) no service
worker is registered and none is published.
"""

from __future__ import annotations

import pytest
import yaml
from conftest import HOME, article, load_script, write_site
from playwright.sync_api import Error as PlaywrightError

from helpcenter.adapter.site_build import build_site

CATEGORY = "---\ntitle: Fees\ndescription: What trading costs.\nicon: material/percent\n---\n"
LINKS = """\
---
title: How are fees charged?
description: Maker and taker fees, and where to see them.
tags: [fees]
updated: 2026-10-14
---

Fees depend on your [VIP tier](tiers.md#levels) and are listed on the [status page](https://status.example.test/fees).
See [the steps](#steps) below.

## Steps { #steps }

1. Open the fee schedule.

??? note "Folded detail"
    Hidden until opened.
"""
FILES = {
    "en/index.md": HOME,
    "en/fees/index.md": CATEGORY,
    "en/fees/charges.md": LINKS,
    "en/fees/tiers.md": article("What are the VIP tiers?").replace("## Steps { #steps }", "## Levels { #levels }"),
}


def build(root, offline: bool | None):
    config_path = write_site(root, FILES, languages=("en",))
    if offline is not None:
        config = yaml.safe_load(config_path.read_text(encoding="utf-8"))
        config["extra"]["helpcenter"]["offline_reading"] = offline
        config_path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    build_site(config_path, root / "site", strict=False, jobs=1)
    return root / "site"


@pytest.fixture(scope="module")
def site_on(tmp_path_factory):
    return build(tmp_path_factory.mktemp("offline-on"), offline=True)


@pytest.fixture(scope="module")
def site_off(tmp_path_factory):
    return build(tmp_path_factory.mktemp("offline-off"), offline=None)  # the default


def serve(site):
    server = load_script("screenshots").serve(site)
    return server, f"http://127.0.0.1:{server.server_address[1]}"


@pytest.fixture
def server_on(site_on):
    server, origin = serve(site_on)
    yield server, origin
    server.shutdown()


# --- print ---------------------------------------------------------------------------------------------------------


def test_printed_article_is_the_article_alone_with_links_written_out(browser, site_off):
    server, origin = serve(site_off)
    context = browser.new_context(viewport={"width": 1100, "height": 900})
    try:
        page = context.new_page()
        page.goto(origin + "/fees/charges/", wait_until="networkidle")
        chrome = ".md-header, .md-sidebar--primary, .md-footer, .hc-feedback, .hc-need-help, .hc-breadcrumbs"
        assert page.locator(".md-header").is_visible()  # on screen, the chrome is there
        page.emulate_media(media="print")
        hidden = page.eval_on_selector_all(chrome, "els => els.map(e => getComputedStyle(e).display)")
        assert hidden and set(hidden) == {"none"}, hidden
        assert page.locator("article h1").is_visible()
        after = page.evaluate(
            """() => Object.fromEntries([...document.querySelectorAll('.md-content .md-typeset a')]
                 .filter(a => a.offsetParent !== null)
                 .map(a => [a.textContent.trim(), getComputedStyle(a, '::after').content]))"""
        )
        assert after["VIP tier"] == f'" ({origin}/fees/tiers/#levels)"'
        assert after["status page"] == '" (https://status.example.test/fees)"'
        assert after["the steps"] == "none"  # a link within the page is not written out
        # folded notes open while printing, and fold again after
        assert page.evaluate("document.querySelector('.md-typeset details').open") is False
        page.evaluate("window.dispatchEvent(new Event('beforeprint'))")
        assert page.evaluate("document.querySelector('.md-typeset details').open") is True
        page.evaluate("window.dispatchEvent(new Event('afterprint'))")
        assert page.evaluate("document.querySelector('.md-typeset details').open") is False
        # back on screen nothing is written out
        page.emulate_media(media="screen")
        assert page.evaluate("getComputedStyle(document.querySelector('a[data-hc-href]'), '::after').content") in (
            "none",
            "normal",
        )
    finally:
        context.close()
        server.shutdown()


# --- offline -------------------------------------------------------------------------------------------------------


def kept(page) -> list[str]:
    return page.evaluate("caches.open('hc-offline-v1').then(c => c.keys()).then(k => k.map(r => r.url))")


def test_offline_reading_keeps_the_pages_a_reader_opened(browser, site_on, server_on):
    server, origin = server_on
    assert (site_on / "offline-sw.js").is_file()
    assert not (site_on / "assets/javascripts/offline-sw.js").exists()  # its scope there would be too small
    context = browser.new_context()
    errors = []
    try:
        page = context.new_page()
        page.on("pageerror", lambda e: errors.append(str(e)))
        page.goto(origin + "/fees/charges/", wait_until="networkidle")
        scope = page.evaluate("navigator.serviceWorker.ready.then(r => r.scope)")
        assert scope == origin + "/"
        page.wait_for_function(
            "url => caches.open('hc-offline-v1').then(c => c.match(url)).then(Boolean)",
            arg=origin + "/fees/charges/",
            timeout=10_000,
        )
        page.wait_for_function(
            "() => caches.open('hc-offline-v1').then(c => c.keys())"
            ".then(k => k.some(r => r.url.endsWith('/assets/stylesheets/helpcenter.css')))",
            timeout=10_000,
        )
        urls = kept(page)
        assert not any(url.endswith("/fees/tiers/") for url in urls)  # nothing fetched ahead
        context.set_offline(True)
        server.shutdown()  # and the host is gone too
        page.reload(wait_until="load")
        assert page.locator("article h1").inner_text() == "How are fees charged?"
        # styled from the kept stylesheet, not a bare page
        assert page.evaluate("getComputedStyle(document.querySelector('.md-header')).position") in ("sticky", "fixed")
        with pytest.raises(PlaywrightError):  # a page never opened is not there
            page.goto(origin + "/fees/tiers/", wait_until="load")
        assert errors == []
    finally:
        context.close()


def test_offline_reading_is_off_by_default(browser, site_off):
    assert not (site_off / "offline-sw.js").exists()
    html = (site_off / "fees/charges/index.html").read_text(encoding="utf-8")
    assert "offline.js" not in html
    server, origin = serve(site_off)
    context = browser.new_context()
    try:
        page = context.new_page()
        page.goto(origin + "/fees/charges/", wait_until="networkidle")
        page.wait_for_timeout(500)
        assert page.evaluate("navigator.serviceWorker.getRegistrations().then(r => r.length)") == 0
        assert page.evaluate("navigator.serviceWorker.controller") is None
    finally:
        context.close()
        server.shutdown()


def test_the_registration_is_a_static_module_script(site_on):
    html = (site_on / "fees/charges/index.html").read_text(encoding="utf-8")
    assert '<script src="../../assets/javascripts/offline.js" type="module"></script>' in html
    assert "serviceWorker" not in html  # no inline registration: the CSP allows scripts from the site only
    assert "script-src 'self'" in html


def test_a_setting_that_is_not_true_or_false_stops_the_build(tmp_path):
    from mkdocs.exceptions import Abort, PluginError

    with pytest.raises((PluginError, Abort, SystemExit)):
        build(tmp_path, offline="yes")
