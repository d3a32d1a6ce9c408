"""One Markdown source file read for checking: the body rendered with the site's own Markdown extensions into an
inventory of headings, ids, links, images and reference misses (front matter: helpcenter.content.frontmatter.parse)."""

from __future__ import annotations

import html as html_lib
import os
import re
from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown
from markdown import util
from markdown.extensions import Extension
from markdown.inlinepatterns import (
    IMAGE_REFERENCE_RE,
    REFERENCE_RE,
    ImageReferenceInlineProcessor,
    ReferenceInlineProcessor,
)
from markdown.preprocessors import Preprocessor
from markdown.treeprocessors import Treeprocessor

from helpcenter.content.document import HEADING_TAGS, Heading

# --- rendering ------------------------------------------------------------------------------------------------


@dataclass
class Link:
    href: str
    text: str
    markdown: bool  # made from Markdown syntax (MkDocs rewrites its target); False for raw HTML


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
    # per heading (same order as ``headings``): whether the writer gave its id ({ #id }, or id= in raw HTML)
    pinned: list[bool] = field(default_factory=list)
    # labels of footnote references [^label] with no definition (Python-Markdown leaves them as text)
    undefined_footnotes: list[str] = field(default_factory=list)
    # paragraphs that begin like an admonition or details block but were not read as one (an unclosed quote)
    broken_blocks: list[str] = field(default_factory=list)


class _InventoryBuilder:
    """Headings, ids, links and images of a page, fed one element at a time in document order."""

    def __init__(self, rendered: Rendered):
        self.r = rendered
        self._heading: Heading | None = None
        self._pinned = False
        self._link: tuple[Link, dict] | None = None

    def start(self, tag: str, attrs: dict[str, str], markdown: bool, pinned: bool | None = None) -> None:
        a = attrs
        if a.get("id"):
            self.r.ids.add(a["id"])
        if tag == "a" and a.get("name"):
            self.r.ids.add(a["name"])
        if tag in HEADING_TAGS:
            self._heading = Heading(HEADING_TAGS[tag], a.get("id", ""), "")
            self._pinned = bool(a.get("id")) if pinned is None else pinned
        elif tag == "a" and "headerlink" not in a.get("class", "").split():
            self._link = (Link(a.get("href", ""), a.get("aria-label", "") or a.get("title", ""), markdown), a)
        elif tag == "img":
            self.r.images.append(Image(a.get("src", ""), a.get("alt"), markdown))
            if self._link is not None:
                self._link[0].text += a.get("alt", "")

    def data(self, text: str) -> None:
        if self._heading is not None:
            self._heading.text += text
        if self._link is not None:
            self._link[0].text += text

    def end(self, tag: str) -> None:
        if tag in HEADING_TAGS and self._heading is not None:
            self._heading.text = self._heading.text.replace("\u00b6", "").strip()
            self.r.headings.append(self._heading)
            self.r.pinned.append(self._pinned)
            self._heading = None
        elif tag == "a" and self._link is not None:
            link, attrs = self._link
            link.text = link.text.strip()
            if "href" in attrs:
                self.r.links.append(link)
            self._link = None


class _RawHtml(HTMLParser):
    """Raw HTML a writer typed (Python-Markdown stashes it): fed to the builder as non-Markdown elements."""

    def __init__(self, builder: _InventoryBuilder):
        super().__init__(convert_charrefs=True)
        self.builder = builder

    def handle_startendtag(self, tag, attrs):
        self.handle_starttag(tag, attrs)
        if tag == "a":
            self.builder.end(tag)

    def handle_starttag(self, tag, attrs):
        self.builder.start(tag, {name: value or "" for name, value in attrs}, markdown=False)

    def handle_data(self, data):
        self.builder.data(data)

    def handle_endtag(self, tag):
        self.builder.end(tag)


_STASH_PLACEHOLDER = re.compile(util.HTML_PLACEHOLDER % r"(\d+)")
_ESCAPED_CHARACTER = re.compile(f"{util.STX}(\\d+){util.ETX}")


def _plain(text: str) -> str:
    """Tree text as a reader sees it: backslash escapes and entities resolved (the postprocessors do that later)."""
    text = _ESCAPED_CHARACTER.sub(lambda m: chr(int(m.group(1))), text).replace(util.AMP_SUBSTITUTE, "&")
    return html_lib.unescape(text) if "&" in text else text


class _Inventory(Treeprocessor):
    """Reads the finished element tree (after toc gave headings their ids, before MkDocs rewrites link targets)."""

    def __init__(self, md, record: _Record):
        super().__init__(md)
        self.record = record

    def run(self, root):
        builder = _InventoryBuilder(self.record.rendered)
        self._text(root.text, builder)
        for child in root:
            self._element(child, builder, markdown=True)
            self._text(child.tail, builder)

    def _element(self, element, builder: _InventoryBuilder, markdown: bool) -> None:
        if not isinstance(element.tag, str):  # a comment or processing instruction
            return
        pinned = id(element) in self.record.pinned if markdown and element.tag in HEADING_TAGS else None
        if element.tag == "p" and markdown and (element.text or "").lstrip().startswith(("!!!", "???")):
            self.record.rendered.broken_blocks.append(_plain(element.text.strip().split("\n", 1)[0]))
        builder.start(element.tag, {k: v or "" for k, v in element.attrib.items()}, markdown, pinned)
        self._text(element.text, builder)
        for child in element:
            self._element(child, builder, markdown)
            self._text(child.tail, builder)
        builder.end(element.tag)

    def _text(self, text: str | None, builder: _InventoryBuilder) -> None:
        if not text:
            return
        last = 0
        for match in _STASH_PLACEHOLDER.finditer(text):
            builder.data(_plain(text[last : match.start()]))
            self._stashed(int(match.group(1)), builder)
            last = match.end()
        builder.data(_plain(text[last:]))

    def _stashed(self, number: int, builder: _InventoryBuilder) -> None:
        blocks = self.md.htmlStash.rawHtmlBlocks
        if number >= len(blocks):
            return
        block = blocks[number]
        if not isinstance(block, str):  # an element an extension stashed; MkDocs does not rewrite it
            self._element(block, builder, markdown=False)
            return
        parser = _RawHtml(builder)
        last = 0
        for match in _STASH_PLACEHOLDER.finditer(block):  # stashed HTML can hold further placeholders
            parser.feed(block[last : match.start()])
            self._stashed(int(match.group(1)), builder)
            last = match.end()
        parser.feed(block[last:])
        parser.close()


class _Record:
    """What the extension learned about the page it rendered last."""

    def __init__(self):
        self.rendered = Rendered(html="")
        self.pinned: set[int] = set()  # the heading elements that had an id before toc gave the others one

    def reset(self) -> None:
        self.rendered = Rendered(html="")
        self.pinned = set()


class _Pinned(Treeprocessor):
    """Runs after attr_list (8) and before toc (5): a heading that has an id now got it from the writer."""

    def __init__(self, md, record: _Record):
        super().__init__(md)
        self.record = record

    def run(self, root):
        self.record.pinned = {id(el) for el in root.iter() if el.tag in HEADING_TAGS and el.get("id")}


class _RecordsUndefined:
    """Python-Markdown leaves ``[text][missing]`` as literal text; remember each such miss."""

    record: _Record

    def handleMatch(self, m, data):  # noqa: N802 - Python-Markdown's name
        element, start, end = super().handleMatch(m, data)
        if element is None and start is not None:
            text, index, _ = self.getText(data, m.end(0))
            reference, _, _ = self.evalId(data, index, text)
            self.record.rendered.undefined_references.append((text, reference))
        return element, start, end


class _Reference(_RecordsUndefined, ReferenceInlineProcessor):
    pass


class _ImageReference(_RecordsUndefined, ImageReferenceInlineProcessor):
    pass


class _Reset(Preprocessor):
    def __init__(self, md, record: _Record):
        super().__init__(md)
        self.record = record

    def run(self, lines):
        self.record.reset()
        return lines


class InventoryExtension(Extension):
    """Records each rendered page's headings, ids, links, images, undefined references and snippets.

    The build adds it to MkDocs' own Markdown, so every page is rendered once, for the site and the checks alike.
    ``tolerate_missing_snippets``: the checks report a missing snippet (HC211) with its file and line, instead of
    pymdownx.snippets stopping the build with a traceback.
    """

    def __init__(self, tolerate_missing_snippets: bool = False):
        super().__init__()
        self.record = _Record()
        self.tolerate_missing_snippets = tolerate_missing_snippets

    def take(self, html: str) -> Rendered:
        """The record of the page just rendered, with its final HTML."""
        rendered = self.record.rendered
        rendered.html = html
        self.record.reset()
        return rendered

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's name
        md.preprocessors.register(_Reset(md, self.record), "hc_inventory_reset", 1000)
        for name, cls, pattern in (
            ("reference", _Reference, REFERENCE_RE),
            ("image_reference", _ImageReference, IMAGE_REFERENCE_RE),
        ):
            priority = next(item.priority for item in md.inlinePatterns._priority if item.name == name)
            processor = cls(pattern, md)
            processor.record = self.record
            md.inlinePatterns.register(processor, name, priority)
        # after toc (5) gave headings ids and permalinks, before MkDocs (0) rewrites the writer's link targets
        md.treeprocessors.register(_Pinned(md, self.record), "hc_inventory_pinned", 6)
        md.treeprocessors.register(_Inventory(md, self.record), "hc_inventory", 1)
        self._record_footnotes(md)
        self._record_snippets(md)

    def _record_footnotes(self, md) -> None:
        """A footnote reference without a definition stays as literal '[^x]' text: remember each one."""
        if "footnote" not in md.inlinePatterns:
            return
        processor = md.inlinePatterns["footnote"]
        if getattr(processor, "_hc_recording", False):
            return
        original = processor.handleMatch
        record = self.record

        def recording_handle_match(m, data):
            element, start, end = original(m, data)
            if element is None and start is None:
                record.rendered.undefined_footnotes.append(m.group(1))
            return element, start, end

        processor.handleMatch = recording_handle_match
        processor._hc_recording = True

    def _record_snippets(self, md) -> None:
        if "snippet" not in md.preprocessors:
            return
        snippets = md.preprocessors["snippet"]
        if self.tolerate_missing_snippets:
            snippets.check_paths = False
        original = snippets.get_snippet_path
        record = self.record

        def recording_get_snippet_path(path):
            resolved = original(path)
            bases = getattr(snippets, "base_path", [])
            candidates = [os.path.abspath(os.path.join(base, path)) for base in bases]
            record.rendered.snippets.append((path, resolved, candidates))
            return resolved

        snippets.get_snippet_path = recording_get_snippet_path


class Renderer:
    """Python-Markdown with the site's extensions plus the inventory; one instance renders many files in turn."""

    def __init__(self, extensions: list, extension_configs: dict):
        self._inventory = InventoryExtension()
        self._md = markdown.Markdown(extensions=[*extensions, self._inventory], extension_configs=extension_configs)
        # Python-Markdown's Registry has no .get()
        self._snippets = self._md.preprocessors["snippet"] if "snippet" in self._md.preprocessors else None  # noqa: SIM401

    def render(self, body: str) -> Rendered:
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
            try:
                self._md.reset()
                html = self._md.convert(body)
            finally:
                self._snippets.check_paths = True
        rendered = self._inventory.take(html)
        rendered.snippet_error = error
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
