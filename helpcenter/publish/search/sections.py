"""Split an article's rendered HTML into sections at its h2/h3 headings, as plain text for the search index."""

from __future__ import annotations

from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser

SECTION_HEADINGS = {"h2", "h3"}
# never searchable: scripts, styles, diagram sources, Material's "¶" permalink anchors
SKIPPED_TAGS = {"script", "style", "svg", "template", "-comment", "_comment"}
SKIPPED_CLASSES = {"headerlink", "hc-mermaid"}
# text on either side of these is never one word
BLOCK_TAGS = {"p", "li", "td", "th", "div", "pre", "dt", "dd", "h2", "h3", "h4", "h5", "h6", "tr", "table", "ul", "ol"}
TEXT_NODE = "-text"


@dataclass
class Section:
    anchor: str  # heading id; "" for the text before the first heading
    heading: str
    text: str = ""


class _Collector:
    """Text chunks per section while walking the parsed tree (lexbor: faster than html.parser, see the README's
    How the build stays linear)."""

    def __init__(self, intro_heading: str):
        self.sections = [Section("", intro_heading)]
        self.chunks: list[list[str]] = [[]]
        self.heading: list[str] | None = None
        self.target = self.chunks[-1]  # where text goes: the current section's chunks, or its heading

    def walk(self, node) -> None:
        child = node.child
        while child is not None:
            tag = child.tag
            if tag == TEXT_NODE:
                self.target.append(child.text_content or "")
            elif tag == "br":
                self.target.append(" ")
            elif tag in SKIPPED_TAGS or _skipped_class(child):
                pass
            elif tag in SECTION_HEADINGS and self.heading is None and (anchor := child.attributes.get("id")):
                self.heading = self.target = []
                self.walk(child)
                self.sections.append(Section(anchor, _squash("".join(self.heading))))
                self.heading = None
                self.chunks.append([])
                self.target = self.chunks[-1]
            else:
                block = tag in BLOCK_TAGS
                if block:
                    self.chunks[-1].append(" ")
                self.walk(child)
                if block:
                    self.chunks[-1].append(" ")
            child = child.next


def _skipped_class(node) -> bool:
    classes = node.attributes.get("class")
    return bool(classes and SKIPPED_CLASSES.intersection(classes.split()))


def _squash(text: str) -> str:
    return " ".join(text.split())


def split_sections(html: str, intro_heading: str) -> list[Section]:
    """The intro (anchor "", headed by the article title), then one section per h2/h3 with an id."""
    collector = _Collector(intro_heading)
    body = LexborHTMLParser(html).body
    if body is not None:
        collector.walk(body)
    for section, chunks in zip(collector.sections, collector.chunks, strict=True):
        section.text = _squash("".join(chunks))
    return [s for s in collector.sections if s.anchor == "" or s.text or s.heading]


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
