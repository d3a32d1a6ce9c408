"""The preview's web server: MkDocs' live-reload server, told about each save at once, with the findings on the page.

Differences from ``mkdocs serve`` (mkdocs 1.6.1's LiveReloadServer; tests/unit/test_upstream_contracts.py holds the
private members used here):
- the builder is helpcenter.adapter.preview.PreviewSite, which rebuilds only what a save affects;
- file events come from inotify (watchdog's native observer) instead of a poll every half second, where the
  system has it;
- the browsers reload as soon as the pages are written; the search indexes follow while they already show;
- the live-reload script is a file (/.hc-preview/livereload.js), not inline: the site's Content-Security-Policy
  allows scripts from the site only, and blocked MkDocs' inline one;
- a build's findings show as a banner on every previewed page until they are fixed, in the page's language; the
  last good output stays;
- a missing page gets its language's 404 page, as on the published site.
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import threading
import time
import traceback
from pathlib import Path

import watchdog.events
import watchdog.observers
from jinja2 import Environment, PackageLoader, select_autoescape
from mkdocs.livereload import LiveReloadServer, _timestamp

from helpcenter.adapter.i18n import helpcenter_settings, project_path, ui_strings
from helpcenter.adapter.preview import Outcome, PreviewSite
from helpcenter.content.findings import Severity
from helpcenter.content.languages import direction
from helpcenter.content.strings import SOURCE_LANGUAGE, load_strings, own_strings

log = logging.getLogger("mkdocs.helpcenter.preview")

# what a save looks like to watchdog; inotify's "opened" and "closed_no_write" come from reading a file
WRITE_EVENTS = frozenset({"created", "modified", "deleted", "moved", "closed"})
ASSET_PREFIX = "/.hc-preview/"
SCRIPT_PATH = ASSET_PREFIX + "livereload.js"
# whether queued work remains (other languages, search indexes) and the findings: for tools and benchmarks
STATUS_PATH = ASSET_PREFIX + "status.json"
MAX_SHOWN = 20
# after an edit's pages are written, queued work waits this long: the reloading browsers' requests (a page and its
# assets) are answered first, not slowed by a build holding the interpreter
RELOAD_GRACE = 1.0
_TEMPLATES = Environment(loader=PackageLoader("helpcenter", "templates"), autoescape=select_autoescape(["html"]))
# the banner's texts, in helpcenter/locales/<lang>.yml; a language that lacks any of them gets the English banner
BANNER_KEYS = ("preview_findings_one", "preview_findings_other", "preview_findings_text", "preview_findings_more")
# a page's root element: the build writes the site's own language code there (helpcenter/publish/page_language.py)
_HTML_LANG = re.compile(rb"""<html\b[^>]*?\slang\s*=\s*["']?([A-Za-z0-9-]+)""", re.IGNORECASE)


def _script() -> bytes:
    return (Path(__file__).resolve().parent.parent / "templates" / "preview-livereload.js").read_bytes()


def problems_of(site: PreviewSite) -> list[str]:
    """The findings of the last build: what the build logged, and the site-wide ones, each once."""
    shown = list(site.last.problems) if site.last else []
    shown += [f.format() for f in site.findings if f.severity >= Severity.WARNING]
    return list(dict.fromkeys(shown))


def page_language(content: bytes, languages, default: str) -> str:
    """The language of a previewed page: its ``<html lang>`` when that is a language of the site, else the default."""
    match = _HTML_LANG.search(content)
    code = match.group(1).decode("ascii") if match else ""
    return code if code in languages else default


def banner_strings(config, language: str) -> tuple[str, dict[str, str]]:
    """The language the banner speaks and its strings: ``language`` when it has every banner text (shipped, or in
    the adopter's ``extra.helpcenter.ui_strings``), else English. The build's HC401 names the missing keys."""
    if config is None:
        own = own_strings(language)
    else:
        folder = helpcenter_settings(config).get("ui_strings")
        own = own_strings(language, project_path(config, folder) if folder else None)
    if any(key not in own for key in BANNER_KEYS):
        language = SOURCE_LANGUAGE
    return language, (load_strings(language) if config is None else ui_strings(config, language))


def banner_html(problems: list[str], language: str = SOURCE_LANGUAGE, strings: dict[str, str] | None = None) -> bytes:
    """The findings banner, its texts from ``strings`` (English if none) and in ``language``."""
    if not problems:
        return b""
    strings = strings or load_strings(SOURCE_LANGUAGE)
    more = max(0, len(problems) - MAX_SHOWN)
    title = strings["preview_findings_one" if len(problems) == 1 else "preview_findings_other"]
    template = _TEMPLATES.get_template("preview-banner.html")
    return template.render(
        lang=language,
        dir=direction(language),
        title=title.format(n=len(problems)),
        text=strings["preview_findings_text"],
        shown=problems[:MAX_SHOWN],
        more=strings["preview_findings_more"].format(n=more) if more else "",
    ).encode("utf-8")


class PreviewServer(LiveReloadServer):
    def __init__(self, site: PreviewSite, host: str, port: int):
        super().__init__(builder=self._rebuild, host=host, port=port, root=str(site.site_dir))
        self.site = site
        # inotify on Linux: a save is seen at once; without it (some containers) MkDocs' polling observer stays
        with contextlib.suppress(OSError):
            self.observer = watchdog.observers.Observer()
        self.build_delay = 0.05  # editors write a file in several steps; wait for them to settle
        self._problems: list[str] = problems_of(site)
        self._lock = threading.Lock()
        self._working = False  # a queued step is running (has_work() is already false during the last one)
        self._quiet_until = 0.0  # queued work waits until then: the browsers are reloading the edited pages

    # -- building ----------------------------------------------------------------------------------------------

    def _rebuild(self) -> bool:
        """Returns whether anything changed (no reload otherwise)."""
        log.debug("rebuild started at %.3f", time.monotonic())
        outcome = self.site.rebuild()
        with self._lock:
            before, self._problems = self._problems, problems_of(self.site)
        report(outcome, self._problems)
        # a broken save changes no page, but the banner must show: reload then too
        return outcome.kind == "complete" or bool(outcome.languages) or before != self._problems

    def _build_loop(self):
        """MkDocs' loop, between edits building what is queued: the first build's other languages, the languages an
        edit affects besides its own, and the search indexes (helpcenter.adapter.preview.PreviewSite.work_once).
        An edit waits for at most one such step."""
        while True:
            with self._rebuild_cond:
                while not (self._want_rebuild or self._shutdown or self._background_due()):
                    self._rebuild_cond.wait(timeout=self.shutdown_delay)
                if self._shutdown:
                    break
                edit = self._want_rebuild
                if edit:
                    while self._rebuild_cond.wait(timeout=self.build_delay):
                        pass  # editors write a file in several steps
                    self._wanted_epoch = _timestamp()
                    self._want_rebuild = False
            if edit:
                changed = self._guarded(self.builder)
                self._quiet_until = time.monotonic() + RELOAD_GRACE
                with self._epoch_cond:
                    if changed:
                        self._visible_epoch = self._wanted_epoch
                    else:
                        self._wanted_epoch = self._visible_epoch  # nothing to reload
                    self._epoch_cond.notify_all()
                continue
            self._working = True
            try:
                step = self._guarded(self.site.work_once)
            finally:
                self._working = False
            with self._lock:
                self._problems = problems_of(self.site)
            if step in self.site.languages:
                log.info("Built %s", step)
                with self._epoch_cond:  # a language's pages changed: open pages reload
                    self._wanted_epoch = self._visible_epoch = _timestamp()
                    self._epoch_cond.notify_all()

    def _background_due(self) -> bool:
        return self.site.has_work() and time.monotonic() >= self._quiet_until

    def _guarded(self, step):
        try:
            return step()
        except Exception:  # noqa: BLE001 - the preview goes on serving the last good output
            traceback.print_exc()
            log.error("The rebuild failed; the preview shows the last good output. Fix the file and save again.")
            return None

    def watch(self, path: str, func=None, *, recursive: bool = True) -> None:
        """MkDocs' watch, without the events of files being read (inotify reports opens and closes too)."""
        path = os.path.abspath(path)
        if path in self._watched_paths:
            self._watched_paths[path] += 1
            return
        self._watched_paths[path] = 1

        def callback(event):
            if event.is_directory or event.event_type not in WRITE_EVENTS:
                return
            with self._rebuild_cond:
                self._want_rebuild = True
                self._rebuild_cond.notify_all()

        handler = watchdog.events.FileSystemEventHandler()
        handler.on_any_event = callback
        self._watch_refs[path] = self.observer.schedule(handler, path, recursive=recursive)

    # -- serving -----------------------------------------------------------------------------------------------

    def serve_request(self, environ, start_response):
        path = environ.get("PATH_INFO", "")
        if path == SCRIPT_PATH:
            body = _script()
            start_response("200 OK", [("Content-Type", "text/javascript"), ("Content-Length", str(len(body)))])
            return [body]
        if path == STATUS_PATH:
            with self._lock:
                status = {"busy": self._working or self.site.has_work(), "findings": self._problems}
            body = json.dumps(status, ensure_ascii=False).encode("utf-8")
            start_response("200 OK", [("Content-Type", "application/json"), ("Content-Length", str(len(body)))])
            return [body]
        try:
            result = self._serve_request(environ, start_response)
        except Exception:  # noqa: BLE001
            log.exception("500 Internal Server Error")
            result = None
        if result is not None:
            return result
        page = self._not_found_page(path)
        start_response("404 Not Found", [("Content-Type", "text/html; charset=utf-8")])
        return [self._inject_js_into_html(page, self._visible_epoch) if page else b"404 Not Found"]

    def _not_found_page(self, path: str) -> bytes | None:
        """The 404 page of the language the address is in (its first folder), else the default language's."""
        root = Path(self.root)
        first = path.strip("/").split("/", 1)[0]
        candidates = ([root / first / "404.html"] if first else []) + [root / "404.html"]
        return next((c.read_bytes() for c in candidates if c.is_file()), None)

    def _inject_js_into_html(self, content: bytes, epoch: int) -> bytes:
        with self._lock:
            problems = self._problems
        banner = b""
        if problems:  # in the language of the page it is on: the writer previews what they write
            language = page_language(content, self.site.languages, self.site.default or SOURCE_LANGUAGE)
            banner = banner_html(problems, *banner_strings(self.site.config, language))
        script = f'<script src="{SCRIPT_PATH}" data-epoch="{epoch}" data-request="{_timestamp()}"></script>'.encode()
        body_end = content.rfind(b"</body>")
        body_end = len(content) if body_end < 0 else body_end
        content = content[:body_end] + script + content[body_end:]
        if banner:
            body_start = content.find(b"<body")
            body_start = content.find(b">", body_start) + 1 if body_start >= 0 else 0
            content = content[:body_start] + banner + content[body_start:]
        return content


def report(outcome: Outcome, problems: list[str]) -> None:
    """One line per build in the terminal (the findings themselves were logged as they came)."""
    if outcome.kind == "partial" and not outcome.languages:
        return
    where = ", ".join(outcome.languages) or "nothing"
    what = f"{outcome.rendered} articles and every other page of" if outcome.kind == "partial" else "every page of"
    state = f"; {len(problems)} findings, shown on every page" if problems else ""
    log.info("Rebuilt %s %s in %.2f s (%s)%s", what, where, outcome.seconds, outcome.kind, state)
    log.debug("rebuild finished at %.3f", time.monotonic())
