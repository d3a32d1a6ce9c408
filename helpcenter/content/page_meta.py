"""What a page says about itself when its front matter is silent: imported documentation has none.

The title comes from front matter, else the body's first ``# H1``, else the file name; the description from front
matter, else the first paragraph; the date of the last change from ``updated``, else ``date``. Pure: Markdown text
in, plain data out. The body is rendered only when the front matter lacks a title or a description.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import StrEnum
from pathlib import PurePosixPath

import markdown

from helpcenter.content.html_tree import parse, text_of

DESCRIPTION_LIMIT = 160  # the schema's maxLength for description (helpcenter/content/validation/schema.py)


class TitleSource(StrEnum):
    FRONT_MATTER = "front matter"
    HEADING = "heading"  # the body's first H1, which the page then shows once, as its title
    FILE_NAME = "file name"


@dataclass(frozen=True)
class DerivedMeta:
    title: str
    title_source: TitleSource
    description: str
    updated: dt.date | None


@dataclass(frozen=True)
class BodyOutline:
    first_h1: str | None  # text of the first level-1 heading, if any
    first_paragraph: str  # text of the first paragraph, whitespace folded


def _text(value) -> str:
    return str(value).strip() if isinstance(value, str | int | float) and not isinstance(value, bool) else ""


def outline(body: str) -> BodyOutline:
    """The first H1 and first paragraph of a Markdown body, read by Python-Markdown with fenced code only: what
    any Markdown page means by a heading and a paragraph (a '# comment' in a code fence is neither)."""
    html = markdown.markdown(body, extensions=["fenced_code"])
    tree = parse(html)
    h1 = tree.css_first("h1")
    paragraph = tree.css_first("p")
    return BodyOutline(
        first_h1=" ".join(text_of(h1).split()) if h1 is not None else None,
        first_paragraph=" ".join(text_of(paragraph).split()) if paragraph is not None else "",
    )


def title_from_file_name(doc_id: str) -> str:
    """``getting-started/open_an-account.md`` -> ``Open an account``; a folder's index.md is named by its folder."""
    path = PurePosixPath(doc_id)
    stem = path.parent.name if path.stem == "index" and path.parent.name else path.stem
    words = stem.replace("_", " ").replace("-", " ").split()
    text = " ".join(words) or stem
    return text[:1].upper() + text[1:]


def shorten(text: str, limit: int = DESCRIPTION_LIMIT) -> str:
    """At most ``limit`` characters, cut at a word and marked with an ellipsis."""
    if len(text) <= limit:
        return text
    cut = text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:.")
    return (cut or text[: limit - 1]) + "…"


def date_or_none(value) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.date.fromisoformat(value.strip())
        except ValueError:
            return None
    return None


def derive(meta: dict, body: str, doc_id: str) -> DerivedMeta:
    meta = meta if isinstance(meta, dict) else {}
    title, description = _text(meta.get("title")), _text(meta.get("description"))
    found = outline(body) if not title or not description else BodyOutline(None, "")
    if title:
        source = TitleSource.FRONT_MATTER
    elif found.first_h1:
        title, source = found.first_h1, TitleSource.HEADING
    else:
        title, source = title_from_file_name(doc_id), TitleSource.FILE_NAME
    if not description:
        description = shorten(found.first_paragraph)
    updated = date_or_none(meta.get("updated")) or date_or_none(meta.get("date"))
    return DerivedMeta(title=title, title_source=source, description=description, updated=updated)


def without_first_h1(html: str) -> str:
    """Rendered page content without its first ``<h1>``: the page shows that heading once, as its title."""
    tree = parse(html)
    heading = tree.css_first("h1")
    if heading is None or tree.body is None:
        return html
    heading.decompose()
    return tree.body.inner_html.lstrip("\n")
