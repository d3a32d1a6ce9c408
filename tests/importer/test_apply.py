"""apply_plan: both fixtures land in docs/<bcp47>/ of a new project, byte for byte (but links to files outside
the docs folder, rewritten to where the import brings those files)."""

from __future__ import annotations

import pytest
from fixtures.existing_docs import (
    CHANGELOG,
    FOLDER_PAGES,
    OUTSIDE_LINK,
    SUFFIX_PAGES,
    write_folder_project,
    write_suffix_project,
)

from helpcenter.content.importer import apply_plan, import_project


@pytest.mark.parametrize("write", [write_suffix_project, write_folder_project])
def test_every_file_is_copied_unchanged(tmp_path, write):
    plan = import_project(write(tmp_path / "source"))
    assert apply_plan(plan, tmp_path / "new") == []
    written = sorted(p.relative_to(tmp_path / "new").as_posix() for p in (tmp_path / "new").rglob("*") if p.is_file())
    assert written == sorted(f.target for f in plan.files)
    for file in plan.files:
        expected = file.source.read_bytes()
        for old, new in file.replacements:
            expected = expected.replace(old.encode(), new.encode())
        assert (tmp_path / "new" / file.target).read_bytes() == expected, file.target
    # but the link to CHANGELOG.md outside docs/, rewritten to where the import brings it
    assert sum(bool(f.replacements) for f in plan.files) == (1 if write is write_folder_project else 0)
    assert not (tmp_path / "new" / "mkdocs.yml").exists()  # the configuration is init_site's to write


def test_suffix_project_becomes_one_folder_per_language(tmp_path):
    plan = import_project(write_suffix_project(tmp_path / "source"))
    apply_plan(plan, tmp_path / "new")
    docs = tmp_path / "new" / "docs"
    assert sorted(p.name for p in docs.iterdir()) == sorted(["ar", "de", "en", "fr", "ja", "pt-BR", "zh-CN", "zh-TW"])
    for language in ("pt_BR", "zh_CN", "zh_TW"):
        assert not (docs / language).exists()
    for page, texts in SUFFIX_PAGES.items():
        assert (docs / "en" / page).is_file()
        for locale in texts:
            folder = locale.replace("_", "-")
            assert (docs / folder / page).read_text(encoding="utf-8").startswith("# "), (folder, page)
    # the one-line README beside the images is a note for writers: not imported (IMP119)
    assert not (docs / "en/assets/README.md").exists()
    # a localized image replaces the shared one in its language only
    shared = (docs / "en/guide/notes/img/editor.png").read_bytes()
    assert (docs / "fr/guide/notes/img/editor.png").read_bytes() != shared
    assert not (docs / "pt-BR/guide/notes/img/editor.png").exists()  # the build falls back to the English one
    # no front matter was added: Markdown is never rewritten
    assert (docs / "ar/faq.md").read_text(encoding="utf-8").startswith("# الأسئلة الشائعة")


def test_folder_project_keeps_every_path_and_brings_in_its_outside_link(tmp_path):
    plan = import_project(write_folder_project(tmp_path / "source"))
    apply_plan(plan, tmp_path / "new")
    docs = tmp_path / "new" / "docs"
    assert sorted(p.name for p in docs.iterdir()) == ["de", "en", "es", "fa", "pt-PT"]
    for page, texts in FOLDER_PAGES.items():
        for folder in texts:
            target = folder if folder != "pt-pt" else "pt-PT"
            assert (docs / target / page).is_file()
    assert not list(docs.rglob("index.md"))  # no home is made up here; the build generates them
    # the changelog outside docs/ comes in as a page of the default language, and the links point to it
    assert (docs / "en/CHANGELOG.md").read_text(encoding="utf-8") == CHANGELOG
    for language in FOLDER_PAGES["releases.md"]:
        text = (docs / language / "releases.md").read_text(encoding="utf-8")
        assert "](CHANGELOG.md)" in text and OUTSIDE_LINK not in text, language


def test_applying_twice_gives_the_same_tree(tmp_path):
    plan = import_project(write_folder_project(tmp_path / "source"))
    apply_plan(plan, tmp_path / "new")
    before = {p: p.read_bytes() for p in (tmp_path / "new").rglob("*") if p.is_file()}
    assert apply_plan(plan, tmp_path / "new") == []
    assert {p: p.read_bytes() for p in (tmp_path / "new").rglob("*") if p.is_file()} == before


def test_a_file_that_cannot_be_copied_is_a_finding(tmp_path):
    plan = import_project(write_folder_project(tmp_path / "source"))
    (tmp_path / "new" / "docs" / "en").mkdir(parents=True)
    (tmp_path / "new" / "docs" / "en" / "payments").write_text("a file where a folder must go")
    findings = apply_plan(plan, tmp_path / "new")
    assert {f.path for f in findings} == {
        "docs/en/payments/methods.md",
        "docs/en/payments/refunds.md",
        "docs/en/payments/images/wallet.png",
    }
    assert all(f.code == "IMP120" for f in findings)
    assert (tmp_path / "new/docs/en/safety.md").is_file()  # the others are copied all the same
