"""Pages rendered with one shared Markdown instance (helpcenter/adapter/markdown_page.py): nothing carries over."""

from __future__ import annotations

import random

import markdown
import pytest
from conftest import HOME
from mkdocs.config import load_config

from helpcenter.adapter.markdown_page import (
    SKIPPABLE_PATTERNS,
    BlockLevelElements,
    SharedMarkdown,
    fresh_markdown,
    speed_up,
)
from helpcenter.adapter.site_build import build_site

CATEGORY = "---\ntitle: Fees\ndescription: All about fees.\nicon: material/percent\n---\n"
FRONT = "---\ntitle: {title}\ndescription: A short answer.\ntags: [x]\nupdated: 2026-10-14\norder: {order}\n---\n\n"

# The first page defines what Python-Markdown's extensions remember within a document: an abbreviation, a
# footnote, a reference link, tabs and headings. The second uses the same words, labels and headings without
# defining them; the third repeats the first. Rendered in this order by one instance, any state that survived
# reset() would show in the second or third page.
FIRST = FRONT.format(title="What is KYC?", order=1) + (
    "## Why we ask { #why }\n\nKYC protects your account.[^law]\nSee [the rules][rules].\n\n"
    '=== "App"\n\n    Open the app.\n\n=== "Web"\n\n    Open the site.\n\n'
    "- [x] Upload your ID\n\n"
    "*[KYC]: Know Your Customer\n[^law]: Required by law.\n[rules]: https://example.com/rules\n"
)
SECOND = FRONT.format(title="KYC limits", order=2) + (
    '## Why we ask\n\nKYC limits depend on your level.[^law]\nSee [the rules][rules].\n\n=== "App"\n\n    Tap Limits.\n'
)
THIRD = FIRST.replace("What is KYC?", "KYC again").replace("order: 1", "order: 3")

SITE = {
    "en/index.md": HOME,
    "en/fees/index.md": CATEGORY,
    "en/fees/a-kyc.md": FIRST,
    "en/fees/b-limits.md": SECOND,
    "en/fees/c-again.md": THIRD,
}


@pytest.fixture
def sites(site_factory, tmp_path, monkeypatch):
    config = site_factory(SITE, languages=("en",))
    build_site(config, tmp_path / "shared", strict=False)
    with monkeypatch.context() as m:
        m.setattr(SharedMarkdown, "for_page", lambda self, config: fresh_markdown(config))
        build_site(config, tmp_path / "fresh", strict=False)
    return tmp_path / "shared", tmp_path / "fresh"


def article(site, name: str) -> str:
    return (site / "fees" / name / "index.html").read_text(encoding="utf-8")


def test_no_definition_reaches_the_next_page(sites):
    shared, _ = sites
    second = article(shared, "b-limits")
    assert "<abbr" not in second  # the abbreviation is the first page's
    assert 'class="footnote' not in second  # so is the footnote
    assert "https://example.com/rules" not in second and "[the rules][rules]" in second
    assert 'id="why-we-ask"' in second  # not "why-we-ask_1": heading ids start afresh
    first, third = article(shared, "a-kyc"), article(shared, "c-again")
    for page in (first, third):
        assert '<abbr title="Know Your Customer">KYC</abbr>' in page
        assert 'id="fn:law"' in page and 'href="https://example.com/rules"' in page
        assert 'id="__tabbed_1_1"' in page  # tab ids count from 1 on every page


def test_shared_and_fresh_instances_render_the_same_bytes(sites):
    shared, fresh = sites
    names = sorted(p.relative_to(shared) for p in shared.rglob("*") if p.is_file())
    assert names == sorted(p.relative_to(fresh) for p in fresh.rglob("*") if p.is_file())
    assert [n for n in names if (shared / n).read_bytes() != (fresh / n).read_bytes()] == []


@pytest.mark.parametrize(
    "doc",
    [
        "---\ntitle: A\ntags: [x]\n---\n\nBody\n",
        "---\ntitle: A\ndescription: |\n  Two\n  lines\n---\nBody\n",  # block scalar ending the front matter
        "---\ntitle: A\n...\nBody\n",
        "---   \ntitle: A\n---\t\n\n\nBody\n",
        "---\n\n---\nBody\n",  # empty block: MkDocs leaves it in the text
        "---\n- a\n- b\n---\nBody\n",  # not a mapping
        "---\ntitle: [unclosed\n---\nBody\n",  # invalid YAML
        "---\nupdated: 2026-13-01\n---\nBody\n",  # not a real date: MkDocs gives up on the block
        "---\ntitle: A\n---",  # no newline after the closing fence
        "Title: MultiMarkdown\nAuthor: x\n\nBody\n",
        "\ufeff---\ntitle: A\n---\nBody\n",
        "No front matter at all\n",
    ],
)
def test_page_data_is_mkdocs_get_data(doc):
    from mkdocs.utils import meta

    from helpcenter.adapter.markdown_page import page_data

    assert page_data(doc) == meta.get_data(doc)
    assert page_data(doc) == meta.get_data(doc)  # and again, from the cache


def test_patterns_skipped_where_they_cannot_match_render_the_same(site_factory):
    """The inline processor skips patterns on text without their substrings, and block-level names are a set
    (speed_up): random text of code spans, escapes, links, references, images, footnotes, autolinks, HTML, entities,
    emphasis and line breaks renders as with every pattern tried, in thousands of documents."""
    config = load_config(str(site_factory(SITE, languages=("en",))))
    extensions, configs = config["markdown_extensions"], config["mdx_configs"]
    skipping = markdown.Markdown(extensions=extensions, extension_configs=configs)
    assert speed_up(skipping) == list(SKIPPABLE_PATTERNS)
    everywhere = markdown.Markdown(extensions=extensions, extension_configs=configs)
    pieces = [
        "word ", "`", "``", "\\", "\\\\", "[", "]", "(", ")", "!", "^", "x", " ", "\n", "*", "_", "**", "__",
        "<b>", "</b>", "<", ">", "&", "&amp;", "&#123;", "&copy", ";", "  \n",
        "<https://example.com/a>", "<a@b.example>",
        "[a]", "[a][]", "[a][b]", "[^1]", "![i](j.png)", "![i][b]", "`c`", "\\`", "[l](https://example.com)", "\n\n",
        "\n[b]: https://example.com/b\n", "\n[^1]: note\n", "漢字", "```\n", "    code\n", "*em*", "_em_",
    ]  # fmt: skip
    rng = random.Random(17)
    made = {"<code>": 0, "<a ": 0, "<em>": 0, "<strong>": 0, "<br />": 0, "<img ": 0, "&amp;": 0}
    for _ in range(4000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(1, 30)))
        skipping.reset()
        everywhere.reset()
        html = skipping.convert(text)
        assert html == everywhere.convert(text), text
        for element in made:
            made[element] += element in html
    assert min(made.values()) > 50, made  # the documents did make what each pattern makes


def test_block_level_elements_answer_in_as_the_list_does_after_every_change():
    rng = random.Random(5)
    names = ["p", "div", "pre", "x", "y", "z", "table", "section"]
    fast, plain = BlockLevelElements(names[:3]), names[:3]
    for _ in range(2000):
        change = rng.choice(["append", "extend", "insert", "remove", "pop", "clear", "set", "del", "iadd", "imul"])
        name = rng.choice(names)
        if change in ("remove", "pop", "set", "del") and not plain or change == "clear" and rng.random() > 0.05:
            continue
        if change == "remove":
            name = rng.choice(plain)
        index = rng.randrange(len(plain)) if plain else 0
        for target in (fast, plain):
            if change in ("append", "remove"):
                getattr(target, change)(name)
            elif change == "extend":
                target.extend([name, name])
            elif change == "insert":
                target.insert(index, name)
            elif change == "pop":
                target.pop(index)
            elif change == "clear":
                target.clear()
            elif change == "set":
                target[index] = name
            elif change == "del":
                del target[index]
        if change == "iadd":
            fast += [name]
            plain += [name]
        elif change == "imul" and len(plain) < 20:
            fast *= 2
            plain *= 2
        assert isinstance(fast, BlockLevelElements)
        assert fast == plain and all((n in fast) == (n in plain) for n in names)
