"""MkDocs hook: pages render with one Markdown instance per language build (see helpcenter/adapter/markdown_page.py)."""

from __future__ import annotations

from mkdocs.plugins import event_priority

from helpcenter.adapter.markdown_page import SharedMarkdown, SharedMarkdownPage

_shared = SharedMarkdown()


def on_config(config):
    _shared.clear()  # every language build (static-i18n) starts from its own configuration
    return config


@event_priority(-200)  # after static-i18n (-100) and the other hooks settled this language's files
def on_files(files, config):
    if config.nav:
        # MkDocs takes a nav entry's title only when it creates the page itself
        return files
    for file in files.documentation_pages():
        if file.page is None:
            SharedMarkdownPage(None, file, config, _shared)
    return files


def on_post_build(config):
    _shared.clear()


def on_build_error(error):
    _shared.clear()
