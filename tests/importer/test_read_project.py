"""Reading an existing project: layout, languages and default, whatever the configuration says or omits."""

from __future__ import annotations

from fixtures.existing_docs import (
    FOLDER_LANGUAGES,
    SUFFIX_LANGUAGES,
    png,
    write_folder_project,
    write_suffix_project,
    write_tree,
)

from helpcenter.content.findings import Severity
from helpcenter.content.importer import Layout, TolerantLoader, read_config, read_project


def codes(project) -> list[str]:
    return [lang.code for lang in project.languages]


def test_suffix_fixture_languages_come_from_the_i18n_plugin(tmp_path):
    project = read_project(write_suffix_project(tmp_path))
    assert project.layout is Layout.SUFFIX
    assert codes(project) == ["en", "fr", "de", "ar", "ja", "zh-CN", "zh-TW", "pt-BR"]
    assert project.default_language == "en"
    assert [lang.source_code for lang in project.languages] == list(SUFFIX_LANGUAGES)
    assert [lang.name for lang in project.languages] == list(SUFFIX_LANGUAGES.values())
    assert project.site_url == "https://docs.fernpad.example/"  # !ENV's default, the environment is not read
    assert project.site_name == "Fernpad Docs"


def test_suffix_fixture_files_are_classified_by_their_suffix(tmp_path):
    project = read_project(write_suffix_project(tmp_path))
    by_shown = {f.shown: f for f in project.files}
    page = by_shown["docs/guide/install.pt_BR.md"]
    assert (page.language, page.rel, page.is_page, page.explicit) == ("pt-BR", "guide/install.md", True, True)
    default_page = by_shown["docs/guide/install.md"]
    assert (default_page.language, default_page.rel, default_page.explicit) == (None, "guide/install.md", False)
    variant = by_shown["docs/guide/notes/img/editor.fr.png"]
    assert (variant.language, variant.rel, variant.is_page) == ("fr", "guide/notes/img/editor.png", False)
    # a language-named image folder is an ordinary folder in the suffix layout: shared by every language
    assert by_shown["docs/assets/images/zh_CN/welcome.png"].language is None
    readme = by_shown["docs/assets/README.md"]
    assert (readme.language, readme.is_page) == (None, True)


def test_folder_fixture_reads_lower_case_pt_pt_as_pt_PT(tmp_path):
    project = read_project(write_folder_project(tmp_path))
    assert project.layout is Layout.FOLDER
    assert codes(project) == ["en", "de", "es", "fa", "pt-PT"]
    assert [lang.source_code for lang in project.languages] == list(FOLDER_LANGUAGES)
    pt = {f.shown: f for f in project.files}["docs/pt-pt/payments/methods.md"]
    assert (pt.language, pt.rel) == ("pt-PT", "payments/methods.md")
    # CHANGELOG.md lies outside docs/: not part of the import
    assert not any("CHANGELOG" in f.shown for f in project.files)


def test_a_docs_folder_can_be_given_directly(tmp_path):
    write_folder_project(tmp_path)
    project = read_project(tmp_path / "docs")
    assert project.config_file is None
    assert project.layout is Layout.FOLDER  # from the tree: language folders
    assert codes(project) == ["en", "de", "es", "fa", "pt-PT"]
    assert [lang.source_code for lang in project.languages][-1] == "pt-pt"
    assert any(f.code == "IMP104" and f.severity is Severity.INFO for f in project.findings)


def test_a_suffix_tree_without_configuration(tmp_path):
    write_tree(tmp_path, {"a.md": "# A\n", "a.fr.md": "# A fr\n", "b/c.pt_BR.md": "# C\n", "v1.2.md": "# V\n"})
    project = read_project(tmp_path)
    assert project.layout is Layout.SUFFIX
    assert codes(project) == ["en", "fr", "pt-BR"]
    assert [lang.source_code for lang in project.languages] == ["en", "fr", "pt_BR"]
    assert {f.shown: f.language for f in project.files}["docs/v1.2.md"] is None  # "2" is no language


def test_the_theme_language_is_the_default_of_a_tree_without_i18n(tmp_path):
    write_tree(
        tmp_path, {"mkdocs.yml": "site_name: X\ntheme:\n  name: material\n  language: DE\n", "docs/a.fr.md": "# A\n"}
    )
    project = read_project(tmp_path)
    # a plain MkDocs project: one language, and a file name's dots mean nothing more
    assert project.layout is Layout.SINGLE
    assert codes(project) == ["de"]
    assert project.files[0].rel == "a.fr.md"


def test_folder_tree_without_english_takes_the_language_with_most_pages(tmp_path):
    write_tree(tmp_path, {"docs/fr/a.md": "# A\n", "docs/fr/b.md": "# B\n", "docs/de/a.md": "# A\n"})
    project = read_project(tmp_path)
    assert project.layout is Layout.FOLDER
    assert codes(project) == ["fr", "de"]


def test_legacy_static_i18n_settings(tmp_path):
    config = (
        "plugins:\n  - i18n:\n      default_language: en\n      docs_structure: folder\n"
        "      languages:\n        fr: Français\n        pt_BR:\n          name: Português\n"
    )
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/en/a.md": "# A\n", "docs/pt_BR/a.md": "# A\n"})
    project = read_project(tmp_path)
    assert codes(project) == ["en", "fr", "pt-BR"]
    assert project.languages[1].name == "Français"
    assert project.languages[2].name == "Português"
    assert project.languages[0].name == "English"  # from CLDR


def test_plugins_as_a_mapping_and_no_default_marked(tmp_path):
    config = "plugins:\n  i18n:\n    languages:\n      - locale: de\n      - locale: en\n"
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/a.md": "# A\n", "docs/a.en.md": "# A\n"})
    project = read_project(tmp_path)
    assert project.layout is Layout.SUFFIX  # static-i18n's default structure
    assert project.default_language == "de"
    assert any(f.code == "IMP104" for f in project.findings)


def test_the_loader_tolerates_python_and_env_tags(tmp_path):
    text = (
        "a: !!python/name:material.extensions.emoji.twemoji\n"
        "b: !!python/object/apply:pymdownx.slugs.slugify {kwds: {case: lower}}\n"
        "c: !ENV SITE_URL\n"
        "d: !ENV [FIRST, SECOND, 'fallback']\n"
        "e: !relative $config_dir\n"
    )
    import yaml

    assert yaml.load(text, Loader=TolerantLoader) == {"a": None, "b": None, "c": None, "d": "fallback", "e": None}


def test_inherit_is_followed(tmp_path):
    write_tree(
        tmp_path,
        {
            "base.yml": "site_name: Base\nplugins:\n  - i18n:\n      docs_structure: folder\n"
            "      languages:\n        - locale: en\n          default: true\n        - locale: zh_CN\n",
            "mkdocs.yml": "INHERIT: base.yml\nsite_url: https://x.example/\n",
        },
    )
    config = read_config(tmp_path / "mkdocs.yml")
    assert config["site_name"] == "Base" and config["site_url"] == "https://x.example/"
    write_tree(tmp_path, {"docs/en/a.md": "# A\n", "docs/zh_CN/a.md": "# A\n"})
    assert codes(read_project(tmp_path)) == ["en", "zh-CN"]


def test_invalid_yaml_falls_back_to_the_tree(tmp_path):
    write_tree(tmp_path, {"mkdocs.yml": "site_name: [unclosed\n", "docs/en/a.md": "# A\n", "docs/fr/a.md": "# A\n"})
    project = read_project(tmp_path)
    bad = [f for f in project.findings if f.code == "IMP101"]
    assert len(bad) == 1 and bad[0].path == "mkdocs.yml" and bad[0].severity is Severity.WARNING
    assert project.layout is Layout.FOLDER  # what the files show
    assert codes(project) == ["en", "fr"]
    # a configuration that is not a mapping
    write_tree(tmp_path, {"mkdocs.yml": "- just\n- a list\n"})
    assert any(f.code == "IMP101" for f in read_project(tmp_path).findings)


def test_bad_and_unconfigured_codes_are_findings_not_errors(tmp_path):
    config = (
        "plugins:\n  - i18n:\n      languages:\n        - locale: en\n          default: true\n"
        "        - locale: english\n        - locale: null\n"
    )
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/a.md": "# A\n", "docs/a.fr.md": "# A\n", "docs/b.de.md": "# B\n"})
    project = read_project(tmp_path)
    assert codes(project) == ["en"]
    found = {f.code: f for f in project.findings}
    assert "'english'" in found["IMP102"].message
    assert found["IMP103"].severity is Severity.WARNING
    assert {f.shown for f in project.files} == {"docs/a.md"}
    unconfigured = [f for f in project.findings if f.code == "IMP103"]
    assert sorted(f.path for f in unconfigured) == ["docs/a.fr.md", "docs/b.de.md"]


def test_two_spellings_of_one_language_are_merged(tmp_path):
    config = (
        "plugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: en\n"
        "          default: true\n        - locale: pt_BR\n        - locale: pt-BR\n"
    )
    write_tree(tmp_path, {"mkdocs.yml": config, "docs/pt_BR/a.md": "# A\n", "docs/pt-BR/a.md": "# A\n"})
    project = read_project(tmp_path)
    assert codes(project) == ["en", "pt-BR"]
    assert sum(f.code == "IMP102" for f in project.findings) == 1


def test_what_mkdocs_leaves_out_is_left_out(tmp_path):
    hidden = {"docs/.git/config": "x", "docs/.DS_Store": b"\0", "docs/b/.pages": "x", "docs/templates/t.html": "x"}
    write_tree(tmp_path, {**hidden, "docs/a.md": "# A\n", "docs/b/templates/c.md": "# C\n"})
    assert [f.shown for f in read_project(tmp_path).files] == ["docs/a.md", "docs/b/templates/c.md"]


def test_docs_dir_setting_is_followed(tmp_path):
    write_tree(
        tmp_path, {"mkdocs.yml": "docs_dir: documentation\n", "documentation/a.md": "# A\n", "docs/z.md": "# Z\n"}
    )
    project = read_project(tmp_path)
    assert [f.shown for f in project.files] == ["docs/a.md"]


def test_images_are_assets_not_pages(tmp_path):
    write_tree(tmp_path, {"docs/a.md": "# A\n", "docs/a.png": png(1, 2, 3), "docs/notes.MD": "# upper\n"})
    kinds = {f.shown: f.is_page for f in read_project(tmp_path).files}
    # MkDocs matches Markdown extensions case-sensitively: notes.MD is a static file for it too
    assert kinds == {"docs/a.md": True, "docs/a.png": False, "docs/notes.MD": False}
