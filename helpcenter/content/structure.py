"""Pages a help center needs and a content tree may lack: a home, a page per category, a search page.

Imported documentation rarely has them. Instead of a 404 (the header's search form, "See all results") or a crash,
the build generates each one that no language has, and one INFO finding per cause says how to write your own.
Pure: doc ids in, page descriptions and findings out; helpcenter/adapter/steps/catalog.py turns them into MkDocs files.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import PurePosixPath

from helpcenter.content.catalog import INDEX, Role, category_id_of, role_of
from helpcenter.content.findings import Finding, Severity
from helpcenter.content.page_meta import title_from_file_name

HOME_DOC_ID = INDEX
SEARCH_DOC_ID = "search.md"
SEARCH_TEMPLATE = "search.html"


@dataclass(frozen=True)
class GeneratedPage:
    doc_id: str
    title: str
    front_matter: dict
    code: str  # the finding that tells the writer about it

    def content(self) -> str:
        lines = [f"{key}: {json.dumps(value, ensure_ascii=False)}" for key, value in self.front_matter.items()]
        return "---\n" + "\n".join(lines) + "\n---\n"


def category_ids(doc_ids) -> list[str]:
    """Categories the tree has: the first folder of every article."""
    return sorted({category_id_of(d) for d in doc_ids if role_of(d) is Role.ARTICLE})


def missing_pages(doc_ids, strings: dict[str, str]) -> list[GeneratedPage]:
    """The pages to generate for one language build, whose files (``doc_ids``, fallbacks included) lack them."""
    present = set(doc_ids)
    pages = []
    if HOME_DOC_ID not in present:
        pages.append(GeneratedPage(HOME_DOC_ID, strings["home"], {"title": strings["home"]}, "HC503"))
    for category in category_ids(present):
        doc_id = f"{category}/{INDEX}"
        if doc_id not in present:
            title = title_from_file_name(doc_id)
            pages.append(GeneratedPage(doc_id, title, {"title": title}, "HC501"))
    if SEARCH_DOC_ID not in present:
        title = strings["search_label"]
        matter = {"title": title, "template": SEARCH_TEMPLATE, "hide": ["navigation", "toc"]}
        pages.append(GeneratedPage(SEARCH_DOC_ID, title, matter, "HC502"))
    return pages


def generated_page_findings(doc_ids_by_language: dict[str, set[str]], default: str, docs_prefix: str = "docs"):
    """One INFO finding per generated page (not one per language), naming the default language's file to write."""
    strings = {"home": "Home", "search_label": "Search"}
    seen: dict[str, GeneratedPage] = {}
    for doc_ids in doc_ids_by_language.values():
        # a language falls back to the default language's page, so only what no language has is generated
        available = set(doc_ids) | set(doc_ids_by_language.get(default, ()))
        for page in missing_pages(available, strings):
            seen.setdefault(page.doc_id, page)
    findings = []
    for doc_id, page in sorted(seen.items()):
        path = f"{docs_prefix}/{default}/{doc_id}"
        if page.code == "HC501":
            folder = PurePosixPath(path).parent.as_posix()
            message = f"category folder {folder}/ has no {INDEX}; a category page titled '{page.title}' is generated"
            fix = (
                f"create {path} with front matter: title, description, and optionally icon (a Material icon such "
                "as material/folder-outline) and order"
            )
        elif page.code == "HC502":
            message = "there is no search page; one is generated, so the header's search form has results to show"
            fix = f"to write your own, create {path} with 'template: {SEARCH_TEMPLATE}' in its front matter"
        else:
            message = "there is no home page; one is generated with the category grid and the search box"
            fix = f"to write your own, create {path} with a title (the category grid is added to it)"
        findings.append(Finding(path, 1, 1, page.code, message, fix, Severity.INFO))
    return findings
