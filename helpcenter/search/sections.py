"""Split an article's rendered HTML into sections at its h2/h3 headings, as plain text for the search index."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

SECTION_HEADINGS = {"h2", "h3"}
# never searchable: scripts, styles, diagram sources, Material's "¶" permalink anchors
SKIPPED_TAGS = {"script", "style", "svg", "template"}
SKIPPED_CLASSES = {"headerlink", "hc-mermaid"}
# text on either side of these is never one word
BLOCK_TAGS = {"p", "li", "td", "th", "div", "pre", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}


@dataclass
class Section:
    anchor: str  # heading id; "" for the text before the first heading
    heading: str
    text: str = ""


@dataclass
class _Open:
    tag: str
    skipped: bool


class _SectionParser(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.sections: list[Section] = []
        self._chunks: list[list[str]] = [[]]
        self._stack: list[_Open] = []
        self._heading: tuple[str, list[str]] | None = None
        self._heading_depth = 0

    def _skipping(self) -> bool:
        return any(o.skipped for o in self._stack)

    def handle_starttag(self, tag, attrs):
        if tag in VOID_TAGS:
            self._chunks[-1].append(" " if tag == "br" else "")
            return
        attributes = dict(attrs)
        classes = set((attributes.get("class") or "").split())
        skipped = tag in SKIPPED_TAGS or bool(classes & SKIPPED_CLASSES)
        self._stack.append(_Open(tag, skipped))
        if tag in SECTION_HEADINGS and attributes.get("id") and not self._skipping():
            self._heading = (attributes["id"], [])
            self._heading_depth = len(self._stack)
        elif tag in BLOCK_TAGS:
            self._chunks[-1].append(" ")

    def handle_endtag(self, tag):
        if tag in VOID_TAGS:
            return
        # tolerate stray end tags: pop up to the matching start tag, if there is one
        for depth in range(len(self._stack) - 1, -1, -1):
            if self._stack[depth].tag == tag:
                del self._stack[depth:]
                break
        else:
            return
        if self._heading is not None and len(self._stack) < self._heading_depth:
            anchor, parts = self._heading
            self.sections.append(Section(anchor, _squash("".join(parts))))
            self._chunks.append([])
            self._heading = None
        elif tag in BLOCK_TAGS:
            self._chunks[-1].append(" ")

    def handle_data(self, data):
        if self._skipping():
            return
        if self._heading is not None:
            self._heading[1].append(data)
        else:
            self._chunks[-1].append(data)


def _squash(text: str) -> str:
    return " ".join(text.split())


def split_sections(html: str, intro_heading: str) -> list[Section]:
    """The intro (anchor "", headed by the article title), then one section per h2/h3 with an id."""
    parser = _SectionParser()
    parser.feed(html)
    parser.close()
    sections = [Section("", intro_heading), *parser.sections]
    for section, chunks in zip(sections, parser._chunks, strict=False):
        section.text = _squash("".join(chunks))
    return [s for s in sections if s.anchor == "" or s.text or s.heading]


@dataclass
class ArticleRecord:
    """What the index needs of one rendered article: plain, JSON-ready data."""

    doc_id: str
    url: str
    title: str
    description: str
    category_id: str
    category_title: str
    category_url: str
    category_rank: int
    updated: str
    tags: list[str]
    promoted: bool
    sections: list[dict] = field(default_factory=list)
