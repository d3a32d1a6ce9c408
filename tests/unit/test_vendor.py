from pathlib import Path

from devtools.vendor import MANIFEST, VENDORED, load_json, manifest_for, manifest_problems, read_tree

ROOT = Path(__file__).resolve().parents[2]


def test_committed_vendor_files_match_manifest_and_package_json():
    pins = load_json(ROOT / "package.json")["dependencies"]
    assert sorted(pins) == sorted(p.name for p in VENDORED)
    for package in VENDORED:
        folder = ROOT / package.target / package.name
        assert manifest_problems(load_json(folder / MANIFEST), pins[package.name], read_tree(folder)) == []


def test_manifest_detects_changes():
    files = {"a.mjs": b"1", "b.mjs": b"2"}
    manifest = manifest_for("1.0.0", files)
    assert manifest_problems(manifest, "1.0.0", files) == []
    changed = {"a.mjs": b"X", "c.mjs": b"3"}
    assert manifest_problems(manifest, "2.0.0", changed) == [
        "vendored version 1.0.0 but package.json pins 2.0.0",
        "changed a.mjs",
        "missing b.mjs",
        "unlisted c.mjs",
    ]
