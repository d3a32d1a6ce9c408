"""The site's languages, read one way, and facts about a BCP 47 language code that pages need: writing direction,
OpenGraph locale, Material's UI language.

Any code the site configures works (pt-BR, zh-Hant, ar, es-419): each fact has a fallback instead of an error.
``site_languages`` is the one reader of which languages a site has: the adapter hands it the i18n plugin's
settings as plain data.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cache

from helpcenter.content.strings import babel_locale

LTR, RTL = "ltr", "rtl"


@cache
def direction(language: str) -> str:
    """``rtl`` for right-to-left scripts (ar, fa, he, ur...), as Babel's CLDR data says; ``ltr`` otherwise."""
    return RTL if babel_locale(language).character_order == "right-to-left" else LTR


def subtags(language: str) -> list[str]:
    return [part for part in language.replace("_", "-").split("-") if part]


@cache
def og_locale(language: str) -> str:
    """OpenGraph's ``ll_TT`` form: pt-BR -> pt_BR, zh-Hant -> zh_TW, ja -> ja_JP (CLDR's likely region)."""
    from babel.core import get_global

    locale = babel_locale(language)
    if locale.language != subtags(language)[0].lower():  # Babel does not know the language: keep the code
        return language.replace("-", "_")
    territory = locale.territory
    if not territory:
        # CLDR's likely subtags: the region a language (and script) is mostly used in: ja -> JP, zh_Hant -> TW
        likely = get_global("likely_subtags")
        found = likely.get(str(locale)) or likely.get(locale.language, "")
        territory = next((p for p in found.split("_")[1:] if p.isupper() and len(p) == 2), "")
    return f"{locale.language}_{territory}" if territory else locale.language


def material_language(language: str, available: frozenset[str]) -> str | None:
    """The nearest of Material's UI languages (``partials/languages/<code>.html``) for a site language:
    the code itself, then shorter prefixes (zh-CN -> zh, pt-PT -> pt), compared without case. None: no match."""
    by_folded = {code.casefold(): code for code in available}
    parts = subtags(language)
    for n in range(len(parts), 0, -1):
        candidate = "-".join(parts[:n]).casefold()
        if candidate in by_folded:
            return by_folded[candidate]
    return None


@cache
def english_name(language: str) -> str:
    """The language's name in English, for writers' messages: en -> English, pt-BR -> Portuguese (Brazil)."""
    locale = babel_locale(language)
    if locale.language != subtags(language)[0].lower():
        return language
    return locale.get_display_name("en") or language


@dataclass(frozen=True)
class SiteLanguages:
    """The site's languages, read one way (``site_languages``) by every tool and hook."""

    default: str  # served at the site root; the source language of translations
    built: tuple[str, ...]  # the languages the build publishes: the default first, then the others as configured
    configured: tuple[str, ...]  # every configured language in its configured order, built or not (build: false)
    names: dict[str, str] = field(default_factory=dict)  # code -> the name the language switcher shows

    def __contains__(self, code: object) -> bool:
        return code in self.built


def site_languages(entries: Iterable[Mapping], theme_language: str | None = None) -> SiteLanguages:
    """The one reader of a site's languages. ``entries``: the i18n plugin's languages as plain mappings, in their
    configured order, each with ``locale`` and optionally ``name``, ``default`` and ``build`` (static-i18n's
    keys, defaults ``default: false``, ``build: true``); empty for a site without the plugin, which is built in
    ``theme_language`` (Material's ``theme.language``), or English.

    The default language is the one marked ``default: true`` (static-i18n refuses a configuration without one), or
    else the first configured; it is always built."""
    listed: list[tuple[str, str, bool, bool]] = []
    for entry in entries:
        code = str(entry["locale"])
        if any(code == seen[0] for seen in listed):
            continue
        listed.append((code, str(entry.get("name") or code), bool(entry.get("default")), entry.get("build", True)))
    if not listed:
        code = theme_language or "en"
        return SiteLanguages(default=code, built=(code,), configured=(code,), names={code: code})
    default = next((code for code, _, is_default, _ in listed if is_default), listed[0][0])
    others = tuple(code for code, _, _, build in listed if build is not False and code != default)
    return SiteLanguages(
        default=default,
        built=(default, *others),
        configured=tuple(code for code, *_ in listed),
        names={code: name for code, name, *_ in listed},
    )
