"""Each page's Markdown and HTML go once the page is written, so memory does not grow with the number of
languages.

static-i18n builds the languages one after another in one process and keeps every language's files (with their
pages) for its sitemap template, which the catalog step replaces; the default language's pages also stay alive
while static-i18n builds the other languages from inside that build. What this saves is measured in the README
("How the build stays linear").
"""

from __future__ import annotations


class Steps:
    def __init__(self, build, config):
        pass

    def on_post_page(self, output, page, config):
        # last of this event: every other step read the page, and no later event reads another page's text
        # (templates get only the current page). "" rather than None: MkDocs' Page.title is None while markdown is
        # None, and the navigation shows titles
        page.markdown = ""
        page.content = None
        return output

    def on_post_build(self, config):
        i18n = config.plugins.get("i18n")
        if i18n is not None:
            i18n.i18n_files_per_language.clear()  # read only by static-i18n's sitemap template, which is not rendered
