"""No traceback on content: an exception while MkDocs builds a page becomes a finding that names the page.

MkDocs aborts the whole build with a Python traceback when a plugin, a hook, Markdown or a template raises on one
page. Here every page-level event handler (ours, Material's, static-i18n's), the page's Markdown rendering
(helpcenter/adapter/markdown_page.py) and the page's template are wrapped: the exception is reported as an HC507 error
finding on the page's file, the page keeps what it had before the failing step, and the build goes on, so that
every finding of the site is collected before the (strict) build fails once.

Touches MkDocs' ``PluginCollection.events`` (MkDocs 1.6.1) and Jinja's ``Environment.template_class`` (Jinja 3.1).
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from pathlib import Path

import jinja2

from helpcenter.content.findings import Finding

CODE = "HC507"
# MkDocs' events that carry one page (keyword ``page``); the rest concern the whole build
PAGE_EVENTS = ("page_markdown", "page_content", "page_context", "post_page")
_GUARDED = "_helpcenter_guarded"

Reporter = Callable[[Finding], None]


def page_path(page, root: Path | None) -> str:
    """The page's source as writers name it: docs/<lang>/<path>.md (a generated page: its site path)."""
    file = getattr(page, "file", None)
    source = getattr(file, "abs_src_path", None)
    if source:
        path = Path(source)
        if root is not None and path.is_relative_to(root):
            return path.relative_to(root).as_posix()
        return path.as_posix()
    return str(getattr(file, "src_uri", "") or getattr(page, "url", "") or "<page>")


def failure(path: str, step: str, exc: BaseException) -> Finding:
    detail = " ".join(str(exc).split())[:300]
    return Finding(
        path,
        1,
        1,
        CODE,
        f"{step} failed on this page with {type(exc).__name__}" + (f": {detail}" if detail else ""),
        "check this page's front matter and Markdown around what the message names; if the page is right, report "
        "this line to the help center's developers (the rest of the site was still built and checked)",
    )


def guard_page_events(plugins, report: Reporter, root: Path | None) -> None:
    """Wrap every page-level event handler once (the plugin collection lives across language builds)."""
    for event in PAGE_EVENTS:
        handlers = plugins.events.get(event)
        if handlers is None:
            continue
        plugins.events[event] = [
            h if getattr(h, _GUARDED, False) else _guarded(h, event, report, root) for h in handlers
        ]


def call_guarded(handler, event: str, item, kwargs: dict, report: Reporter, root: Path | None):
    """``handler(item, **kwargs)``; an exception is reported as the page's finding and the item comes back as it
    was (helpcenter/adapter/runner.py calls each of our page steps so)."""
    try:
        return handler(item, **kwargs)
    except Exception as exc:  # noqa: BLE001 - any failure on one page becomes that page's finding
        owner = getattr(handler, "__module__", "") or "a plugin"
        report(failure(page_path(kwargs.get("page"), root), f"the {event.replace('_', ' ')} step of {owner}", exc))
        return item


def _guarded(handler, event: str, report: Reporter, root: Path | None):
    @functools.wraps(handler)
    def run(item, **kwargs):
        return call_guarded(handler, event, item, kwargs, report, root)

    setattr(run, _GUARDED, True)
    return run


def guarded_template_class(report: Reporter, root: Path | None) -> type[jinja2.Template]:
    """A Jinja template class whose ``render`` reports a failure on the page it was rendering and returns ''."""

    class GuardedTemplate(jinja2.Template):
        def render(self, *args, **kwargs):
            try:
                return super().render(*args, **kwargs)
            except Exception as exc:  # noqa: BLE001 - a template error on one page is that page's finding
                context = dict(*args, **kwargs)
                page = context.get("page")
                path = page_path(page, root) if page is not None else (self.name or "<template>")
                report(failure(path, f"rendering the template {self.name}", exc))
                return ""

    return GuardedTemplate


def undecodable_pages(docs_dir: Path) -> dict[str, str]:
    """Markdown files below ``docs_dir`` that are not UTF-8, each with its text read in its likely encoding.

    One read of every page per build: MkDocs would raise on such a file in whichever hook read it first.
    """
    from helpcenter.content.docs_tree import decode

    found: dict[str, str] = {}
    for path in sorted(docs_dir.rglob("*.md")) if docs_dir.is_dir() else ():
        try:
            data = path.read_bytes()
        except OSError:
            continue
        try:
            data.decode("utf-8")
        except UnicodeDecodeError:
            found[str(path)] = decode(data)[0]
    return found
