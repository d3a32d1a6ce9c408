"""Headings of a Markdown page, and the heading ids a writer pinned with ``{ #id }``, read with the site's own
Markdown extensions, so that ids are what readers get."""

from __future__ import annotations

from dataclasses import dataclass

import markdown

from helpcenter.content import frontmatter

HEADING_TAGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}


@dataclass
class Heading:
    level: int
    id: str
    text: str


class ExplicitIdsTreeprocessor(markdown.treeprocessors.Treeprocessor):
    """Runs after attr_list (priority 8) and before toc (5): headings with an id now have a pinned one."""

    def __init__(self, md, owner: ExplicitIdsExtension):
        super().__init__(md)
        self.owner = owner

    def run(self, root):
        self.owner.last_ids = tuple(el.get("id") for el in root.iter() if el.tag in HEADING_TAGS and el.get("id"))


class ExplicitIdsExtension(markdown.Extension):
    """Records the explicit heading ids of the page rendered last as ``last_ids``.

    MkDocs renders pages one at a time, so a hook reads ``last_ids`` in on_page_content, right after the page it
    belongs to was converted. Markdown.reset() empties it: an empty body runs no processor at all, and one
    instance renders many pages (helpcenter/adapter/markdown_page.py, ExplicitIdsReader).
    """

    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        self.last_ids: tuple[str, ...] = ()

    def extendMarkdown(self, md):  # noqa: N802 - Python-Markdown's API name
        md.registerExtension(self)
        self.reset()
        md.treeprocessors.register(ExplicitIdsTreeprocessor(md, self), "hc_explicit_ids", 6)

    def reset(self) -> None:
        self.last_ids = ()


class ExplicitIdsReader:
    """The pinned heading ids of whole files (front matter included), outside a build: the same extension the
    build's helpcenter/adapter/steps/translations.py uses, in one Markdown instance with the site's extensions."""

    def __init__(self, extensions: list, extension_configs: dict):
        self._ids = ExplicitIdsExtension()
        self._md = markdown.Markdown(extensions=[*extensions, self._ids], extension_configs=extension_configs)
        if "snippet" in self._md.preprocessors:
            # ids only: a missing snippet is the page check's finding (HC211), not a reason to stop reading
            self._md.preprocessors["snippet"].check_paths = False

    def read(self, text: str) -> tuple[str, ...]:
        return self.read_both(text)[0]

    def read_both(self, text: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """(pinned ids, automatic ids) of a file's headings."""
        self._md.reset()
        self._md.convert(frontmatter.parse(text).body)
        explicit = self._ids.last_ids
        return explicit, automatic_ids(toc_ids(getattr(self._md, "toc_tokens", [])), explicit)


def toc_ids(toc) -> tuple[str, ...]:
    """Every heading id of a page's table of contents (MkDocs' TableOfContents, or Python-Markdown's toc_tokens)."""
    ids: list[str] = []
    stack = list(toc or [])[::-1]
    while stack:
        item = stack.pop()
        item_id = item.get("id") if isinstance(item, dict) else getattr(item, "id", None)
        children = item.get("children") if isinstance(item, dict) else getattr(item, "children", None)
        if item_id:
            ids.append(item_id)
        stack.extend(list(children or [])[::-1])
    return tuple(ids)


def automatic_ids(all_ids: tuple[str, ...], explicit_ids: tuple[str, ...]) -> tuple[str, ...]:
    """The ids the toc made from heading text: all of them less those pinned with { #id }."""
    pinned = set(explicit_ids)
    return tuple(i for i in all_ids if i not in pinned)
