"""MkDocs hook: static-i18n creates each localized file once per build, not once per language and alternate.

See helpcenter/adapter/i18n_files.py; the README's build figures say what it saves.
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from helpcenter.adapter import build_state, i18n_files
from helpcenter.adapter.i18n import finishes_build, starts_new_build


def on_config(config):
    if starts_new_build(config):
        i18n_files.start_build()
    return config


@event_priority(-300)  # after static-i18n (-100) built the other languages inside the default language's event
def on_post_build(config):
    if finishes_build(config):
        # the live preview rebuilds again soon: it keeps what serves every rebuild
        i18n_files.end_build(keep_inspected=build_state.preview().active)


def on_build_error(error):
    i18n_files.end_build()
