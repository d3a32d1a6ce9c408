"""Any BCP 47 language: direction, OpenGraph locale, Material's UI language, UI strings with English fallback."""

from __future__ import annotations

import datetime as dt

import pytest

from helpcenter.content.findings import Severity
from helpcenter.content.languages import direction, english_name, material_language, og_locale
from helpcenter.content.strings import format_long_date, load_strings, missing_keys, own_strings, strings_findings
from helpcenter.publish.page_language import with_document_language

MATERIAL = frozenset({"en", "pt", "pt-BR", "zh", "zh-Hant", "zh-TW", "ar", "fa", "fr"})


@pytest.mark.parametrize(
    ("code", "expected"),
    [("ar", "rtl"), ("fa", "rtl"), ("he", "rtl"), ("ur", "rtl"), ("en", "ltr"), ("pt-BR", "ltr"), ("zh-Hant", "ltr")],
)
def test_direction_follows_the_script(code, expected):
    assert direction(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("en", "en_US"), ("ja", "ja_JP"), ("pt-BR", "pt_BR"), ("zh-Hant", "zh_TW"), ("zh-CN", "zh_CN"), ("qq", "qq")],
)
def test_og_locale_has_a_region(code, expected):
    assert og_locale(code) == expected


@pytest.mark.parametrize(
    ("code", "expected"),
    [("pt-BR", "pt-BR"), ("pt-PT", "pt"), ("zh-CN", "zh"), ("zh-TW", "zh-TW"), ("pt_BR", "pt-BR"), ("sw", None)],
)
def test_material_language_is_the_nearest_shipped(code, expected):
    assert material_language(code, MATERIAL) == expected


def test_document_language_replaces_materials_lang_and_adds_dir():
    html = '<!doctype html>\n<html lang="pt" class="no-js">\n<head></head><body dir="ltr"><p lang="en">x</p></body>'
    out = with_document_language(html, "pt-BR", "ltr")
    assert out.startswith('<!doctype html>\n<html lang="pt-BR" dir="ltr" class="no-js">')
    assert '<p lang="en">x</p>' in out  # only the root element changes
    assert with_document_language("<p>fragment</p>", "ar", "rtl") == "<p>fragment</p>"


def test_a_language_without_strings_reads_english_and_one_finding_lists_the_keys():
    assert own_strings("sw") == {}
    assert load_strings("sw")["home"] == load_strings("en")["home"]
    findings = strings_findings(["en", "sw", "fr"])
    assert [(f.code, f.severity) for f in findings] == [("HC401", Severity.INFO)]
    assert "sw.yml" in findings[0].path and str(len(missing_keys("sw"))) in findings[0].message


def test_a_region_falls_back_to_its_base_language():
    assert load_strings("fr-CA")["home"] == load_strings("fr")["home"] != load_strings("en")["home"]
    assert missing_keys("fr-CA") == []


def test_brand_and_adopter_overrides(tmp_path):
    (tmp_path / "fr.yml").write_text('home: "Accueil {site_brand}"\n', encoding="utf-8")
    strings = load_strings("fr", "Acme", tmp_path)
    assert strings["home"] == "Accueil Acme"
    assert "{site_brand}" not in " ".join(load_strings("en", "Acme").values())
    assert "Acme" in load_strings("en", "Acme")["verify_official"]


@pytest.mark.parametrize("code", ["pt-BR", "zh-Hant", "es-419", "sr-Latn", "qq"])
def test_dates_format_in_any_code(code):
    assert "2026" in format_long_date(dt.date(2026, 10, 14), code)


def test_english_names_for_writers_messages():
    assert english_name("en") == "English"
    assert english_name("pt-BR") == "Portuguese (Brazil)"
    assert english_name("qq") == "qq"
