"""Strict build of the help center; site/ is replaced only when the build has no warning.

python scripts/build_site.py [--config-file mkdocs.yml] [--site-dir site] [--jobs N]

Matrix build (one CI job per shard, then a merge job; see README "Publishing"):

python scripts/build_site.py --shard 0/2 --site-dir part-0   # renders shard 0 of 2 of the articles, strictly
python scripts/build_site.py --shard 1/2 --site-dir part-1
python scripts/build_site.py --merge part-0 part-1 --site-dir site

--merge fails, listing every path, when two parts hold different bytes for the same file, or when a shard is
missing or was built for another shard count. The parts are left unchanged.
"""

from __future__ import annotations

import argparse
import logging
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from helpcenter.adapter.site_build import _worker, build_site, merge_trees
from helpcenter.publish.search.output import PARTS_DIR, SEARCH_DIR
from helpcenter.publish.search.output import finalize_site as finalize_search

# written by helpcenter.publish.search.output.write_part, one per language and shard: <i>-of-<n>.json
SEARCH_PART_NAME = re.compile(r"(\d+)-of-(\d+)\.json")


def parse_shard(value: str) -> tuple[int, int]:
    try:
        index, count = (int(part) for part in value.split("/"))
    except ValueError:
        raise argparse.ArgumentTypeError(f"{value!r} is not i/n (e.g. 0/2)") from None
    if not (count >= 1 and 0 <= index < count):
        raise argparse.ArgumentTypeError(f"{value!r}: need 0 <= i < n")
    return index, count


def _publish(staging: Path, site_dir: Path) -> None:
    """Replace site_dir by staging in two renames, so a failure never leaves a half-written site."""
    old = site_dir.with_name(site_dir.name + ".old")
    if site_dir.exists():
        os.replace(site_dir, old)
    os.replace(staging, site_dir)
    shutil.rmtree(old, ignore_errors=True)


def build_shard(config_file: Path, site_dir: Path, shard: tuple[int, int], strict: bool = True) -> None:
    """One worker's part of the parallel build, in this process: the shard's articles plus every shared page."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".shard-build-", dir=site_dir.parent))
    try:
        level = logging.getLogger("mkdocs").getEffectiveLevel()
        error = _worker(str(config_file), str(staging / "part"), strict, f"{shard[0]}/{shard[1]}", level)
        if error:
            raise Abort(error)
        _publish(staging / "part", site_dir)
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def shard_problems(parts: list[Path]) -> list[str]:
    """Every language's search parts must come from shards 0..n-1 of one n: catches a missing or foreign part."""
    found: dict[str, set[tuple[int, int]]] = {}
    for part in parts:
        for path in part.rglob(f"{SEARCH_DIR}/{PARTS_DIR}/*.json"):
            match = SEARCH_PART_NAME.fullmatch(path.name)
            if match:
                found.setdefault(path.parent.relative_to(part).as_posix(), set()).add((int(match[1]), int(match[2])))
    if not found:
        return ["no search parts found: are these --shard builds?"]
    problems = []
    for folder, shards in sorted(found.items()):
        expected = {(i, len(parts)) for i in range(len(parts))}
        if shards != expected:
            got = ", ".join(f"{i}/{n}" for i, n in sorted(shards))
            problems.append(f"{folder}: shards {got}; expected 0/{len(parts)} .. {len(parts) - 1}/{len(parts)}")
    return problems


def merge_parts(parts: list[Path], site_dir: Path) -> list[str]:
    """Merge shard builds into site_dir; return the problems (conflicting paths first), site_dir unchanged then."""
    problems = shard_problems(parts)
    if problems:
        return problems
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-merge-", dir=site_dir.parent))
    try:
        merged = staging / "site"
        shutil.copytree(parts[0], merged)
        for i, part in enumerate(parts[1:], start=1):
            copy = staging / f"part-{i}"  # merge_trees moves files out of its second tree: keep the inputs intact
            shutil.copytree(part, copy)
            problems += [f"{path} (differs in {part})" for path in merge_trees(merged, copy)]
        if problems:
            return problems
        finalize_search(merged)  # each shard wrote only its articles' part of every search index
        _publish(merged, site_dir)
        return []
    finally:
        shutil.rmtree(staging, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel language builds")
    parser.add_argument("--no-strict", action="store_true", help="do not fail on warnings (benchmarks only)")
    mode = parser.add_mutually_exclusive_group()
    mode.add_argument("--shard", type=parse_shard, metavar="I/N", help="build only shard I of N into --site-dir")
    mode.add_argument("--merge", type=Path, nargs="+", metavar="PART", help="merge shard builds into --site-dir")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    if args.merge:
        missing = [str(p) for p in args.merge if not p.is_dir()]
        problems = [f"{p}: not a folder" for p in missing] or merge_parts(args.merge, args.site_dir)
        if problems:
            print(f"Merge failed, {args.site_dir}/ left unchanged:", file=sys.stderr)
            for problem in problems:
                print(f"  {problem}", file=sys.stderr)
            return 1
        print(f"Merged {len(args.merge)} parts into {args.site_dir}/")
        return 0
    try:
        if args.shard:
            build_shard(args.config_file, args.site_dir, args.shard, strict=not args.no_strict)
        else:
            build_site(args.config_file, args.site_dir, strict=not args.no_strict, jobs=args.jobs)
    except (Abort, BuildError, ConfigurationError) as exc:
        print(f"Build failed, {args.site_dir}/ left unchanged: {exc}", file=sys.stderr)
        return 1
    print(f"Built {args.site_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
