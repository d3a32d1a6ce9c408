"""One static-i18n file per (source file, language) in a top-level build, instead of one per time it is asked for.

static-i18n (folder structure, pinned 1.3.1) builds the languages one after another, and each language's build
re-creates its localized ``File`` for every source file of every language, then again for the alternates of every
page in every language (``reconfigure_files_alternates``): 38,325 of them per build worker at 500 articles per
language, for 12,775 distinct results. ``create_i18n_file`` depends only on the source file's paths and inclusion,
the language asked for and the configuration, so its result is memoized for the top-level build, and emptied
when the next one starts (``mkdocs serve``).

Two kinds of result:
- A file in the language asked for, or in the default language, is what static-i18n builds pages, alternates and
  fallbacks from: memoized per language asked for.
- A file in any other language is only inspected: static-i18n reads its ``locale``, ``localization``,
  ``norm_src_uri`` and page-or-asset kind (all set by the source file alone) and moves on. Most calls are of this
  kind, and one object per source file serves every language that asks (one per language as well cost memory:
  README, "How the build stays linear").

Sharing one object between the language builds is safe because static-i18n and MkDocs change only the files of
the language being built (alternates, pages), and each object is a file of exactly one language's build; the
others read only its ``url`` and ``locale``. The demo reproducibility test (tests/publishing) and
tests/sites/test_i18n_files.py compare memoized builds with static-i18n's own, byte for byte.

static-i18n's ``is_relative_to`` builds a ``PurePath`` for each of its 50,000 calls in a worker at 500 articles per
language (every file against the docs folder and every language); :func:`is_relative_to` answers the same from the
text and stands in for it while the memo is active.
"""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Callable
from pathlib import PurePosixPath

import mkdocs_static_i18n
from mkdocs.structure.files import File
from mkdocs_static_i18n import folder, reconfigure
from mkdocs_static_i18n.config import RE_LOCALE

_ORIGINAL: Callable = folder.create_i18n_file
_ORIGINAL_IS_RELATIVE_TO: Callable = mkdocs_static_i18n.is_relative_to
# the modules that call static-i18n's is_relative_to by the name they imported
_IS_RELATIVE_TO_USERS = (folder, reconfigure)
_PLUGIN = reconfigure.ExtendedPlugin
_ALL_LANGUAGES: property = _PLUGIN.all_languages
_DEFAULT_LANGUAGE: property = _PLUGIN.default_language
_RECONFIGURE_FILES: Callable = _PLUGIN.reconfigure_files
# set on the plugin while reconfigure_files runs: (all languages, the default one)
_FROZEN = "_helpcenter_frozen_languages"


def _plain(path: str) -> bool:
    """Whether PurePosixPath reads ``path`` as written: no empty or "." part, no trailing slash."""
    return (
        path != ""
        and path != "."
        and "//" not in path
        and not path.endswith(("/", "/."))
        and not path.startswith("./")
        and "/./" not in path
    )


def is_relative_to(src_path, dest_path) -> bool:
    """static-i18n's ``is_relative_to`` (``PurePath(src_path).is_relative_to(dest_path)``) without building paths:
    a prefix test on the text where both are plain paths, both absolute or both relative. static-i18n asks it about
    every file for every language, a few per cent of a build's time; anything else goes to static-i18n's own."""
    if isinstance(src_path, PurePosixPath):
        src_path = str(src_path)  # a path's text is plain but for "."
    if (
        type(src_path) is str
        and type(dest_path) is str
        and _plain(src_path)
        and _plain(dest_path)
        and src_path.startswith("/") == dest_path.startswith("/")
    ):
        return src_path == dest_path or src_path.startswith(dest_path + "/")
    return _ORIGINAL_IS_RELATIVE_TO(src_path, dest_path)


def _folder_of(path: str, folder_name: str) -> str | None:
    """``PurePath(path).relative_to(folder_name).as_posix()`` for plain relative paths strictly below the folder."""
    return path[len(folder_name) + 1 :] if path.startswith(folder_name + "/") else None


def _plain_relative(path) -> bool:
    return type(path) is str and _plain(path) and not path.startswith("/")


# static-i18n logs two debug lines per file, each with the file's repr; the fast path writes none, so it stands
# aside when those lines would be shown (mkdocs build --verbose)
_STATIC_I18N_LOG = logging.getLogger("mkdocs.plugins.mkdocs_static_i18n.folder")


def fast_create_i18n_file(file, current_language, default_language, all_languages, config):
    """static-i18n 1.3.1's ``folder.create_i18n_file`` (see ``_ORIGINAL``), for plain relative paths and locales
    on POSIX: the same ``File`` with the same attributes, without its path objects and debug messages (each with
    the file's repr; README, "How the build stays linear"). Anything else (an odd path, a
    file named like a language, debug logging, Windows) goes to static-i18n's own; tests/sites/test_i18n_files.py
    compares both on a grid of files, languages and settings."""
    src_uri, dest_uri = file.src_uri, file.dest_uri
    languages = (current_language, default_language, *all_languages)
    if (
        os.sep != "/"
        or not _plain_relative(src_uri)
        or not _plain_relative(dest_uri)
        or not all(_plain_relative(language) and "/" not in language for language in languages)
        or src_uri in languages
        or _STATIC_I18N_LOG.isEnabledFor(logging.DEBUG)
    ):
        return _ORIGINAL(file, current_language, default_language, all_languages, config)
    site_dir, use_directory_urls = config.site_dir, config.use_directory_urls
    # File(file.src_path, config.docs_dir, file.dest_path, ..., dest_uri=file.dest_uri, inclusion=file.inclusion):
    # its src_path setter stores the path's POSIX form, which a plain POSIX path already is
    new = File.__new__(File)
    new.src_uri = src_uri
    new.src_dir = config.docs_dir
    new.dest_dir = dest_uri
    new.use_directory_urls = use_directory_urls
    new.dest_uri = dest_uri
    new.inclusion = file.inclusion

    first = src_uri.split("/", 1)[0]
    locale, localization = default_language, None
    for language in all_languages:
        if src_uri.startswith(language + "/"):
            locale = localization = language
            break
        if RE_LOCALE.match(first):  # a language folder the plugin does not list (yet)
            if first == src_uri:
                return _ORIGINAL(file, current_language, default_language, all_languages, config)
            locale = localization = first
            break

    dest_path = dest_uri
    folder_name, name = posixpath.split(dest_uri)
    if name.endswith("README.html"):
        dest_path = posixpath.join(folder_name, "index.html")
    if dest_path == locale:  # PurePath's relative_to would make it "."
        return _ORIGINAL(file, current_language, default_language, all_languages, config)
    below_locale = _folder_of(dest_path, locale)
    if locale != current_language:
        if below_locale is not None:
            new.dest_uri = f"{current_language}/{below_locale}"
        elif current_language != default_language:
            new.dest_uri = f"{current_language}/{dest_path}"
    elif locale == default_language:
        if below_locale is not None:
            new.dest_uri = below_locale
        elif current_language != default_language:
            new.dest_uri = f"{current_language}/{dest_path}"
    new.abs_dest_path = os.path.normpath(os.path.join(site_dir, new.dest_uri))
    if new.name == "README":
        new.name = "index"
    new.url = new._get_url(use_directory_urls)
    new.alternates = {current_language: new}
    new.locale = locale
    new.locale_alternate_of = current_language
    new.localization = localization
    new.norm_src_uri = _folder_of(src_uri, localization) if localization else src_uri
    return new


# static-i18n's ``all_languages`` and ``default_language`` are properties that walk its language settings (each read
# a MkDocs config descriptor) every time; ``reconfigure_files`` reads them for every file and alternate of every
# language (README, "How the build stays linear"). Nothing changes the languages while it runs, so
# they are read once when it starts and answered from that until it returns.


@property
def _all_languages(plugin) -> list[str]:
    frozen = plugin.__dict__.get(_FROZEN)
    return list(frozen[0]) if frozen is not None else _ALL_LANGUAGES.fget(plugin)


@property
def _default_language(plugin) -> str | None:
    frozen = plugin.__dict__.get(_FROZEN)
    return frozen[1] if frozen is not None else _DEFAULT_LANGUAGE.fget(plugin)


def _reconfigure_files(plugin, files, mkdocs_config):
    plugin.__dict__[_FROZEN] = (tuple(_ALL_LANGUAGES.fget(plugin)), _DEFAULT_LANGUAGE.fget(plugin))
    try:
        return _RECONFIGURE_FILES(plugin, files, mkdocs_config)
    finally:
        del plugin.__dict__[_FROZEN]


def stand_ins() -> list[tuple[object, str, object, object]]:
    """(owner, attribute, static-i18n's own, the faster stand-in that gives the same answers) for every static-i18n
    internal a build replaces besides create_i18n_file: what a test restores to build with static-i18n's own."""
    return [
        *((module, "is_relative_to", _ORIGINAL_IS_RELATIVE_TO, is_relative_to) for module in _IS_RELATIVE_TO_USERS),
        (_PLUGIN, "all_languages", _ALL_LANGUAGES, _all_languages),
        (_PLUGIN, "default_language", _DEFAULT_LANGUAGE, _default_language),
        (_PLUGIN, "reconfigure_files", _RECONFIGURE_FILES, _reconfigure_files),
    ]


class I18nFileMemo:
    """The memo of one process (the runner's ``Session`` holds it): static-i18n's files of the running top-level
    build. Inactive between builds, so a build without the hooks (a stock site in the same process) or one that
    aborted is never handed files of another build."""

    def __init__(self):
        self.files: dict[tuple, object] = {}  # (source, language asked for) -> file in that language or the default
        self.inspected: dict[tuple, object] = {}  # source -> its file as seen by a language build it is not part of
        self.active = False

    def create_i18n_file(self, file, current_language, default_language, all_languages, config):
        """static-i18n's ``folder.create_i18n_file``, computed once per source and language in a top-level build."""
        if not self.active:
            return _ORIGINAL(file, current_language, default_language, all_languages, config)
        settings = getattr(config, "data", config)  # MkDocs' settings as a dict: no descriptor per read
        source = (
            file.src_uri,
            file.dest_uri,
            file.inclusion,
            default_language,
            tuple(all_languages),
            settings["docs_dir"],
            settings["site_dir"],
            settings["use_directory_urls"],
        )
        created = self.files.get((source, current_language))
        if created is not None:
            return created
        inspected = self.inspected.get(source)
        # its locale is the source's own: whether it is another language's does not depend on who asks
        if inspected is not None and inspected.locale not in (current_language, default_language):
            return inspected
        created = fast_create_i18n_file(file, current_language, default_language, all_languages, config)
        if created.locale in (current_language, default_language):
            self.files[(source, current_language)] = created
        else:
            self.inspected[source] = created
        return created

    def start_build(self, keep_inspected: bool = False, building: str | None = None) -> None:
        """Forget the previous build's files and route static-i18n through the memo (idempotent).

        ``keep_inspected``: the live preview rebuilds one language after another on the same files; the inspected
        objects are never built or changed (see above), so they serve the next rebuild too. A deleted file's is
        never asked for again; a moved one has another key. ``building``: the one language the preview builds next;
        the files made for the other languages served its pages as alternates only (their URL and language are
        read), and serve again; its own are made afresh, since MkDocs attaches the build's pages to them.
        """
        if building is None:
            self.files.clear()
        else:
            for key in [key for key in self.files if key[1] == building]:
                del self.files[key]
        if not keep_inspected:
            self.inspected.clear()
        self.active = True
        folder.create_i18n_file = self.create_i18n_file
        # the same answers (tests/sites/test_i18n_files.py), so no need to put the originals back
        for owner, name, _original, faster in stand_ins():
            setattr(owner, name, faster)

    def end_build(self, keep_inspected: bool = False) -> None:
        """Let the files go once every language is built; nothing reads them afterwards (but the preview's next
        rebuild: it keeps them all, and start_build drops those of the language it builds)."""
        if not keep_inspected:
            self.files.clear()
            self.inspected.clear()
        self.active = False
