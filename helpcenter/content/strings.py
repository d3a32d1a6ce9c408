"""Reader-visible strings added by our templates, one YAML file per language in ``locales/``.

Any BCP 47 language works: a language without its own file gets its base language's (``pt-BR`` -> ``pt``), and
every key neither has falls back to English, with one finding that lists the missing keys (``strings_findings``).
An adopter may override or add strings in a folder of their own (``extra.helpcenter.ui_strings``), and the brand
(``{site_brand}``) comes from the adopter configuration, never from these files.
"""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import yaml
from babel import Locale, UnknownLocaleError
from babel.dates import format_date

from helpcenter.content.findings import Finding, Severity, first_few

LOCALES_DIR = Path(__file__).resolve().parent.parent / "locales"
SOURCE_LANGUAGE = "en"
BRAND_PLACEHOLDER = "{site_brand}"


def _candidates(language: str) -> list[str]:
    """File names to try for a language, most specific first: zh-Hant-TW, zh-Hant, zh."""
    parts = language.replace("_", "-").split("-")
    return ["-".join(parts[:n]) for n in range(len(parts), 0, -1)]


def _read(path: Path) -> dict[str, str]:
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}  # reported by strings_findings
    return {str(k): str(v) for k, v in data.items() if v is not None} if isinstance(data, dict) else {}


def locale_file(language: str, folder: Path = LOCALES_DIR) -> Path | None:
    """The file that holds a language's strings in ``folder``: its own, else its base language's."""
    for name in _candidates(language):
        path = folder / f"{name}.yml"
        if path.exists():
            return path
    return None


@cache
def own_strings(language: str, overrides: Path | None = None) -> dict[str, str]:
    """The strings a language really has (shipped, then the adopter's overrides), without English fallback."""
    strings: dict[str, str] = {}
    for folder in (LOCALES_DIR, overrides):
        if folder is None:
            continue
        path = locale_file(language, folder)
        if path is not None:
            strings.update({k: v for k, v in _read(path).items() if v.strip()})
    return strings


@cache
def load_strings(language: str, brand: str = "", overrides: Path | None = None) -> dict[str, str]:
    """Every UI string in ``language``: its own where it has them, English for the rest; the brand filled in."""
    english = own_strings(SOURCE_LANGUAGE, overrides)
    strings = {**english, **own_strings(language, overrides)} if language != SOURCE_LANGUAGE else dict(english)
    return {key: value.replace(BRAND_PLACEHOLDER, brand) for key, value in strings.items()}


def available_languages() -> list[str]:
    return sorted(p.stem for p in LOCALES_DIR.glob("*.yml"))


def missing_keys(language: str, overrides: Path | None = None) -> list[str]:
    """Keys the source language has and ``language`` lacks or leaves empty."""
    source, other = own_strings(SOURCE_LANGUAGE, overrides), own_strings(language, overrides)
    return sorted(k for k in source if k not in other)


def strings_findings(languages: list[str], overrides: Path | None = None, display_root: Path | None = None):
    """One finding per language whose UI strings are incomplete; readers get English for the missing keys."""
    findings = []
    for language in languages:
        if language == SOURCE_LANGUAGE:
            continue
        missing = missing_keys(language, overrides)
        if not missing:
            continue
        target = (overrides or LOCALES_DIR) / f"{language}.yml"
        shown = _shown(target, display_root)
        listed = first_few(missing, 8)
        findings.append(
            Finding(
                shown,
                1,
                1,
                "HC401",
                f"{len(missing)} UI string(s) have no {language} text, so readers get English for them: {listed}",
                f"add them to {shown} (copy {_shown(LOCALES_DIR / 'en.yml', display_root)} and translate the values)",
                Severity.INFO,
            )
        )
    return findings


def _shown(path: Path, root: Path | None) -> str:
    if root is not None:
        try:
            return path.resolve().relative_to(root.resolve()).as_posix()
        except ValueError:
            pass
    return path.as_posix()


def count_label(strings: dict[str, str], n: int) -> str:
    key = "articles_count_one" if n == 1 else "articles_count_other"
    return strings[key].format(n=n)


# Babel formats Chinese dates with the script; the site's language code stays short.
_BABEL_LOCALES = {"zh": "zh_Hans_CN"}


@cache
def babel_locale(language: str) -> Locale:
    """The Babel locale of a BCP 47 code (pt-BR, zh-Hant, es-419); English when Babel does not know it."""
    for code in (_BABEL_LOCALES.get(language, language), *_candidates(language)[1:]):
        try:
            return Locale.parse(code, sep="-" if "-" in code else "_")
        except (ValueError, TypeError, UnknownLocaleError):
            continue
    return Locale.parse(SOURCE_LANGUAGE)


def format_long_date(value: dt.date, language: str) -> str:
    return format_date(value, format="long", locale=babel_locale(language))
