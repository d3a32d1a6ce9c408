"""Nothing raises, whatever the tree holds: problems are findings."""

from __future__ import annotations

import os

import pytest
from fixtures.existing_docs import png, write_tree

from helpcenter.content.findings import Severity
from helpcenter.content.importer import apply_plan, import_project, read_project


def imported(tmp_path, files):
    source = write_tree(tmp_path / "source", files) if files else (tmp_path / "source")
    source.mkdir(exist_ok=True)
    plan = import_project(source)
    findings = apply_plan(plan, tmp_path / "new")
    return plan, findings


def test_an_empty_folder(tmp_path):
    plan, findings = imported(tmp_path, {})
    assert plan.files == [] and plan.redirects == {} and findings == []
    assert [lang.code for lang in plan.languages] == ["en"]
    assert [f.code for f in plan.findings] == ["IMP117"]


def test_a_path_that_does_not_exist(tmp_path):
    plan = import_project(tmp_path / "nowhere")
    assert plan.files == []
    assert {f.code for f in plan.findings} >= {"IMP100"}


def test_a_file_given_instead_of_a_folder(tmp_path):
    (tmp_path / "notes.md").write_text("# Notes\n")
    plan = import_project(tmp_path / "notes.md")
    assert plan.files == [] and "IMP100" in {f.code for f in plan.findings}


def test_an_empty_or_odd_configuration(tmp_path):
    for text in ("", "plugins: 3\n", "plugins:\n  - i18n: [1, 2]\n", "plugins:\n  - i18n:\n      languages: 7\n"):
        write_tree(tmp_path, {"mkdocs.yml": text, "docs/a.md": "# A\n"})
        plan = import_project(tmp_path)
        assert [f.target for f in plan.files] == ["docs/en/a.md"], text


def test_a_language_entry_that_is_not_a_mapping(tmp_path):
    config = "plugins:\n  - i18n:\n      languages:\n        - en\n        - locale: [fr]\n        - locale: de\n"
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/a.md": "# A\n", "docs/a.de.md": "# A\n"})
    plan = import_project(tmp_path)
    assert [lang.code for lang in plan.languages] == ["de"]
    assert "IMP102" in {f.code for f in plan.findings}


def test_files_named_like_languages(tmp_path):
    files = {"en": "a file named en", "fr.md": "# Français\n", "de": b"\x00\x01", "docs.md": "# Docs\n"}
    plan, findings = imported(tmp_path, {**{f"docs/{k}": v for k, v in files.items()}, "docs/a.fr.md": "# A\n"})
    assert findings == []
    assert {f.target for f in plan.files} >= {"docs/en/en", "docs/en/fr.md", "docs/en/de", "docs/fr/a.md"}
    clashes = [f for f in plan.findings if f.code == "IMP112"]
    assert clashes and all(f.severity is Severity.WARNING for f in clashes)


def test_binary_files_are_copied_as_they_are(tmp_path):
    data = bytes(range(256)) * 4
    plan, findings = imported(tmp_path, {"docs/a.md": "# A\n", "docs/files/blob.bin": data, "docs/i.png": png(1, 1, 1)})
    assert findings == []
    assert (tmp_path / "new/docs/en/files/blob.bin").read_bytes() == data


def test_markdown_that_is_not_utf8_is_copied_and_reported(tmp_path):
    latin1 = "# Café\n\nDéjà vu.\n".encode("latin-1")
    plan, findings = imported(tmp_path, {"docs/a.md": latin1, "docs/b.fr.md": b"\xff\xfe# binary\n", "docs/b.md": ""})
    assert (tmp_path / "new/docs/en/a.md").read_bytes() == latin1
    bad = {f.path: f for f in plan.findings if f.code == "IMP111"}
    assert set(bad) == {"docs/a.md", "docs/b.fr.md"}
    assert bad["docs/a.md"].line == 1 and bad["docs/a.md"].severity is Severity.WARNING


def test_deeply_nested_paths(tmp_path):
    deep = "/".join(f"level{i}" for i in range(40))
    plan, findings = imported(tmp_path, {f"docs/{deep}/page.md": "# Deep\n", f"docs/{deep}/page.ja.md": "# 深い\n"})
    assert findings == []
    assert {f.target for f in plan.files} == {f"docs/en/{deep}/page.md", f"docs/ja/{deep}/page.md"}
    assert f"ja/{deep}/page/" not in plan.redirects  # ja keeps its prefix


def test_names_with_spaces_dots_and_unicode(tmp_path):
    files = {
        "docs/guía de uso.md": "# Guía\n",
        "docs/guía de uso.pt_BR.md": "# Guia\n",
        "docs/v2.0/notes.md": "# Notes\n",
        "docs/指南/开始.zh_CN.md": "# 开始\n",
        "docs/指南/开始.md": "# Start\n",
    }
    plan, findings = imported(tmp_path, files)
    assert findings == []
    assert {f.target for f in plan.files} == {
        "docs/en/guía de uso.md",
        "docs/pt-BR/guía de uso.md",
        "docs/en/v2.0/notes.md",
        "docs/zh-CN/指南/开始.md",
        "docs/en/指南/开始.md",
    }
    assert plan.redirects["pt_BR/gu%C3%ADa%20de%20uso/"] == "pt-BR/gu%C3%ADa%20de%20uso/"


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links")
def test_a_symlink_loop_does_not_hang(tmp_path):
    write_tree(tmp_path, {"docs/a.md": "# A\n"})
    (tmp_path / "docs" / "loop").symlink_to(tmp_path / "docs", target_is_directory=True)
    (tmp_path / "docs" / "dangling.md").symlink_to(tmp_path / "missing.md")
    project = read_project(tmp_path)
    assert "docs/a.md" in {f.shown for f in project.files}
    findings = apply_plan(import_project(tmp_path), tmp_path / "new")
    assert [f.path for f in findings] == ["docs/en/dangling.md"]


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="permissions do not stop root")
def test_an_unreadable_folder(tmp_path):
    write_tree(tmp_path, {"docs/a.md": "# A\n", "docs/locked/b.md": "# B\n"})
    (tmp_path / "docs/locked").chmod(0)
    try:
        plan = import_project(tmp_path)
    finally:
        (tmp_path / "docs/locked").chmod(0o755)
    assert [f.shown for f in plan.files] == ["docs/en/a.md"] or "IMP116" in {f.code for f in plan.findings}
