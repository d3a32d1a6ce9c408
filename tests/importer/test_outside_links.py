"""Links from imported pages to files outside the source's docs folder: the file comes in, the link points to it.

MkDocs' strict build fails on a link that leaves the docs folder ("the target is not found among documentation
files"), and the help center's checks say so too (HC201): the import brings such a file in below the default
language and rewrites the link, or keeps the link and warns when it cannot.
"""

from __future__ import annotations

from fixtures.existing_docs import CHANGELOG, FOLDER_PAGES, OUTSIDE_LINK, png, write_folder_project, write_tree

from helpcenter.content.findings import Severity
from helpcenter.content.importer import apply_plan, import_project, page_link_targets

FENCE = "```"


def config(*languages: str) -> str:
    """A folder-layout static-i18n mkdocs.yml; the first language is the default."""
    entries = "".join(
        f"        - locale: {code}\n          default: {str(code == languages[0]).lower()}\n" for code in languages
    )
    return f"site_name: T\nplugins:\n  - i18n:\n      docs_structure: folder\n      languages:\n{entries}"


def imported(tmp_path, files: dict[str, str | bytes], languages: tuple[str, ...] = ("en", "fr")):
    """Import ``files`` (a project folder, given a folder-layout mkdocs.yml) and apply it; the plan and the new
    docs folder."""
    source = write_tree(tmp_path / "source", {"mkdocs.yml": config(*languages), **files})
    plan = import_project(source)
    assert apply_plan(plan, tmp_path / "new") == []
    return plan, tmp_path / "new" / "docs"


def by_code(plan, code: str):
    return [f for f in plan.findings if f.code == code]


def test_folder_fixture_changelog_comes_in_and_every_language_links_to_it(tmp_path):
    source = write_folder_project(tmp_path / "source")
    plan = import_project(source)
    assert apply_plan(plan, tmp_path / "new") == []
    docs = tmp_path / "new" / "docs"
    changelog = {f.target: f for f in plan.files}["docs/en/CHANGELOG.md"]
    assert (changelog.source, changelog.shown, changelog.language, changelog.is_page) == (
        (source / "CHANGELOG.md").resolve(),
        "CHANGELOG.md",
        "en",
        True,
    )
    assert (docs / "en/CHANGELOG.md").read_bytes() == (source / "CHANGELOG.md").read_bytes() == CHANGELOG.encode()
    for language in FOLDER_PAGES["releases.md"]:
        new = (docs / language / "releases.md").read_text(encoding="utf-8")
        old = (source / "docs" / language / "releases.md").read_text(encoding="utf-8")
        assert new == old.replace(f"]({OUTSIDE_LINK})", "](CHANGELOG.md)") != old
        assert page_link_targets(new) == ["CHANGELOG.md"]
    (info,) = by_code(plan, "IMP121")
    assert info.severity is Severity.INFO and info.path == "docs/en/releases.md"
    assert (
        "1 file from outside the docs folder" in info.message and "CHANGELOG.md -> docs/en/CHANGELOG.md" in info.message
    )
    assert info.message.endswith("rewritten in 1 page")
    assert not [f for f in plan.findings if f.severity is not Severity.INFO]
    assert "CHANGELOG/" not in str(plan.redirects)  # it had no URL before: nothing to redirect


def test_link_text_only_in_a_code_block_or_span_is_left_alone(tmp_path):
    page = (
        "# Writing links\n\nA link to the changelog is written like this:\n\n"
        f"{FENCE}markdown\nSee [the changelog](../../CHANGELOG.md).\n{FENCE}\n\n"
        "    [indented](../../CHANGELOG.md)\n\n"
        "Or inline: `[log](../../CHANGELOG.md)`.\n"
    )
    plan, docs = imported(tmp_path, {"CHANGELOG.md": CHANGELOG, "docs/en/writing.md": page})
    assert page_link_targets(page) == []
    assert [f.target for f in plan.files] == ["docs/en/writing.md"]  # the changelog is not brought in
    assert all(f.replacements == () for f in plan.files)
    assert (docs / "en/writing.md").read_text(encoding="utf-8") == page
    assert not by_code(plan, "IMP121") and not by_code(plan, "IMP122")


def test_limitation_code_showing_the_same_link_is_rewritten_with_it(tmp_path):
    # documented in _outside_links: the literal replacement cannot tell code from link on a page that has both
    page = (
        "# Releases\n\nSee the [changelog](../../CHANGELOG.md).\n\n"
        f"{FENCE}markdown\n[changelog](../../CHANGELOG.md)\n{FENCE}\n"
    )
    _, docs = imported(tmp_path, {"CHANGELOG.md": CHANGELOG, "docs/en/releases.md": page})
    assert (docs / "en/releases.md").read_text(encoding="utf-8") == page.replace("../../CHANGELOG.md", "CHANGELOG.md")


def test_a_missing_outside_target_is_a_warning_and_the_link_is_kept(tmp_path):
    page = "# Releases\n\nSee the [changelog](../../CHANGES.md#v4).\n"
    plan, docs = imported(tmp_path, {"docs/en/releases.md": page, "docs/en/safety.md": "# Safety\n"})
    (warning,) = by_code(plan, "IMP122")
    assert warning.severity is Severity.WARNING
    assert (warning.path, warning.line, warning.col) == ("docs/en/releases.md", 3, 21)
    assert "../../CHANGES.md#v4" in warning.message and "does not exist" in warning.message
    assert warning.fix == "copy the file into docs/ and link to it, or link to its published URL"
    assert (docs / "en/releases.md").read_text(encoding="utf-8") == page
    assert not by_code(plan, "IMP121")


def test_a_target_outside_the_project_folder_is_a_warning(tmp_path):
    # a docs folder given directly: its parent's files are outside what is imported
    write_tree(tmp_path, {"CHANGELOG.md": CHANGELOG, "docs/en/releases.md": "# R\n\n[log](../../CHANGELOG.md)\n"})
    plan = import_project(tmp_path / "docs")
    (warning,) = by_code(plan, "IMP122")
    assert warning.path == "docs/en/releases.md" and "outside the project folder" in warning.message
    assert "CHANGELOG" not in str([f.target for f in plan.files])


def test_images_and_files_come_in_as_assets_with_links_relative_to_each_page(tmp_path):
    pdf = b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n"
    page = (
        "# Setup\n\n![Logo](../../../branding/logo.png){ width=80 }\n\n"
        '[Terms](../../../legal/Terms%20of%20use.pdf#page=2 "the terms")\n\n'
        '<p><img src="../../../branding/logo.png" alt=""></p>\n'
    )
    plan, docs = imported(
        tmp_path,
        {
            "branding/logo.png": png(1, 2, 3),
            "legal/Terms of use.pdf": pdf,
            "docs/en/guide/setup.md": page,
            "docs/fr/guide/setup.md": page.replace("Setup", "Installation"),
        },
    )
    planned = {f.target: f for f in plan.files}
    assert not planned["docs/en/branding/logo.png"].is_page and not planned["docs/en/legal/Terms of use.pdf"].is_page
    assert (docs / "en/branding/logo.png").read_bytes() == png(1, 2, 3)
    assert (docs / "en/legal/Terms of use.pdf").read_bytes() == pdf
    for language in ("en", "fr"):
        text = (docs / language / "guide/setup.md").read_text(encoding="utf-8")
        assert "![Logo](../branding/logo.png){ width=80 }" in text
        assert '[Terms](../legal/Terms%20of%20use.pdf#page=2 "the terms")' in text  # encoded as written
        assert '<img src="../branding/logo.png"' in text
    assert "2 files from outside the docs folder" in by_code(plan, "IMP121")[0].message


def test_every_link_form_is_rewritten_and_front_matter_is_not(tmp_path):
    front = '---\ntitle: "Notes"\nexample: "[notes](../../NOTES.markdown)"\n---\n'  # not a link: left alone
    body = (
        "# Notes\n\n"
        "[inline](../../NOTES.markdown) [angle](<../../NOTES.markdown>) [titled](../../NOTES.markdown 'T')\n"
        "[ref][n] and [section](../../NOTES.markdown#setup)\n"
        '<a href="../../NOTES.markdown">html</a>\n\n'
        "[n]: ../../NOTES.markdown"  # the last line, without a newline
    )
    plan, docs = imported(tmp_path, {"NOTES.markdown": "# Notes\n", "docs/en/notes-index.md": front + body})
    assert {f.target for f in plan.files} == {"docs/en/notes-index.md", "docs/en/NOTES.md"}  # .markdown as .md
    text = (docs / "en/notes-index.md").read_text(encoding="utf-8")
    assert text == front + body.replace("../../NOTES.markdown", "NOTES.md")
    assert sorted(page_link_targets(text)) == ["NOTES.md"] * 5 + ["NOTES.md#setup"]


def test_encoding_and_newlines_are_kept(tmp_path):
    page = "# Caf\u00e9\r\n\r\nVoir le [journal](../../CHANGELOG.md).\r\n".encode("cp1252")
    plan, docs = imported(tmp_path, {"CHANGELOG.md": CHANGELOG, "docs/fr/releases.md": page}, ("fr", "en"))
    assert (docs / "fr/releases.md").read_bytes() == page.replace(b"../../CHANGELOG.md", b"CHANGELOG.md")
    assert {f.target for f in plan.files} == {"docs/fr/releases.md", "docs/fr/CHANGELOG.md"}  # fr is the default


def test_a_taken_target_is_a_warning_and_the_link_is_kept(tmp_path):
    page = "# Releases\n\n[log](../../CHANGELOG.md)\n"
    plan, docs = imported(
        tmp_path, {"CHANGELOG.md": CHANGELOG, "docs/en/releases.md": page, "docs/en/CHANGELOG.md": "# Ours\n"}
    )
    (warning,) = by_code(plan, "IMP123")
    assert warning.severity is Severity.WARNING and warning.path == "docs/en/releases.md"
    assert "docs/en/CHANGELOG.md" in warning.message and "taken by docs/en/CHANGELOG.md" in warning.message
    assert (docs / "en/releases.md").read_text(encoding="utf-8") == page
    assert (docs / "en/CHANGELOG.md").read_text(encoding="utf-8") == "# Ours\n"


def test_links_that_stay_inside_docs_or_are_urls_are_not_touched(tmp_path):
    page = (
        "# A\n\n[b](../en/b.md) [back in](../../docs/en/b.md) [site](https://example.com/../x.md) "
        "[root](/x.md) [top](#a) [mail](mailto:a@example.com)\n"
    )
    plan, docs = imported(tmp_path, {"docs/en/a.md": page, "docs/en/b.md": "# B\n"})
    assert all(f.replacements == () for f in plan.files)
    assert not by_code(plan, "IMP121") and not by_code(plan, "IMP122")
    assert (docs / "en/a.md").read_text(encoding="utf-8") == page


def test_translations_link_to_the_default_languages_copy_and_pages_among_them_are_said(tmp_path):
    page = "# Notes\n\n[Journal](../../CHANGELOG.md) [encore](../../CHANGELOG.md#v4) ![Logo](../../logo.png)\n"
    plan, docs = imported(
        tmp_path,
        {
            "CHANGELOG.md": CHANGELOG,
            "logo.png": png(1, 2, 3),
            "docs/en/notes.md": page.replace("Journal", "Changelog"),
            "docs/fr/notes.md": page,
        },
    )
    assert {f.target for f in plan.files} == {
        "docs/en/notes.md",
        "docs/fr/notes.md",
        "docs/en/CHANGELOG.md",
        "docs/en/logo.png",
    }
    expected = "# Notes\n\n[Journal](CHANGELOG.md) [encore](CHANGELOG.md#v4) ![Logo](logo.png)\n"
    assert (docs / "fr/notes.md").read_text(encoding="utf-8") == expected  # the build falls back to en's
    # a translation linking to a page that exists in the default language only: HC209 in the build, said here once
    (warning,) = by_code(plan, "IMP124")
    assert (warning.path, warning.severity) == ("docs/fr/notes.md", Severity.WARNING)
    assert "exists in en only" in warning.message and "HC209" in warning.message
    assert warning.fix == "translate docs/en/CHANGELOG.md into docs/fr/CHANGELOG.md, or link to another page"
