"""Runs helpcenter/pipeline.py's steps when MkDocs raises an event: the only thing the two hooks call.

MkDocs calls hooks as module functions, so something must keep the build that is running between its events; that
is this module's one ``Session`` and nothing else. Every step gets what it shares with the others explicitly:

- ``Session`` (one per process): what outlives a build, i.e. the live preview's state, the compiled templates, the
  memo of static-i18n's files, and the build of each loaded configuration (static-i18n builds every language with
  the same configuration object; the live preview keeps one configuration for its session while a test builds
  another in the same process).
- ``Build`` (one per top-level build, all its languages): the shared ``BuildState`` (catalogs, announcements, the
  translation report...) and one object per step module of helpcenter/adapter/steps/, created when the build
  starts, in the pipeline's order, from the configuration. A step keeps its own per-build data on itself and reads
  another step's results from ``build.state`` only.

Page events run each step guarded (helpcenter/adapter/page_guard.py): an exception on one page is that page's
finding, the page keeps what it had before the failing step, and the other steps still run.
"""

from __future__ import annotations

import importlib
import logging
import weakref
from functools import cache
from pathlib import Path

from helpcenter.adapter.build_state import BuildState, PreviewState
from helpcenter.adapter.i18n import starts_new_build
from helpcenter.adapter.i18n_files import I18nFileMemo
from helpcenter.adapter.page_guard import PAGE_EVENTS, call_guarded
from helpcenter.adapter.template_cache import MemoryBytecodeCache
from helpcenter.content.findings import Finding
from helpcenter.pipeline import I18N, STAGES, START, steps_around_i18n

log = logging.getLogger("mkdocs.plugins.helpcenter.guard")

STEPS_PACKAGE = "helpcenter.adapter.steps"


class Session:
    """What lives as long as the process: the preview's state, templates compiled once, static-i18n's files."""

    def __init__(self):
        self.preview = PreviewState()
        # keyed by template name and source checksum, so an edited template is compiled again (live preview)
        self.template_cache = MemoryBytecodeCache()
        # static-i18n's localized files, made once per build (the preview keeps some from one rebuild to the next)
        self.i18n_files = I18nFileMemo()
        self._builds: dict[int, Build] = {}  # id of a loaded configuration -> its build (until it is collected)
        self.latest: Build | None = None  # the build that started last (build_error carries no configuration)

    def build_of(self, config) -> Build | None:
        return self._builds.get(id(config))

    def start(self, config) -> Build:
        build = Build(self, config)
        key = id(config)
        if key not in self._builds:
            weakref.finalize(config, self._builds.pop, key, None)  # an id is reused only once its object is gone
        self._builds[key] = build
        self.latest = build
        return build


class Build:
    """One top-level build: every language static-i18n builds in it, one after another."""

    def __init__(self, session: Session, config):
        self.session = session
        self.preview = session.preview
        self.state = BuildState()
        self.root = Path(config.config_file_path).resolve().parent if config.config_file_path else None
        self.steps = {name: step_class(name)(self, config) for name in step_names()}

    def report(self, finding: Finding) -> None:
        log.log(finding.log_level, finding.format())


@cache
def step_names() -> tuple[str, ...]:
    """Every step module the pipeline names, in the order they start: the pipeline's ``start`` steps first (their
    constructors read the configuration and log site-wide findings), then the others."""
    named = [step.by for stage in STAGES for step in stage.steps if step.by != I18N]
    starting = [step.by for stage in STAGES for step in stage.steps if step.event == START]
    return tuple(dict.fromkeys(starting + named))


def step_class(name: str) -> type:
    """helpcenter/adapter/steps/<name>.py's ``Steps``: its methods ``on_<event>`` are the pipeline's steps."""
    return importlib.import_module(f"{STEPS_PACKAGE}.{name}").Steps


@cache
def _phase(event: str, after_i18n: bool) -> tuple[str, ...]:
    before, after = steps_around_i18n(event)
    return after if after_i18n else before


_session = Session()


def session() -> Session:
    return _session


def reset_preview() -> PreviewState:
    """A fresh preview state (the preview driver, at the start of a session; its next build starts afresh)."""
    _session.preview = PreviewState()
    return _session.preview


def build_of(config) -> Build | None:
    """The build of a loaded configuration (the preview driver reads what its builds computed)."""
    return _session.build_of(config)


def run(event: str, item=None, *, after_i18n: bool, **kwargs):
    """MkDocs' event ``event``: the pipeline's steps on one side of static-i18n, in order; returns the item as
    MkDocs' own event loop does (a step returning None keeps it)."""
    config = item if event == "config" else kwargs.get("config")
    if event == "config" and not after_i18n:
        build = _session.build_of(config)
        if build is None or build.preview is not _session.preview or starts_new_build(config, _session.preview):
            _session.start(config)
    build = _session.build_of(config) if config is not None else _session.latest
    if build is None:  # an event without a configuration first (never in MkDocs' own order)
        return item
    for name in _phase(event, after_i18n):
        handler = getattr(build.steps[name], f"on_{event}")
        if event in PAGE_EVENTS:
            result = call_guarded(handler, event, item, kwargs, build.report, build.root)
        else:
            result = handler(item, **kwargs) if item is not None else handler(**kwargs)
        if result is not None:
            item = result
    return item
