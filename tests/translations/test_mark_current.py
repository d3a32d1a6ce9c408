"""mark-current takes a folder or --all, not only files: imported and untracked translations become tracked at once."""

from __future__ import annotations

import pytest
from conftest import HOME, article, load_script

from helpcenter.content.frontmatter import parse
from helpcenter.content.translations import source_hash

translations = load_script("translations")
FILES = {
    "en/index.md": HOME,
    "en/fees/index.md": "---\ntitle: Fees\ndescription: Fees.\n---\n",
    "en/fees/a.md": article("A"),
    "en/fees/b.md": article("B"),
    "ja/fees/a.md": article("エー"),
    "ja/fees/b.md": article("ビー"),
    "ja/fees/orphan.md": article("孤児"),  # no source: never marked
    "es/fees/a.md": article("A es"),
}


def recorded(root, rel):
    return parse((root / "docs" / rel).read_text(encoding="utf-8")).meta.get("source_hash")


def test_a_folder_marks_every_translation_in_it(site_factory, tmp_path):
    config = site_factory(FILES, languages=("en", "ja", "es"))
    assert translations.main(["--config-file", str(config), "mark-current", str(tmp_path / "docs/ja")]) == 0
    for name in ("a", "b"):
        english = (tmp_path / f"docs/en/fees/{name}.md").read_text(encoding="utf-8")
        assert recorded(tmp_path, f"ja/fees/{name}.md") == source_hash(english)
    assert recorded(tmp_path, "ja/fees/orphan.md") is None
    assert recorded(tmp_path, "es/fees/a.md") is None  # another language's folder is left alone


def test_all_marks_every_language(site_factory, tmp_path):
    config = site_factory(FILES, languages=("en", "ja", "es"))
    assert translations.main(["--config-file", str(config), "mark-current", "--all"]) == 0
    assert recorded(tmp_path, "es/fees/a.md") and recorded(tmp_path, "ja/fees/b.md")
    assert recorded(tmp_path, "en/fees/a.md") is None  # sources carry no hash


def test_paths_and_all_together_are_refused(site_factory, tmp_path):
    config = site_factory(FILES, languages=("en", "ja", "es"))
    with pytest.raises(SystemExit):
        translations.main(["--config-file", str(config), "mark-current", "--all", str(tmp_path / "docs/ja")])
