"""Copy pinned npm front-end libraries into overrides/assets/vendor/, or verify the committed copy.

python scripts/vendor_assets.py           # after `npm ci`: refresh the vendored files
python scripts/vendor_assets.py --check   # no npm needed: verify files against MANIFEST.json
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

from devtools.vendor import (
    MANIFEST,
    VENDORED,
    load_json,
    manifest_for,
    manifest_problems,
    pinned_versions,
    planned_files,
    read_tree,
)

ROOT = Path(__file__).resolve().parent.parent


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--check", action="store_true", help="verify the vendored files, change nothing")
    args = parser.parse_args(argv)
    versions = pinned_versions(load_json(ROOT / "package.json"))
    failed = False
    for package in VENDORED:
        target = ROOT / package.target / package.name
        version = versions[package.name]
        if args.check:
            manifest_path = target / MANIFEST
            if not manifest_path.exists():
                print(f"{manifest_path.relative_to(ROOT)}:1:1: VENDOR001 no manifest. Fix: npm ci && make vendor")
                failed = True
                continue
            for problem in manifest_problems(load_json(manifest_path), version, read_tree(target)):
                where = manifest_path.relative_to(ROOT)
                print(f"{where}:1:1: VENDOR002 {package.name}: {problem}. Fix: npm ci && make vendor")
                failed = True
            continue
        package_dir = ROOT / "node_modules" / package.name
        installed = load_json(package_dir / "package.json")["version"]
        if installed != version:
            print(f"node_modules has {package.name} {installed}, package.json pins {version}. Fix: npm ci")
            return 1
        plan = planned_files(package_dir, package)
        shutil.rmtree(target, ignore_errors=True)
        for rel, src in plan.items():
            (target / rel).parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(src, target / rel)
        manifest = manifest_for(version, read_tree(target))
        (target / MANIFEST).write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
        print(f"vendored {package.name} {version}: {len(plan)} files")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
