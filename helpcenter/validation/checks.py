"""Every source-level content check over a set of Markdown files: front matter, links, anchors, images,
references, headings, snippets and unsafe HTML. Plain data in (file texts by language), findings out."""

from __future__ import annotations

import posixpath
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from helpcenter import frontmatter
from helpcenter.catalog import INDEX, Role, role_of
from helpcenter.docs_tree import LazyTexts
from helpcenter.findings import Finding, Severity, sort_findings
from helpcenter.validation.safety import Sanitizer, Unsafe
from helpcenter.validation.schema import validate_front_matter
from helpcenter.validation.source import Locator, Rendered, Renderer

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "ftp")
UNSAFE_SCHEMES = ("javascript", "vbscript", "data")
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "es": "Spanish"}


@dataclass
class SiteSources:
    """The docs folder as plain data: Markdown texts and other files per language."""

    docs_dir: Path
    languages: list[str]
    default_language: str
    # (language, doc id) -> file text; doc id = path below docs/<lang>/ (a LazyTexts when read from disk)
    texts: Mapping[tuple[str, str], str] = field(default_factory=dict)
    # (language, path below docs/<lang>/) of every non-Markdown file (images, downloads)
    assets: set[tuple[str, str]] = field(default_factory=set)
    # how paths are shown in findings (relative to the project)
    display_root: Path | None = None

    def display_path(self, language: str, doc_id: str) -> str:
        path = self.docs_dir / language / doc_id
        root = self.display_root
        if root is not None:
            try:
                return path.relative_to(root).as_posix()
            except ValueError:
                pass
        return path.as_posix()

    def has_doc(self, language: str, doc_id: str) -> bool:
        return (language, doc_id) in self.texts

    def has_asset(self, language: str, rel: str) -> bool:
        return (language, rel) in self.assets or (self.default_language, rel) in self.assets


def read_sources(docs_dir: Path, languages: list[str], default_language: str, display_root: Path | None = None):
    sources = SiteSources(docs_dir, list(languages), default_language, display_root=display_root)
    texts: dict[tuple[str, str], Path] = {}
    for language in languages:
        root = docs_dir / language
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if not path.is_file():
                continue
            rel = path.relative_to(root).as_posix()
            if path.suffix == ".md":
                texts[(language, rel)] = path
            else:
                sources.assets.add((language, rel))
    sources.texts = LazyTexts(texts)
    return sources


def page_url(doc_id: str) -> str:
    """Site-relative URL of a page with use_directory_urls: fees/index.md -> fees/, fees/x.md -> fees/x/."""
    path = PurePosixPath(doc_id)
    if path.name == INDEX:
        parent = path.parent.as_posix()
        return "" if parent == "." else parent + "/"
    return path.with_suffix("").as_posix() + "/"


@dataclass
class _Page:
    language: str
    doc_id: str
    path: str
    front: frontmatter.FrontMatter
    rendered: Rendered | None  # its html is dropped once scanned: pages stay in memory as targets of anchors
    unsafe: list[Unsafe] = field(default_factory=list)


class ContentChecker:
    """Checks files of a SiteSources; renders each file at most once (targets of cross-page anchors too)."""

    def __init__(self, sources: SiteSources, renderer: Renderer, sanitizer: Sanitizer):
        self.sources = sources
        self.renderer = renderer
        self.sanitizer = sanitizer
        self._pages: dict[tuple[str, str], _Page] = {}
        self._urls: dict[tuple[str, str], str] = {}
        # an untranslated article still resolves: readers get the default language's page (HC209 says so for links)
        self._article_ids = {
            language: {
                d
                for (lang, d) in sources.texts
                if lang in (language, sources.default_language) and role_of(d) is Role.ARTICLE
            }
            for language in sources.languages
        }

    def page(self, language: str, doc_id: str) -> _Page:
        key = (language, doc_id)
        if key not in self._pages:
            front = frontmatter.parse(self.sources.texts[key])
            rendered = None if front.error else self.renderer.render(front.body)
            self._add(language, doc_id, front, rendered, None)
        return self._pages[key]

    def record(self, language: str, doc_id: str, rendered: Rendered, unsafe: list[Unsafe] | None = None) -> None:
        """A page the build rendered (hooks/validation.py), so that checking it does not render it again."""
        self._add(language, doc_id, frontmatter.parse(self.sources.texts[(language, doc_id)]), rendered, unsafe)

    def is_recorded(self, language: str, doc_id: str) -> bool:
        return (language, doc_id) in self._pages

    def _add(self, language, doc_id, front, rendered: Rendered | None, unsafe: list[Unsafe] | None) -> None:
        if rendered is not None:
            if unsafe is None:
                unsafe = self.sanitizer.scan(rendered.html)
            rendered.html = ""
        front.body = ""  # kept for its metadata and lines; the text is read again if it is ever needed
        path = self.sources.display_path(language, doc_id)
        self._pages[(language, doc_id)] = _Page(language, doc_id, path, front, rendered, unsafe or [])

    def _target_ids(self, language: str, doc_id: str) -> set[str] | None:
        for lang in (language, self.sources.default_language):
            if self.sources.has_doc(lang, doc_id):
                rendered = self.page(lang, doc_id).rendered
                return rendered.ids if rendered else None
        return None

    def check(self, language: str, doc_id: str) -> list[Finding]:
        page = self.page(language, doc_id)
        text = self.sources.texts[(language, doc_id)]
        findings: list[Finding] = []
        front = page.front
        if front.error:
            line, col, message = front.error
            return [Finding(page.path, line, col, "HC100", message, "fix the YAML syntax between the '---' lines")]
        role = role_of(doc_id)
        findings += validate_front_matter(
            page.path, doc_id, role, front.meta, front.key_lines, front.item_lines, self._article_ids[language]
        )
        locator = Locator(text, front.body_line)
        rendered = page.rendered
        findings += self._references(page, rendered, locator)
        findings += self._snippets(page, rendered, locator)
        findings += self._links(page, rendered, locator)
        findings += self._images(page, rendered, locator)
        findings += self._headings(page, rendered, locator)
        for item in page.unsafe:
            line, col = locator.find(item.needle)
            findings.append(Finding(page.path, line, col, item.code, item.message, item.fix))
        return sort_findings(findings)

    # --- references and snippets ---

    def _references(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        for text, reference in rendered.undefined_references:
            line, col = locator.find(f"][{reference}]")
            out.append(
                Finding(
                    page.path,
                    line,
                    col,
                    "HC204",
                    f"reference link [{text}][{reference}] has no definition, so it renders as plain text",
                    f"add a line '[{reference}]: <url>' below, or write an inline link [{text}](url)",
                )
            )
        return out

    def _snippets(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        docs = self.sources.docs_dir.resolve()
        for requested, resolved, candidates in rendered.snippets:
            paths = [Path(resolved)] if resolved else [Path(c) for c in candidates]
            inside = [p for p in paths if p.resolve().is_relative_to(docs)]
            line, col = locator.find(requested)
            if not inside:
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC212",
                        f"snippet '{requested}' is outside the docs folder",
                        "include only files below docs/; move the shared text there",
                    )
                )
            elif resolved is None:
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC211",
                        f"snippet '{requested}' does not exist",
                        "fix the path (relative to the project folder)",
                    )
                )
        return out

    # --- links ---

    def _resolve(self, page: _Page, target: str, markdown: bool) -> tuple[str, str] | None:
        """(kind, path below docs/<lang>/) a link target names: kind 'doc', 'asset', 'folder' or 'outside'."""
        target = unquote(target)
        if markdown:
            if target.startswith("/"):
                path = posixpath.normpath(target.lstrip("/"))
            else:
                path = posixpath.normpath(posixpath.join(posixpath.dirname(page.doc_id), target))
        else:
            base = "/" + page_url(page.doc_id)
            joined = posixpath.normpath(posixpath.join(posixpath.dirname(base), target))
            if target.endswith("/") and not joined.endswith("/"):
                joined += "/"
            path = joined.lstrip("/")
            if path == "." or path == "":
                path = ""
        if path.startswith("..") or path == "..":
            return ("outside", path)
        if markdown and path.endswith(".md"):
            return ("doc", path) if self._exists_doc(page.language, path) else ("missing", path)
        if not markdown:
            stem = path.removesuffix("index.html").rstrip("/")
            for doc in ((stem + "/" if stem else "") + INDEX, stem + ".md"):
                if self._exists_doc(page.language, doc) and (path.endswith("/") or path.endswith(".html") or not stem):
                    return ("doc", doc)
        if self.sources.has_asset(page.language, path):
            return ("asset", path)
        if self._exists_doc(page.language, path.rstrip("/") + "/" + INDEX):
            return ("folder", path)
        return ("missing", path)

    def _exists_doc(self, language: str, doc_id: str) -> bool:
        return self.sources.has_doc(language, doc_id) or self.sources.has_doc(self.sources.default_language, doc_id)

    def _links(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        lang, default = page.language, self.sources.default_language
        for link in rendered.links:
            href = link.href.strip()
            parts = urlsplit(href)
            scheme = parts.scheme.lower()
            if scheme in UNSAFE_SCHEMES:
                continue  # reported by the safety scan
            line, col = locator.find(href) if href else locator.find("[]")

            def add(code, message, fix, severity=Severity.ERROR, line=line, col=col):
                out.append(Finding(page.path, line, col, code, message, fix, severity))

            if not link.text:
                add("HC207", f"link to '{href}' has no text", "write the link text between the brackets: [text](url)")
            if scheme or parts.netloc:
                continue  # external: scripts/check_external_links.py checks those on a schedule
            if not parts.path:
                if parts.fragment and unquote(parts.fragment) not in rendered.ids:
                    add(
                        "HC202",
                        f"anchor '#{parts.fragment}' does not exist in this page",
                        _anchor_fix(rendered.ids),
                    )
                continue
            if not link.markdown and parts.path.endswith(".md"):
                add(
                    "HC213",
                    f"HTML link to the Markdown file '{parts.path}' is not rewritten and breaks on the site",
                    "use a Markdown link [text](file.md) instead of <a href>",
                )
                continue
            kind, target = self._resolve(page, parts.path, link.markdown)
            if kind == "outside":
                add("HC201", f"link '{href}' points outside the docs folder", "link to a page below docs/<lang>/")
                continue
            if kind == "folder":
                add(
                    "HC201",
                    f"link '{href}' points to a folder, not a page",
                    f"link to the file: {_relative(target.rstrip('/') + '/' + INDEX, page.doc_id)}",
                )
                continue
            if kind == "missing":
                add("HC201", f"link '{href}' points to a page or file that does not exist", "fix the path")
                continue
            if kind == "doc":
                if lang != default and not self.sources.has_doc(lang, target) and self.sources.has_doc(default, target):
                    add(
                        "HC209",
                        f"'{target}' has no {LANGUAGE_NAMES.get(lang, lang)} ({lang}) translation; readers get the "
                        f"{LANGUAGE_NAMES.get(default, default)} ({default}) fallback page",
                        f"translate docs/{default}/{target} into docs/{lang}/{target}, or link to another page",
                        Severity.WARNING,
                    )
                if parts.fragment:
                    ids = self._target_ids(lang, target)
                    if ids is not None and unquote(parts.fragment) not in ids:
                        add(
                            "HC203",
                            f"anchor '#{parts.fragment}' does not exist in {target}",
                            _anchor_fix(ids),
                        )
        return out

    def _images(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        for image in rendered.images:
            src = image.src.strip()
            line, col = locator.find(src) if src else locator.find("<img")
            if image.alt is None or not image.alt.strip():
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC206",
                        f"image '{src}' has no alt text",
                        'describe the image: ![what it shows](path), or alt="..." in HTML',
                    )
                )
            parts = urlsplit(src)
            if not src or parts.scheme or parts.netloc:
                continue
            kind, target = self._resolve(page, parts.path, image.markdown)
            if kind not in ("asset",):
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC205",
                        f"image '{src}' does not exist",
                        f"add the file as docs/{page.language}/{target} or fix the path",
                    )
                )
        return out

    def _headings(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        previous = 1  # the page title is the h1
        for heading in rendered.headings:
            if heading.level > previous + 1:
                line, col = locator.find(heading.text[:40] or heading.id)
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC208",
                        f"heading '{heading.text}' is level {heading.level} after level {previous}",
                        f"use {'#' * (previous + 1)} (level {previous + 1}) or add the missing level above it",
                    )
                )
            previous = heading.level
        return out


def _relative(doc_id: str, from_doc_id: str) -> str:
    return posixpath.relpath(doc_id, posixpath.dirname(from_doc_id) or ".")


def _anchor_fix(ids: set[str]) -> str:
    names = sorted(i for i in ids if not i.startswith(("fn:", "fnref:", "__")))
    if not names:
        return "link to the page without '#...', or add { #id } to the heading"
    shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    return f"use one of the page's ids: {shown}"
