"""The preview's findings banner speaks the previewed page's language, with the English banner as its fallback."""

from __future__ import annotations

from html import escape
from types import SimpleNamespace

import pytest

from helpcenter.adapter.preview_server import BANNER_KEYS, MAX_SHOWN, banner_html, banner_strings, page_language
from helpcenter.content.strings import available_languages, load_strings

PROBLEM = "docs/en/booking/change.md:2:1: HC100 front matter is not valid YAML. Fix: close the quote"


def _banner(problems: list[str], language: str) -> str:
    return banner_html(problems, *banner_strings(None, language)).decode("utf-8")


@pytest.mark.parametrize("language", available_languages())
def test_every_shipped_language_has_its_banner(language):
    strings = load_strings(language)
    one = _banner([PROBLEM], language)
    assert f'lang="{language}"' in one
    assert escape(strings["preview_findings_one"]) in one
    assert escape(strings["preview_findings_text"]) in one
    assert escape(PROBLEM) in one  # the finding as the terminal shows it, in English
    many = _banner([f"{PROBLEM} {i}" for i in range(MAX_SHOWN + 3)], language)
    assert escape(strings["preview_findings_other"].format(n=MAX_SHOWN + 3)) in many
    assert escape(strings["preview_findings_more"].format(n=3)) in many
    assert many.count("<code ") == MAX_SHOWN


def test_the_banner_reads_in_the_direction_of_its_language():
    assert 'dir="rtl"' in _banner([PROBLEM], "ar").split(">", 1)[0]
    assert 'dir="ltr"' in _banner([PROBLEM], "ja").split(">", 1)[0]
    assert '<code lang="en" dir="ltr"' in _banner([PROBLEM], "ar")


def test_no_findings_no_banner():
    assert banner_html([]) == b""


def test_findings_are_escaped():
    assert "<img src=x>" not in _banner(["<img src=x>"], "en")


def test_the_page_language_is_its_html_lang_when_the_site_has_it():
    languages, default = ["en", "pt-BR"], "en"
    page = b'<!doctype html>\n<html lang="pt-BR" dir="ltr" class="no-js"><head></head><body></body></html>'
    assert page_language(page, languages, default) == "pt-BR"
    assert page_language(page.replace(b"pt-BR", b"fr"), languages, default) == "en"  # not a language of the site
    assert page_language(b"<html class='no-js'><body>", languages, default) == "en"
    assert page_language(b"no page at all", ["ja", "en"], "ja") == "ja"


def test_a_language_without_the_banner_texts_gets_the_english_banner():
    assert banner_strings(None, "sw") == ("en", load_strings("en"))
    assert banner_strings(None, "pt-BR") == ("pt-BR", load_strings("pt-BR"))
    assert banner_strings(None, "de-AT")[0] == "de-AT"  # its base language's file, as every UI string
    assert 'lang="en" dir="ltr"' in _banner([PROBLEM], "sw")


def _adopter(root, folder: str, texts: dict[str, str]):
    """A configuration whose extra.helpcenter.ui_strings folder holds sw.yml with ``texts``."""
    (root / folder).mkdir()
    (root / folder / "sw.yml").write_text("".join(f'{k}: "{v}"\n' for k, v in texts.items()), "utf-8")
    helpcenter = {"ui_strings": folder}
    return SimpleNamespace(extra={"helpcenter": helpcenter}, config_file_path=str(root / "mkdocs.yml"), site_name="X")


def test_the_adopters_own_strings_give_a_language_its_banner(tmp_path):
    texts = {key: f"sw {key} {{n}}" for key in BANNER_KEYS}
    language, strings = banner_strings(_adopter(tmp_path, "full", texts), "sw")
    assert language == "sw" and {k: strings[k] for k in BANNER_KEYS} == texts
    assert "sw preview_findings_one 1" in banner_html([PROBLEM], language, strings).decode("utf-8")
    # one text missing: the whole banner is English, so that its lang attribute says what it is
    language, strings = banner_strings(_adopter(tmp_path, "partial", dict(list(texts.items())[:1])), "sw")
    assert language == "en" and strings["preview_findings_one"] == load_strings("en")["preview_findings_one"]
