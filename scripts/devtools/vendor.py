"""Which files of which npm packages the site vendors, and whether the committed copy is current.

The published site must not request a CDN, so front-end libraries are copied from node_modules (pinned in
package.json / package-lock.json) into overrides/assets/vendor/, which MkDocs copies into the site.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path

VENDOR_DIR = Path("overrides/assets/vendor")
TEST_VENDOR_DIR = Path("tests/vendor")


@dataclass(frozen=True)
class VendoredPackage:
    name: str
    # globs below the package folder; source maps are left out to keep the repo and the site small
    include: tuple[str, ...]
    # where the copy lives: the site's assets, or tests/vendor for what only the test suite loads
    target: Path = VENDOR_DIR


VENDORED = (
    # the search engine; the browser only loads prebuilt indexes (lunr.Index.load), see helpcenter/search
    VendoredPackage("lunr", ("lunr.min.js", "LICENSE")),
    VendoredPackage(
        "mermaid",
        ("dist/mermaid.esm.min.mjs", "dist/chunks/mermaid.esm.min/*.mjs"),
    ),
    # accessibility rules the browser quality gate runs in every page template; never published
    VendoredPackage("axe-core", ("axe.min.js", "LICENSE"), TEST_VENDOR_DIR),
)
MANIFEST = "MANIFEST.json"


def pinned_versions(package_json: dict) -> dict[str, str]:
    return dict(package_json.get("dependencies", {}))


def planned_files(package_dir: Path, package: VendoredPackage) -> dict[str, Path]:
    """Destination path (relative to the package's vendor folder) -> source file."""
    plan: dict[str, Path] = {}
    for pattern in package.include:
        for src in sorted(package_dir.glob(pattern)):
            rel = (
                src.relative_to(package_dir / "dist")
                if src.is_relative_to(package_dir / "dist")
                else src.relative_to(package_dir)
            )
            plan[rel.as_posix()] = src
    return plan


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def manifest_for(version: str, files: dict[str, bytes]) -> dict:
    return {"version": version, "files": {name: digest(data) for name, data in sorted(files.items())}}


def manifest_problems(manifest: dict, expected_version: str, actual_files: dict[str, bytes]) -> list[str]:
    """Differences between a vendored folder and its manifest; empty means it is intact and current."""
    problems = []
    if manifest.get("version") != expected_version:
        problems.append(f"vendored version {manifest.get('version')} but package.json pins {expected_version}")
    listed = manifest.get("files", {})
    for name, sha in listed.items():
        if name not in actual_files:
            problems.append(f"missing {name}")
        elif digest(actual_files[name]) != sha:
            problems.append(f"changed {name}")
    for name in actual_files:
        if name not in listed:
            problems.append(f"unlisted {name}")
    return problems


def read_tree(folder: Path) -> dict[str, bytes]:
    return {
        p.relative_to(folder).as_posix(): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def load_json(path: Path) -> dict:
    return json.loads(path.read_text(encoding="utf-8"))
