"""The brand in one place (issue 18): colours from theme.palette, derived colours checked for WCAG AA contrast.

Unit tests of helpcenter.publish.brand, and fixture sites built with the project's hooks: one whose brand colour
fails (HC601 names mkdocs.yml, the line of the setting and a colour that passes), one that passes and publishes its
stylesheet, which Chromium applies.
"""

from __future__ import annotations

import logging

import pytest
import yaml
from conftest import HOME, article, load_script, write_site
from mkdocs.exceptions import Abort

from helpcenter.adapter.site_build import build_site
from helpcenter.publish.brand import (
    AA,
    BLACK,
    DARK_BACKGROUND,
    WHITE,
    BrandColour,
    Hero,
    brand_colours,
    brand_css,
    checks,
    contrast,
    contrast_findings,
    derive,
    failing,
    hero_of,
    missing_hero_image,
    parse_hex,
    setting_position,
    suggest,
    to_hex,
)

# --- contrast arithmetic (WCAG 2.1's reference values) -------------------------------------------------------------


def test_contrast_ratio_matches_wcag_reference_values():
    assert contrast(WHITE, BLACK) == pytest.approx(21.0)
    assert contrast(BLACK, WHITE) == pytest.approx(21.0)
    assert contrast(WHITE, WHITE) == pytest.approx(1.0)
    assert contrast(parse_hex("#777"), WHITE) == pytest.approx(4.48, abs=0.01)  # the classic just-failing grey
    assert contrast(parse_hex("#767676"), WHITE) == pytest.approx(4.54, abs=0.01)  # the lightest passing grey
    assert to_hex(parse_hex("#0B6e4F")) == "#0b6e4f"


def test_text_on_the_primary_colour_is_whichever_of_white_and_black_reads_better():
    assert derive(parse_hex("#0b6e4f"), "default").on_primary == WHITE
    assert derive(parse_hex("#ffc107"), "default").on_primary == BLACK


def test_a_dark_brand_colour_passes_in_both_schemes():
    for scheme in ("default", "slate"):
        palette = derive(parse_hex("#0b6e4f"), scheme)
        assert failing(palette) == []
        assert {c.what for c in checks(palette)} == {
            "text on the primary colour (header, buttons)",
            "text on hovered buttons",
            "links and outlined buttons",
            "hovered links",
        }
    assert derive(parse_hex("#0b6e4f"), "slate").background == DARK_BACKGROUND


def test_a_light_brand_colour_fails_for_links_in_the_light_scheme_only():
    light = failing(derive(parse_hex("#ffc107"), "default"))
    assert {c.what for c in light} == {"links and outlined buttons", "hovered links"}
    assert light[0].ratio == pytest.approx(1.63, abs=0.01)
    assert failing(derive(parse_hex("#ffc107"), "slate")) == []
    # navy reads well on white but its links are too dark on the dark background
    assert [c.what for c in failing(derive(parse_hex("#000080"), "slate"))] == ["links and outlined buttons"]


@pytest.mark.parametrize(("colour", "scheme"), [("#ffc107", "default"), ("#000080", "slate"), ("#777777", "default")])
def test_the_suggestion_is_a_nearby_colour_that_passes(colour, scheme):
    better = suggest(parse_hex(colour), scheme)
    assert better is not None and better != parse_hex(colour)
    assert failing(derive(better, scheme)) == []
    assert all(c.ratio >= AA for c in checks(derive(better, scheme)))
    # near: the same hue family, not black or white
    assert better not in (WHITE, BLACK)


# --- reading the settings ------------------------------------------------------------------------------------------

CONFIG = """\
site_name: Acme
theme:
  name: material
  palette:
    - media: "(prefers-color-scheme: light)"
      scheme: default
      primary: "#ffc107"
    - scheme: slate
      primary: indigo
extra:
  helpcenter:
    hero:
      pattern: waves
"""


def test_only_hex_primaries_are_brand_colours():
    palette = yaml.safe_load(CONFIG)["theme"]["palette"]
    assert brand_colours(palette) == [BrandColour(0, "default", "#ffc107")]
    assert brand_colours({"scheme": "slate", "primary": "#123", "accent": "#ff0000"}) == [
        BrandColour(0, "slate", "#123", "#ff0000")
    ]
    assert brand_colours(None) == []


def test_setting_position_finds_the_line_and_column_of_a_value():
    assert setting_position(CONFIG, ("theme", "palette", 0, "primary")) == (7, 16)
    assert setting_position(CONFIG, ("theme", "palette", 1, "primary")) == (9, 16)
    assert setting_position(CONFIG, ("theme", "palette", 1, "scheme")) == (8, 15)
    assert setting_position(CONFIG, ("extra", "helpcenter", "hero")) == (12, 5)
    assert setting_position(CONFIG, ("theme", "logo")) == (1, 1)


def test_contrast_finding_names_mkdocs_yml_the_setting_and_a_passing_colour():
    colours = brand_colours(yaml.safe_load(CONFIG)["theme"]["palette"])
    [finding] = contrast_findings(colours, CONFIG, "mkdocs.yml")
    text = finding.format()
    better = to_hex(suggest(parse_hex("#ffc107"), "default"))
    assert text.startswith("mkdocs.yml:7:16: HC601 theme.palette[0].primary #ffc107 gives too little contrast")
    assert "links and outlined buttons 1.63:1 (#ffc107 on #ffffff)" in text and "WCAG AA needs 4.5:1" in text
    assert f"Fix: use {better}" in text
    assert contrast_findings(brand_colours([{"primary": "#0b6e4f"}]), CONFIG, "mkdocs.yml") == []


def test_hero_settings_of_the_wrong_form_are_findings():
    assert hero_of({"pattern": "dots"}, CONFIG, "mkdocs.yml") == (Hero(pattern="dots"), [])
    assert hero_of({"image": "assets/images/hero.jpg"}, CONFIG, "mkdocs.yml") == (
        Hero(image="assets/images/hero.jpg"),
        [],
    )
    assert hero_of(None, CONFIG, "mkdocs.yml") == (Hero(), [])
    for wrong in ({"pattern": "waves"}, {"image": "https://cdn.example.test/hero.jpg"}, {"image": "../x.png"}, "dots"):
        hero, findings = hero_of(wrong, CONFIG, "mkdocs.yml")
        assert hero == Hero()
        assert [f.code for f in findings] == ["HC602"]
        assert findings[0].format().startswith("mkdocs.yml:12:5: HC602 extra.helpcenter.hero")


def test_stylesheet_sets_the_derived_colours_per_scheme_and_the_hero():
    css = brand_css([BrandColour(0, "default", "#ffc107"), BrandColour(1, "slate", "#0b6e4f")], Hero(pattern="dots"))
    assert '[data-md-color-scheme="default"][data-md-color-primary="#ffc107"] {' in css
    assert "--md-primary-bg-color: #000000;" in css  # black text on amber
    assert '[data-md-color-scheme="slate"][data-md-color-primary="#0b6e4f"] {' in css
    slate_link = to_hex(derive(parse_hex("#0b6e4f"), "slate").link)
    assert f"--md-typeset-a-color: {slate_link};" in css
    assert ".hc-hero {\n  background-image: radial-gradient(" in css
    image = brand_css([], Hero(image="assets/images/hero.jpg"))
    assert 'url("../../assets/images/hero.jpg")' in image
    assert brand_css([], Hero()) == brand_css([], Hero())  # same input, same bytes


# --- fixture sites -------------------------------------------------------------------------------------------------

FILES = {
    "en/index.md": HOME,
    "en/fees/index.md": "---\ntitle: Fees\ndescription: Costs.\nicon: material/percent\n---\n",
    "en/fees/charges.md": article("How are fees charged?") + "\nSee [the tiers](tiers.md).\n",
    "en/fees/tiers.md": article("What are the tiers?"),
}


def fixture_config(root, primary: str, hero: dict | None = None):
    path = write_site(root, FILES, languages=("en",))
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["theme"]["palette"] = [
        {"media": "(prefers-color-scheme: light)", "scheme": "default", "primary": primary, "accent": "indigo"},
        {"media": "(prefers-color-scheme: dark)", "scheme": "slate", "primary": primary, "accent": "indigo"},
    ]
    if hero:
        config["extra"]["helpcenter"]["hero"] = hero
    path.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def test_a_failing_brand_colour_is_reported_with_its_place_in_mkdocs_yml(tmp_path, caplog):
    config = fixture_config(tmp_path, "#ffc107")
    text = config.read_text(encoding="utf-8")
    line = next(n for n, row in enumerate(text.splitlines(), 1) if "#ffc107" in row)
    caplog.set_level(logging.INFO)
    build_site(config, tmp_path / "site", strict=False, jobs=1)
    messages = [r.getMessage() for r in caplog.records if "HC601" in r.getMessage()]
    assert len(messages) == 1, messages  # the light scheme fails; the dark one passes; reported once per build
    assert messages[0].startswith(f"mkdocs.yml:{line}:")
    assert "theme.palette[0].primary #ffc107" in messages[0] and "Fix: use #" in messages[0]
    # a warning: the strict build fails on it
    with pytest.raises(Abort):
        build_site(config, tmp_path / "strict", strict=True, jobs=1)


def test_a_passing_brand_colour_builds_strict_and_the_pages_wear_it(tmp_path, browser):
    config = fixture_config(tmp_path, "#0b6e4f", hero={"pattern": "grid"})
    build_site(config, tmp_path / "site", strict=True, jobs=1)
    site = tmp_path / "site"
    css = (site / "assets/stylesheets/brand.css").read_text(encoding="utf-8")
    assert '[data-md-color-primary="#0b6e4f"]' in css
    html = (site / "fees/charges/index.html").read_text(encoding="utf-8")
    assert 'href="../../assets/stylesheets/brand.css"' in html
    server = load_script("screenshots").serve(site)
    origin = f"http://127.0.0.1:{server.server_address[1]}"
    context = browser.new_context(color_scheme="light")
    try:
        page = context.new_page()
        page.goto(origin + "/fees/charges/", wait_until="networkidle")
        header = page.evaluate("getComputedStyle(document.querySelector('.md-header')).backgroundColor")
        assert header == "rgb(11, 110, 79)"
        link = page.evaluate("getComputedStyle(document.querySelector('.md-content .md-typeset p a')).color")
        assert link == "rgb(11, 110, 79)"
        page.goto(origin + "/", wait_until="networkidle")
        hero = page.evaluate("getComputedStyle(document.querySelector('.hc-hero')).backgroundImage")
        assert hero.startswith("linear-gradient(")
        # the dark scheme: links and outlined buttons in the lighter derived colour, which passes on the dark page
        dark = browser.new_context(color_scheme="dark")
        page = dark.new_page()
        page.goto(origin + "/fees/charges/", wait_until="networkidle")
        assert page.evaluate("document.body.dataset.mdColorScheme") == "slate"
        r, g, b = derive(parse_hex("#0b6e4f"), "slate").link
        link = page.evaluate("getComputedStyle(document.querySelector('.md-content .md-typeset p a')).color")
        button = page.evaluate(
            "getComputedStyle(document.querySelector('.md-typeset .md-button:not(.md-button--primary)')).color"
        )
        assert link == button == f"rgb({r}, {g}, {b})"
        dark.close()
    finally:
        context.close()
        server.shutdown()


def test_missing_hero_image_is_a_finding():
    hero = Hero(image="assets/images/hero.jpg")
    assert missing_hero_image(hero, {"assets/images/hero.jpg"}, CONFIG, "mkdocs.yml") == []
    [finding] = missing_hero_image(hero, {"assets/images/logo.svg"}, CONFIG, "mkdocs.yml")
    assert finding.code == "HC602" and "assets/images/hero.jpg" in finding.message
    assert missing_hero_image(Hero(pattern="dots"), set(), CONFIG, "mkdocs.yml") == []


def test_hero_image_is_checked_against_the_files_of_the_site(tmp_path, caplog):
    caplog.set_level(logging.INFO)
    config = fixture_config(tmp_path / "missing", "#0b6e4f", hero={"image": "assets/images/no-such-hero.jpg"})
    build_site(config, tmp_path / "missing" / "site", strict=False, jobs=1)
    found = [r.getMessage() for r in caplog.records if "HC602" in r.getMessage()]
    assert len(found) == 1 and "no-such-hero.jpg, which is no file of the site" in found[0]
    caplog.clear()
    config = fixture_config(tmp_path / "present", "#0b6e4f", hero={"image": "assets/images/logo.svg"})
    build_site(config, tmp_path / "present" / "site", strict=True, jobs=1)  # the theme's logo is a file of the site
    css = (tmp_path / "present/site/assets/stylesheets/brand.css").read_text(encoding="utf-8")
    assert 'url("../../assets/images/logo.svg")' in css
    assert not [r for r in caplog.records if "HC602" in r.getMessage()]
