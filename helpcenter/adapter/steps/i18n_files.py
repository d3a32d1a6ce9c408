"""static-i18n creates each localized file once per build, not once per language and alternate.

See helpcenter/adapter/i18n_files.py; the README's build figures say what it saves.
"""

from __future__ import annotations

from helpcenter.adapter.i18n import finishes_build


class Steps:
    def __init__(self, build, config):
        self.build = build
        self.memo = build.session.i18n_files
        self.memo.start_build()

    def on_post_build(self, config):
        # after static-i18n built the other languages inside the default language's event
        if finishes_build(config, self.build.preview):
            # the live preview rebuilds again soon: it keeps what serves every rebuild
            self.memo.end_build(keep_inspected=self.build.preview.active)

    def on_build_error(self, error):
        self.memo.end_build()
