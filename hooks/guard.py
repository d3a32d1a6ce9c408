"""MkDocs hook: an exception on one page is a finding that names the page, never a traceback
(helpcenter/page_guard.py)."""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.findings import Finding
from helpcenter.page_guard import guard_page_events, guarded_template_class

log = logging.getLogger("mkdocs.plugins.helpcenter.guard")


def _report(finding: Finding) -> None:
    log.log(finding.log_level, finding.format())


def _root(config) -> Path | None:
    return Path(config.config_file_path).resolve().parent if config.config_file_path else None


@event_priority(100)  # before every other handler: the guard is in place when the first page is built
def on_config(config):
    guard_page_events(config.plugins, _report, _root(config))
    return config


@event_priority(100)
def on_env(env, config, files):
    env.template_class = guarded_template_class(_report, _root(config))
    return env
