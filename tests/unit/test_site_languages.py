"""The site's languages are read one way (issue 17): helpcenter.content.languages.site_languages, from the i18n
plugin's settings as plain data. The adapter reads a configuration through it (adapter.i18n.site_languages_of), and
this holds what the readers built on it give (site_config.languages_of, site_config.settings_from_config)."""

from __future__ import annotations

import textwrap

import pytest
from mkdocs.config import load_config

from helpcenter.adapter.site_config import languages_of, settings_from_config
from helpcenter.content.languages import site_languages


def test_the_default_comes_first_then_the_built_ones_as_configured():
    entries = [
        {"locale": "ja", "name": "日本語"},
        {"locale": "en", "name": "English", "default": True},
        {"locale": "fr", "build": False},
        {"locale": "pt-BR", "name": "Português"},
    ]
    languages = site_languages(entries)
    assert languages.default == "en"
    assert languages.built == ("en", "ja", "pt-BR")
    assert languages.configured == ("ja", "en", "fr", "pt-BR")
    assert languages.names == {"ja": "日本語", "en": "English", "fr": "fr", "pt-BR": "Português"}
    assert "ja" in languages and "fr" not in languages


def test_without_the_plugin_the_theme_language_or_english():
    assert site_languages([], "ko").built == ("ko",)
    assert site_languages([]).default == "en"
    # no language marked default (static-i18n refuses that; a hand-made list may not): the first one
    assert site_languages([{"locale": "es"}, {"locale": "en"}]).default == "es"


def test_a_language_listed_twice_counts_once():
    assert site_languages([{"locale": "en", "default": True}, {"locale": "en"}]).built == ("en",)


CONFIG = """
site_name: Test
theme:
  name: material
  language: {theme}
plugins:
{plugins}
"""
I18N = """  - i18n:
      docs_structure: folder
      languages:
        - locale: es
          name: Español
          build: true
        - locale: en
          name: English
          default: true
        - locale: de
          name: Deutsch
          build: false
        - locale: ja
          name: 日本語
"""


def entries_of(config) -> list[dict]:
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return []
    return [{"locale": x.locale, "name": x.name, "default": x.default, "build": x.build} for x in i18n.config.languages]


@pytest.mark.parametrize(("plugins", "theme"), [(I18N, "en"), ("  []", "fr")], ids=["i18n", "no-plugin"])
def test_it_agrees_with_the_three_readers_of_today(tmp_path, plugins, theme):
    (tmp_path / "docs" / "en").mkdir(parents=True)
    (tmp_path / "mkdocs.yml").write_text(
        textwrap.dedent(CONFIG).format(plugins=plugins, theme=theme).replace("plugins:\n  []", "plugins: []"),
        encoding="utf-8",
    )
    config = load_config(str(tmp_path / "mkdocs.yml"))
    languages = site_languages(entries_of(config), config.theme.get("language"))
    # site_config.languages_of: what the hooks build and report on
    assert languages_of(config) == (list(languages.built), languages.default)
    # site_config.settings_from_config: what the content checks read (every configured language)
    settings = settings_from_config(config)
    assert (settings.languages, settings.default_language) == (languages.configured, languages.default)
    # helpcenter/adapter/steps/redirects.py: every configured language
    i18n = config.plugins.get("i18n")
    redirects = tuple(lang.locale for lang in i18n.config.languages) if i18n is not None else ()
    assert redirects == (languages.configured if i18n is not None else ())
