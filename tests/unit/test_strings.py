import datetime as dt

import pytest

from helpcenter.content.strings import available_languages, count_label, format_long_date, load_strings, missing_keys

# the demo's five languages and the shipped extras (fr, de, pt-BR, ar)
SITE_LANGUAGES = ["ar", "de", "en", "es", "fr", "ja", "ko", "pt-BR", "zh"]


def test_every_site_language_has_strings():
    assert available_languages() == SITE_LANGUAGES


@pytest.mark.parametrize("language", SITE_LANGUAGES)
def test_every_key_is_translated(language):
    assert missing_keys(language) == []
    assert set(load_strings(language)) == set(load_strings("en"))


@pytest.mark.parametrize("language", ["zh", "ja", "ko"])
def test_cjk_strings_are_not_english(language):
    strings = load_strings(language)
    english = load_strings("en")
    same = [k for k in strings if strings[k] == english[k]]
    assert same == []


@pytest.mark.parametrize(
    ("language", "expected"),
    [
        ("en", "October 14, 2026"),
        ("zh", "2026年10月14日"),
        ("ja", "2026年10月14日"),
        ("ko", "2026년 10월 14일"),
        ("es", "14 de octubre de 2026"),
    ],
)
def test_long_date_is_localized(language, expected):
    assert format_long_date(dt.date(2026, 10, 14), language) == expected


def test_count_label_plural():
    en = load_strings("en")
    assert count_label(en, 1) == "1 article"
    assert count_label(en, 6) == "6 articles"
    assert count_label(load_strings("ko"), 6) == "문서 6개"
