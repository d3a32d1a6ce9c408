"""Pure parts of "any content tree builds": derived titles, generated pages, untracked translations, relayed
MkDocs messages and the page guard."""

from __future__ import annotations

import datetime as dt
import logging

from helpcenter.adapter.mkdocs_messages import RelayFilter, relayed
from helpcenter.adapter.page_guard import guard_page_events, guarded_template_class
from helpcenter.content.catalog import Role, SourcePage, build_catalog, role_of
from helpcenter.content.findings import Severity
from helpcenter.content.page_meta import TitleSource, derive, title_from_file_name, without_first_h1
from helpcenter.content.structure import generated_page_findings, missing_pages
from helpcenter.content.translations import Policy, SourceDoc, State, build_report, findings, source_hash

STRINGS = {"home": "Start", "search_label": "Search the help center"}


def test_title_comes_from_front_matter_then_h1_then_file_name():
    assert derive({"title": "Set up"}, "# Other\n", "a/b.md").title_source is TitleSource.FRONT_MATTER
    heading = derive({}, "Intro line\n\n# Install the app\n\nFirst paragraph.\n", "guide/install.md")
    assert (heading.title, heading.title_source) == ("Install the app", TitleSource.HEADING)
    assert heading.description == "Intro line"
    named = derive({}, "```\n# not a heading\n```\n", "guide/first_steps-now.md")
    assert (named.title, named.title_source) == ("First steps now", TitleSource.FILE_NAME)
    assert title_from_file_name("billing/index.md") == "Billing"


def test_description_is_cut_at_a_word_and_date_is_accepted_as_updated():
    derived = derive({"title": "x", "date": dt.date(2026, 9, 1)}, "word " * 80, "a/b.md")
    assert len(derived.description) <= 160 and derived.description.endswith("…")
    assert derived.updated == dt.date(2026, 9, 1)
    assert derive({"title": "x", "updated": "2026-10-01", "date": "2026-09-01"}, "", "a/b.md").updated == dt.date(
        2026, 10, 1
    )


def test_the_h1_that_became_the_title_is_shown_once():
    html = '<h1 id="install">Install</h1>\n<p>Text &amp; more</p>\n<h2 id="a">A</h2>'
    assert without_first_h1(html) == '<p>Text &amp; more</p>\n<h2 id="a">A</h2>'
    assert without_first_h1("<p>no heading</p>") == "<p>no heading</p>"


def test_catalog_of_imported_pages_uses_their_headings():
    pages = [
        SourcePage("guide/install.md", "guide/install/", {}, "en", "# Install Fernpad\n\nDownload it first.\n"),
        SourcePage("guide/index.md", "guide/", {}, "en", ""),
    ]
    catalog = build_catalog("en", pages)
    article = catalog.articles["guide/install.md"]
    assert (article.title, article.description) == ("Install Fernpad", "Download it first.")
    assert catalog.categories[0].title == "Guide"


def test_markdown_in_an_asset_folder_is_a_standalone_page():
    assert role_of("assets/README.md") is Role.PAGE
    assert role_of("images/x/notes.md") is Role.PAGE
    assert role_of("guide/install.md") is Role.ARTICLE


def test_missing_home_categories_and_search_are_generated():
    pages = {p.doc_id: p for p in missing_pages({"billing/refunds.md", "account/index.md", "account/x.md"}, STRINGS)}
    assert sorted(pages) == ["billing/index.md", "index.md", "search.md"]
    assert pages["billing/index.md"].title == "Billing"
    assert pages["search.md"].front_matter["template"] == "search.html"
    assert pages["index.md"].content().startswith('---\ntitle: "Start"\n---')
    assert missing_pages({"index.md", "search.md", "a/index.md", "a/b.md"}, STRINGS) == []


def test_generated_pages_are_one_info_finding_each_not_one_per_language():
    trees = {"en": {"index.md", "billing/refunds.md"}, "fr": {"billing/refunds.md"}, "ar": set()}
    found = generated_page_findings(trees, "en")
    assert [(f.path, f.code, f.severity) for f in found] == [
        ("docs/en/billing/index.md", "HC501", Severity.INFO),
        ("docs/en/search.md", "HC502", Severity.INFO),
    ]


def _report(translation_meta: str):
    english = "---\ntitle: Refunds\n---\n\nText.\n"
    docs = {
        "en": {"billing/refunds.md": SourceDoc("billing/refunds.md", english)},
        "fr": {"billing/refunds.md": SourceDoc("billing/refunds.md", f"---\ntitle: R\n{translation_meta}---\n\nT.\n")},
    }
    return build_report("en", docs, ["en", "fr"]), source_hash(english)


def test_a_translation_without_source_hash_is_untracked_not_stale():
    report, _ = _report("")
    assert report.state("fr", "billing/refunds.md") is State.UNTRACKED
    assert report.translated_share("fr") == 1.0  # readers get it as a translation
    policy = Policy(critical_categories=("billing",))
    [finding] = findings(report, policy)
    assert (finding.code, finding.severity) == ("TR005", Severity.INFO)
    assert "mark-current docs/fr" in finding.fix


def test_only_a_hash_mismatch_is_stale():
    report, good = _report('source_hash: "000000000000"\n')
    assert report.state("fr", "billing/refunds.md") is State.STALE
    report, good = _report(f'source_hash: "{good}"\n')
    assert report.state("fr", "billing/refunds.md") is State.TRANSLATED


def test_many_informative_missing_pages_are_one_line_per_language():
    english = {f"a/p{i}.md": SourceDoc(f"a/p{i}.md", f"# P{i}\n") for i in range(5)}
    report = build_report("en", {"en": english, "fr": {}}, ["en", "fr"])
    [finding] = findings(report, Policy(critical_categories=()))
    assert finding.code == "TR001" and "5 pages have no fr translation" in finding.message
    assert finding.message.endswith("and 2 more")


def test_mkdocs_messages_name_the_docs_file_and_line():
    text = "---\ntitle: x\n---\n\nSee [the log](../../CHANGELOG.md).\n"
    message = (
        "Doc file 'en/releases.md' contains a link '../../CHANGELOG.md', but the target '../CHANGELOG.md' is not "
        "found among documentation files."
    )
    out = relayed(message, "docs", lambda src: text if src == "en/releases.md" else None)
    assert out.startswith("docs/en/releases.md:5:15: HC506 MkDocs: contains a link '../../CHANGELOG.md'")
    assert " Fix: " in out
    assert relayed("Building documentation to directory: site", "docs", lambda src: None) is None


def test_relay_says_a_message_once_per_build(tmp_path):
    relay = RelayFilter(tmp_path, "docs")

    def record():
        return logging.LogRecord("mkdocs.structure.pages", logging.WARNING, "", 0, "Doc file 'en/a.md' x", (), None)

    assert relay.filter(first := record()) and first.msg.startswith("docs/en/a.md:1:1: HC506")
    assert not relay.filter(record())


class _Plugins:
    def __init__(self, handlers):
        self.events = {"page_content": handlers, "config": handlers}


class _Page:
    class file:  # noqa: N801 - stands for MkDocs' File
        abs_src_path = "/project/docs/fr/guide/x.md"


def test_a_failing_page_handler_becomes_a_finding_and_the_page_goes_on():
    def broken(html, page, config, files):
        raise KeyError("guide/x")

    reported = []
    plugins = _Plugins([broken])
    guard_page_events(plugins, reported.append, None)
    guard_page_events(plugins, reported.append, None)  # once per language build: wrapped only once
    from pathlib import Path

    guard_page_events(plugins, reported.append, Path("/project"))
    result = plugins.events["page_content"][0]("<p>x</p>", page=_Page(), config=None, files=None)
    assert result == "<p>x</p>"
    assert len(reported) == 1
    assert reported[0].format().startswith("/project/docs/fr/guide/x.md:1:1: HC507 the page content step of")
    assert plugins.events["config"] == [broken]  # only page events are guarded


def test_a_failing_template_renders_empty_with_a_finding():
    import jinja2

    reported = []
    env = jinja2.Environment(loader=jinja2.DictLoader({"t.html": '{% include "missing.html" %}'}))
    env.template_class = guarded_template_class(reported.append, None)
    assert env.get_template("t.html").render(page=_Page()) == ""
    assert reported[0].code == "HC507" and "TemplateNotFound" in reported[0].message


def test_automatic_heading_ids_that_differ_are_one_info_finding_per_language():
    from helpcenter.content.document import ExplicitIdsReader

    reader = ExplicitIdsReader(["toc", "attr_list"], {})
    english = "---\ntitle: Steps\n---\n\n## Steps\n\n## Pinned { #pinned }\n"
    french = "---\ntitle: Étapes\n---\n\n## Étapes\n\n## Épinglé { #pinned }\n"
    assert reader.read_both(english) == (("pinned",), ("steps",))
    docs = {
        lang: {"a/b.md": SourceDoc("a/b.md", text, *reader.read_both(text))}
        for lang, text in (("en", english), ("fr", french), ("de", english))
    }
    report = build_report("en", docs, ["en", "fr", "de"])
    assert report.automatic_drifts == [("fr", "a/b.md")]
    [finding] = [f for f in findings(report, Policy()) if f.code == "TR006"]
    assert (finding.path, finding.severity) == ("docs/fr/a/b.md", Severity.INFO)


def test_a_missing_link_target_is_told_by_the_content_checks_alone(tmp_path):
    relay = RelayFilter(tmp_path, "docs")
    message = (
        "Doc file 'en/a.md' contains a link 'b.md', but the target 'en/b.md' is not found among documentation files."
    )
    record = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, "", 0, message, (), None)
    assert not relay.filter(record)  # HC201 names it at its line
    other = "Doc file 'en/a.md' contains an unrecognized relative link 'x/', it was left as is."
    kept = logging.LogRecord("mkdocs.structure.pages", logging.WARNING, "", 0, other, (), None)
    assert relay.filter(kept) and kept.msg.startswith("docs/en/a.md:1:1: HC506")
