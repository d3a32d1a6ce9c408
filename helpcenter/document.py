"""The outline of a Markdown page (headings with ids, links, images, diagrams), read from the HTML that
Python-Markdown renders with the site's own extensions, so that ids and links are what readers get."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

import markdown

from helpcenter import frontmatter

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
DIAGRAM_CLASS = "hc-mermaid"


@dataclass
class Heading:
    level: int
    id: str
    text: str


@dataclass
class Outline:
    meta: dict
    headings: list[Heading] = field(default_factory=list)
    links: list[str] = field(default_factory=list)
    images: list[str] = field(default_factory=list)
    diagrams: int = 0


class _OutlineParser(HTMLParser):
    def __init__(self, outline: Outline):
        super().__init__()
        self.outline = outline
        self._heading: Heading | None = None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag in HEADING_TAGS:
            self._heading = Heading(HEADING_TAGS[tag], a.get("id") or "", "")
        elif tag == "a" and a.get("href") and "headerlink" not in (a.get("class") or ""):
            self.outline.links.append(a["href"])
        elif tag == "img" and a.get("src"):
            self.outline.images.append(a["src"])
        elif tag == "pre" and DIAGRAM_CLASS in (a.get("class") or "").split():
            self.outline.diagrams += 1

    def handle_data(self, data):
        if self._heading is not None:
            self._heading.text += data

    def handle_endtag(self, tag):
        if tag in HEADING_TAGS and self._heading is not None:
            self._heading.text = self._heading.text.strip()
            self.outline.headings.append(self._heading)
            self._heading = None


class OutlineReader:
    """Reads outlines with one Markdown configuration (the site's ``markdown_extensions``)."""

    def __init__(self, extensions: list, extension_configs: dict):
        self._md = markdown.Markdown(extensions=extensions, extension_configs=extension_configs)

    def read(self, text: str) -> Outline:
        fm = frontmatter.parse(text)
        self._md.reset()
        outline = Outline(meta=fm.meta)
        _OutlineParser(outline).feed(self._md.convert(fm.body))
        return outline
