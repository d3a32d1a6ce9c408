"""One Markdown source file read for checking: front matter with line numbers, and the body rendered with the
site's own Markdown extensions into an inventory of headings, ids, links, images and reference misses."""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
import yaml
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_REFERENCE_RE,
    REFERENCE_RE,
    ImageReferenceInlineProcessor,
    ReferenceInlineProcessor,
)
from markdown.treeprocessors import Treeprocessor

from helpcenter import frontmatter
from helpcenter.document import HEADING_TAGS, Heading

# set on links and images Python-Markdown made from Markdown syntax; raw HTML ones lack it (MkDocs rewrites only
# the former, so a raw HTML link must already be a site URL)
MARKDOWN_MARK = "data-hc-markdown"


class _NoDatesLoader(yaml.SafeLoader):
    """Keeps impossible dates such as 2026-13-01 as text, so they are reported instead of crashing the parse."""


_NoDatesLoader.yaml_implicit_resolvers = {
    first: [(tag, regexp) for tag, regexp in resolvers if tag != "tag:yaml.org,2002:timestamp"]
    for first, resolvers in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


@dataclass
class ParsedFrontMatter:
    meta: dict
    body: str
    body_line: int
    key_lines: dict[str, int]
    item_lines: dict[str, list[int]]
    error: tuple[int, int, str] | None


def _block(text: str) -> str | None:
    lines = text.lstrip("\ufeff").split("\n")
    if not lines or lines[0].rstrip() != frontmatter.FENCE:
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].rstrip() in (frontmatter.FENCE, "...")), None)
    return None if end is None else "\n".join(lines[1:end])


def parse_front_matter(text: str) -> ParsedFrontMatter:
    """helpcenter.frontmatter.parse, plus the line of each list item and no crash on impossible dates."""
    try:
        fm = frontmatter.parse(text)
        meta, error = fm.meta, fm.error
    except ValueError:  # PyYAML's date constructor raises ValueError (not YAMLError) for 2026-13-01
        fm = frontmatter.FrontMatter(meta={}, body=text, body_line=1)
        block = _block(text) or ""
        lines = text.lstrip("\ufeff").split("\n")
        fm.body_line = block.count("\n") + 4
        fm.body = "\n".join(lines[fm.body_line - 1 :])
        meta, error = yaml.load(block, Loader=_NoDatesLoader) or {}, None
    key_lines = dict(fm.key_lines)
    item_lines: dict[str, list[int]] = {}
    block = _block(text)
    if block is not None and error is None:
        node = yaml.compose(block, Loader=yaml.SafeLoader)
        if isinstance(node, yaml.MappingNode):
            for key_node, value_node in node.value:
                key_lines[str(key_node.value)] = key_node.start_mark.line + 2
                if isinstance(value_node, yaml.SequenceNode):
                    item_lines[str(key_node.value)] = [item.start_mark.line + 2 for item in value_node.value]
    return ParsedFrontMatter(meta, fm.body, fm.body_line, key_lines, item_lines, error)


# --- rendering ------------------------------------------------------------------------------------------------


class _Record:
    def __init__(self):
        self.undefined_references: list[tuple[str, str]] = []  # (link text, reference id)
        self.snippets: list[tuple[str, str | None, list[str]]] = []  # (requested, resolved, candidate paths)


class _RecordsUndefined:
    """Python-Markdown leaves ``[text][missing]`` as literal text; remember each such miss."""

    record: _Record

    def handleMatch(self, m, data):  # noqa: N802 - Python-Markdown's name
        element, start, end = super().handleMatch(m, data)
        if element is None and start is not None:
            text, index, _ = self.getText(data, m.end(0))
            reference, _, _ = self.evalId(data, index, text)
            self.record.undefined_references.append((text, reference))
        return element, start, end


class _Reference(_RecordsUndefined, ReferenceInlineProcessor):
    pass


class _ImageReference(_RecordsUndefined, ImageReferenceInlineProcessor):
    pass


class _MarkMarkdownLinks(Treeprocessor):
    def run(self, root):
        for element in root.iter():
            if element.tag in ("a", "img"):
                element.set(MARKDOWN_MARK, "1")


class _CheckExtension(Extension):
    def __init__(self, record: _Record):
        super().__init__()
        self.record = record

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        for name, cls, pattern in (
            ("reference", _Reference, REFERENCE_RE),
            ("image_reference", _ImageReference, IMAGE_REFERENCE_RE),
        ):
            priority = next(item.priority for item in md.inlinePatterns._priority if item.name == name)
            processor = cls(pattern, md)
            processor.record = self.record
            md.inlinePatterns.register(processor, name, priority)
        # after toc (5) added its permalinks, which are not the writer's links
        md.treeprocessors.register(_MarkMarkdownLinks(md), "hc_mark_markdown_links", 1)


@dataclass
class Link:
    href: str
    text: str
    markdown: bool


@dataclass
class Image:
    src: str
    alt: str | None
    markdown: bool


@dataclass
class Rendered:
    html: str
    ids: set[str] = field(default_factory=set)
    headings: list[Heading] = field(default_factory=list)
    links: list[Link] = field(default_factory=list)
    images: list[Image] = field(default_factory=list)
    undefined_references: list[tuple[str, str]] = field(default_factory=list)
    snippets: list[tuple[str, str | None, list[str]]] = field(default_factory=list)
    snippet_error: str = ""


class _Inventory(HTMLParser):
    def __init__(self, rendered: Rendered):
        super().__init__(convert_charrefs=True)
        self.r = rendered
        self._heading: Heading | None = None
        self._link: tuple[Link, dict] | None = None

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.handle_endtag(tag)

    def handle_starttag(self, tag, attrs):
        a = {name: value or "" for name, value in attrs}
        if a.get("id"):
            self.r.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.r.ids.add(a["name"])
        if tag in HEADING_TAGS:
            self._heading = Heading(HEADING_TAGS[tag], a.get("id", ""), "")
        elif tag == "a" and "headerlink" not in a.get("class", "").split():
            link = Link(a.get("href", ""), a.get("aria-label", "") or a.get("title", ""), MARKDOWN_MARK in a)
            self._link = (link, a)
        elif tag == "img":
            self.r.images.append(Image(a.get("src", ""), a.get("alt"), MARKDOWN_MARK in a))
            if self._link is not None:
                self._link[0].text += a.get("alt", "")

    def handle_data(self, data):
        if self._heading is not None:
            self._heading.text += data
        if self._link is not None:
            self._link[0].text += data

    def handle_endtag(self, tag):
        if tag in HEADING_TAGS and self._heading is not None:
            self._heading.text = self._heading.text.replace("\u00b6", "").strip()
            self.r.headings.append(self._heading)
            self._heading = None
        elif tag == "a" and self._link is not None:
            link, attrs = self._link
            link.text = link.text.strip()
            if "href" in attrs:
                self.r.links.append(link)
            self._link = None


class Renderer:
    """Python-Markdown with the site's extensions plus the recorder; one instance renders many files in turn."""

    def __init__(self, extensions: list, extension_configs: dict):
        self._record = _Record()
        self._md = markdown.Markdown(
            extensions=[*extensions, _CheckExtension(self._record)], extension_configs=extension_configs
        )
        # Python-Markdown's Registry has no .get()
        self._snippets = self._md.preprocessors["snippet"] if "snippet" in self._md.preprocessors else None  # noqa: SIM401
        if self._snippets is not None:
            original = self._snippets.get_snippet_path

            def recording_get_snippet_path(path):
                resolved = original(path)
                bases = getattr(self._snippets, "base_path", [])
                candidates = [os.path.abspath(os.path.join(base, path)) for base in bases]
                self._record.snippets.append((path, resolved, candidates))
                return resolved

            self._snippets.get_snippet_path = recording_get_snippet_path

    def render(self, body: str) -> Rendered:
        self._record.undefined_references.clear()
        self._record.snippets.clear()
        self._md.reset()
        error = ""
        try:
            html = self._md.convert(body)
        except Exception as exc:  # pymdownx.snippets raises SnippetMissingError with check_paths
            if self._snippets is None or type(exc).__name__ != "SnippetMissingError":
                raise
            error = str(exc)
            # render the rest of the page as the build would without the failing snippet
            self._snippets.check_paths = False
            self._record.undefined_references.clear()
            self._record.snippets.clear()
            try:
                self._md.reset()
                html = self._md.convert(body)
            finally:
                self._snippets.check_paths = True
        rendered = Rendered(
            html=html,
            undefined_references=list(self._record.undefined_references),
            snippets=list(self._record.snippets),
            snippet_error=error,
        )
        parser = _Inventory(rendered)
        parser.feed(html)
        parser.close()
        return rendered


class Locator:
    """Finds the line and column of text in a source file, from its body on; repeated needles advance in order."""

    def __init__(self, text: str, body_line: int):
        self.lines = text.split("\n")
        self.body_line = body_line
        self._next: dict[str, tuple[int, int]] = {}

    def find(self, needle: str) -> tuple[int, int]:
        return self.locate(needle) or (self.body_line, 1)

    def locate(self, needle: str) -> tuple[int, int] | None:
        """Like find, but None when the text is not in the source at all."""
        needle_folded = needle.casefold()
        if not needle_folded:
            return None
        start_line, start_col = self._next.get(needle_folded, (self.body_line, 0))
        for number in range(start_line, len(self.lines) + 1):
            line = self.lines[number - 1].casefold()
            col = line.find(needle_folded, start_col if number == start_line else 0)
            if col >= 0:
                self._next[needle_folded] = (number, col + 1)
                return number, col + 1
        return self._next.get(needle_folded)  # more occurrences than in the source: stay on the last one
