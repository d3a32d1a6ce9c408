"""Pages that render with one Markdown instance per language build instead of a new one per page.

MkDocs' ``Page.render`` builds a ``markdown.Markdown`` for every page: it imports, configures and registers every
extension again, about 4% of a build worker's time. Python-Markdown supports converting many documents with one
instance, calling ``reset()`` in between (every stateful extension here resets its state there). MkDocs 1.6 lets
a plugin give a file its own ``Page`` subclass in ``on_files`` (Material's blog plugin does); ``SharedMarkdownPage``
is MkDocs' own ``render`` with the instance taken from ``SharedMarkdown`` instead of built. Its ``read_source`` is
MkDocs' too, with the front matter loaded through helpcenter.content.frontmatter's cache (about 2% of a worker: the
catalog already loaded the same block). The shared instance also skips inline patterns on text they cannot match
(``speed_up``; README, "How the build stays linear", has the figures).

tests/publishing/test_demo_publishing.py builds the demo both ways and compares every file byte for byte;
tests/sites/test_markdown_page.py checks that no page's definitions reach the next page.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import markdown
from markdown import inlinepatterns, treeprocessors, util
from mkdocs.structure.pages import (
    Page,
    _ExtractAnchorsTreeprocessor,
    _ExtractTitleTreeprocessor,
    _RawHTMLPreprocessor,
    _RelativePathTreeprocessor,
    get_toc,
)
from mkdocs.utils import meta as mkdocs_meta

from helpcenter.adapter.page_guard import failure, page_path
from helpcenter.content.frontmatter import MAPPING, copy_data, load_block

log = logging.getLogger("mkdocs.structure.pages")


def page_data(doc: str) -> tuple[str, dict]:
    """MkDocs' ``mkdocs.utils.meta.get_data`` (the page's Markdown and meta), its YAML loaded through the cache of
    helpcenter.content.frontmatter: the catalog has read every page's front matter by the time MkDocs reads the page."""
    match = mkdocs_meta.YAML_RE.match(doc)
    if match is None:
        return mkdocs_meta.get_data(doc)  # MultiMarkdown-style meta: MkDocs' own reading
    try:
        loaded = load_block(match.group(1))
    except Exception:  # noqa: BLE001 - MkDocs ignores any failure to load the block, and so does its twin
        return doc, {}
    if loaded.kind != MAPPING:  # MkDocs keeps the block as text when it is not a mapping or does not load
        return doc, {}
    return doc[match.end() :].lstrip("\n"), copy_data(loaded.meta)


def fresh_markdown(config) -> markdown.Markdown:
    """What MkDocs does for every page: a new instance."""
    return markdown.Markdown(extensions=config["markdown_extensions"], extension_configs=config["mdx_configs"] or {})


# Python-Markdown's inline processor tries every inline pattern on every text of every page, one regular expression
# search each, most of them on text that cannot match: a link needs "[", a code span "`". Each pattern below is
# skipped on a text without one of the substrings every match holds (or needs right after it), which is what its
# search would have found: nothing. name -> (its expression in Python-Markdown 3.11, the substrings). A pattern with
# another expression (another version, an extension that replaced it) is always tried.
SKIPPABLE_PATTERNS: dict[str, tuple[str, tuple[str, ...]]] = {
    "backtick": (inlinepatterns.BACKTICK_RE, ("`",)),
    "escape": (inlinepatterns.ESCAPE_RE, ("\\",)),
    "footnote": (r"\[\^([^\]]*)\]", ("[^",)),
    "reference": (inlinepatterns.REFERENCE_RE, ("[",)),
    "link": (inlinepatterns.LINK_RE, ("[",)),
    "image_link": (inlinepatterns.IMAGE_LINK_RE, ("![",)),
    "image_reference": (inlinepatterns.IMAGE_REFERENCE_RE, ("![",)),
    "short_reference": (inlinepatterns.REFERENCE_RE, ("[",)),
    "short_image_ref": (inlinepatterns.IMAGE_REFERENCE_RE, ("![",)),
    "autolink": (inlinepatterns.AUTOLINK_RE, ("<",)),
    "automail": (inlinepatterns.AUTOMAIL_RE, ("<",)),
    "linebreak": (inlinepatterns.LINE_BREAK_RE, ("  \n",)),
    "html": (inlinepatterns.HTML_RE, ("<",)),
    "entity": (inlinepatterns.ENTITY_RE, ("&",)),
    "em_strong": (r"\*|_", ("*", "_")),
}
_APPLY_PATTERN = treeprocessors.InlineProcessor._InlineProcessor__applyPattern
_RUN = treeprocessors.InlineProcessor.run


class _SkippingInlineProcessor(treeprocessors.InlineProcessor):
    """Python-Markdown 3.11's InlineProcessor, which skips a pattern where its search could not match (above).

    ``__handleInline`` is upstream's loop over the patterns, with the patterns read from a list taken when the page's
    run starts (the registry's ``[i]`` sorts and checks types on each of some 15 reads per text) and the skip."""

    needed: dict[object, tuple[str, ...]]  # pattern -> the substrings, one of which every match holds
    ordered: list

    def run(self, tree, ancestors=None):
        self.ordered = list(self.inlinePatterns)  # in priority order, as the registry's [i] reads them
        return _RUN(self, tree, ancestors)

    def _InlineProcessor__handleInline(self, data, pattern_index=0):  # noqa: N802 - upstream's (mangled) name
        if not isinstance(data, util.AtomicString):
            start_index = 0
            ordered, needed = self.ordered, self.needed
            count = len(ordered)
            while pattern_index < count:
                pattern = ordered[pattern_index]
                substrings = needed.get(pattern)
                if substrings is not None:
                    for substring in substrings:
                        if substring in data:
                            break
                    else:  # what __applyPattern returns when its search found nothing
                        pattern_index += 1
                        start_index = 0
                        continue
                data, matched, start_index = _APPLY_PATTERN(self, pattern, data, pattern_index, start_index)
                if not matched:
                    pattern_index += 1
        return data


def skip_patterns_that_cannot_match(md: markdown.Markdown) -> list[str]:
    """Make ``md``'s inline processor skip SKIPPABLE_PATTERNS where they cannot match; return the names it skips
    (those ``md`` has with the recorded expression)."""
    try:
        inline = md.treeprocessors["inline"]
    except KeyError:
        return []
    if type(inline) not in (treeprocessors.InlineProcessor, _SkippingInlineProcessor):
        return []
    needed, skipped = {}, []
    for name, (expression, substrings) in SKIPPABLE_PATTERNS.items():
        if name in md.inlinePatterns:
            pattern = md.inlinePatterns[name]
            compiled = getattr(pattern, "compiled_re", None)
            if isinstance(compiled, re.Pattern) and compiled.pattern == expression:
                needed[pattern] = substrings
                skipped.append(name)
    inline.__class__ = _SkippingInlineProcessor
    inline.needed = needed
    inline.ordered = list(md.inlinePatterns)  # run() takes it again for each page
    return skipped


class BlockLevelElements(list):
    """Python-Markdown's ``block_level_elements`` list, which answers ``in`` from a set: ``Markdown.is_block_level``
    asks it for every element a page's tree processors visit, and a list reads its names one by one."""

    def __init__(self, names=()):
        super().__init__(names)
        self._members = frozenset(self)

    def __contains__(self, name) -> bool:
        return name in self._members

    def _changed(self) -> None:
        self._members = frozenset(self)


def _changes_members(name: str):
    method = getattr(list, name)

    def changed(self, *args):
        result = method(self, *args)  # list's += and *= return the list itself
        self._changed()
        return result

    changed.__name__ = name
    return changed


# every list method that can change which names it holds (sort and reverse only reorder them)
_CHANGES = (
    "append",
    "extend",
    "insert",
    "remove",
    "pop",
    "clear",
    "__setitem__",
    "__delitem__",
    "__iadd__",
    "__imul__",
)
for _name in _CHANGES:
    setattr(BlockLevelElements, _name, _changes_members(_name))


def speed_up(md: markdown.Markdown) -> list[str]:
    """The same conversions, faster: patterns skipped where they cannot match, block-level names in a set. Returns
    the names of the patterns skipped."""
    md.block_level_elements = BlockLevelElements(md.block_level_elements)
    return skip_patterns_that_cannot_match(md)


class SharedMarkdown:
    """One ``markdown.Markdown`` for a configuration's extensions, reset before each page."""

    def __init__(self):
        self._instance: markdown.Markdown | None = None
        self._extensions: list | None = None

    def clear(self) -> None:
        self._instance = self._extensions = None

    def for_page(self, config) -> markdown.Markdown:
        extensions = config["markdown_extensions"]
        # a step may replace the list between language builds (steps/validation.py swaps its extension in)
        if self._instance is None or self._extensions != extensions:
            self._extensions = list(extensions)
            self._instance = fresh_markdown(config)
            speed_up(self._instance)
        else:
            self._instance.reset()
        return self._instance


class SharedMarkdownPage(Page):
    """A page whose ``render`` is MkDocs 1.6's, with a shared Markdown instance."""

    def __init__(self, title, file, config, shared: SharedMarkdown):
        super().__init__(title, file, config)
        self._shared = shared

    def read_source(self, config) -> None:
        """MkDocs 1.6's ``Page.read_source`` with ``page_data`` for ``meta.get_data``."""
        source = config.plugins.on_page_read_source(page=self, config=config)
        if source is None:
            try:
                source = self.file.content_string
            except OSError:
                log.error(f"File not found: {self.file.src_path}")
                raise
            except ValueError:
                log.error(f"Encoding error reading file: {self.file.src_path}")
                raise
        self.markdown, self.meta = page_data(source)

    @staticmethod
    def _root(config) -> Path | None:
        return Path(config.config_file_path).resolve().parent if config.config_file_path else None

    def render(self, config, files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        md = self._shared.for_page(config)

        # MkDocs' per-page processors; registering under the same names replaces the previous page's
        raw_html_ext = _RawHTMLPreprocessor()
        raw_html_ext._register(md)
        extract_anchors_ext = _ExtractAnchorsTreeprocessor(self.file, files, config)
        extract_anchors_ext._register(md)
        relative_path_ext = _RelativePathTreeprocessor(self.file, files, config)
        relative_path_ext._register(md)
        extract_title_ext = _ExtractTitleTreeprocessor()
        extract_title_ext._register(md)

        try:
            self.content = md.convert(self.markdown)
        except Exception as exc:  # noqa: BLE001 - a Markdown failure on one page is that page's finding
            finding = failure(page_path(self, self._root(config)), "rendering the Markdown", exc)
            log.error(finding.format())
            self.content, md.toc_tokens = "", []
            self._shared.clear()  # the instance may be left half-way through a page
        self.toc = get_toc(getattr(md, "toc_tokens", []))
        self._title_from_render = extract_title_ext.title
        self.present_anchor_ids = extract_anchors_ext.present_anchor_ids | raw_html_ext.present_anchor_ids
        if log.getEffectiveLevel() > logging.DEBUG:
            self.links_to_anchors = relative_path_ext.links_to_anchors
