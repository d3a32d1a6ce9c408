"""Facts about a BCP 47 language code that pages need: writing direction, OpenGraph locale, Material's UI language.

Any code the site configures works (pt-BR, zh-Hant, ar, es-419): each fact has a fallback instead of an error.
"""

from __future__ import annotations

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
