"""The theme's files (Material's and overrides/ assets, vendored libraries) are copied once per build.

static-i18n builds every language into the same site folder, and MkDocs copies all theme files in each of those
builds: the same 8 MB five times. The default language is built first and copies them; the other languages'
builds leave them out, as does the live preview's rebuild of any language. (Files from docs/ are not touched:
each language has its own.) Finding the theme's files no longer walks the folders MkDocs never copies from
(helpcenter/adapter/theme_loader.py).
"""

from __future__ import annotations

from pathlib import Path

from mkdocs.structure.files import InclusionLevel

from helpcenter.adapter.i18n import build_language, default_language
from helpcenter.adapter.theme_loader import list_visible_files

# records for the project's maintainers that live in overrides/ but are no asset of the site
NOT_PUBLISHED = frozenset({"MATERIAL_COPIES.json"})


class Steps:
    def __init__(self, build, config):
        self.build = build

    def on_config(self, config):
        list_visible_files(config.theme)  # see helpcenter/adapter/theme_loader.py
        return config

    def on_files(self, files, config):
        for file in list(files):
            if file.src_uri in NOT_PUBLISHED and file.abs_src_path and not file.is_documentation_page():
                files.remove(file)
        if build_language(config) == default_language(config) and not self.build.preview.partial:
            return files
        docs_dir = Path(config.docs_dir).resolve()
        for file in files:
            if file.is_documentation_page() or file.abs_src_path is None:
                continue
            if not Path(file.abs_src_path).resolve().is_relative_to(docs_dir):
                file.inclusion = InclusionLevel.EXCLUDED  # already in the site folder, from the default language's
        return files
