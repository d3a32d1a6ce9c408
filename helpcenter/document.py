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


AUTO_ID_MARKER = "hc-auto-id"


def _mark_auto_id(value: str, separator: str) -> str:
    # ids the toc extension invents get this marker; ids a writer pinned with { #id } keep their value
    return AUTO_ID_MARKER


def explicit_ids_reader(extensions: list, extension_configs: dict) -> OutlineReader:
    """An OutlineReader whose headings carry an id only when the writer pinned one with ``{ #id }``."""
    configs = {name: dict(options) for name, options in extension_configs.items()}
    configs.setdefault("toc", {})["slugify"] = _mark_auto_id
    if "toc" not in extensions:
        extensions = [*extensions, "toc"]
    return OutlineReader(extensions, configs)


def explicit_heading_ids(outline: Outline) -> tuple[str, ...]:
    return tuple(h.id for h in outline.headings if h.id and not h.id.startswith(AUTO_ID_MARKER))


class ExplicitIdsTreeprocessor(markdown.treeprocessors.Treeprocessor):
    """Runs after attr_list (priority 8) and before toc (5): headings with an id now have a pinned one."""

    def __init__(self, md, owner: ExplicitIdsExtension):
        super().__init__(md)
        self.owner = owner

    def run(self, root):
        self.owner.last_ids = tuple(el.get("id") for el in root.iter() if el.tag in HEADING_TAGS and el.get("id"))


class ExplicitIdsExtension(markdown.Extension):
    """Records the explicit heading ids of the page rendered last as ``last_ids``.

    MkDocs renders pages one at a time and creates a Markdown instance per page, so a hook reads ``last_ids``
    in on_page_content, right after the page it belongs to was converted.
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.last_ids: tuple[str, ...] = ()

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's API name
        self.last_ids = ()
        md.treeprocessors.register(ExplicitIdsTreeprocessor(md, self), "hc_explicit_ids", 6)
