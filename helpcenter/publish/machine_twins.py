"""Machine-readable twins of the help center, for assistants and apps: llms.txt and a Markdown copy of each article.

/llms.txt                       the default language's categories and articles (https://llmstxt.org)
/<lang>/llms.txt                the same for each other language
.../<article>/index.md          the article as clean Markdown: its title as "# H1", then its body; no front matter,
                                no raw HTML (built from the sanitized HTML the API publishes, so snippets, admonitions
                                and links are resolved), every link absolute

Both are made from the API's page models (helpcenter.publish.api_export.index_payload): the same categories, articles,
titles, descriptions and URLs as /api/<lang>/. Everything here is a pure function of its input, so the same site
gives the same bytes.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin

from selectolax.lexbor import LexborHTMLParser, LexborNode

from helpcenter.publish.sitemap import absolute

LLMS_TXT = "llms.txt"
MARKDOWN_TYPE = "text/markdown"

# --- where a twin lives ------------------------------------------------------------------------------------------


def twin_url(page_url: str) -> str:
    """The Markdown copy's site-relative URL, next to the page: ``cat/art/`` -> ``cat/art/index.md``,
    ``cat/art.html`` -> ``cat/art.md`` (without directory URLs)."""
    if page_url == "" or page_url.endswith("/"):
        return f"{page_url}index.md"
    if page_url.endswith(".html"):
        return page_url.removesuffix(".html") + ".md"
    return f"{page_url}/index.md"


def llms_txt_path(language: str, default: str) -> str:
    """Where a language's llms.txt is written, relative to the site folder."""
    return LLMS_TXT if language == default else f"{language}/{LLMS_TXT}"


# --- llms.txt ------------------------------------------------------------------------------------------------------


def _line(text: str) -> str:
    """One line of running text: no line breaks, no Markdown link syntax that would break the list item."""
    return " ".join((text if type(text) is str else str(text or "")).split())


def _link_text(text: str) -> str:
    return _line(text).replace("[", r"\[").replace("]", r"\]")


def llms_txt(
    site_name: str,
    site_description: str,
    index: dict,
    site_url: str,
    other_languages: list[tuple[str, str]] = (),
) -> str:
    """llms.txt of one language from the API's index payload (api_export.index_payload).

    Each category is a section ("## Title") with its description and page; each article a list item linking its
    Markdown copy, with its description. ``other_languages`` are (language code, absolute llms.txt URL) pairs.
    """
    articles = {a["id"]: a for a in index["articles"]}
    lines = [f"# {_line(site_name)}", ""]
    description = _line(site_description)
    if description:
        lines += [f"> {description}", ""]
    lines += [
        f"Language: {index['language']}. Each article links its Markdown copy; the page itself is the same address "
        "without index.md. The same content as JSON: " + absolute(site_url, f"api/{index['language']}/index.json"),
        "",
    ]
    for category in index["categories"]:
        lines.append(f"## {_line(category['title'])}")
        lines.append("")
        intro = _line(category["description"])
        lines.append(f"{intro} {category['url']}".strip() if intro else category["url"])
        lines.append("")
        for article_id in category["articles"]:
            article = articles.get(article_id)
            if article is None:
                continue
            item = f"- [{_link_text(article['title'])}]({twin_url(article['url'])})"
            description = _line(article["description"])
            lines.append(f"{item}: {description}" if description else item)
        lines.append("")
    if other_languages:
        lines += ["## Optional", ""]
        lines += [f"- [{code}]({url}): the help center in {code}" for code, url in other_languages]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


# --- the article as Markdown ---------------------------------------------------------------------------------------

# elements whose content never reaches the Markdown copy: the theme's controls and the page's own furniture
_DROPPED = frozenset({"script", "style", "template", "input", "button", "svg", "noscript", "iframe", "form", "head"})
# classes of elements that are decoration in the page (permalinks, footnote back links, copy buttons, tab labels)
_DROPPED_CLASSES = frozenset({"headerlink", "footnote-backref", "md-clipboard", "tabbed-labels", "task-list-indicator"})
_BLOCKS = frozenset(
    {
        "p", "div", "section", "article", "main", "aside", "header", "footer", "nav", "figure", "figcaption",
        "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "pre", "blockquote", "table", "hr", "dl", "dt", "dd",
        "details", "summary",
    }
)  # fmt: skip
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
_CELLS = frozenset({"th", "td"})
# Every text node goes through _escape, _clean_inline and often _protect_line_start: each skips its regular
# expressions when a plain test shows they would change nothing (most text has nothing to escape). Those regular
# expressions, run on every node, were close to half of article_markdown's time (scripts/bench_twins.py).
_TEXT_ESCAPES = re.compile(r"([\\`*\[\]<])")
_NEEDS_ESCAPE = re.compile(r"[\\`*\[\]<_]")
_EDGE_UNDERSCORE = re.compile(r"(?<!\w)_|_(?!\w)")
_LINE_START = re.compile(r"^(\s*)([#>+]|-(?=\s)|=+\s*$|\d+(?=[.)]\s))")
# a character class of the whitespace other than the space that str.split() and \s know
# (tests/publishing/test_machine_twins.py holds it to Python's)
OTHER_WHITESPACE_CLASS = "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
# what _inline_text would change, but for a run of spaces: a character to escape or other whitespace. One character
# class: an alternation (\s\s|[^\S ]|...) made this test a fifth of article_markdown's time.
_PLAIN_TEXT_CHANGES = re.compile(f"[\\\\`*\\[\\]<_{OTHER_WHITESPACE_CLASS}]")
_SPACES_AND_TABS = re.compile(r"[ \t]+")
_BLANK_LINES = re.compile(r"\n{3,}")


def _escape(text: str) -> str:
    if _NEEDS_ESCAPE.search(text) is None:
        return text
    text = _TEXT_ESCAPES.sub(r"\\\1", text)
    # an underscore inside a word (snake_case) is literal in CommonMark; one at a word's edge may start emphasis
    return _EDGE_UNDERSCORE.sub(r"\_", text) if "_" in text else text


def _inline_text(text: str | None) -> str:
    """A text node's Markdown: ``_escape(re.sub(r"\\s+", " ", text))`` (str.split() knows \\s's whitespace)."""
    if not text:
        return ""
    if "  " not in text and _PLAIN_TEXT_CHANGES.search(text) is None:  # most text: nothing to collapse or escape
        return text
    if text.isspace():  # the line breaks between elements
        return " "
    words = text.split()
    collapsed = " ".join(words) if len(words) > 1 else words[0]
    if text[0].isspace():
        collapsed = " " + collapsed
    if text[-1].isspace():
        collapsed += " "
    if _NEEDS_ESCAPE.search(collapsed) is None:  # _escape's own test, without the call: most text
        return collapsed
    return _escape(collapsed)


def _classes(node: LexborNode) -> set[str]:
    return set((node.attributes.get("class") or "").split())


def _has_class(node: LexborNode, name: str) -> bool:
    classes = node.attributes.get("class")
    return bool(classes) and name in classes.split()


def _dropped_class(node: LexborNode) -> bool:
    classes = node.attributes.get("class")
    return bool(classes) and not _DROPPED_CLASSES.isdisjoint(classes.split())


def _children(node: LexborNode):
    return node.iter(include_text=True)


class _Converter:
    def __init__(self, page_url: str):
        self.page_url = page_url

    def url(self, href: str) -> str:
        return urljoin(self.page_url, href.strip()) if href else self.page_url

    # inline content -------------------------------------------------------------------------------------------
    def inline(self, node: LexborNode) -> str:
        out = []
        for child in node.iter(include_text=True):
            tag = child.tag
            out.append(_inline_text(child.text_content) if tag == "-text" else self.inline_element(child, tag))
        return "".join(out)

    def inline_node(self, node: LexborNode) -> str:
        tag = node.tag
        return _inline_text(node.text_content) if tag == "-text" else self.inline_element(node, tag)

    def inline_element(self, node: LexborNode, tag: str) -> str:
        if tag.startswith("-") or tag in _DROPPED or _dropped_class(node):
            return ""
        if tag == "br":
            return "\\\n"
        if tag == "img":
            alt = _link_text(node.attributes.get("alt") or "")
            return f"![{alt}]({self.url(node.attributes.get('src') or '')})"
        if tag == "code":
            return _code_span(node.text(deep=True, separator=""))
        if tag == "kbd":
            return _code_span(node.text(deep=True, separator=""))
        inner = self.inline(node)
        if tag in ("strong", "b"):
            return _wrap(inner, "**")
        if tag in ("em", "i"):
            return _wrap(inner, "*")
        if tag in ("del", "s"):
            return _wrap(inner, "~~")
        if tag == "a":
            href = node.attributes.get("href")
            if not href or not inner.strip():
                return inner
            return f"[{inner.strip()}]({self.url(href)})"
        if tag == "sup" and node.css_first("a.footnote-ref") is not None:
            return f"\\[{_clean_inline(node.text(deep=True, separator=''))}\\]"
        if tag == "abbr":
            title = node.attributes.get("title")
            return f"{inner} ({_escape(title)})" if title else inner
        return inner

    # blocks -------------------------------------------------------------------------------------------------------
    def blocks(self, node: LexborNode) -> list[str]:
        """The Markdown blocks of a node's children; loose inline content between blocks becomes a paragraph."""
        return self.blocks_and_paragraphs(node)[0]

    def blocks_and_paragraphs(self, node: LexborNode) -> tuple[list[str], bool]:
        """``blocks``, and whether a child is a <p> (a list item's looseness), in one pass over the children."""
        out: list[str] = []
        pending: list[str] = []
        paragraphs = False
        for child in node.iter(include_text=True):
            tag = child.tag
            if tag == "p":
                paragraphs = True
            if tag == "-text":
                text = child.text_content
                # the line breaks between blocks: _flush would strip them from the paragraph's start anyway
                if pending or not (text is None or text.isspace()):
                    pending.append(_inline_text(text))
            elif tag in _BLOCKS and not _dropped_class(child):
                if pending:
                    _flush(pending, out)
                    pending = []
                out.extend(self.block(child))
            elif tag not in _DROPPED:
                pending.append(self.inline_element(child, tag))
        if pending:
            _flush(pending, out)
        return [b for b in out if b.strip()], paragraphs

    def block(self, node: LexborNode) -> list[str]:
        tag = node.tag
        if tag in _HEADINGS:
            text = _clean_inline(self.inline(node))
            return [f"{'#' * int(tag[1])} {text}"] if text else []
        classes = _classes(node) if tag in ("p", "div") else set()
        if tag == "p":
            text = _clean_inline(self.inline(node))
            if "admonition-title" in classes:
                return [f"**{text}**"] if text else []
            return [_protect_line_start(text)] if text else []
        if tag == "hr":
            return ["---"]
        if tag == "pre":
            return [self.fence(node)]
        if tag in ("ul", "ol"):
            return [self.list_block(node, ordered=tag == "ol")]
        if tag == "blockquote":
            return [_quote("\n\n".join(self.blocks(node)))]
        if tag == "table":
            return [self.table(node)]
        if tag == "dl":
            return self.definitions(node)
        if tag == "details":
            return self.admonition(node, summary_tag="summary")
        if tag == "div" and "admonition" in classes:
            return self.admonition(node)
        if tag == "div" and "highlight" in classes:
            pre = node.css_first("pre")
            return [self.fence(pre, _highlight_language(classes))] if pre is not None else []
        if tag == "div" and "tabbed-set" in classes:
            return self.tabs(node)
        if tag == "div" and "footnote" in classes:
            return self.footnotes(node)
        return self.blocks(node)

    def fence(self, pre: LexborNode, language: str = "") -> str:
        classes = _classes(pre)
        code = pre.css_first("code")
        if not language:
            if "hc-mermaid" in classes or "mermaid" in classes:
                language = "mermaid"
            elif code is not None:
                language = next((c[9:] for c in _classes(code) if c.startswith("language-")), "")
        text = (code if code is not None else pre).text(deep=True, separator="").rstrip("\n")
        ticks = "```"
        while ticks in text:
            ticks += "`"
        return f"{ticks}{language}\n{text}\n{ticks}"

    def list_block(self, node: LexborNode, ordered: bool) -> str:
        items = []
        loose = False
        number = int(node.attributes.get("start") or 1) if ordered else 0
        for child in _children(node):
            if child.tag != "li":
                continue
            marker = f"{number}." if ordered else "-"
            number += 1
            check = ""
            if _has_class(child, "task-list-item"):
                box = child.css_first("input")
                check = "[x] " if box is not None and "checked" in box.attributes else "[ ] "
            # an item of plain text (no <p>) stays tight: its nested list follows on the next line
            blocks, paragraphs = self.blocks_and_paragraphs(child)
            loose = loose or paragraphs
            body = ("\n\n" if paragraphs else "\n").join(blocks)
            if "\n" in body:
                pad = " " * (len(marker) + 1)
                first, *rest = body.split("\n")
                items.append("\n".join([f"{marker} {check}{first}", *(pad + line if line else "" for line in rest)]))
            else:
                items.append(f"{marker} {check}{body}")
        return ("\n\n" if loose else "\n").join(items)

    def table(self, node: LexborNode) -> str:
        rows = []
        # every row and cell below, in document order (as node.css("tr") and row.css("th, td"), without a selector)
        for row in node.traverse(include_text=False):
            if row.tag == "tr":
                cells = row.traverse(include_text=False)
                rows.append([_clean_inline(self.inline(c)).replace("|", r"\|") for c in cells if c.tag in _CELLS])
        if not rows:
            return ""
        width = max(len(r) for r in rows)
        rows = [r + [""] * (width - len(r)) for r in rows]
        lines = ["| " + " | ".join(rows[0]) + " |", "|" + "|".join([" --- "] * width) + "|"]
        lines += ["| " + " | ".join(r) + " |" for r in rows[1:]]
        return "\n".join(lines)

    def definitions(self, node: LexborNode) -> list[str]:
        out = []
        for child in _children(node):
            if child.tag == "dt":
                out.append(f"**{_clean_inline(self.inline(child))}**")
            elif child.tag == "dd":
                out.append(_quote("\n\n".join(self.blocks(child))))
        return out

    def admonition(self, node: LexborNode, summary_tag: str = "") -> list[str]:
        """An admonition or a folded note as a block quote whose first line is its title in bold."""
        parts = []
        for child in _children(node):
            if summary_tag and child.tag == summary_tag:
                title = _clean_inline(self.inline(child))
                if title:
                    parts.append(f"**{title}**")
            elif child.tag in _BLOCKS:
                parts.extend(self.block(child))
            elif child.tag == "-text" and not (child.text_content or "").strip():
                continue
            else:
                text = _clean_inline(self.inline_node(child))
                if text:
                    parts.append(text)
        return [_quote("\n\n".join(parts))] if parts else []

    def tabs(self, node: LexborNode) -> list[str]:
        """Content tabs one after another, each under its label in bold."""
        labels = [_clean_inline(self.inline(label)) for label in node.css(".tabbed-labels > label")]
        blocks = [b for b in node.css(".tabbed-content > .tabbed-block")]
        out = []
        for number, block in enumerate(blocks):
            label = labels[number] if number < len(labels) else ""
            if label:
                out.append(f"**{label}**")
            out.extend(self.blocks(block))
        return out

    def footnotes(self, node: LexborNode) -> list[str]:
        notes = [" ".join(self.blocks(item)) for item in node.css("ol > li")]
        return ["---", "\n".join(f"{n}. {text}" for n, text in enumerate(notes, 1))] if notes else []


def _flush(pending: list[str], out: list[str]) -> None:
    """Loose inline content between blocks as a paragraph."""
    text = "".join(pending)
    if text.isspace():  # the line breaks between blocks
        return
    text = _clean_inline(text)
    if text:
        out.append(_protect_line_start(text))


def _code_span(text: str) -> str:
    ticks = "`"
    while ticks in text:
        ticks += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{ticks}{pad}{text}{pad}{ticks}"


def _wrap(text: str, mark: str) -> str:
    stripped = text.strip()
    if not stripped:
        return text
    lead = text[: len(text) - len(text.lstrip())]
    trail = text[len(text.rstrip()) :]
    return f"{lead}{mark}{stripped}{mark}{trail}"


def _clean_inline(text: str) -> str:
    """Runs of spaces and tabs as one space, every line stripped ([ \\t]+ never spans a line break)."""
    if "\n" in text:
        text = "\n".join([line.strip() for line in _SPACES_AND_TABS.sub(" ", text).split("\n")])
    elif "\t" in text or "  " in text:
        text = _SPACES_AND_TABS.sub(" ", text)
    return text.strip().removesuffix("\\").rstrip()


def _protect_line_start(text: str) -> str:
    """Escape what would make a paragraph's line a heading, quote or list item."""
    if "\n" not in text:
        return text if _LINE_START.match(text) is None else _LINE_START.sub(r"\1\\\2", text)
    return "\n".join(_LINE_START.sub(r"\1\\\2", line) for line in text.split("\n"))


def _quote(text: str) -> str:
    return "\n".join(f"> {line}" if line else ">" for line in text.split("\n"))


def _highlight_language(classes: set[str]) -> str:
    # pymdownx.highlight: <div class="language-python highlight">
    return next((c[9:] for c in classes if c.startswith("language-")), "")


def article_markdown(title: str, html: str, page_url: str) -> str:
    """The article as clean Markdown: ``# title`` and the body of the sanitized HTML, links made absolute."""
    tree = LexborHTMLParser(f"<body>{html}</body>")
    body = tree.body
    blocks = _Converter(page_url).blocks(body) if body is not None else []
    # a body that repeats the title as its own H1 (pages titled by their first heading) keeps one
    if blocks and blocks[0].startswith("# "):
        blocks = blocks[1:]
    text = "\n\n".join([f"# {_escape(' '.join(title.split()))}", *blocks])
    if "\n\n\n" in text:
        text = _BLANK_LINES.sub("\n\n", text)
    return text.rstrip() + "\n"
