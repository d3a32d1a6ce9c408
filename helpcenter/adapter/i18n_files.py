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

from collections.abc import Callable
from pathlib import PurePosixPath

import mkdocs_static_i18n
from mkdocs_static_i18n import folder, reconfigure

_ORIGINAL: Callable = folder.create_i18n_file
_ORIGINAL_IS_RELATIVE_TO: Callable = mkdocs_static_i18n.is_relative_to
# the modules that call static-i18n's is_relative_to by the name they imported
_IS_RELATIVE_TO_USERS = (folder, reconfigure)


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
        source = (
            file.src_uri,
            file.dest_uri,
            file.inclusion,
            default_language,
            tuple(all_languages),
            config.docs_dir,
            config.site_dir,
            config.use_directory_urls,
        )
        created = self.files.get((source, current_language))
        if created is not None:
            return created
        inspected = self.inspected.get(source)
        # its locale is the source's own: whether it is another language's does not depend on who asks
        if inspected is not None and inspected.locale not in (current_language, default_language):
            return inspected
        created = _ORIGINAL(file, current_language, default_language, all_languages, config)
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
        for module in _IS_RELATIVE_TO_USERS:  # the same answers (tests/unit), so no need to put the original back
            module.is_relative_to = is_relative_to

    def end_build(self, keep_inspected: bool = False) -> None:
        """Let the files go once every language is built; nothing reads them afterwards (but the preview's next
        rebuild: it keeps them all, and start_build drops those of the language it builds)."""
        if not keep_inspected:
            self.files.clear()
            self.inspected.clear()
        self.active = False
