"""An exception on one page is a finding that names the page, never a traceback
(helpcenter/adapter/page_guard.py); MkDocs' own page warnings are relayed as findings too
(helpcenter/adapter/mkdocs_messages.py)."""

from __future__ import annotations

from pathlib import Path

from helpcenter.adapter.mkdocs_messages import install as install_relay
from helpcenter.adapter.page_guard import guard_page_events, guarded_template_class, undecodable_pages


class Steps:
    def __init__(self, build, config):
        self.build = build
        # MkDocs' own page warnings name docs/<lang>/... like every finding, once per build (not per language)
        docs_dir, root = Path(config.docs_dir), build.root
        prefix = (
            docs_dir.resolve().relative_to(root).as_posix()
            if root and docs_dir.resolve().is_relative_to(root)
            else docs_dir.name
        )
        install_relay(docs_dir, prefix)
        # source path -> its text read in its likely encoding (this build)
        self.undecodable: dict[str, str] = undecodable_pages(docs_dir)

    def on_config(self, config):
        # the plugin collection lives across language builds; the guard wraps Material's and static-i18n's
        # page handlers once (the runner guards each of our steps itself)
        guard_page_events(config.plugins, self.build.report, self.build.root)
        return config

    def on_files(self, files, config):
        # MkDocs reads every page as UTF-8 and raises on anything else; such a page is read in its likely encoding
        # instead, and the content checks report it (HC120), so the rest of the site is still built and checked
        for file in files.documentation_pages(inclusion=lambda _level: True):
            text = self.undecodable.get(file.abs_src_path or "")
            if text is not None:
                file._content = text  # MkDocs 1.6.1's File: the setter would forget abs_src_path, which findings name
        return files

    def on_env(self, env, config, files):
        env.template_class = guarded_template_class(self.build.report, self.build.root)
        return env
