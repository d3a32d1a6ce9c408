"""Redirect pages from old URLs to new ones (``extra.helpcenter.redirects: {old: new}``), e.g. after an import
moved a language from ``pt_BR/`` to ``pt-BR/``, so that published links and search rankings survive the move.

A static host cannot answer with a 301, so each old URL gets a small HTML page: an immediate meta refresh, a
canonical link to the new URL (search engines move the ranking there), ``noindex``, and a visible link. No script.

Keys and values are site-relative URL paths as MkDocs writes them (``pt_BR/guide/setup/``, percent-encoded); a
value may also be an absolute http(s) URL. Pure: helpcenter/adapter/steps/redirects.py writes the pages.
"""

from __future__ import annotations

import dataclasses
import re
from pathlib import Path, PurePosixPath
from typing import NamedTuple
from urllib.parse import quote, unquote, urlsplit

from jinja2 import Environment, FileSystemLoader, select_autoescape

from helpcenter.content.findings import Finding, Severity

TEMPLATES = Path(__file__).resolve().parent.parent / "templates"
TEMPLATE = "redirect.html"
INVALID = "RDR100"
DUPLICATE = "RDR101"
# characters left as they are when a URL is percent-encoded: reserved ones and an existing %XX
URL_SAFE = "/:?#[]@!$&'()*+,;=%~"
_CONTROL = re.compile(r"[\x00-\x1f\x7f\\]")

_env = Environment(
    loader=FileSystemLoader(TEMPLATES), autoescape=select_autoescape(["html"]), keep_trailing_newline=True
)


class RedirectPage(NamedTuple):
    path: str  # site-relative path of the file to write: pt_BR/guide/setup/index.html
    html: str


def redirect_file(old: str) -> str:
    """The file an old URL is served from: ``pt_BR/guide/setup/`` -> ``pt_BR/guide/setup/index.html``;
    ``guide/setup.html`` stays itself; ``guide/setup`` (no slash) -> ``guide/setup/index.html``."""
    path = unquote(old.lstrip("/"))
    if path.endswith("/"):
        return f"{path}index.html"
    if path.endswith((".html", ".htm")):
        return path
    return f"{path}/index.html"


def _problem(old: object, new: object) -> str | None:
    """Why an entry cannot become a redirect page, or None."""
    if not isinstance(old, str) or not isinstance(new, str):
        return "both the old and the new URL must be text"
    path = old.strip().lstrip("/")
    if not path:
        return "the site root cannot be redirected: it is the home page"
    if "://" in old or old.strip().startswith("//") or _CONTROL.search(old) or any(c in old for c in "?#"):
        return "the old URL must be a path below the site, without host, query or fragment"
    if any(part in (".", "..") for part in unquote(path).split("/")):
        return "the old URL must not contain . or .. segments"
    target = new.strip()
    if _CONTROL.search(target):
        return "the new URL contains a control character or a backslash"
    parts = urlsplit(target)
    if parts.scheme or target.startswith("//"):
        if parts.scheme not in ("http", "https") or not parts.netloc:
            return "the new URL must be a path below the site or an http(s) URL"
    elif any(part in (".", "..") for part in unquote(parts.path).split("/")):
        return "the new URL must not contain . or .. segments"
    if redirect_file(path) == redirect_file(target) and not parts.scheme:
        return "the old and the new URL are the same page"
    return None


def _valid(redirects: dict) -> tuple[dict[str, tuple[str, str]], list[Finding]]:
    """``{file to write: (old, new)}`` for the usable entries, and a finding per entry left out."""
    findings = []
    pages: dict[str, tuple[str, str]] = {}
    if not isinstance(redirects, dict):
        if redirects:
            findings.append(_finding("extra.helpcenter.redirects must be a mapping of old URL: new URL"))
        return pages, findings
    for old, new in sorted(redirects.items(), key=lambda item: str(item[0])):
        problem = _problem(old, new)
        if problem:
            findings.append(_finding(f"extra.helpcenter.redirects: {old!r}: {problem}; no redirect is written"))
            continue
        file = redirect_file(old.strip())
        if file in pages:
            findings.append(
                _finding(
                    f"extra.helpcenter.redirects: {old!r} is the same page as {pages[file][0]!r}; "
                    f"the redirect to {pages[file][1]!r} is kept",
                    DUPLICATE,
                )
            )
            continue
        pages[file] = (old.strip(), new.strip())
    return pages, findings


def redirect_findings(redirects: object, config_path: str = "mkdocs.yml") -> list[Finding]:
    """A warning per redirect entry that cannot be written (not a path, a loop, the site root, a duplicate)."""
    _, findings = _valid(redirects)
    return [dataclasses.replace(finding, path=config_path) for finding in findings]


def target_url(file: str, new: str, site_url: str | None) -> str:
    """Where the redirect page at ``file`` sends the reader: absolute below site_url when there is one, else
    relative to the page's own folder, so the site works from any folder of any host."""
    new = quote(new.strip(), safe=URL_SAFE)
    if urlsplit(new).scheme or new.startswith("//"):
        return new
    new = new.lstrip("/")
    if site_url:
        return site_url.rstrip("/") + "/" + new
    depth = len(PurePosixPath(file).parent.parts)
    return "../" * depth + new if depth else (new or "./")


def redirect_pages(
    redirects: dict[str, str],
    site_url: str | None,
    languages: tuple[str, ...] | list[str] = (),
    default_language: str = "en",
) -> list[RedirectPage]:
    """The redirect pages to write, sorted by path: ``(site-relative path of the old URL's index.html, html)``.

    ``lang`` is the language the new URL starts with (one of ``languages``), else ``default_language``. Entries
    that cannot be written are left out; ``redirect_findings`` says why.
    """
    pages, _ = _valid(redirects)
    template = _env.get_template(TEMPLATE)
    result = []
    for file, (_, new) in sorted(pages.items()):
        url = target_url(file, new, site_url)
        head = unquote(new.strip().lstrip("/")).split("/", 1)[0]
        lang = head if head in languages else default_language
        result.append(RedirectPage(file, template.render(lang=lang, target=url, canonical=url)))
    return result


def _finding(message: str, code: str = INVALID) -> Finding:
    return Finding(
        "mkdocs.yml",
        1,
        1,
        code,
        message,
        "write each entry as 'old/path/': 'new/path/' (site-relative URL paths, as the importer writes them)",
        Severity.WARNING,
    )
