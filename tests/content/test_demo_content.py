"""Structure of the real demo content in docs/: categories, articles, translations, anchors, links, diagrams."""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import unicodedata
from dataclasses import dataclass
from pathlib import PurePosixPath

import pytest
import yaml
from conftest import DEMO_LANGUAGES, ROOT, require_demo
from mkdocs.config import load_config

from helpcenter.content import frontmatter, html_tree
from helpcenter.content.catalog import Role, role_of
from helpcenter.content.document import Heading
from helpcenter.content.validation.source import Renderer

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

DOCS = ROOT / "docs"
# marker words are upper case: "todo" is ordinary Spanish
PLACEHOLDERS = re.compile(r"(?i:lorem|ipsum|translate me)|\bTODO\b|\bTBD\b|\bFIXME\b|\bXXX\b|@@")


def doc_ids(lang: str) -> set[str]:
    return {p.relative_to(DOCS / lang).as_posix() for p in (DOCS / lang).rglob("*.md")}


@dataclass
class Outline:
    meta: dict
    headings: list[Heading]
    links: list[str]
    diagrams: int


def read_outline(renderer: Renderer, text: str) -> Outline:
    """A page as the content checks render it (the site's Markdown extensions): headings, links, diagrams."""
    fm = frontmatter.parse(text)
    rendered = renderer.render(fm.body)
    diagrams = len(html_tree.parse(rendered.html).css("pre.hc-mermaid"))
    return Outline(fm.meta, rendered.headings, [link.href for link in rendered.links], diagrams)


@pytest.fixture(scope="module")
def outlines():
    config = load_config(str(ROOT / "mkdocs.yml"))
    renderer = Renderer(config.markdown_extensions, config.mdx_configs)
    return {
        lang: {
            doc_id: read_outline(renderer, (DOCS / lang / doc_id).read_text(encoding="utf-8"))
            for doc_id in doc_ids(lang)
        }
        for lang in DEMO_LANGUAGES
    }


def articles(lang: str) -> list[str]:
    return sorted(d for d in doc_ids(lang) if role_of(d) is Role.ARTICLE)


def test_at_least_8_categories_and_48_articles_with_the_same_paths_everywhere():
    english = doc_ids("en")
    categories = [d for d in english if role_of(d) is Role.CATEGORY]
    assert len(categories) >= 8
    assert len(articles("en")) >= 48
    for lang in DEMO_LANGUAGES:
        assert doc_ids(lang) == english, lang


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_front_matter_is_complete(outlines, lang):
    problems = []
    for doc_id, outline in outlines[lang].items():
        meta = outline.meta
        role = role_of(doc_id)
        required = {
            Role.ARTICLE: ("title", "description", "tags", "updated"),
            Role.CATEGORY: ("title", "description", "icon"),
        }
        problems += [f"{doc_id}: no {key}" for key in required.get(role, ("title",)) if not meta.get(key)]
        if role is Role.ARTICLE:
            if not isinstance(meta.get("updated"), dt.date):
                problems.append(f"{doc_id}: updated is not an ISO date")
            if len(str(meta.get("description", ""))) > 160:
                problems.append(f"{doc_id}: description over 160 characters")
            for related in meta.get("related", []):
                if related not in outlines[lang]:
                    problems.append(f"{doc_id}: related {related} does not exist")
    assert problems == []


def _script_share(text: str, ranges: tuple[tuple[int, int], ...]) -> float:
    letters = [c for c in text if c.isalpha()]
    inside = [c for c in letters if any(lo <= ord(c) <= hi for lo, hi in ranges)]
    return len(inside) / max(1, len(letters))


HAN = ((0x4E00, 0x9FFF), (0x3400, 0x4DBF))
KANA = ((0x3040, 0x309F), (0x30A0, 0x30FF))
HANGUL = ((0xAC00, 0xD7AF), (0x1100, 0x11FF))


def body(lang: str, doc_id: str) -> str:
    text = (DOCS / lang / doc_id).read_text(encoding="utf-8")
    # code and URLs stay in English in every language
    text = re.sub(r"```.*?```", " ", text, flags=re.S)
    return re.sub(r"`[^`]*`|\(\.\./[^)]*\)|\([^)]*\.md[^)]*\)|https?://\S+", " ", text)


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_no_placeholder_text(lang):
    hits = [
        f"{doc_id}: {m.group(0)}"
        for doc_id in sorted(doc_ids(lang))
        for m in PLACEHOLDERS.finditer((DOCS / lang / doc_id).read_text(encoding="utf-8"))
    ]
    assert hits == []


@pytest.mark.parametrize(
    ("lang", "ranges", "minimum"), [("zh", HAN, 0.5), ("ja", HAN + KANA, 0.5), ("ko", HANGUL, 0.5)]
)
def test_cjk_articles_are_written_in_their_script(lang, ranges, minimum):
    low = {d: round(_script_share(body(lang, d), ranges), 2) for d in articles(lang)}
    assert {d: s for d, s in low.items() if s < minimum} == {}
    if lang == "ja":  # Japanese, not Chinese: kana must be present
        assert all(_script_share(body(lang, d), KANA) > 0.1 for d in articles(lang))


SPANISH_WORDS = {"de", "la", "que", "el", "en", "los", "para", "tu", "con", "una", "por", "las", "del", "se"}
ENGLISH_WORDS = {"the", "and", "you", "your", "to", "of", "is", "for", "with", "that", "this", "are"}


def test_spanish_articles_are_spanish():
    for doc_id in articles("es"):
        text = unicodedata.normalize("NFC", body("es", doc_id)).lower()
        words = re.findall(r"[a-záéíóúñü]+", text)
        spanish = sum(w in SPANISH_WORDS for w in words)
        english = sum(w in ENGLISH_WORDS for w in words)
        assert spanish > 10 * max(1, english), doc_id


def h2_ids(outline) -> list[str]:
    return [h.id for h in outline.headings if h.level == 2]


@pytest.mark.parametrize("lang", [lang for lang in DEMO_LANGUAGES if lang != "en"])
def test_heading_ids_identical_to_english(outlines, lang):
    drift = {
        doc_id: (h2_ids(outlines["en"][doc_id]), h2_ids(outlines[lang][doc_id]))
        for doc_id in articles("en")
        if h2_ids(outlines["en"][doc_id]) != h2_ids(outlines[lang][doc_id])
    }
    assert drift == {}


def test_english_heading_ids_are_explicit_ascii(outlines):
    pattern = re.compile(r"[a-z0-9]+(-[a-z0-9]+)*")
    bad = {d: h2_ids(outlines["en"][d]) for d in articles("en")}
    assert {d: ids for d, ids in bad.items() if not all(pattern.fullmatch(i) for i in ids)} == {}


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_at_least_10_articles_have_a_flowchart(outlines, lang):
    assert sum(1 for d in articles(lang) if outlines[lang][d].diagrams) >= 10


@pytest.mark.parametrize("lang", DEMO_LANGUAGES)
def test_cross_links_are_relative_and_resolve(outlines, lang):
    broken = []
    linked = 0
    for doc_id in articles(lang):
        for href in outlines[lang][doc_id].links:
            if href.startswith(("http://", "https://", "mailto:", "#")):
                continue
            linked += 1
            path, _, anchor = href.partition("#")
            target = posixpath.normpath((PurePosixPath(doc_id).parent / path).as_posix())
            if target not in outlines[lang]:
                broken.append(f"{doc_id} -> {href}")
            elif anchor and anchor not in {h.id for h in outlines[lang][target].headings}:
                broken.append(f"{doc_id} -> {href} (no such anchor)")
    assert linked >= 48
    assert broken == []


def test_glossary_covers_every_language():
    terms = yaml.safe_load((ROOT / "data/glossary.yml").read_text(encoding="utf-8"))["terms"]
    assert len(terms) >= 40
    assert len({t["id"] for t in terms}) == len(terms)
    missing = [f"{t['id']}:{lang}" for t in terms for lang in DEMO_LANGUAGES if not t.get(lang)]
    assert missing == []
