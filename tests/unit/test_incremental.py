"""helpcenter.incremental: which pages an edit affects (pure; tests/preview holds the byte-for-byte builds)."""

from __future__ import annotations

from helpcenter.content.catalog import SourcePage
from helpcenter.incremental import merged, pages_after_edit, plan_language, whole_language


def page(doc_id: str, title: str, locale: str = "en", body: str = "Text.", **meta) -> SourcePage:
    url = "" if doc_id == "index.md" else doc_id.removesuffix("index.md").removesuffix(".md").rstrip("/") + "/"
    return SourcePage(doc_id, url, {"title": title, "description": f"About {title}.", **meta}, locale, body)


def site(**changes) -> dict[str, SourcePage]:
    pages = {
        "index.md": page("index.md", "Help"),
        "cards/index.md": page("cards/index.md", "Cards"),
        "cards/lost.md": page("cards/lost.md", "Lost card"),
        "cards/pin.md": page("cards/pin.md", "Change PIN"),
        "cards/limits.md": page("cards/limits.md", "Limits"),
        "loans/index.md": page("loans/index.md", "Loans"),
        "loans/apply.md": page("loans/apply.md", "Apply", related=["cards/limits.md"]),
    }
    for doc_id, new in changes.items():
        pages[doc_id.replace("__", "/") + ".md"] = new
    return pages


def test_a_body_edit_renders_that_article_only():
    after = site(cards__pin=page("cards/pin.md", "Change PIN", body="New text."))
    plan = plan_language("en", site(), after)
    assert plan.render == {"cards/pin.md"} and not plan.complete and plan.changed


def test_a_title_edit_renders_the_articles_whose_related_list_shows_it():
    after = site(cards__limits=page("cards/limits.md", "Card limits"))
    plan = plan_language("en", site(), after)
    # its siblings list it (no related of their own), and loans/apply names it
    assert plan.render == {"cards/limits.md", "cards/lost.md", "cards/pin.md", "loans/apply.md"}
    assert not plan.complete


def test_a_category_title_edit_renders_the_whole_language():
    plan = plan_language("en", site(), site(cards__index=page("cards/index.md", "Payment cards")))
    assert plan.complete


def test_a_new_or_deleted_page_renders_the_whole_language_and_removes_the_old_output():
    before = site()
    after = dict(before)
    del after["cards/pin.md"]
    plan = plan_language("en", before, after)
    assert plan.complete and plan.removed_urls == ("cards/pin/",) and plan.removed_doc_ids == ("cards/pin.md",)


def test_nothing_changed_plans_nothing_but_extra_pages():
    assert plan_language("en", site(), site()).empty
    plan = plan_language("en", site(), site(), frozenset({"cards/lost.md"}))
    assert plan.render == {"cards/lost.md"} and not plan.changed


def urls(doc_id: str, language: str) -> str:
    return f"{language}/{doc_id.removesuffix('.md')}/"


def test_a_language_shows_the_default_languages_edit_where_it_has_no_translation():
    english = site()
    portuguese = {d: SourcePage(d, "pt-BR/" + p.url, p.meta, "en", p.body) for d, p in english.items()}
    portuguese["cards/pin.md"] = SourcePage("cards/pin.md", "pt-BR/cards/pin/", {"title": "Mudar PIN"}, "pt-BR", "")
    edited = {
        ("en", "cards/lost.md"): page("cards/lost.md", "Lost card", body="Call us."),
        ("en", "cards/pin.md"): page("cards/pin.md", "Change PIN", body="Edited."),
    }
    after = pages_after_edit(portuguese, "pt-BR", english, "en", edited, urls)
    assert after["cards/lost.md"].body == "Call us." and after["cards/lost.md"].url == "pt-BR/cards/lost/"
    assert after["cards/pin.md"].meta == {"title": "Mudar PIN"}  # its own translation stays


def test_a_deleted_translation_falls_back_to_the_default_language():
    english = site()
    portuguese = {d: SourcePage(d, "pt-BR/" + p.url, p.meta, "en", p.body) for d, p in english.items()}
    portuguese["cards/pin.md"] = SourcePage("cards/pin.md", "pt-BR/cards/pin/", {"title": "Mudar PIN"}, "pt-BR", "")
    after = pages_after_edit(portuguese, "pt-BR", english, "en", {("pt-BR", "cards/pin.md"): None}, urls)
    assert after["cards/pin.md"].locale == "en" and after["cards/pin.md"].url == "pt-BR/cards/pin/"
    added = {("en", "cards/new.md"): page("cards/new.md", "N")}
    new = pages_after_edit(portuguese, "pt-BR", english, "en", added, urls)
    assert new["cards/new.md"].url == "pt-BR/cards/new/" and new["cards/new.md"].locale == "en"


def test_two_plans_for_one_language_merge():
    first = plan_language("en", site(), site(cards__pin=page("cards/pin.md", "Change PIN", body="x")))
    both = merged(first, whole_language("en"))
    assert both.complete and both.render == {"cards/pin.md"}


def test_the_preview_watches_every_project_file_a_build_stage_reads():
    """helpcenter/pipeline.py names what each stage reads; the preview restarts on a change to any shared input and
    plans per page for docs/. A stage that starts reading another project file must be added to one of them."""
    from helpcenter.adapter.preview import CONFIG_SUFFIXES, SHARED_INPUTS
    from helpcenter.pipeline import STAGES

    files = {read for stage in STAGES for step in stage.steps for read in step.reads if "/" in read or "." in read}
    files -= {r for r in files if r.startswith(("extra.", "theme."))}  # settings: inside mkdocs.yml
    files |= {"locales"} & {read for stage in STAGES for step in stage.steps for read in step.reads}
    uncovered = [
        read
        for read in sorted(files)
        if not read.startswith("docs/")
        and not ("/" not in read and read.endswith(CONFIG_SUFFIXES))  # mkdocs.yml and others at the root
        and not any(read == shared or read.startswith(shared + "/") for shared in SHARED_INPUTS)
        and not (read == "locales" and "helpcenter/locales" in SHARED_INPUTS)
    ]
    assert uncovered == [], f"stage inputs the preview does not watch: {uncovered}"
    assert {"data", "overrides", "hooks", "helpcenter/locales"} <= set(SHARED_INPUTS)
