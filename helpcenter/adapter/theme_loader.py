"""A Jinja loader whose template listing leaves out hidden folders and files, which MkDocs never copies anyway.

MkDocs lists every file of the theme folders to find the static files to copy (``Files.add_files_from_theme``),
then drops every path with a hidden part ('.*', '*/.*'). Material keeps its 14,337 icons in ``.icons``: each
language build (five per build worker) walked and pattern-matched them all to copy none (README, session 3 figures).
Templates still load from anywhere, icons included; only the listing is shorter, by exactly what MkDocs drops.
"""

from __future__ import annotations

import os

from jinja2 import FileSystemLoader


def _hidden(name: str) -> bool:
    return name.startswith(".")


class VisibleFilesLoader(FileSystemLoader):
    def list_templates(self) -> list[str]:
        # jinja2.FileSystemLoader.list_templates (3.1), without descending into hidden folders
        found = set()
        for searchpath in self.searchpath:
            for dirpath, dirnames, filenames in os.walk(searchpath, followlinks=self.followlinks):
                dirnames[:] = [name for name in dirnames if not _hidden(name)]
                for filename in filenames:
                    if _hidden(filename):
                        continue
                    template = os.path.join(dirpath, filename)[len(searchpath) :].strip(os.path.sep)
                    template = template.replace(os.path.sep, "/")
                    if template[:2] == "./":
                        template = template[2:]
                    found.add(template)
        return sorted(found)


def list_visible_files(theme) -> None:
    """Make ``theme`` (MkDocs' Theme of this configuration) hand out environments with the shorter listing.

    MkDocs (1.6.1) lists the theme's files right after ``theme.get_env()``, before any event a hook can answer, so the
    environment's loader is replaced as it is made: the same folders, encoding and links setting.
    """
    if "get_env" in vars(theme):
        return
    make_env = theme.get_env

    def get_env():
        env = make_env()
        loader = env.loader
        env.loader = VisibleFilesLoader(loader.searchpath, loader.encoding, loader.followlinks)
        return env

    theme.get_env = get_env
