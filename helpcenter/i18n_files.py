"""One static-i18n file per (source file, language) in a top-level build, instead of one per time it is asked for.

static-i18n (folder structure, pinned 1.3.1) builds the languages one after another, and each language's build
re-creates its localized ``File`` for every source file of every language, then again for the alternates of every
page in every language (``reconfigure_files_alternates``): 38,325 of them per build worker at 500 articles per
language, for 12,775 distinct results. ``create_i18n_file`` depends only on the source file's paths and inclusion,
the language asked for and the configuration, so its result is memoized for the top-level build, and emptied
when the next one starts (``mkdocs serve``).

Only files in the language asked for, or in the default language, are kept: static-i18n uses no other (it asks
for them only to read their locale and move on). That leaves 21,973 calls at 500 articles; keeping every file
would save 9,000 more but held about 75 MB more per build worker at 2,000 articles.

Sharing one object between the language builds is safe because static-i18n and MkDocs change only the files of
the language being built (alternates, pages), and each object is a file of exactly one language's build; the
others read only its ``url`` and ``locale``. tests/sites/test_i18n_files.py compares a memoized build with static-i18n's
own, byte for byte.
"""

from __future__ import annotations

from collections.abc import Callable

from mkdocs_static_i18n import folder

_ORIGINAL: Callable = folder.create_i18n_file
_files: dict[tuple, object] = {}
# only between start_build() and end_build(): a build without the hook (a stock site in the same process) or one
# that aborted must not be handed files of another build
_active = False


def create_i18n_file(file, current_language, default_language, all_languages, config):
    """static-i18n's ``folder.create_i18n_file``, once per distinct input in this top-level build."""
    if not _active:
        return _ORIGINAL(file, current_language, default_language, all_languages, config)
    key = (
        file.src_uri,
        file.dest_uri,
        file.inclusion,
        current_language,
        default_language,
        tuple(all_languages),
        config.docs_dir,
        config.site_dir,
        config.use_directory_urls,
    )
    created = _files.get(key)
    if created is None:
        created = _ORIGINAL(file, current_language, default_language, all_languages, config)
        if created.locale in (current_language, default_language):
            _files[key] = created
    return created


def start_build() -> None:
    """Forget the previous build's files and route static-i18n through the memo (idempotent)."""
    global _active
    _files.clear()
    _active = True
    folder.create_i18n_file = create_i18n_file


def end_build() -> None:
    """Let the files go once every language is built; nothing reads them afterwards."""
    global _active
    _files.clear()
    _active = False
