"""Rendered page HTML read with one fast HTML5 parse (lexbor, through selectolax).

A build reads each page several times over (sanitizer inventories, unsafe-markup scan, lead paragraph); lexbor does
it in a fraction of html.parser's time (the figures: README, How the build stays linear).
"""

from __future__ import annotations

from collections.abc import Iterator

from selectolax.lexbor import LexborHTMLParser, LexborNode

# the parser always creates these; in page content they only ever carry attributes a writer tried to put on them
DOCUMENT_TAGS = frozenset({"html", "head", "body"})
# lexbor's names for nodes that are not elements
_NOT_ELEMENTS = frozenset({"-text", "-comment", "-doctype", "-undef", "-document"})

Attributes = dict[str, str]


def parse(html: str) -> LexborHTMLParser:
    """A whole document, as a browser would build it around the fragment (so stray <body onload> lands on <body>)."""
    return LexborHTMLParser(html)


def elements(html: str) -> Iterator[tuple[str, Attributes]]:
    """(tag, attributes) of every element in document order; a bare attribute has the value ''."""
    return elements_of(parse(html))


def elements_of(tree: LexborHTMLParser) -> Iterator[tuple[str, Attributes]]:
    """``elements`` of a document already parsed (for callers that read it in other ways too)."""
    root = tree.root
    if root is None:
        return
    for node in root.traverse(include_text=False):
        tag = node.tag
        if tag in _NOT_ELEMENTS:
            continue
        yield tag, {name: value or "" for name, value in node.attributes.items()}


def text_of(node: LexborNode) -> str:
    return node.text(deep=True, separator="")
