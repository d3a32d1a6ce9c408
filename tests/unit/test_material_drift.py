"""The copies of Material's templates and scripts in overrides/ are recorded against the installed Material, and
the record notices when Material's original or our copy changes (helpcenter/adapter/material_drift.py)."""

from __future__ import annotations

import importlib.metadata
import json
import shutil

from conftest import ROOT

from helpcenter.adapter.material_drift import RECORD, check, load_record, material_templates, recorded, shadowing_files

OVERRIDES = ROOT / "overrides"


def copy_overrides(tmp_path, record: dict):
    """The recorded files of overrides/ and the record, in tmp_path."""
    target = tmp_path / "overrides"
    for key in record:
        path = key.partition("#")[0]
        (target / path).parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(OVERRIDES / path, target / path)
    (target / RECORD).write_text(json.dumps(record), encoding="utf-8")
    return target


def test_the_committed_copies_match_the_installed_material():
    assert check(OVERRIDES) == []


def test_the_record_is_for_the_installed_material():
    installed = importlib.metadata.version("mkdocs-material")
    record = load_record(OVERRIDES / RECORD)
    assert {copy["material_version"] for copy in record.values()} == {installed}
    assert all(copy["why"].strip() for copy in record.values())


def test_every_file_that_replaces_one_of_materials_is_recorded():
    record = load_record(OVERRIDES / RECORD)
    shadowing = shadowing_files(OVERRIDES, material_templates())
    assert {"partials/header.html", "partials/nav.html", "partials/javascripts/base.html"} <= shadowing
    assert shadowing <= {key.partition("#")[0] for key in record}
    # the inline scripts moved into files for the CSP are copies too, though no path of Material's names them
    assert record["assets/javascripts/material-globals.js"]["upstream"] == "partials/javascripts/base.html"
    assert record["main.html#site_meta"]["upstream"] == "base.html#site_meta"


def test_recording_again_changes_nothing():
    assert recorded(OVERRIDES) == load_record(OVERRIDES / RECORD)


def test_an_upstream_change_names_the_copy_to_redo(tmp_path):
    record = load_record(OVERRIDES / RECORD)
    record["partials/nav.html"]["upstream_sha256"] = "0" * 64
    problems = check(copy_overrides(tmp_path, record))
    assert len(problems) == 1
    assert problems[0].startswith("overrides/partials/nav.html: Material's partials/nav.html changed")
    assert "Re-apply our change" in problems[0]


def test_a_changed_copy_is_reported_until_recorded(tmp_path):
    overrides = copy_overrides(tmp_path, load_record(OVERRIDES / RECORD))
    palette = overrides / "assets/javascripts/material-palette.js"
    palette.write_text(palette.read_text(encoding="utf-8") + "// a local change\n", encoding="utf-8")
    problems = check(overrides)
    assert problems == [
        "overrides/assets/javascripts/material-palette.js changed since it was recorded. If it still differs from "
        "Material's partials/javascripts/palette.html only by our change, update its 'why' and run "
        "python scripts/material_copies.py --record"
    ]
    (overrides / RECORD).write_text(json.dumps(recorded(overrides)), encoding="utf-8")
    assert check(overrides) == []


def test_a_change_outside_the_copied_block_is_not_a_drift(tmp_path):
    overrides = copy_overrides(tmp_path, load_record(OVERRIDES / RECORD))
    main = overrides / "main.html"
    main.write_text(main.read_text(encoding="utf-8") + "{#- after the copied block -#}\n", encoding="utf-8")
    assert check(overrides) == []
    source = main.read_text(encoding="utf-8")
    main.write_text(source.replace('<meta charset="utf-8">', '<meta charset="utf-8"><meta name="x">', 1), "utf-8")
    assert [p.split(" changed")[0] for p in check(overrides)] == ["overrides/main.html#site_meta"]


def test_missing_and_unrecorded_files_are_reported(tmp_path):
    record = load_record(OVERRIDES / RECORD)
    overrides = copy_overrides(tmp_path, record)
    (overrides / "partials/search.html").unlink()
    (overrides / "partials/footer.html").write_text("{#- ours -#}\n", encoding="utf-8")
    installed = importlib.metadata.version("mkdocs-material")
    (overrides / "assets/javascripts/material-tabs.js").write_text(
        f"// Material for MkDocs {installed}: tabs\n", "utf-8"
    )
    record["partials/alternate.html"]["upstream"] = "partials/no-such.html"
    (overrides / RECORD).write_text(json.dumps(record), encoding="utf-8")
    problems = "\n".join(check(overrides))
    assert "overrides/partials/search.html is recorded but missing" in problems
    assert "overrides/partials/footer.html replaces Material's partials/footer.html but has no record" in problems
    assert f"overrides/assets/javascripts/material-tabs.js says it copies Material {installed} but has no" in problems
    assert f"overrides/partials/alternate.html: Material {installed} has no partials/no-such.html" in problems
