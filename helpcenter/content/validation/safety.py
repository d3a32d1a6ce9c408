"""Sanitizing rendered page HTML with nh3 (Ammonia), and naming everything it would remove.

The allowlist keeps what Python-Markdown, pymdownx and Material produce for the extensions in mkdocs.yml
(admonitions, details, tabs, tables, highlighted code, ``pre.hc-mermaid``, task lists, footnotes, abbr, keys,
md_in_html). ``scan_unsafe`` reports each thing the allowlist rejects with its own code, so a writer learns why;
``sanitize`` returns the clean HTML plus whatever was removed, so nothing disappears silently.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from html import escape
from html.parser import HTMLParser
from urllib.parse import urlsplit

import nh3
from selectolax.lexbor import LexborHTMLParser

from helpcenter.content.html_tree import DOCUMENT_TAGS, elements, elements_of, parse

# --- the allowlist, as data: extend it here when a new Markdown extension or component needs more ---------------
ALLOWED_TAGS: frozenset[str] = frozenset(nh3.ALLOWED_TAGS) | {
    "input",  # pymdownx.tabbed radio buttons, pymdownx.tasklist checkboxes
    "label",
    "iframe",  # only from the owner's allowlisted hosts (src is checked)
    "section",
    "tfoot",
}
GLOBAL_ATTRIBUTES: frozenset[str] = frozenset({"class", "id", "title", "lang", "dir", "role", "hidden", "translate"})
ATTRIBUTE_PREFIXES: frozenset[str] = frozenset({"aria-", "data-"})
TAG_ATTRIBUTES: dict[str, set[str]] = {tag: set(attrs) for tag, attrs in nh3.ALLOWED_ATTRIBUTES.items()}
for _tag, _extra in {
    "a": {"name", "rel", "target", "download"},
    "img": {"loading", "decoding"},
    "input": {"type", "checked", "disabled", "name", "value"},
    "label": {"for"},
    "th": {"style"},  # tables: text-align only (see _style_allowed)
    "td": {"style"},
    "ol": {"start", "type", "reversed"},
    "li": {"value"},
    "details": {"open"},
    "time": {"datetime"},
    "data": {"value"},
    "iframe": {"src", "title", "width", "height", "allow", "allowfullscreen", "loading", "referrerpolicy", "sandbox"},
}.items():
    TAG_ATTRIBUTES.setdefault(_tag, set()).update(_extra)
URL_SCHEMES: frozenset[str] = frozenset({"http", "https", "mailto", "tel"})
URL_ATTRIBUTES: frozenset[str] = frozenset(
    {"href", "src", "action", "formaction", "cite", "poster", "data", "xlink:href", "background", "srcset"}
)
# ids pymdownx.tabbed generates itself; any other id starting with "__" could replace Material's own elements
# (a paragraph tagged { #__config } replaces Material's configuration)
GENERATED_IDS = re.compile(r"__tabbed_\d+(_\d+)?")
ID_ATTRIBUTES: frozenset[str] = frozenset({"id", "for", "name"})
STYLE_PROPERTIES: frozenset[str] = frozenset({"text-align"})
# attributes Material's JavaScript reads to find its components
RESERVED_ATTRIBUTE_PREFIXES: tuple[str, ...] = ("data-md-",)
EXTERNAL_REL = "noopener noreferrer"


@dataclass(frozen=True)
class Unsafe:
    """One thing the allowlist rejects; ``needle`` is text to look for in the source to find its line."""

    code: str
    message: str
    fix: str
    needle: str
    tag: str
    attribute: str = ""


_SCHEME = re.compile(r"[a-z][a-z0-9+.-]*")


def _scheme(url: str) -> str:
    """The URL's scheme as a browser reads it (it skips whitespace and control characters), or ''."""
    cleaned = "".join(ch for ch in url if ch > " " and ch != "\x7f").lower()
    prefix, colon, _ = cleaned.partition(":")
    return prefix if colon and _SCHEME.fullmatch(prefix) else ""


def _host(url: str) -> str:
    return (urlsplit(url.strip()).hostname or "").lower()


def host_allowed(url: str, iframe_hosts: frozenset[str]) -> bool:
    host = _host(url)
    return _scheme(url) == "https" and any(host == h or host.endswith("." + h) for h in iframe_hosts)


def _style_allowed(value: str) -> bool:
    declarations = [d for d in value.split(";") if d.strip()]
    return bool(declarations) and all(d.split(":", 1)[0].strip().lower() in STYLE_PROPERTIES for d in declarations)


def _id_allowed(value: str) -> bool:
    return not value.startswith("__") or GENERATED_IDS.fullmatch(value) is not None


def attribute_allowed(tag: str, name: str, value: str, iframe_hosts: frozenset[str]) -> bool:
    """The same decision nh3 is asked to make (through ``attribute_filter`` and the allowlists)."""
    if name.startswith(RESERVED_ATTRIBUTE_PREFIXES):
        return False
    if not (
        name in GLOBAL_ATTRIBUTES or name in TAG_ATTRIBUTES.get(tag, ()) or name.startswith(tuple(ATTRIBUTE_PREFIXES))
    ):
        return False
    if name in ID_ATTRIBUTES and not _id_allowed(value):
        return False
    if name == "style":
        return _style_allowed(value)
    if name in URL_ATTRIBUTES and _scheme(value) and _scheme(value) not in URL_SCHEMES:
        return False
    if tag == "iframe" and name == "src":
        return host_allowed(value, iframe_hosts)
    return True


def _unsafe_element(tag: str, attributes: dict[str, str], iframe_hosts: frozenset[str]) -> list[Unsafe]:
    if tag == "script":
        return [
            Unsafe(
                "HC301",
                "script element in the page",
                "remove it: pages cannot run their own scripts; ask a developer for a component",
                "<script",
                tag,
            )
        ]
    items: list[Unsafe] = []
    # <html>/<head>/<body> always exist around the content; only attributes a writer put on them are its own
    if tag not in ALLOWED_TAGS and tag not in DOCUMENT_TAGS:
        return [
            Unsafe(
                "HC306",
                f"<{tag}> is not allowed in content",
                "remove it or ask a developer to allow it in helpcenter/content/validation/safety.py",
                f"<{tag}",
                tag,
            )
        ]
    if tag == "iframe" and not host_allowed(attributes.get("src", ""), iframe_hosts):
        items.append(
            Unsafe(
                "HC304",
                f"iframe from a host that is not allowed ({attributes.get('src', '') or 'no src'})",
                "embed only https pages from hosts listed in mkdocs.yml extra.helpcenter.iframe_hosts",
                attributes.get("src") or "<iframe",
                tag,
                "src",
            )
        )
    for name, value in attributes.items():
        if tag == "iframe" and name == "src":
            continue
        if name.startswith("on"):
            items.append(
                Unsafe(
                    "HC302",
                    f"event-handler attribute {name} on <{tag}>",
                    f"remove {name}=...: content cannot run JavaScript",
                    f"{name}=",
                    tag,
                    name,
                )
            )
        elif name in URL_ATTRIBUTES and _scheme(value) in ("javascript", "vbscript", "data"):
            items.append(
                Unsafe(
                    "HC303",
                    f"{_scheme(value)}: URL in {name} of <{tag}>",
                    "link to an https:// address or a page of the help center",
                    value.strip()[:40],
                    tag,
                    name,
                )
            )
        elif name in ID_ATTRIBUTES and not _id_allowed(value):
            items.append(
                Unsafe(
                    "HC305",
                    f"{name} '{value}' begins with '__', reserved for the theme's own elements",
                    "choose an id without the leading underscores",
                    value,
                    tag,
                    name,
                )
            )
        elif tag in DOCUMENT_TAGS or not attribute_allowed(tag, name, value, iframe_hosts):
            items.append(
                Unsafe(
                    "HC306",
                    f"attribute {name} is not allowed on <{tag}>",
                    "remove it or ask a developer to allow it in helpcenter/content/validation/safety.py",
                    f"{name}=",
                    tag,
                    name,
                )
            )
    return items


def scan_unsafe(html: str, iframe_hosts: frozenset[str] = frozenset()) -> list[Unsafe]:
    """Everything in ``html`` the sanitizer would remove, each with a code and a fix."""
    return _unsafe_of(elements(html), iframe_hosts)


def _unsafe_of(parsed, iframe_hosts: frozenset[str]) -> list[Unsafe]:
    return [item for tag, attributes in parsed for item in _unsafe_element(tag, attributes, iframe_hosts)]


def inventory(html: str) -> Counter:
    """Elements and attributes of a fragment, to compare before and after sanitizing."""
    return _inventory_of(elements(html))


def _inventory_of(parsed) -> Counter:
    items: Counter = Counter()
    for tag, attributes in parsed:
        items[(tag, "", "")] += 1
        for name, value in attributes.items():
            if tag == "a" and name == "rel":
                continue  # ours to set
            items[(tag, name, value)] += 1
    return items


@dataclass(frozen=True)
class Removed:
    tag: str
    attribute: str = ""
    value: str = ""

    def describe(self) -> str:
        if self.attribute:
            return f'{self.attribute}="{self.value[:60]}" on <{self.tag}>'
        return f"<{self.tag}>"


def _cleaner(iframe_hosts: frozenset[str]) -> nh3.Cleaner:
    attributes = {tag: set(attrs) for tag, attrs in TAG_ATTRIBUTES.items()}
    attributes["*"] = set(GLOBAL_ATTRIBUTES)

    def attribute_filter(tag: str, name: str, value: str) -> str | None:
        return value if attribute_allowed(tag, name, value, iframe_hosts) else None

    return nh3.Cleaner(
        tags=set(ALLOWED_TAGS),
        attributes=attributes,
        generic_attribute_prefixes=set(ATTRIBUTE_PREFIXES),
        url_schemes=set(URL_SCHEMES),
        attribute_filter=attribute_filter,
        link_rel=None,  # only external links get rel (add_external_rel), internal ones stay as they are
        strip_comments=True,
    )


class Sanitizer:
    """One configured nh3 cleaner for a build (iframe hosts come from mkdocs.yml)."""

    def __init__(self, iframe_hosts: frozenset[str] = frozenset()):
        self.iframe_hosts = frozenset(h.lower() for h in iframe_hosts)
        self._cleaner = _cleaner(self.iframe_hosts)

    def clean(self, html: str) -> tuple[str, list[Removed]]:
        """Sanitized HTML with rel on external links, and the elements and attributes that were removed."""
        return self._clean(html, list(elements(html)))

    def clean_and_scan(self, html: str) -> tuple[str, list[Removed], list[Unsafe]]:
        """clean() and scan() of the same HTML, parsed once (the build does both for every page)."""
        parsed = list(elements(html))
        cleaned, removed = self._clean(html, parsed)
        return cleaned, removed, _unsafe_of(parsed, self.iframe_hosts)

    def _clean(self, html: str, parsed: list) -> tuple[str, list[Removed]]:
        cleaned = self._cleaner.clean(html)
        cleaned_tree = parse(cleaned)  # read twice: for what was removed, and for external links
        lost = _inventory_of(parsed) - _inventory_of(elements_of(cleaned_tree))
        removed_tags = {tag for tag, name, _ in lost if not name}
        removed = [
            Removed(tag, name, value)
            for (tag, name, value) in sorted(lost)
            # attributes of a removed element are not reported again
            if not name or tag not in removed_tags
        ]
        return add_external_rel(cleaned, cleaned_tree), removed

    def scan(self, html: str) -> list[Unsafe]:
        return scan_unsafe(html, self.iframe_hosts)


def unexplained(removed: list[Removed], explained: list[Unsafe]) -> list[Removed]:
    """Removals no scanner finding accounts for (the sanitizer is stricter than the scanner there)."""
    covered = {(u.tag, u.attribute) for u in explained} | {(u.tag, "") for u in explained}
    return [r for r in removed if (r.tag, r.attribute) not in covered and (r.tag, "") not in covered]


def is_external(href: str) -> bool:
    parts = urlsplit(href.strip())
    return parts.scheme in ("http", "https") or (not parts.scheme and bool(parts.netloc))


class _ExternalLinks(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.spans: list[tuple[int, int, str]] = []  # (line, col, tag text)
        self.tags: list[tuple[tuple[int, int], str, list]] = []

    def handle_starttag(self, tag, attrs):
        if tag == "a" and is_external(dict(attrs).get("href") or ""):
            self.tags.append((self.getpos(), self.get_starttag_text(), attrs))


def add_external_rel(html: str, tree: LexborHTMLParser | None = None) -> str:
    """Give every external link rel="noopener noreferrer", leaving the rest of the HTML byte for byte.

    ``tree``: ``html`` already parsed by the caller (helpcenter.content.html_tree.parse).
    """
    links = (tree if tree is not None else parse(html)).css("a[href]")
    if not any(is_external(a.attributes.get("href") or "") for a in links):
        return html  # the common case, found with one fast parse
    parser = _ExternalLinks()
    parser.feed(html)
    parser.close()
    if not parser.tags:
        return html
    line_starts = [0]
    for line in html.split("\n")[:-1]:
        line_starts.append(line_starts[-1] + len(line) + 1)
    out, last = [], 0
    for (line, col), text, attrs in parser.tags:
        start = line_starts[line - 1] + col
        rel = {v for name, value in attrs if name == "rel" for v in (value or "").split()}
        rel |= set(EXTERNAL_REL.split())
        kept = [(n, v) for n, v in attrs if n != "rel"] + [("rel", " ".join(sorted(rel)))]
        tag = "<a" + "".join(f' {n}="{escape(v or "", quote=True)}"' for n, v in kept) + ">"
        out += [html[last:start], tag]
        last = start + len(text)
    out.append(html[last:])
    return "".join(out)
