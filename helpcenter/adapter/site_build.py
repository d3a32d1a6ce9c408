"""Build the site strictly into a temporary folder; publish it into the target only if the build succeeded.

With jobs > 1 the build runs in worker processes, one per core. Each worker runs the ordinary static-i18n
build of every language, but renders only its shard of the articles (HC_BUILD_SHARD="i/n"; the others are
excluded, so links to them still resolve). Home and category pages render in every worker. The output trees
are merged, and a file two workers both wrote must be byte-identical, which also proves the build deterministic.
"""

from __future__ import annotations

import filecmp
import logging
import os
import shutil
import tempfile
from concurrent.futures import ProcessPoolExecutor
from multiprocessing import get_context
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import Abort

from helpcenter.content.shards import SHARD_ENV
from helpcenter.publish.search.output import finalize_language as finalize_search_language
from helpcenter.publish.search.output import parts_dirs as search_parts_dirs
from helpcenter.publish.search.output import prepare_finalize as prepare_search_finalize


def _build_once(config_file: Path, site_dir: Path, strict: bool, shard: str | None) -> None:
    if shard is not None:
        os.environ[SHARD_ENV] = shard
    try:
        build(load_config(str(config_file), site_dir=str(site_dir), strict=strict))
    finally:
        os.environ.pop(SHARD_ENV, None)


class _ExcludedLinkFilter(logging.Filter):
    # links to another shard's articles are expected in a shard build; the complete site has them
    def filter(self, record: logging.LogRecord) -> bool:
        return "which is excluded from the built site" not in record.getMessage()


def _worker(config_file: str, site_dir: str, strict: bool, shard: str, log_level: int) -> str | None:
    """Runs in a spawned process; returns an error message instead of raising, so it always pickles."""
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=log_level)
    for handler in logging.getLogger().handlers:
        handler.addFilter(_ExcludedLinkFilter())
    try:
        _build_once(Path(config_file), Path(site_dir), strict, shard)
    except Abort as exc:
        return f"shard {shard}: {exc}"
    return None


def merge_trees(base: Path, other: Path) -> list[str]:
    """Move what only ``other`` has into ``base`` (whole folders at once); return shared paths that differ."""
    conflicts = []
    for entry in sorted(other.iterdir()):
        target = base / entry.name
        if not target.exists():
            os.replace(entry, target)
        elif entry.is_dir():
            conflicts += [f"{entry.name}/{c}" for c in merge_trees(target, entry)]
        elif not filecmp.cmp(entry, target, shallow=False):
            conflicts.append(entry.name)
    return conflicts


def _parts_bytes(parts_dir: Path) -> int:
    return sum(part.stat().st_size for part in parts_dir.glob("*.json"))


def build_site(config_file: Path, site_dir: Path, strict: bool = True, jobs: int = 1) -> None:
    """Raise mkdocs.exceptions.Abort on any warning in strict mode; site_dir is untouched then."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-build-", dir=site_dir.parent))
    try:
        if jobs <= 1:
            _build_once(config_file, staging / "0", strict, None)
        else:
            level = logging.getLogger("mkdocs").getEffectiveLevel()
            with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
                futures = [
                    pool.submit(_worker, str(config_file), str(staging / str(i)), strict, f"{i}/{jobs}", level)
                    for i in range(jobs)
                ]
                errors = [e for e in (f.result() for f in futures) if e]
            if errors:
                raise Abort("; ".join(errors))
            for i in range(1, jobs):
                conflicts = merge_trees(staging / "0", staging / str(i))
                if conflicts:
                    raise Abort(f"shards wrote different content to: {', '.join(conflicts[:10])}")
            # each worker wrote only its articles' part of every search index. Fresh processes build the
            # languages' indexes in parallel; the build workers have exited and given their memory back.
            # Largest first: five languages on two processes end soonest when the long ones do not come last.
            languages = sorted(search_parts_dirs(staging / "0"), key=_parts_bytes, reverse=True)
            prepare_search_finalize()
            with ProcessPoolExecutor(jobs, mp_context=get_context("fork")) as pool:
                list(pool.map(finalize_search_language, languages))
        old = site_dir.with_name(site_dir.name + ".old")
        if site_dir.exists():
            os.replace(site_dir, old)
        os.replace(staging / "0", site_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
