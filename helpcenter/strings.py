"""Reader-visible strings added by our templates, one YAML file per language in ``locales/``."""

from __future__ import annotations

import datetime as dt
from functools import cache
from pathlib import Path

import yaml
from babel.dates import format_date

LOCALES_DIR = Path(__file__).parent / "locales"
SOURCE_LANGUAGE = "en"


@cache
def load_strings(language: str) -> dict[str, str]:
    path = LOCALES_DIR / f"{language}.yml"
    if not path.exists():
        raise KeyError(f"no UI strings for language '{language}': add {path}")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def available_languages() -> list[str]:
    return sorted(p.stem for p in LOCALES_DIR.glob("*.yml"))


def missing_keys(language: str) -> list[str]:
    """Keys the source language has and ``language`` lacks or leaves empty."""
    source, other = load_strings(SOURCE_LANGUAGE), load_strings(language)
    return sorted(k for k in source if not str(other.get(k) or "").strip())


def count_label(strings: dict[str, str], n: int) -> str:
    key = "articles_count_one" if n == 1 else "articles_count_other"
    return strings[key].format(n=n)


# Babel needs the script for Chinese; the site's language codes stay short.
_BABEL_LOCALES = {"zh": "zh_Hans_CN"}


def format_long_date(value: dt.date, language: str) -> str:
    return format_date(value, format="long", locale=_BABEL_LOCALES.get(language, language))
