"""Bring your existing docs: two MkDocs projects nobody here wrote (the shapes of issue 21, not their content).

With the importer, each builds strictly; moved into docs/<lang>/ by hand, each builds with findings and no
traceback, one line per cause.
"""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import yaml
from conftest import load_script
from fixtures.existing_docs import SUFFIX_LANGUAGES, write_folder_project, write_suffix_project
from test_adopters_kit import BRAND_OF_THE_DEMO, built_files, mkdocs_build, new_project

from helpcenter.adapter.site_build import build_site

init_site = load_script("init_site")
FINDING_LINE = re.compile(r"^(?:info|warning|error): (docs/\S+?):\d+:\d+: (IMP\d+) ", re.M)


def imported(tmp_path: Path, write, capsys) -> Path:
    source = write(tmp_path / "source")
    root = new_project(tmp_path / "project")
    argv = ["--root", str(root), "--brand", "Docs", "--site-url", "https://docs.example.org/", "--import", str(source)]
    assert init_site.main(argv) == 0
    out = capsys.readouterr().out
    findings = [line for line in out.splitlines() if line.startswith(("info:", "warning:", "error:"))]
    assert findings and all(FINDING_LINE.match(line) for line in findings), findings  # each names a docs/ page
    build_site(root / "mkdocs.yml", root / "site", strict=True, jobs=1)
    return root


def test_a_suffix_layout_project_imports_and_builds_strictly(tmp_path, capsys):
    root = imported(tmp_path, write_suffix_project, capsys)
    site = root / "site"
    assert '<html lang="ar" dir="rtl"' in (site / "ar/index.html").read_text(encoding="utf-8")  # generated home
    assert '<html lang="pt-BR"' in (site / "pt-BR/index.html").read_text(encoding="utf-8")
    assert (root / "docs/zh-TW").is_dir() and not (root / "docs/zh_TW").exists()
    redirect = (site / "pt_BR/index.html").read_text(encoding="utf-8")  # the old URL still answers
    assert 'http-equiv="refresh"' in redirect and "https://docs.example.org/pt-BR/" in redirect
    page = (site / "guide/install/index.html").read_text(encoding="utf-8")
    assert page.count("<h1") == 1  # the first # H1 is the title, shown once
    assert not (root / "docs/en/assets/README.md").exists()
    assert [p for p in built_files(site) if BRAND_OF_THE_DEMO.search(p.read_text(errors="replace"))] == []


def test_a_folder_layout_project_imports_and_builds_strictly(tmp_path, capsys):
    root = imported(tmp_path, write_folder_project, capsys)
    site = root / "site"
    assert '<html lang="fa" dir="rtl"' in (site / "fa/index.html").read_text(encoding="utf-8")
    assert (site / "pt-PT/index.html").is_file() and (site / "pt-pt/index.html").is_file()  # page and redirect
    assert "../CHANGELOG/" in (site / "releases/index.html").read_text(encoding="utf-8")  # brought in, relinked
    assert [p for p in built_files(site) if BRAND_OF_THE_DEMO.search(p.read_text(errors="replace"))] == []


# --- the same trees moved by hand, without the importer --------------------------------------------------------


def by_hand_suffix(source: Path, root: Path) -> list[str]:
    """page.fr.md -> docs/fr/page.md, page.md -> docs/en/page.md, as someone without the importer would."""
    codes = list(SUFFIX_LANGUAGES)  # as the project's mkdocs.yml lists them, default first
    for path in sorted((source / "docs").rglob("*")):
        if not path.is_file():
            continue
        rel = path.relative_to(source / "docs")
        parts = rel.name.split(".")
        language = parts[-2] if len(parts) > 2 and parts[-2] in codes else "en"
        name = ".".join(p for i, p in enumerate(parts) if not (i == len(parts) - 2 and p == language))
        target = root / "docs" / language / rel.parent / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, target)
    return codes


def plain_build(root: Path, languages: list[str], tmp_path: Path) -> list[str]:
    config = {
        "INHERIT": "mkdocs.base.yml",
        "site_name": "Docs",
        "site_url": "https://docs.example.org/",
        "plugins": [
            {
                "i18n": {
                    "docs_structure": "folder",
                    "fallback_to_default": True,
                    "reconfigure_material": True,
                    "languages": [
                        {"locale": code, "name": code, "default": i == 0, "build": True}
                        for i, code in enumerate(languages)
                    ],
                }
            }
        ],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    returncode, output, problems = mkdocs_build(root, tmp_path / "site")
    assert returncode == 0, output
    assert "Traceback" not in output
    assert len(problems) == len(set(problems)), output  # no cause said twice
    return problems


def test_suffix_project_moved_by_hand_builds_with_findings_and_no_traceback(tmp_path):
    source = write_suffix_project(tmp_path / "source")
    root = new_project(tmp_path / "project")
    codes = by_hand_suffix(source, root)
    assert {"pt_BR", "zh_CN", "zh_TW", "ar"} <= set(codes)
    problems = plain_build(root, codes, tmp_path)
    assert all(re.search(r" -  docs/\S+:\d+:\d+: [A-Z]+\d+ ", line) for line in problems), problems


def test_folder_project_moved_by_hand_builds_with_findings_and_no_traceback(tmp_path):
    source = write_folder_project(tmp_path / "source")
    root = new_project(tmp_path / "project")
    shutil.copytree(source / "docs", root / "docs")
    # pt-pt is no code the i18n plugin accepts: the adopter configures pt-PT and is told to rename the folder
    problems = plain_build(root, ["en", "de", "es", "fa", "pt-PT"], tmp_path)
    assert any("HC508" in line and "docs/pt-pt/" in line for line in problems), problems


def test_the_suffix_layout_without_the_importer_is_one_error_that_names_the_setting(tmp_path):
    source = write_suffix_project(tmp_path / "source")
    root = new_project(tmp_path / "project")
    shutil.copytree(source / "docs", root / "docs")
    config = {
        "INHERIT": "mkdocs.base.yml",
        "site_name": "Docs",
        "plugins": [
            {"i18n": {"docs_structure": "suffix", "languages": [{"locale": "en", "name": "English", "default": True}]}}
        ],
    }
    (root / "mkdocs.yml").write_text(yaml.safe_dump(config), encoding="utf-8")
    returncode, output, _ = mkdocs_build(root, tmp_path / "site", "--strict")
    assert returncode == 1 and "Traceback" not in output
    assert "ERROR   -  mkdocs.yml:1:1: HC505 the i18n plugin's docs_structure is 'suffix'" in output
    assert "scripts/init_site.py --import" in output


def test_a_missing_image_finding_names_the_path_that_resolves_it(site_factory, tmp_path, capsys, monkeypatch):
    from conftest import HOME, article

    config = site_factory(
        {
            "en/index.md": HOME,
            "en/guide/index.md": "---\ntitle: Guide\ndescription: How to.\n---\n",
            "en/guide/setup.md": article("Setup") + "\n![The editor](../assets/editor.png)\n",
            "ja/guide/setup.md": article("セットアップ") + "\n![エディター](images/editor.png)\n",
        }
    )
    (tmp_path / "docs/en/assets").mkdir(parents=True)
    (tmp_path / "docs/en/assets/editor.png").write_bytes(b"\x89PNG")
    monkeypatch.chdir(tmp_path)
    assert check_script.main(["--config-file", str(config)]) == 1
    [line] = [line for line in capsys.readouterr().out.splitlines() if " HC205 " in line]
    assert line.startswith("docs/ja/guide/setup.md:")
    assert "the site has editor.png at assets/editor.png (docs/en/assets/editor.png, which ja readers get too)" in line
    assert "![...](../assets/editor.png)" in line  # the path from the page's folder, not from its URL


check_script = load_script("check")
