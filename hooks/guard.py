"""MkDocs hook: an exception on one page is a finding that names the page, never a traceback
(helpcenter/adapter/page_guard.py); MkDocs' own page warnings are relayed as findings too
(helpcenter/adapter/mkdocs_messages.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter.i18n import starts_new_build
from helpcenter.adapter.mkdocs_messages import install as install_relay
from helpcenter.adapter.page_guard import guard_page_events, guarded_template_class, undecodable_pages
from helpcenter.content.findings import Finding

log = logging.getLogger("mkdocs.plugins.helpcenter.guard")


def _report(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


def _root(config) -> Path | None:
    return Path(config.config_file_path).resolve().parent if config.config_file_path else None


@event_priority(100)  # before every other handler: the guard is in place when the first page is built
def on_config(config):
    guard_page_events(config.plugins, _report, _root(config))
    if starts_new_build(config):
        # MkDocs' own page warnings name docs/<lang>/... like every finding, once per build (not per language)
        docs_dir = Path(config.docs_dir)
        root = _root(config)
        prefix = (
            docs_dir.resolve().relative_to(root).as_posix()
            if root and docs_dir.resolve().is_relative_to(root)
            else docs_dir.name
        )
        install_relay(docs_dir, prefix)
        _undecodable.clear()
        _undecodable.update(undecodable_pages(docs_dir))
    return config


_undecodable: dict[str, str] = {}  # source path -> its text read in its likely encoding (this build)


@event_priority(-101)  # after static-i18n (-100) chose the language's files, before any hook reads one
def on_files(files, config):
    # MkDocs reads every page as UTF-8 and raises on anything else; such a page is read in its likely encoding
    # instead, and the content checks report it (HC120), so the rest of the site is still built and checked
    for file in files.documentation_pages(inclusion=lambda _level: True):
        text = _undecodable.get(file.abs_src_path or "")
        if text is not None:
            file._content = text  # MkDocs 1.6.1's File: the setter would forget abs_src_path, which findings name
    return files


@event_priority(100)
def on_env(env, config, files):
    env.template_class = guarded_template_class(_report, _root(config))
    return env
