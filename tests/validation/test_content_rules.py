"""The writers' guide rules of issue 22 and the leniency of issue 15, on files held in memory (no build)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import material
import pytest
from conftest import ROOT
from mistakes import write_fixture
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from helpcenter.adapter.site_config import settings_from_config
from helpcenter.content.docs_tree import LazyTexts, decode, read_tree
from helpcenter.content.findings import Severity
from helpcenter.content.validation.checks import ContentChecker, SiteSources, heading_lines, reserved_path, suggested_id
from helpcenter.content.validation.safety import Sanitizer
from helpcenter.content.validation.schema import ContentRules, SettingError
from helpcenter.content.validation.source import Renderer

DOCS = Path("/docs")
REQUIRED = ContentRules("required", ("description", "tags", "updated"), dt.date(2026, 11, 21))
ARTICLE = "---\ntitle: T\ndescription: D\ntags: [x]\nupdated: 2026-10-14\n---\n\n"


@pytest.fixture(scope="module")
def renderer():
    config = load_config(str(ROOT / "mkdocs.yml"))
    return Renderer(config.markdown_extensions, config.mdx_configs)


def check(renderer, files: dict[str, str], rules: ContentRules = REQUIRED, target: str = "en/a/b.md"):
    """Findings of ``target`` in a site made of ``files`` ({'<lang>/<doc id>': text})."""
    texts = {tuple(path.split("/", 1)): text for path, text in files.items()}
    sources = SiteSources(DOCS, ["en", "ja"], "en", texts=texts, assets={("en", "a/shot.png")}, display_root=DOCS)
    checker = ContentChecker(sources, renderer, Sanitizer(), rules)
    return checker.check(*target.split("/", 1))


def codes(findings) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in findings]


def test_heading_ids_required_or_optional(renderer):
    body = ARTICLE + "## Steps { #steps }\n\n## If it fails\n\n```\n## not a heading\n```\n\n### Detail\n"
    [missing] = check(renderer, {"en/a/b.md": body})
    assert (missing.code, missing.line, missing.severity) == ("HC214", 10, Severity.WARNING)
    assert "{ #if-it-fails }" in missing.fix
    assert check(renderer, {"en/a/b.md": body}, ContentRules()) == []
    # a translation is told to copy the source's id, not to invent one
    [translated] = check(renderer, {"en/a/b.md": body, "ja/a/b.md": body}, target="ja/a/b.md")
    assert "docs/en/a/b.md" in translated.fix


def test_heading_id_form_and_duplicates(renderer):
    body = (
        ARTICLE
        + "## Choose a nickname { #Choose_Nickname }\n\nText.\n\n## Again { #steps }\n\n## Once more { #steps }\n"
    )
    found = check(renderer, {"en/a/b.md": body}, ContentRules())
    assert codes(found) == [("HC215", 8), ("HC216", 14)]
    assert "{ #choose-nickname }" in found[0].fix and "line 12" in found[1].message


def test_one_title_per_page(renderer):
    two = ARTICLE + "# T\n\n## Steps { #steps }\n"
    assert codes(check(renderer, {"en/a/b.md": two})) == [("HC114", 8)]
    # without a front matter title, the first H1 is the title, a second one is not
    heading_only = "# About\n\nText.\n\n# Team\n"
    assert codes(check(renderer, {"en/about.md": heading_only}, target="en/about.md")) == [("HC114", 5)]
    assert check(renderer, {"en/about.md": "# About\n\nText.\n"}, target="en/about.md") == []
    [untitled] = check(renderer, {"en/about-us.md": "Just text.\n"}, target="en/about-us.md")
    assert (untitled.code, untitled.severity) == ("HC113", Severity.INFO) and "'About us'" in untitled.message


def test_footnotes_external_images_and_unread_admonitions(renderer):
    body = ARTICLE + "\n".join(
        [
            "Text.[^gone] Defined.[^1]",
            "",
            "![A](http://cdn.example/a.png) ![B](https://cdn.example/b.png) ![C](shot.png)",
            "",
            '!!! warning "Never closed',
            "    Body.",
            "",
            '!!! tip "Closed"',
            "    Body.",
            "",
            "[^1]: Note.",
        ]
    )
    found = check(renderer, {"en/a/b.md": body}, ContentRules())
    assert codes(found) == [("HC217", 8), ("HC218", 10), ("HC218", 10), ("HC219", 12)]
    assert "mixed content" in found[1].message and "mixed content" not in found[2].message


def test_front_matter_leniency_and_dates(renderer):
    bare = "---\ntitle: T\n---\n\nText.\n"
    assert check(renderer, {"en/a/b.md": bare}, ContentRules()) == []
    assert sorted(f.code for f in check(renderer, {"en/a/b.md": bare})) == ["HC101", "HC101", "HC101"]
    dated = "---\ntitle: T\ndescription: D\ntags: [x]\ndate: 2026-10-14\n---\n"
    assert check(renderer, {"en/a/b.md": dated}) == []  # date stands for updated
    both = "---\ntitle: T\ndescription: D\ntags: [x]\nupdated: 2026-10-14\ndate: 2026-10-01\n---\n"
    assert codes(check(renderer, {"en/a/b.md": both})) == [("HC111", 6)]
    for day, expected in (("2026-11-22", []), ("2026-11-23", [("HC112", 5)]), ("2031-01-01", [("HC112", 5)])):
        text = f"---\ntitle: T\ndescription: D\ntags: [x]\nupdated: {day}\n---\n"
        assert codes(check(renderer, {"en/a/b.md": text})) == expected, day
    unknown = "---\ntitle: T\nauthor: Me\nicon: material/x\n---\n"
    found = check(renderer, {"en/a/b.md": unknown}, ContentRules())
    assert [(f.code, f.severity) for f in found] == [("HC102", Severity.WARNING), ("HC108", Severity.WARNING)]
    category = "---\ntitle: Security\n---\n"
    assert check(renderer, {"en/a/index.md": category}, target="en/a/index.md") == []
    icons = ContentRules(icon_dirs=(Path(material.__file__).parent / "templates" / ".icons",))
    for icon, expected in (("material/shield", []), ("fontawesome/brands/github", []), ("material/nope", ["HC109"])):
        text = f"---\ntitle: Security\nicon: {icon}\n---\n"
        assert [f.code for f in check(renderer, {"en/a/index.md": text}, icons, "en/a/index.md")] == expected
    twice = "---\ntitle: T\ntitle: U\n---\n"
    assert codes(check(renderer, {"en/a/b.md": twice}, ContentRules())) == [("HC110", 3)]


def test_articles_outside_categories_and_reserved_paths(renderer):
    loose = "---\ntitle: Reset\ntags: [x]\nupdated: 2026-10-14\n---\n"
    assert codes(check(renderer, {"en/reset.md": loose}, target="en/reset.md")) == [("HC121", 3)]
    languages = ["en", "ja"]
    assert reserved_path("api/en/x.md", languages)[0] == "api/en/"
    assert reserved_path("api/schema/x.md", languages)[0] == "api/schema/"
    assert reserved_path("ja/security/x.md", languages)[0] == "ja/"
    assert reserved_path("translation-status.md", languages)[0] == "translation-status.md"
    # an `api` category of articles (the demo has one) and a search page are not reserved
    assert reserved_path("api/sign-requests.md", languages) is None
    assert reserved_path("search.md", languages) is None
    page = "---\ntitle: Notes\n---\n"
    reserved = check(renderer, {"en/search/notes.md": page}, ContentRules(), "en/search/notes.md")
    assert codes(reserved) == [("HC122", 1)]
    # Markdown in an asset folder is a page of its own (helpcenter.content.catalog.ASSET_FOLDERS)
    assert check(renderer, {"en/assets/README.md": page}, target="en/assets/README.md") == []


def test_a_page_that_cannot_be_rendered_is_a_finding(renderer):
    class Broken:
        def render(self, body):
            raise RuntimeError("boom")

    texts = {("en", "a/b.md"): ARTICLE + "Text.\n"}
    checker = ContentChecker(SiteSources(DOCS, ["en"], "en", texts=texts), Broken(), Sanitizer())
    [finding] = checker.check("en", "a/b.md")
    assert finding.code == "HC507" and "boom" in finding.message


def test_heading_lines_skip_fenced_code():
    lines = [
        "---",
        "title: T",
        "---",
        "# One",
        "```",
        "# code",
        "```",
        "",
        "Two",
        "---",
        "",
        "<h3>Three</h3>",
        "~~~",
        "## in a fence never closed",
    ]
    assert [(line, level) for line, level, _ in heading_lines(lines, 4)] == [(4, 1), (9, 2), (12, 3)]
    assert suggested_id("Café: Step 2 — ok?") == "cafe-step-2-ok" and suggested_id("手順") == ""


def test_files_that_are_not_utf8_are_read_with_their_likely_encoding(tmp_path):
    (tmp_path / "en").mkdir()
    latin = "---\ntitle: Crème brûlée\n---\n\nUn café crème, déjà servi à la française.\n".encode("latin-1")
    (tmp_path / "en" / "a.md").write_bytes(latin)
    (tmp_path / "en" / "b.md").write_text("---\ntitle: ok\n---\n", encoding="utf-8")
    (tmp_path / "en" / "folder.md").mkdir()  # a folder with a Markdown name is not a file
    texts = read_tree(tmp_path, ["en"])["en"]
    assert sorted(texts) == ["a.md", "b.md"]
    assert "Crème brûlée" in texts["a.md"]
    problem = texts.problem("a.md")
    assert (problem.line, problem.col) == (2, 10) and problem.encoding.startswith("cp1252")
    assert texts.problem("b.md") is None
    assert decode(b"\xef\xbb\xbfok")[0] == "\ufeffok" and decode(b"ok") == ("ok", None)
    assert isinstance(texts, LazyTexts)


@pytest.mark.demo
def test_the_demo_asks_what_its_writers_guide_says():
    demo = settings_from_config(load_config(str(ROOT / "mkdocs.yml")))
    assert demo.content.heading_ids == "required"
    assert demo.content.required_article_keys == ("description", "tags", "updated")
    assert demo.content.today == dt.date(2026, 11, 21)  # HC_BUILD_DATE, set by tests/conftest.py


def test_content_settings_are_typed_and_errors_name_them(tmp_path):
    assert ContentRules.from_settings(None) == ContentRules()
    rules = ContentRules.from_settings({"heading_ids": "required", "required_article_keys": ["tags", "tags"]})
    assert rules.heading_ids_required and rules.required_article_keys == ("tags",)
    for data, words in (
        ({"heading_ids": "yes"}, "extra.helpcenter.content.heading_ids"),
        ({"required_article_keys": "tags"}, "extra.helpcenter.content.required_article_keys"),
        ({"required_article_keys": ["colour"]}, "colour is not an article key"),
        ({"headings": 1}, "unknown setting(s) headings"),
        ([], "must be a mapping"),
    ):
        with pytest.raises(SettingError, match=words.replace("(", r"\(").replace(")", r"\)")):
            ContentRules.from_settings(data)
    config = load_config(str(write_fixture(tmp_path)))
    config.extra["helpcenter"]["content"] = {"heading_ids": "always"}
    with pytest.raises(PluginError, match="extra.helpcenter.content.heading_ids"):
        settings_from_config(config)
