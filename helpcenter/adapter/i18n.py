"""How mkdocs-static-i18n describes a build: the language being built, the default one, and a page's identity.

Every hook asks here, so that none of them derives these slightly differently.
"""

from __future__ import annotations

from pathlib import Path

from helpcenter.adapter.build_state import PreviewState
from helpcenter.content.languages import SiteLanguages, site_languages
from helpcenter.content.strings import load_strings


def doc_id_of(file) -> str:
    """The page's path below docs/<lang>/, the same in every language (static-i18n's norm_src_uri)."""
    return getattr(file, "norm_src_uri", file.src_uri)


def build_language(config) -> str:
    """The language being built now: static-i18n builds one after another in one process."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme.get("language") or "en"


def site_languages_of(config) -> SiteLanguages:
    """The site's languages (helpcenter.content.languages.site_languages) from a loaded configuration: the i18n
    plugin's ``languages`` as plain data, or the theme's language for a site without the plugin."""
    plugins = config.plugins if hasattr(config.plugins, "get") else {}
    i18n = plugins.get("i18n")
    entries = (
        [{"locale": x.locale, "name": x.name, "default": x.default, "build": x.build} for x in i18n.config.languages]
        if i18n is not None
        else []
    )
    return site_languages(entries, config.theme.get("language") if config.theme else None)


def default_language(config) -> str:
    """The language served at the site root."""
    return site_languages_of(config).default


def starts_new_build(config, preview: PreviewState) -> bool:
    """True in on_config of the first language of a top-level build, where the steps start afresh.

    static-i18n sets current_language in its own on_config (priority -100), after our steps' on_config that run
    before it, and keeps it for the later languages' builds, so it is still unset only at the very start.
    """
    if preview.active and preview.starting:
        return True  # a one-language preview starts at its language (helpcenter/adapter/preview.py)
    return getattr(config.plugins.get("i18n"), "current_language", None) is None


def finishes_build(config, preview: PreviewState) -> bool:
    """True in on_post_build once every language is built (static-i18n's own on_post_build, -100, built the rest).

    static-i18n runs the other languages' builds inside the default language's on_post_build and flags itself
    ``building`` meanwhile; their on_post_build events see the flag, the default language's later handlers do not.
    """
    if preview.active and preview.single_language:
        return True  # the live preview rebuilds one language alone (helpcenter/adapter/preview.py)
    return not getattr(config.plugins.get("i18n"), "building", False)


def helpcenter_settings(config) -> dict:
    """``extra.helpcenter`` of the adopter configuration, a mapping even when absent."""
    extra = config.extra.get("helpcenter") if hasattr(config.extra, "get") else None
    return extra if isinstance(extra, dict) else {}


def brand_of(config) -> str:
    """The brand readers see in UI texts: ``extra.helpcenter.brand``, else the site name."""
    return str(helpcenter_settings(config).get("brand") or config.site_name or "")


def project_path(config, value: str) -> Path:
    """A path setting, relative to the folder of the adopter configuration."""
    path = Path(value)
    if path.is_absolute() or not config.config_file_path:
        return path
    return Path(config.config_file_path).parent / path


def ui_strings(config, language: str) -> dict[str, str]:
    """The UI strings of ``language`` for this site: its brand, and the adopter's own strings if configured."""
    folder = helpcenter_settings(config).get("ui_strings")
    return load_strings(language, brand_of(config), project_path(config, folder) if folder else None)
