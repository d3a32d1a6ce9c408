"""What readers see (issue 18), in Debian Chromium on the built demo: a phone header that fits and a page that never
scrolls sideways, footers in the page's language, a 404 page that helps, and a verifier that stays readable
(axe, WCAG 2.1 AA) after a check."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from conftest import AXE, DEMO_BRAND, WCAG_21_AA, require_demo

from helpcenter.content.strings import load_strings

pytestmark = [pytest.mark.browser, pytest.mark.slow]
require_demo()

PHONE = {"width": 390, "height": 844}
PHONE_PAGES = {
    "home": "",
    "category": "security/",
    "article": "security/enable-2fa/",
    "search": "search/?q=2FA",
    "contact": "contact/",
    "verify": "verify/",
    "announcements": "announcements/",
    "404": "no-such-page/",
}
CYRILLIC_A = "\u0430"


def prefix(lang: str) -> str:
    return "/" if lang == "en" else f"/{lang}/"


@pytest.fixture
def phone_page(browser, demo_server):
    from conftest import PageWatch

    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2)
    page = context.new_page()
    yield page, PageWatch(page, demo_server)
    context.close()


# Every rendered box of the header (and of what it opens) against the viewport; the page's own scroll width.
LAYOUT = """() => {
  const width = document.documentElement.clientWidth;
  const outside = [];
  for (const el of document.querySelectorAll('.md-header, .md-header *')) {
    const box = el.getBoundingClientRect();
    if (!box.width || !box.height || getComputedStyle(el).visibility === 'hidden') continue;
    if (box.left < -0.5 || box.right > width + 0.5) {
      const name = el.getAttribute('class') || el.tagName.toLowerCase();
      outside.push(`${name}: ${Math.round(box.left)}..${Math.round(box.right)}`);
    }
  }
  window.scrollTo(10000, window.scrollY);  // a page that cannot scroll sideways stays where it is
  const scrolled = window.scrollX;
  window.scrollTo(0, window.scrollY);
  return {width, scrollWidth: document.documentElement.scrollWidth, scrolled, outside};
}"""


def assert_fits(page) -> None:
    layout = page.evaluate(LAYOUT)
    assert layout["width"] == PHONE["width"]
    assert layout["outside"] == []
    assert layout["scrollWidth"] <= layout["width"]
    assert layout["scrolled"] == 0


def visible_box(page, selector: str) -> dict | None:
    locator = page.locator(selector).first
    return locator.bounding_box() if locator.is_visible() else None


@pytest.mark.parametrize("lang", ["en", "ja"])
@pytest.mark.parametrize("name", list(PHONE_PAGES))
def test_phone_header_fits_before_and_after_the_search_opens(phone_page, demo_server, lang, name):
    page, watch = phone_page
    page.goto(demo_server + prefix(lang) + PHONE_PAGES[name], wait_until="networkidle")
    assert_fits(page)
    title = visible_box(page, ".md-header__title .md-header__topic:first-child .md-ellipsis")
    assert title is not None and title["width"] >= 100, "the site name is shown"
    search = page.locator(".hc-search--header")
    collapsed = search.bounding_box()
    assert collapsed["width"] <= 56, "on a phone the header search is an icon"

    page.locator(".hc-search--header input[data-hc-search]").tap()
    page.keyboard.type("2fa")
    page.locator(".hc-search--header .hc-search__panel").wait_for(state="visible")
    page.wait_for_load_state("networkidle")
    assert page.evaluate("document.activeElement.matches('.hc-search--header input[data-hc-search]')")
    opened = page.locator(".hc-search--header input[data-hc-search]").bounding_box()
    assert opened["width"] >= PHONE["width"] * 0.6, "the opened search spans the bar"
    assert page.locator(".hc-search--header [role=option]").count() > 0
    assert_fits(page)
    panel = page.locator(".hc-search--header .hc-search__panel").bounding_box()
    assert panel["x"] >= 0 and panel["x"] + panel["width"] <= PHONE["width"]

    page.keyboard.press("Escape")  # closes the results
    page.keyboard.press("Escape")  # clears the query
    page.keyboard.press("Escape")  # leaves the box, which collapses to its icon again
    assert search.bounding_box()["width"] <= 56
    page.locator(".md-header .md-select > button").focus()  # the language list opens on focus
    page.wait_for_timeout(400)  # Material's opening transition
    assert page.locator(".md-header .md-select__link").first.is_visible()
    assert_fits(page)
    if name != "404":  # the 404 page answers 404, which Chromium logs as a console error
        watch.assert_clean()


FOOTER_TEXT = """() => {
  const footer = document.querySelector('.md-footer');
  const labels = [...footer.querySelectorAll('[aria-label], [title], [alt]')]
    .map(el => [el.getAttribute('aria-label'), el.getAttribute('title'), el.getAttribute('alt')].join(' '));
  return [footer.innerText, ...labels].join(' ');
}"""


@pytest.mark.parametrize("lang", ["zh", "ja", "ko"])
@pytest.mark.parametrize("path", ["", "security/enable-2fa/", "contact/", "no-such-page/"])
def test_cjk_footers_hold_no_english(watched_page, demo_server, lang, path):
    page, _ = watched_page
    page.goto(demo_server + prefix(lang) + path, wait_until="networkidle")
    text = page.evaluate(FOOTER_TEXT)
    assert "©" in text and DEMO_BRAND in text
    assert re.findall(r"[A-Za-z]+", text.replace(DEMO_BRAND, "")) == []


def test_english_footer_keeps_its_copyright(watched_page, demo_server):
    page, _ = watched_page
    page.goto(demo_server + "/", wait_until="networkidle")
    assert page.evaluate(FOOTER_TEXT).strip() == "© 2026 Corvexa. All rights reserved."


@pytest.mark.parametrize("lang", ["en", "zh", "ja", "ko", "es"])
def test_not_found_page_offers_search_articles_and_a_person(watched_page, demo_server, lang):
    page, _ = watched_page
    strings = load_strings(lang, DEMO_BRAND)
    response = page.goto(demo_server + prefix(lang) + "some/old/page/", wait_until="networkidle")
    assert response.status == 404
    assert page.title().startswith(strings["not_found_title"] + " - ")
    main = page.locator(".md-content")
    assert main.locator("h1").inner_text() == strings["not_found_title"]

    links = main.locator(".hc-article-list__link")
    assert links.count() >= 3
    hrefs = [links.nth(i).get_attribute("href") for i in range(links.count())]
    assert all(href.startswith(prefix(lang)) for href in hrefs)  # absolute: the page is served at any path
    for href in hrefs:
        assert page.request.get(demo_server + href).status == 200
    contact = main.locator(".hc-need-help a.md-button")
    assert contact.inner_text().strip() == strings["contact_us"]
    assert page.request.get(demo_server + contact.get_attribute("href").split("?")[0].split("#")[0]).status == 200

    box = main.locator("input[data-hc-search]")
    assert box.count() == 1 and box.get_attribute("type") == "search"
    box.fill("2FA")
    main.locator(".hc-search__panel [role=option]").first.wait_for(state="visible")
    result = main.locator(".hc-search__panel [role=option] a").first.evaluate("a => a.href")
    assert result.startswith(demo_server + prefix(lang))
    assert page.request.get(result.split("#")[0]).status == 200


def axe_blocking(page) -> list:
    page.evaluate(AXE)  # CDP evaluation is not subject to the page's CSP
    result = page.evaluate("tags => axe.run(document, {runOnly: {type: 'tag', values: tags}})", WCAG_21_AA)
    return [
        (v["id"], v["impact"], [n["target"] for n in v["nodes"]][:3])
        for v in result["violations"]
        if v["impact"] in ("serious", "critical")
    ]


@pytest.mark.parametrize(("lang", "scheme"), [("en", "light"), ("en", "dark"), ("ja", "light")])
def test_verifier_passes_axe_after_checks(browser, demo_server, lang, scheme):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, color_scheme=scheme)
    page = context.new_page()
    try:
        page.goto(demo_server + prefix(lang) + "verify/", wait_until="networkidle")
        for channel, verdict in [
            ("corvexa.example", "official"),
            (f"corvex{CYRILLIC_A}.example", "impersonation"),
            ("https://www.c0rvexa.example/login", "impersonation"),
        ]:
            page.fill("#hc-verify-input", channel)
            page.locator("[data-hc-verify-form] button[type=submit]").click()  # focused and hovered after it
            box = page.locator("[data-hc-verify-result]")
            box.wait_for(state="visible")
            assert box.get_attribute("data-verdict") == verdict
            assert axe_blocking(page) == [], channel
    finally:
        context.close()


STYLE = "([selector, property]) => getComputedStyle(document.querySelector(selector))[property]"


def test_cards_chips_and_facets_are_plain_and_headings_read_well(watched_page, demo_server):
    page, watch = watched_page

    def style(selector: str, prop: str) -> str:
        return page.evaluate(STYLE, [selector, prop])

    page.goto(demo_server + "/ja/", wait_until="networkidle")
    assert style(".hc-card__link", "textDecorationLine") == "none"
    page.goto(demo_server + "/ja/announcements/", wait_until="networkidle")
    assert style(".hc-filter li > a", "textDecorationLine") == "none"
    assert style(".hc-announcements__date", "whiteSpace") == "nowrap"
    page.goto(demo_server + "/ja/search/?q=2FA", wait_until="networkidle")
    page.locator(".hc-results__filter").first.wait_for()
    assert style(".hc-results__filter", "textDecorationLine") == "none"
    page.goto(demo_server + "/ja/security/", wait_until="networkidle")
    assert style(".md-typeset h1", "color") == style(".md-typeset", "color")  # full contrast, not Material's grey
    assert style(".md-typeset h1", "wordBreak") == "auto-phrase"
    assert style(".md-typeset h1", "textWrap") == "balance" or style(".md-typeset h1", "textWrapStyle") == "balance"
    page.goto(demo_server + "/ko/security/", wait_until="networkidle")
    assert style(".md-typeset h1", "wordBreak") == "keep-all"
    page.goto(demo_server + "/ko/contact/", wait_until="networkidle")  # Korean body text keeps its words whole too
    assert style(".hc-chooser__option", "wordBreak") == "keep-all"
    assert style(".md-typeset p", "overflowWrap") == "break-word"
    page.goto(demo_server + "/contact/", wait_until="networkidle")
    assert style("table.hc-phone-lines", "borderTopStyle") == "solid"
    watch.assert_clean()


DEMO_LANGUAGE_NAMES = {"en": "English", "zh": "简体中文", "ja": "日本語", "ko": "한국어", "es": "Español"}


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
@pytest.mark.parametrize("lang", list(DEMO_LANGUAGE_NAMES))
def test_language_switcher_names_the_current_language(browser, demo_server, lang, phone):
    size = PHONE if phone else {"width": 1366, "height": 900}
    context = browser.new_context(viewport=size, is_mobile=phone, has_touch=phone)
    page = context.new_page()
    try:
        page.goto(demo_server + prefix(lang) + "security/enable-2fa/", wait_until="networkidle")
        name = DEMO_LANGUAGE_NAMES[lang]
        shown = page.locator(".md-header .md-select > button .hc-select__current")
        assert shown.is_visible() and shown.inner_text() == name
        assert shown.get_attribute("lang") == lang
        box = shown.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= size["width"]
        # the accessible name is the visible name, then what the button does (Material's "Select language")
        hidden = page.locator(".md-header .md-select > button .hc-visually-hidden").inner_text().strip()
        assert hidden and name not in hidden
        assert page.get_by_role("button", name=f"{name} {hidden}", exact=True).count() == 1
        assert page.locator(f".md-select__link[hreflang={lang}]").get_attribute("aria-current") == "true"
        if phone:
            title = visible_box(page, ".md-header__title .md-header__topic:first-child .md-ellipsis")
            assert title is not None and title["width"] >= 100, "the site name keeps its room"
    finally:
        context.close()


@pytest.mark.parametrize("lang", list(DEMO_LANGUAGE_NAMES))
def test_dark_mode_toggle_is_labelled_in_the_page_language(watched_page, demo_server, lang):
    page, watch = watched_page
    strings = load_strings(lang, DEMO_BRAND)
    page.goto(demo_server + prefix(lang) + "contact/", wait_until="networkidle")
    toggle = page.locator("[data-md-component=palette] label:visible")
    assert toggle.count() == 1
    assert toggle.get_attribute("title") == strings["palette_to_dark"]
    assert page.get_by_role("radio", name=strings["palette_to_dark"], exact=True).count() == 1
    toggle.click()
    assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
    toggle = page.locator("[data-md-component=palette] label:visible")
    assert toggle.get_attribute("title") == strings["palette_to_light"]
    if lang != "en":
        english = load_strings("en", DEMO_BRAND)
        assert strings["palette_to_dark"] != english["palette_to_dark"], "translated, not the English fallback"
    watch.assert_clean()


FRIDAY_EVENING = dt.datetime(2026, 11, 20, 18, 0, tzinfo=dt.UTC)  # Friday: every phone line is closed until Monday


def contact_at(browser, demo_server, lang: str, now: dt.datetime, zone: str = "UTC", size: dict | None = None):
    context = browser.new_context(timezone_id=zone, locale="en-US", viewport=size or {"width": 1366, "height": 900})
    page = context.new_page()
    page.clock.set_fixed_time(now)
    page.goto(demo_server + prefix(lang) + "contact/", wait_until="networkidle")
    page.locator("#channel-phone-jp [data-hc-status]").wait_for(state="visible")
    return context, page


def channel_lines(page, channel: str) -> list[str]:
    lines = page.locator(f"#channel-{channel} .hc-channel__hours li").all_inner_texts()
    return [line.replace("\u202f", " ").strip() for line in lines]


@pytest.mark.parametrize("lang", ["en", "es", "zh", "ja"])
def test_contact_hours_read_right_in_every_locale(browser, demo_server, lang):
    context, page = contact_at(browser, demo_server, lang, FRIDAY_EVENING)
    try:
        strings = load_strings(lang, DEMO_BRAND)
        japan, spain = channel_lines(page, "phone-jp"), channel_lines(page, "phone-es")
        # own zone first, then the reader's (UTC): each weekday once, Monday to Friday on one line
        assert len(japan) == 2 and len(spain) == 2, (japan, spain)
        every = japan + spain + channel_lines(page, "phone-kr")
        if lang == "en":
            assert japan[1] == "Mon–Fri 12:00 AM – 9:00 AM"  # midnight with its AM, never "12:00 – 9:00 AM"
            assert all(re.search(r"\d AM|\d PM", line) for line in every), every
        else:
            assert not any(re.search(r"AM|PM|a\. ?m\.|p\. ?m\.", line) for line in every), every  # one clock
            assert any("18:00" in line for line in every)
        # closed on a Friday evening: the next opening is a day and a time, never a count of days
        status = page.locator("#channel-phone-es [data-hc-status]").inner_text().replace("\u202f", " ")
        weekday = {"en": "Mon", "es": "lun", "zh": "周一", "ja": "月"}[lang]
        assert weekday in status and "8:00" in status, status
        assert status == strings["support_status_opens_at"].replace("{time}", status_time(status, strings))
        for word in ("days", "días", "后天", "明後日", "2 日後"):
            assert word not in status
    finally:
        context.close()


def status_time(status: str, strings: dict) -> str:
    before, after = strings["support_status_opens_at"].split("{time}")
    return status.removeprefix(before).removesuffix(after)


@pytest.mark.parametrize("phone", [False, True], ids=["desktop", "phone"])
def test_contact_tables_and_chooser_controls_are_styled(browser, demo_server, phone):
    size = PHONE if phone else {"width": 1366, "height": 900}
    context, page = contact_at(browser, demo_server, "en", FRIDAY_EVENING, size=size)
    try:
        table = page.locator("table.hc-phone-lines")
        assert page.evaluate(STYLE, ["table.hc-phone-lines", "borderTopStyle"]) == "solid"
        head = page.evaluate(STYLE, ["table.hc-phone-lines thead th", "backgroundColor"])
        assert head not in ("rgba(0, 0, 0, 0)", "transparent")
        assert table.bounding_box()["width"] <= size["width"]
        for selector in (".hc-chooser__option", ".hc-chooser select"):
            box = page.locator(selector).first.bounding_box()
            assert box["height"] >= 40, f"{selector} is the size of a finger"
            assert page.evaluate(STYLE, [selector, "borderTopStyle"]) == "solid"
            assert float(page.evaluate(STYLE, [selector, "borderTopLeftRadius"]).removesuffix("px")) > 0
        radio = page.locator(".hc-chooser__option input").first.bounding_box()
        assert radio["width"] >= 16
        option = page.locator(".hc-chooser__option").nth(1)
        before = page.evaluate(STYLE, [".hc-chooser__option:nth-of-type(2)", "borderTopColor"])
        option.click()
        page.mouse.move(0, size["height"] - 1)  # not hovered any more: the mark is the checked state's
        after = option.evaluate("el => getComputedStyle(el).borderTopColor")
        assert after != before, "the chosen answer is marked"
        assert page.evaluate("document.documentElement.scrollWidth") <= size["width"]
    finally:
        context.close()


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_verifier_marks_look_alike_characters_and_shows_punycode(watched_page, demo_server, lang):
    page, watch = watched_page
    strings = load_strings(lang, DEMO_BRAND)
    page.goto(demo_server + prefix(lang) + "verify/", wait_until="networkidle")
    box = page.locator("[data-hc-verify-result]")
    page.fill("#hc-verify-input", f"https://corvex{CYRILLIC_A}.example/login")
    page.locator("[data-hc-verify-form] button[type=submit]").click()
    box.wait_for(state="visible")
    marks = box.locator("mark.hc-verify__mark")
    assert marks.all_inner_texts() == [CYRILLIC_A]
    assert box.locator("code.hc-verify__spelling").inner_text() == f"corvex{CYRILLIC_A}.example"
    assert page.evaluate(STYLE, ["mark.hc-verify__mark", "outlineStyle"]) == "solid"
    assert box.locator("[data-hc-ascii]").inner_text() == "xn--corvex-8nf.example"
    assert strings["verify_ascii"].split("{ascii}")[0].strip() in box.inner_text()
    assert strings["verify_marked"] in box.inner_text()

    page.fill("#hc-verify-input", "c0rvexa.example")  # a digit for a letter: marked, and no second spelling
    page.locator("[data-hc-verify-form] button[type=submit]").click()
    page.wait_for_function("!document.querySelector('[data-hc-ascii]')")
    assert box.locator("mark.hc-verify__mark").all_inner_texts() == ["0"]

    page.fill("#hc-verify-input", "corvexa.example")  # the official domain: nothing marked
    page.locator("[data-hc-verify-form] button[type=submit]").click()
    page.wait_for_function("document.querySelector('[data-hc-verify-result]').dataset.verdict === 'official'")
    assert box.locator("mark").count() == 0
    assert strings["verify_marked"] not in box.inner_text()
    watch.assert_clean()


@pytest.mark.parametrize("lang", ["en", "zh", "ja"])
def test_announcement_dates_stay_whole_and_the_feed_is_an_rss_link(phone_page, demo_server, lang):
    page, watch = phone_page
    strings = load_strings(lang, DEMO_BRAND)
    for path in ("", "announcements/"):
        page.goto(demo_server + prefix(lang) + path, wait_until="networkidle")
        # a date broken over two lines has two client rects ("2026年11/月2日")
        rects = page.eval_on_selector_all(".hc-announcements__date", "els => els.map(e => e.getClientRects().length)")
        assert rects and set(rects) == {1}, rects
    feeds = page.locator(".hc-feeds")
    link = feeds.locator("a[type='application/rss+xml']")
    assert link.locator("svg").is_visible() and link.inner_text().strip() == strings["feed_rss"]
    assert strings["feed_explain"] in feeds.inner_text()
    assert feeds.locator("a[href$='feed.json']").count() == 0
    assert page.locator("head link[rel=alternate][type='application/feed+json']").count() == 1
    assert page.request.get(link.evaluate("a => a.href")).status == 200
    watch.assert_clean()


DIAGRAM = """() => [...document.querySelectorAll('pre.hc-mermaid[data-processed]')].map(pre => {
  const svg = pre.querySelector('svg');
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  const label = svg.querySelector('.nodeLabel');
  const shape = svg.querySelector('.node rect, .node polygon');
  return {
    labelPx: parseFloat(getComputedStyle(label).fontSize) * scale,
    scrolls: pre.scrollWidth > pre.clientWidth, tabindex: pre.getAttribute('tabindex'),
    fill: getComputedStyle(shape).fill, stroke: getComputedStyle(shape).stroke,
  };
})"""

# the tops of each character of a word in a label: one value when the word is on one line
WORD_LINES = """(word) => [...document.querySelectorAll('pre.hc-mermaid .nodeLabel')]
  .filter(label => label.textContent.includes(word))
  .map(label => {
    const node = [...label.querySelectorAll('*'), label].flatMap(el => [...el.childNodes])
      .find(n => n.nodeType === 3 && n.data.includes(word));
    const start = node.data.indexOf(word);
    const tops = new Set();
    for (let i = start; i < start + word.length; i++) {
      const range = document.createRange();
      range.setStart(node, i);
      range.setEnd(node, i + 1);
      tops.add(Math.round(range.getBoundingClientRect().top));
    }
    return tops.size;
  })"""


def rgb(text: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", text)[:3])


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_diagrams_are_readable_on_a_phone_in_the_theme_colours(phone_page, demo_server, lang):
    page, watch = phone_page
    page.goto(demo_server + prefix(lang) + "deposits-withdrawals/withdrawal-pending/", wait_until="networkidle")
    page.locator("pre.hc-mermaid[data-processed]").first.wait_for()
    diagrams = page.evaluate(DIAGRAM)
    assert diagrams
    for diagram in diagrams:
        assert diagram["labelPx"] >= 13.5, "labels keep a readable size (they were about 9 px)"
        assert diagram["scrolls"] and diagram["tabindex"] == "0", "a wide diagram scrolls in its own box"
        assert rgb(diagram["fill"]) not in [(236, 236, 255)], "not Mermaid's lavender"
        assert rgb(diagram["stroke"]) == rgb(page.evaluate(STYLE, ["body", "--md-primary-fg-color"]) or "64 81 181")
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"], "only the diagram scrolls"
    if lang == "ja":
        assert page.evaluate(WORD_LINES, "待つ") and set(page.evaluate(WORD_LINES, "待つ")) == {1}
    light_fill = diagrams[0]["fill"]
    page.locator("[data-md-component=palette] label:visible").click()  # to the dark scheme, without a reload
    page.wait_for_function(
        "fill => { const s = document.querySelector('pre.hc-mermaid .node rect, pre.hc-mermaid .node polygon');"
        " return s && getComputedStyle(s).fill !== fill; }",
        arg=light_fill,
    )
    dark = page.evaluate(DIAGRAM)[0]
    assert sum(rgb(dark["fill"])) < 3 * 100, "dark nodes in the dark scheme"
    assert axe_blocking(page) == []
    watch.assert_clean()


HOME_LAYOUT = """() => {
  const hero = document.querySelector('.hc-hero').getBoundingClientRect();
  const heading = document.querySelector('#hc-topics-title').getBoundingClientRect();
  const grid = document.querySelector('.hc-grid').getBoundingClientRect();
  const cards = [...document.querySelectorAll('.hc-card')].map(card => card.getBoundingClientRect());
  return {
    band: heading.top - hero.bottom, gridHeight: grid.height,
    columns: new Set(cards.map(box => Math.round(box.left))).size,
    narrowest: Math.min(...cards.map(box => box.width)),
  };
}"""


@pytest.mark.parametrize("lang", ["en", "ja"])
def test_home_has_no_empty_band_and_a_dense_topic_grid_on_phones(browser, demo_server, phone_page, lang):
    page, watch = phone_page
    page.goto(demo_server + prefix(lang), wait_until="networkidle")
    layout = page.evaluate(HOME_LAYOUT)
    assert layout["band"] <= 48, f"{layout['band']} px between the hero and the topics"
    assert layout["columns"] == 2 and layout["narrowest"] >= 150
    assert layout["gridHeight"] <= 1000, f"the topic list is {layout['gridHeight']} px tall (it was about 1,850)"
    assert page.evaluate("document.documentElement.scrollHeight") <= 3200  # the whole page was about 4,000 px
    titles = page.locator(".hc-card__title")
    assert all(box["height"] > 0 for box in (titles.nth(i).bounding_box() for i in range(titles.count())))
    assert_fits(page)
    watch.assert_clean()

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    desktop = context.new_page()
    try:
        desktop.goto(demo_server + prefix(lang), wait_until="networkidle")
        layout = desktop.evaluate(HOME_LAYOUT)
        assert layout["band"] <= 48 and layout["columns"] == 4
    finally:
        context.close()
