"""The theme listing without hidden folders: exactly what MkDocs would have kept of the full listing."""

from __future__ import annotations

import fnmatch
from pathlib import Path

from jinja2 import FileSystemLoader
from mkdocs.config import load_config

from helpcenter.adapter.theme_loader import VisibleFilesLoader, list_visible_files

ROOT = Path(__file__).resolve().parents[2]


def hidden_part(name: str) -> bool:
    # MkDocs' own patterns for hidden files (mkdocs/structure/files.py, add_files_from_theme)
    return fnmatch.fnmatch(name.lower(), ".*") or fnmatch.fnmatch(name.lower(), "*/.*")


def test_listing_is_the_full_one_without_hidden_paths():
    dirs = load_config(str(ROOT / "mkdocs.yml")).theme.dirs
    full = FileSystemLoader(dirs).list_templates()
    visible = VisibleFilesLoader(dirs).list_templates()
    assert visible == [name for name in full if not hidden_part(name)]
    assert len(full) - len(visible) > 10_000  # Material's .icons
    assert "assets/stylesheets/helpcenter.css" in visible


def test_environments_list_visible_files_and_still_load_icons():
    theme = load_config(str(ROOT / "mkdocs.yml")).theme
    list_visible_files(theme)
    list_visible_files(theme)  # idempotent
    env = theme.get_env()
    assert isinstance(env.loader, VisibleFilesLoader)
    assert env.get_template(".icons/material/lock.svg").render().startswith("<svg")
    assert not any(hidden_part(name) for name in env.list_templates())
