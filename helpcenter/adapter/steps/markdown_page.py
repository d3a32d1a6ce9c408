"""Pages render with one Markdown instance per language build (see helpcenter/adapter/markdown_page.py)."""

from __future__ import annotations

from helpcenter.adapter.markdown_page import SharedMarkdown, SharedMarkdownPage


class Steps:
    def __init__(self, build, config):
        self.shared = SharedMarkdown()

    def on_config(self, config):
        self.shared.clear()  # every language build (static-i18n) starts from its own configuration
        return config

    def on_files(self, files, config):
        # last of this event: static-i18n and the other steps settled this language's files
        if config.nav:
            # MkDocs takes a nav entry's title only when it creates the page itself
            return files
        for file in files.documentation_pages():
            if file.page is None:
                SharedMarkdownPage(None, file, config, self.shared)
        return files

    def on_post_build(self, config):
        self.shared.clear()

    def on_build_error(self, error):
        self.shared.clear()
