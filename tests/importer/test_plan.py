"""The import plan: where every file goes, which URLs need a redirect, and what is said about it."""

from __future__ import annotations

from pathlib import Path

import pytest
from fixtures.existing_docs import (
    FOLDER_IMAGES,
    FOLDER_PAGES,
    SUFFIX_IMAGE_VARIANTS,
    SUFFIX_LANGUAGE_IMAGES,
    SUFFIX_PAGES,
    suffixed,
    write_folder_project,
    write_suffix_project,
    write_tree,
)

from helpcenter.content.findings import Severity
from helpcenter.content.importer import import_project, normalize_language_code, page_url, plan_import, read_project


@pytest.fixture
def suffix_plan(tmp_path):
    return import_project(write_suffix_project(tmp_path))


@pytest.fixture
def folder_plan(tmp_path):
    return import_project(write_folder_project(tmp_path))


def targets(plan) -> dict[str, str]:
    return {f.shown: f.target for f in plan.files}


def test_suffix_pages_go_to_their_language_folder_with_the_same_path(suffix_plan):
    expected = {
        f"docs/{suffixed(page, locale)}": f"docs/{normalize_language_code(locale)}/{page}"
        for page, texts in SUFFIX_PAGES.items()
        for locale in texts
    }
    assert {shown: target for shown, target in targets(suffix_plan).items() if shown in expected} == expected
    assert targets(suffix_plan)["docs/guide/install.pt_BR.md"] == "docs/pt-BR/guide/install.md"
    assert targets(suffix_plan)["docs/getting-started.md"] == "docs/en/getting-started.md"  # outside any folder


def test_suffix_assets_shared_go_to_the_default_language_variants_to_theirs(suffix_plan):
    moved = targets(suffix_plan)
    # the language-named image folders are ordinary folders: shared, so under the default language
    for rel in SUFFIX_LANGUAGE_IMAGES:
        assert moved[f"docs/{rel}"] == f"docs/en/{rel}"
    assert moved["docs/guide/notes/img/editor.png"] == "docs/en/guide/notes/img/editor.png"
    assert moved["docs/guide/notes/img/editor.fr.png"] == "docs/fr/guide/notes/img/editor.png"
    assert moved["docs/guide/notes/img/editor.ar.png"] == "docs/ar/guide/notes/img/editor.png"
    assert "docs/assets/README.md" not in moved  # a note beside the images, not a page for readers
    assert any(f.code == "IMP119" and f.path == "docs/assets/README.md" for f in suffix_plan.findings)
    assert len(suffix_plan.files) == sum(map(len, SUFFIX_PAGES.values())) + len(SUFFIX_LANGUAGE_IMAGES) + len(
        SUFFIX_IMAGE_VARIANTS
    )  # every page and image; the README beside the images is the one file left out


def test_suffix_languages_are_bcp47_default_first_with_names(suffix_plan):
    assert [(lang.code, lang.default) for lang in suffix_plan.languages][:2] == [("en", True), ("fr", False)]
    assert [lang.code for lang in suffix_plan.languages] == ["en", "fr", "de", "ar", "ja", "zh-CN", "zh-TW", "pt-BR"]
    assert suffix_plan.default_language == "en"
    assert suffix_plan.site_url == "https://docs.fernpad.example/"


def test_suffix_redirects_from_underscore_prefixes_for_every_page_served(suffix_plan):
    redirects = suffix_plan.redirects
    assert redirects["pt_BR/"] == "pt-BR/"
    assert redirects["pt_BR/guide/install/"] == "pt-BR/guide/install/"
    # untranslated in pt_BR: static-i18n served the English page at the pt_BR URL, which is kept too
    assert redirects["pt_BR/guide/notes/export/"] == "pt-BR/guide/notes/export/"
    assert "zh_TW/assets/" not in redirects  # the assets README is not imported, so it has no new URL
    pages = {f.target.split("/", 2)[2] for f in suffix_plan.pages if f.language == "en"}
    for old in ("pt_BR", "zh_CN", "zh_TW"):
        mine = {k: v for k, v in redirects.items() if k.startswith(old + "/")}
        assert len(mine) == len(pages) + 1, old
    # languages whose code does not change keep their URLs
    assert not any(key.startswith(("fr/", "ar/", "ja/", "de/")) for key in redirects)
    assert not any(key.startswith(("en/",)) for key in redirects)
    changed = [f for f in suffix_plan.findings if f.code == "IMP114"]
    assert len(changed) == 3 and all(f.severity is Severity.INFO for f in changed)
    assert all(f.path.startswith("docs/") and f.path.endswith(".md") for f in changed)


def test_folder_plan_keeps_paths_and_renames_pt_pt(folder_plan):
    moved = targets(folder_plan)
    assert moved["docs/pt-pt/payments/methods.md"] == "docs/pt-PT/payments/methods.md"
    assert moved["docs/fa/getting-started/first-ride.md"] == "docs/fa/getting-started/first-ride.md"
    assert moved["docs/en/troubleshooting/app/bluetooth.md"] == "docs/en/troubleshooting/app/bluetooth.md"
    assert moved["docs/fa/payments/images/wallet.png"] == "docs/fa/payments/images/wallet.png"
    # and CHANGELOG.md, outside docs/, which releases.md links to
    assert len(folder_plan.files) == sum(map(len, FOLDER_PAGES.values())) + len(FOLDER_IMAGES) + 1
    assert moved["CHANGELOG.md"] == "docs/en/CHANGELOG.md"
    assert [lang.code for lang in folder_plan.languages] == ["en", "de", "es", "fa", "pt-PT"]


def test_folder_redirects_only_for_pt_pt(folder_plan):
    assert set(folder_plan.redirects) == {
        "pt-pt/",
        *(f"pt-pt/{page_url(page)}" for page in FOLDER_PAGES),
    }
    assert folder_plan.redirects["pt-pt/troubleshooting/app/bluetooth/"] == "pt-PT/troubleshooting/app/bluetooth/"


def test_no_finding_is_an_error_and_content_findings_name_docs_pages(suffix_plan, folder_plan):
    for plan in (suffix_plan, folder_plan):
        assert all(f.severity in (Severity.INFO, Severity.WARNING) for f in plan.findings)
        assert not [f for f in plan.findings if f.severity is Severity.WARNING], plan.findings
        for finding in plan.findings:
            assert finding.path == "mkdocs.yml" or (finding.path.startswith("docs/") and finding.path.endswith(".md"))


@pytest.mark.parametrize(
    ("rel", "directory", "expected"),
    [
        ("guide/setup.md", True, "guide/setup/"),
        ("guide/index.md", True, "guide/"),
        ("guide/README.md", True, "guide/"),
        ("index.md", True, ""),
        ("faq.md", True, "faq/"),
        ("guide/setup.md", False, "guide/setup.html"),
        ("guide/README.md", False, "guide/index.html"),
        ("index.md", False, "index.html"),
    ],
)
def test_page_urls_follow_mkdocs(rel, directory, expected):
    assert page_url(rel, directory) == expected


def test_html_urls_become_folders_with_redirects(tmp_path):
    config = (
        "use_directory_urls: false\nplugins:\n  - i18n:\n      languages:\n        - locale: en\n"
        "          default: true\n        - locale: zh_TW\n"
    )
    write_tree(
        tmp_path, {"mkdocs.yml": config, "docs/index.md": "# H\n", "docs/g/a b.md": "# A\n", "docs/g/a b.zh_TW.md": "#"}
    )
    redirects = import_project(tmp_path).redirects
    assert redirects == {
        "g/a%20b.html": "g/a%20b/",
        "zh_TW/": "zh-TW/",
        "zh_TW/g/a%20b.html": "zh-TW/g/a%20b/",
        # zh_TW/index.html is served as zh-TW/ (the language root) already
        # index.html stays: it is the home page in both
    }


def test_a_file_localized_on_purpose_wins_a_collision(tmp_path):
    write_tree(tmp_path, {"a.md": "# shared\n", "a.en.md": "# en\n", "b.markdown": "# b\n", "b.md": "# b md\n"})
    plan = import_project(tmp_path)
    kept = {f.target: f.shown for f in plan.files}
    assert kept == {"docs/en/a.md": "docs/a.en.md", "docs/en/b.md": "docs/b.md"}
    same = sorted((f.path, f.message) for f in plan.findings if f.code == "IMP110")
    assert same == [
        ("docs/en/a.md", "2 files had the same target; kept docs/a.en.md, skipped docs/a.md"),
        ("docs/en/b.md", "2 files had the same target; kept docs/b.md, skipped docs/b.markdown"),
    ]


def test_other_markdown_extensions_become_md(tmp_path):
    write_tree(tmp_path, {"docs/en/a.markdown": "# A\n", "docs/en/b/c.mdown": "# C\n", "docs/fr/a.md": "# A\n"})
    plan = import_project(tmp_path)
    assert {f.target for f in plan.files} == {"docs/en/a.md", "docs/en/b/c.md", "docs/fr/a.md"}
    renamed = [f for f in plan.findings if f.code == "IMP113"]
    assert len(renamed) == 1 and "2 pages" in renamed[0].message


def test_a_page_named_like_a_language_is_a_warning(tmp_path):
    write_tree(tmp_path, {"a.md": "# A\n", "a.fr.md": "# A\n", "fr.md": "# French\n", "de/x.md": "# X\n"})
    plan = import_project(tmp_path)
    clashes = {f.path: f for f in plan.findings if f.code == "IMP112"}
    assert set(clashes) == {"docs/en/fr.md"}  # de is not a language of this project
    assert clashes["docs/en/fr.md"].severity is Severity.WARNING


def test_build_false_languages_are_imported_without_redirects(tmp_path):
    config = (
        "plugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n"
        "        - locale: pt_BR\n          build: false\n"
    )
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/a.md": "# A\n", "docs/a.pt_BR.md": "# A\n"})
    plan = import_project(tmp_path)
    assert [(lang.code, lang.build) for lang in plan.languages] == [("en", True), ("pt-BR", False)]
    assert plan.redirects == {}
    assert any(f.code == "IMP118" for f in plan.findings)


def test_static_i18n_cannot_build_some_bcp47_codes(tmp_path):
    write_tree(tmp_path, {"docs/en/a.md": "# A\n", "docs/es_419/a.md": "# A\n", "docs/fil/a.md": "# A\n"})
    plan = import_project(tmp_path)
    assert [lang.code for lang in plan.languages] == ["en", "es-419", "fil"]
    rejected = {f.path for f in plan.findings if f.code == "IMP105"}
    assert rejected == {"docs/es-419/a.md", "docs/fil/a.md"}


def test_plan_is_plain_data_and_reading_is_separate(tmp_path):
    project = read_project(write_folder_project(Path(tmp_path)))
    first, second = plan_import(project), plan_import(project)
    assert first == second  # deterministic, and reading the project once is enough
