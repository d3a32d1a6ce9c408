"""Language codes: any spelling a documentation project uses becomes BCP 47, nonsense a clear one-line error."""

from __future__ import annotations

import pytest

from helpcenter.content.importer import (
    LanguageCodeError,
    display_name,
    is_known_language,
    language_code_or_none,
    normalize_language_code,
)


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("en", "en"),
        ("EN", "en"),
        (" fr ", "fr"),
        ("pt_BR", "pt-BR"),
        ("pt-br", "pt-BR"),
        ("pt-pt", "pt-PT"),
        ("pt-PT", "pt-PT"),
        ("zh_CN", "zh-CN"),
        ("zh_TW", "zh-TW"),
        ("zh_Hant", "zh-Hant"),
        ("zh-hant-tw", "zh-Hant-TW"),
        ("sr_Latn", "sr-Latn"),
        ("SR_LATN_RS", "sr-Latn-RS"),
        ("es_419", "es-419"),
        ("fil", "fil"),
        ("de-CH-1996", "de-CH-1996"),
        ("ca-ES-valencia", "ca-ES-valencia"),
    ],
)
def test_codes_become_bcp47(code, expected):
    assert normalize_language_code(code) == expected
    assert normalize_language_code(expected) == expected  # idempotent


@pytest.mark.parametrize(
    ("code", "reason"),
    [
        ("", "empty"),
        ("   ", "empty"),
        ("english", "2- or 3-letter language"),
        ("e", "2- or 3-letter language"),
        ("12", "2- or 3-letter language"),
        ("pt__BR", "ASCII letters and digits"),
        ("pt-", "ASCII letters and digits"),
        ("pt BR", "ASCII letters and digits"),
        ("pt.BR", "ASCII letters and digits"),
        ("fr-ççç", "ASCII letters and digits"),
        ("zh-CN-Hant", "'Hant' is neither"),
        ("en-x-private", "'x' is neither"),
        ("und", "no particular language"),
        ("null", "2- or 3-letter language"),
    ],
)
def test_nonsense_is_a_one_line_error(code, reason):
    with pytest.raises(LanguageCodeError) as error:
        normalize_language_code(code)
    assert reason in str(error.value)
    assert "\n" not in str(error.value)
    assert isinstance(error.value, ValueError)
    assert language_code_or_none(code) is None


@pytest.mark.parametrize("value", [None, 42, ["en"], {"locale": "en"}])
def test_a_value_that_is_not_text_is_an_error_too(value):
    with pytest.raises(LanguageCodeError, match="not a language code"):
        normalize_language_code(value)
    assert language_code_or_none(value) is None


def test_known_languages_tell_language_folders_from_others():
    assert is_known_language("fr")
    assert is_known_language("pt-pt")
    assert is_known_language("zh_TW")
    assert is_known_language("fa")
    for folder in ("img", "api", "faq", "assets", "guide", "xx", "v2"):
        assert not is_known_language(folder), folder


def test_display_names_come_from_cldr_in_the_language_itself():
    assert display_name("fr") == "Français"
    assert display_name("pt-PT") == "Português (Portugal)"
    assert display_name("zh-Hant") == "中文 (繁體)"
    assert display_name("ar") == "العربية"
    assert display_name("qq") == "qq"  # unknown to CLDR: the code itself
