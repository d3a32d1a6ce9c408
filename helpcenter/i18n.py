"""How mkdocs-static-i18n describes a build: the language being built, the default one, and a page's identity.

Every hook asks here, so that none of them derives these slightly differently.
"""

from __future__ import annotations


def doc_id_of(file) -> str:
    """The page's path below docs/<lang>/, the same in every language (static-i18n's norm_src_uri)."""
    return getattr(file, "norm_src_uri", file.src_uri)


def build_language(config) -> str:
    """The language being built now: static-i18n builds one after another in one process."""
    i18n = config.plugins.get("i18n")
    return getattr(i18n, "current_language", None) or config.theme.get("language") or "en"


def default_language(config) -> str:
    """The language served at the site root."""
    i18n = config.plugins.get("i18n")
    if i18n is None:
        return config.theme.get("language") or "en"
    return next((lang.locale for lang in i18n.config.languages if lang.default), "en")


def starts_new_build(config) -> bool:
    """True in on_config of the first language of a top-level build, where hooks reset their per-build state.

    static-i18n sets current_language in its own on_config (priority -100), after our hooks' on_config (priority 0),
    and keeps it for the later languages' builds, so it is still unset only at the very start.
    """
    return getattr(config.plugins.get("i18n"), "current_language", None) is None


def finishes_build(config) -> bool:
    """True in on_post_build once every language is built (static-i18n's own on_post_build, -100, built the rest).

    static-i18n runs the other languages' builds inside the default language's on_post_build and flags itself
    ``building`` meanwhile; their on_post_build events see the flag, the default language's later handlers do not.
    """
    return not getattr(config.plugins.get("i18n"), "building", False)
