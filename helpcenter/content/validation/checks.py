"""Every source-level content check over a set of Markdown files: encoding, front matter, titles, links,
anchors, images, references, footnotes, headings and their ids, admonitions, snippets, reserved paths and unsafe
HTML. Plain data in (file texts by language), findings out; any file gives findings, never an exception."""

from __future__ import annotations

import posixpath
import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath
from urllib.parse import unquote, urlsplit

from helpcenter.content import frontmatter, page_meta
from helpcenter.content.catalog import INDEX, Role, role_of
from helpcenter.content.docs_tree import LazyTexts, TreeSnapshot, problem_of
from helpcenter.content.findings import Finding, Severity, sort_findings
from helpcenter.content.validation.safety import Sanitizer, Unsafe
from helpcenter.content.validation.schema import ContentRules, validate_front_matter
from helpcenter.content.validation.source import Locator, Rendered, Renderer

EXTERNAL_SCHEMES = ("http", "https", "mailto", "tel", "ftp")
UNSAFE_SCHEMES = ("javascript", "vbscript", "data")
LANGUAGE_NAMES = {"en": "English", "zh": "Chinese", "ja": "Japanese", "ko": "Korean", "es": "Spanish"}

# Paths below docs/<lang>/ that the build writes itself (HC122), as data: a folder ends with '/', anything else is
# one file; {language} stands for each language of the site. (Markdown in an asset folder such as assets/ is a page
# of its own, helpcenter.content.catalog.ASSET_FOLDERS: the theme's files there have other names.)
RESERVED_PATHS: tuple[tuple[str, str], ...] = (
    ("api/{language}/", "the JSON API of that language (site/api/<lang>/)"),
    ("api/schema/", "the JSON schemas of the API (site/api/schema/)"),
    ("search/", "the search index (the search page itself is search.md)"),
    ("{language}/", "the pages of that language (site/<lang>/)"),
    ("translation-status.md", "the generated translation status page"),
    ("announcements/page/", "the generated pages of the announcements listing"),
    ("announcements/type/", "the generated listings of one announcement type"),
)
# an explicit heading id: lowercase ASCII words joined by hyphens (CONTRIBUTING.md)
ID_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")


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


def front_matter_syntax_finding(path: str, error: tuple[int, int, str]) -> Finding:
    """HC100 for ``frontmatter.parse(...).error``: the YAML between the '---' lines does not parse."""
    line, col, message = error
    return Finding(path, line, col, "HC100", message, "fix the YAML syntax between the '---' lines")


def read_sources(
    docs_dir: Path,
    languages: list[str],
    default_language: str,
    display_root: Path | None = None,
    snapshot: TreeSnapshot | None = None,
):
    """``snapshot``: the files as the live preview knows them, instead of a walk of the folders."""
    sources = SiteSources(docs_dir, list(languages), default_language, display_root=display_root)
    texts: dict[tuple[str, str], Path] = {}
    for language in languages:
        root = docs_dir / language
        if snapshot is not None:
            found = snapshot.below(root)
        elif root.is_dir():
            found = [path for path in sorted(root.rglob("*")) if path.is_file()]
        else:
            found = []
        for path in found:
            rel = path.relative_to(root).as_posix()
            if path.suffix == ".md":
                texts[(language, rel)] = path
            else:
                sources.assets.add((language, rel))
    sources.texts = LazyTexts(texts, snapshot)
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
    failure: str = ""  # why the page could not be rendered for the checks, if it could not


def reserved_path(doc_id: str, languages: list[str]) -> tuple[str, str] | None:
    """(the reserved path, what the build writes there) when ``doc_id`` is under one (HC122)."""
    for pattern, what in RESERVED_PATHS:
        for language in languages if "{language}" in pattern else [""]:
            path = pattern.replace("{language}", language)
            if doc_id == path or (path.endswith("/") and doc_id.startswith(path)):
                return path, what
    return None


def suggested_id(text: str) -> str:
    """A heading's text as an id of lowercase ASCII words joined by hyphens ('' for text without ASCII letters)."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return "-".join(re.findall(r"[a-z0-9]+", folded))[:60].strip("-")


_FENCE = re.compile(r"^\s*(`{3,}|~{3,})")
_ATX = re.compile(r"^\s*(#{1,6})(?:\s|$)")
_SETEXT = re.compile(r"^\s*(=+|-+)\s*$")
_RAW_HEADING = re.compile(r"<h([1-6])[\s>]", re.IGNORECASE)


def _squash(text: str) -> str:
    return "".join(ch for ch in text.casefold() if ch.isalnum())


def heading_lines(lines: list[str], body_line: int) -> list[tuple[int, int, str]]:
    """(line, level, line text) of what looks like a heading in the body, outside fenced code: ATX, setext, <hN>."""
    out: list[tuple[int, int, str]] = []
    fence = ""
    for number in range(body_line, len(lines) + 1):
        text = lines[number - 1]
        match = _FENCE.match(text)
        if fence:
            if match and match.group(1)[0] == fence[0] and len(match.group(1)) >= len(fence):
                fence = ""
            continue
        if match:
            fence = match.group(1)
            continue
        if atx := _ATX.match(text):
            out.append((number, len(atx.group(1)), text))
        elif raw := _RAW_HEADING.search(text):
            out.append((number, int(raw.group(1)), text))
        elif (
            number < len(lines)
            and text.strip()
            and not text.lstrip().startswith(("-", "*", "+", ">", "|"))
            and (underline := _SETEXT.match(lines[number]))
            and (number == body_line or not lines[number - 2].strip())
        ):
            out.append((number, 1 if underline.group(1)[0] == "=" else 2, text))
    return out


class HeadingLocator:
    """The source line of each rendered heading, matched in document order by level and text."""

    def __init__(self, text: str, body_line: int, fallback: Locator):
        self.candidates = heading_lines(text.split("\n"), body_line)
        self.fallback = fallback
        self._next = 0

    def find(self, level: int, text: str, heading_id: str, pinned: bool) -> tuple[int, int]:
        wanted = _squash(text)[:24]
        rest = self.candidates[self._next :]
        same_level = [(i, c) for i, c in enumerate(rest) if c[1] == level]
        for i, (line, _, source) in same_level[:4]:
            if (pinned and heading_id and f"#{heading_id}" in source) or (wanted and wanted in _squash(source)):
                self._next += i + 1
                return line, 1
        if same_level:
            i, (line, _, _) = same_level[0]
            self._next += i + 1
            return line, 1
        return self.fallback.find(text[:40] or heading_id)


class ContentChecker:
    """Checks files of a SiteSources; renders each file at most once (targets of cross-page anchors too)."""

    def __init__(
        self, sources: SiteSources, renderer: Renderer, sanitizer: Sanitizer, rules: ContentRules | None = None
    ):
        self.sources = sources
        self.renderer = renderer
        self.sanitizer = sanitizer
        self.rules = rules or ContentRules()
        self._pages: dict[tuple[str, str], _Page] = {}
        self._urls: dict[tuple[str, str], str] = {}
        self._article_ids = self._articles_by_language()

    def _articles_by_language(self) -> dict[str, set[str]]:
        # an untranslated article still resolves: readers get the default language's page (HC209 says so for links)
        sources = self.sources
        return {
            language: {
                d
                for (lang, d) in sources.texts
                if lang in (language, sources.default_language) and role_of(d) is Role.ARTICLE
            }
            for language in sources.languages
        }

    def refresh(self, sources: SiteSources, changed: set[tuple[str, str]]) -> None:
        """The files as they are now (the live preview, after an edit): what is known of the others stays."""
        self.sources = sources
        for key in changed:
            self._pages.pop(key, None)
            self._urls.pop(key, None)
        self._article_ids = self._articles_by_language()

    def page(self, language: str, doc_id: str) -> _Page:
        key = (language, doc_id)
        if key not in self._pages:
            front = frontmatter.parse(self.sources.texts[key])
            rendered, failure = None, ""
            if not front.error:
                try:
                    rendered = self.renderer.render(front.body)
                except Exception as exc:  # noqa: BLE001 - reported as HC507 on this page, not raised into another's
                    failure = f"{type(exc).__name__}: {str(exc)[:200]}"
            self._add(language, doc_id, front, rendered, None)
            self._pages[key].failure = failure
        return self._pages[key]

    def record(self, language: str, doc_id: str, rendered: Rendered, unsafe: list[Unsafe] | None = None) -> None:
        """A page the build rendered (helpcenter/adapter/steps/validation.py): checking it does not render it again."""
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
        """Every finding of one file; an unexpected failure is a finding too (HC507), never an exception."""
        try:
            return self._check(language, doc_id)
        except Exception as exc:  # noqa: BLE001 - content must never stop a build or check.py with a traceback
            return [
                Finding(
                    self.sources.display_path(language, doc_id),
                    1,
                    1,
                    "HC507",
                    f"checking this page failed: {type(exc).__name__}: {str(exc)[:200]}",
                    "look for an unusual construct in the page; report the message to the developers",
                )
            ]

    def _check(self, language: str, doc_id: str) -> list[Finding]:
        page = self.page(language, doc_id)
        text = self.sources.texts[(language, doc_id)]
        findings: list[Finding] = []
        undecodable = problem_of(self.sources.texts, (language, doc_id))
        if undecodable is not None:
            likely = undecodable.encoding.split(" or ")[0]
            findings.append(
                Finding(
                    page.path,
                    undecodable.line,
                    undecodable.col,
                    "HC120",
                    undecodable.describe(),
                    f"save it as UTF-8 (convert from {likely}, e.g. iconv -f {likely} -t UTF-8)"
                    if likely
                    else "save it as UTF-8",
                )
            )
        reserved = reserved_path(doc_id, self.sources.languages)
        if reserved is not None:
            findings.append(
                Finding(
                    page.path,
                    1,
                    1,
                    "HC122",
                    f"a Markdown page under {reserved[0]}, which the build reserves for {reserved[1]}",
                    "move the page to another folder",
                )
            )
        front = page.front
        if front.error:
            findings.append(front_matter_syntax_finding(page.path, front.error))
            return sort_findings(findings)
        if page.rendered is None:
            raise RuntimeError(page.failure or "the page could not be rendered")
        for line, col, key, first in front.duplicates:
            findings.append(
                Finding(
                    page.path,
                    line,
                    col,
                    "HC110",
                    f"front matter key '{key}' is given twice (first on line {first}); only this value is used",
                    "keep one of the two lines",
                )
            )
        role = role_of(doc_id)
        findings += validate_front_matter(
            page.path,
            doc_id,
            role,
            front.meta,
            front.key_lines,
            front.item_lines,
            self._article_ids[language],
            self.rules,
        )
        locator = Locator(text, front.body_line)
        rendered = page.rendered
        headings = HeadingLocator(text, front.body_line, Locator(text, front.body_line))
        heading_lines_found = [
            headings.find(h.level, h.text, h.id, pinned)
            for h, pinned in zip(rendered.headings, rendered.pinned + [False] * len(rendered.headings), strict=False)
        ]
        findings += self._title(page, text, role, rendered, heading_lines_found)
        findings += self._references(page, rendered, locator)
        findings += self._footnotes(page, rendered, locator)
        findings += self._snippets(page, rendered, locator)
        findings += self._links(page, rendered, locator)
        findings += self._images(page, rendered, locator)
        findings += self._headings(page, rendered, heading_lines_found)
        findings += self._blocks(page, rendered, locator)
        for item in page.unsafe:
            line, col = locator.find(item.needle)
            findings.append(Finding(page.path, line, col, item.code, item.message, item.fix))
        return sort_findings(findings)

    # --- title ---

    def _title(self, page: _Page, text: str, role: Role, rendered: Rendered, lines) -> list[Finding]:
        """One title per page: front matter `title`, else the body's first H1, else the file name (page_meta)."""
        if role is Role.HOME:
            return []
        # the title the build shows, derived as the build derives it
        derived = page_meta.derive(page.front.meta, frontmatter.parse(text).body, page.doc_id)
        title = derived.title if derived.title_source is page_meta.TitleSource.FRONT_MATTER else ""
        h1 = [(h, where) for h, where in zip(rendered.headings, lines, strict=False) if h.level == 1]
        if title and h1:
            heading, (line, col) = h1[0]
            return [
                Finding(
                    page.path,
                    line,
                    col,
                    "HC114",
                    f"the page has a title in front matter ('{title[:60]}') and a '# {heading.text[:60]}' heading; "
                    "readers see two titles",
                    "remove the '# ...' line (the title comes from 'title:'), or make it a '##' heading",
                    Severity.WARNING,
                )
            ]
        if not title and len(h1) > 1:
            heading, (line, col) = h1[1]
            return [
                Finding(
                    page.path,
                    line,
                    col,
                    "HC114",
                    f"a second '# {heading.text[:60]}' heading; the first '# ' heading is already the page's title",
                    "make it a '##' heading",
                    Severity.WARNING,
                )
            ]
        if derived.title_source is not page_meta.TitleSource.FILE_NAME or role is Role.ANNOUNCEMENT:
            return []  # an announcement without a title is HC101
        return [
            Finding(
                page.path,
                1,
                1,
                "HC113",
                f"the page has no title, so it is titled '{derived.title}' after its file name",
                "add 'title: ...' to the front matter, or a '# Heading' at the top of the body",
                Severity.INFO,
            )
        ]

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

    def _footnotes(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        for label in rendered.undefined_footnotes:
            line, col = locator.find(f"[^{label}]")
            out.append(
                Finding(
                    page.path,
                    line,
                    col,
                    "HC217",
                    f"footnote [^{label}] has no definition, so it renders as plain text",
                    f"add a line '[^{label}]: text of the note' at the end of the page, or remove the reference",
                )
            )
        return out

    def _blocks(self, page: _Page, rendered: Rendered, locator: Locator) -> list[Finding]:
        out = []
        for start in rendered.broken_blocks:
            line, col = locator.find(start[:40])
            marker = start[:3]
            out.append(
                Finding(
                    page.path,
                    line,
                    col,
                    "HC219",
                    f"'{start[:60]}' is not read as an admonition and shows as text (a title quote not closed?)",
                    f'write {marker} kind "Title" with both quotes (or {marker} kind alone), then the body '
                    "indented by 4 spaces",
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
            scheme = parts.scheme.lower()
            if scheme in ("http", "https") or (not scheme and parts.netloc):
                mixed = (
                    "it is mixed content on the https site (browsers block or flag it), and "
                    if scheme == "http"
                    else ""
                )
                out.append(
                    Finding(
                        page.path,
                        line,
                        col,
                        "HC218",
                        f"image '{src}' is loaded from another host: {mixed}the site's Content-Security-Policy "
                        "allows images from the site itself only",
                        f"save the image below docs/{page.language}/ and link it relatively",
                    )
                )
                continue
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
                        self._image_fix(page, target, image.markdown),
                    )
                )
        return out

    def _image_fix(self, page: _Page, target: str, markdown: bool) -> str:
        """The path that would resolve a missing image: a file of that name the site has (this language's, else
        the default language's, which readers of every language get), else where to add it."""
        name = PurePosixPath(target).name
        default = self.sources.default_language
        found = sorted(
            (lang != page.language, rel)
            for lang, rel in self.sources.assets
            if lang in (page.language, default) and PurePosixPath(rel).name == name
        )
        folder = posixpath.dirname(page.doc_id)
        if found:
            rel = found[0][1]
            copy = (
                ""
                if (page.language, rel) in self.sources.assets
                else f" (docs/{default}/{rel}, which {page.language} readers get too)"
            )
            relative = posixpath.relpath(rel, folder or ".")
            how = (
                f"![...]({relative})"
                if markdown
                else f'src="{relative}" in a Markdown image instead: ![...]({relative})'
            )
            return f"the site has {name} at {rel}{copy}: write {how}"
        where = posixpath.join(folder, name) if not markdown else target
        note = "" if markdown else " (an HTML <img> resolves against the page's URL; a Markdown image against its file)"
        return f"add the file as docs/{page.language}/{where} or docs/{default}/{where}, or fix the path{note}"

    def _headings(self, page: _Page, rendered: Rendered, lines: list[tuple[int, int]]) -> list[Finding]:
        out = []
        previous = 1  # the page title is the h1
        seen: dict[str, int] = {}
        translation = page.language != self.sources.default_language
        for heading, pinned, (line, col) in zip(rendered.headings, rendered.pinned, lines, strict=False):
            marks = "#" * heading.level

            def add(code, message, fix, severity=Severity.ERROR, line=line, col=col):
                out.append(Finding(page.path, line, col, code, message, fix, severity))

            if heading.level > previous + 1:
                add(
                    "HC208",
                    f"heading '{heading.text}' is level {heading.level} after level {previous}",
                    f"use {'#' * (previous + 1)} (level {previous + 1}) or add the missing level above it",
                )
            previous = heading.level
            if heading.id and heading.id in seen:
                add(
                    "HC216",
                    f"heading '{heading.text[:60]}' has the id '{heading.id}', like the heading on line "
                    f"{seen[heading.id]}; links reach only the first",
                    "give each heading its own { #id }",
                )
            elif heading.id:
                seen[heading.id] = line
            suggestion = suggested_id(heading.text)
            if pinned and heading.id and not ID_SLUG.fullmatch(heading.id):
                fixed = suggested_id(heading.id.replace("_", "-")) or suggestion
                add(
                    "HC215",
                    f"heading id '{heading.id}' is not lowercase ASCII words joined by hyphens",
                    f"write {{ #{fixed} }}" + (" (and the same id in every language)" if fixed else ""),
                    Severity.WARNING,
                )
            # the writers' guide pins the ## sections, the anchors readers and other pages link to
            elif not pinned and heading.level == 2 and self.rules.heading_ids_required:
                if translation:
                    fix = (
                        f"add the {{ #id }} of the same heading in docs/{self.sources.default_language}/"
                        f"{page.doc_id} at the end of the line"
                    )
                elif suggestion:
                    fix = f"end the line with {{ #{suggestion} }}; translations keep this id"
                else:
                    fix = "end the line with { #id }, lowercase ASCII words joined by hyphens; translations keep it"
                add(
                    "HC214",
                    f"heading '{marks} {heading.text[:60]}' has no explicit id, so links to it break when its text "
                    "changes or is translated",
                    fix,
                    Severity.WARNING,
                )
        return out


def _relative(doc_id: str, from_doc_id: str) -> str:
    return posixpath.relpath(doc_id, posixpath.dirname(from_doc_id) or ".")


def _anchor_fix(ids: set[str]) -> str:
    names = sorted(i for i in ids if not i.startswith(("fn:", "fnref:", "__")))
    if not names:
        return "link to the page without '#...', or add { #id } to the heading"
    shown = ", ".join(names[:8]) + (", ..." if len(names) > 8 else "")
    return f"use one of the page's ids: {shown}"
