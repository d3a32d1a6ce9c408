"""The matrix build (scripts/build_site.py --shard i/n in one CI job each, then --merge) equals the ordinary build."""

from __future__ import annotations

import datetime as dt
import filecmp
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import DEMO_PRESENT

from helpcenter.adapter.site_build import build_site

ROOT = Path(__file__).resolve().parents[2]
BUILD_SITE = [sys.executable, str(ROOT / "scripts" / "build_site.py"), "--config-file", str(ROOT / "mkdocs.yml")]
SHARDS = 2

pytestmark = pytest.mark.slow


def tree_differences(left: Path, right: Path) -> list[str]:
    """Paths only in one tree or with different bytes; empty when the trees are byte-identical."""
    differences = []
    comparison = filecmp.dircmp(left, right, ignore=[])
    differences += [f"only in {left.name}: {name}" for name in comparison.left_only]
    differences += [f"only in {right.name}: {name}" for name in comparison.right_only]
    _, mismatch, errors = filecmp.cmpfiles(left, right, comparison.common_files, shallow=False)
    differences += [f"differs: {name}" for name in mismatch + errors]
    for name in comparison.common_dirs:
        differences += [f"{name}/{d}" for d in tree_differences(left / name, right / name)]
    return differences


def build_environment() -> dict[str, str]:
    """Every build is dated the same day: tests/conftest.py's HC_BUILD_DATE for the demo; for a help center that
    replaced it (scripts/init_site.py), today, the date its writers dated their pages by."""
    assert os.environ.get("HC_BUILD_DATE")
    return dict(os.environ) if DEMO_PRESENT else {**os.environ, "HC_BUILD_DATE": dt.date.today().isoformat()}


def run_cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [*BUILD_SITE, *args], cwd=ROOT, capture_output=True, text=True, timeout=600, env=build_environment()
    )


@pytest.fixture(scope="module")
def shard_parts(tmp_path_factory) -> list[Path]:
    """The demo built as two shards, each by its own CLI process at the same time, as two CI jobs would."""
    root = tmp_path_factory.mktemp("matrix")
    parts = [root / f"part-{i}" for i in range(SHARDS)]
    processes = [
        subprocess.Popen(
            [*BUILD_SITE, "--shard", f"{i}/{SHARDS}", "--site-dir", str(part)],
            cwd=ROOT,
            env=build_environment(),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
        )
        for i, part in enumerate(parts)
    ]
    for process in processes:
        output, _ = process.communicate(timeout=600)
        assert process.returncode == 0, output
    return parts


def test_merged_shards_equal_the_single_process_build(shard_parts, tmp_path, monkeypatch):
    merged = run_cli("--merge", *map(str, shard_parts), "--site-dir", str(tmp_path / "merged"))
    assert merged.returncode == 0, merged.stderr
    single = tmp_path / "single"
    monkeypatch.setenv("HC_BUILD_DATE", build_environment()["HC_BUILD_DATE"])
    build_site(ROOT / "mkdocs.yml", single, jobs=1)

    assert tree_differences(tmp_path / "merged", single) == []
    # the whole site, not an empty tree compared with another (the demo has hundreds of pages, a new one a few)
    assert len(list(single.rglob("*.html"))) > (200 if DEMO_PRESENT else 10)


@pytest.mark.demo  # a site of a few articles may have them all in one shard
def test_each_shard_renders_only_part_of_the_articles(shard_parts):
    rendered = [{p.relative_to(part) for p in part.rglob("*.html")} for part in shard_parts]
    assert rendered[0] - rendered[1] and rendered[1] - rendered[0]  # articles of one shard only
    assert Path("index.html") in rendered[0] & rendered[1]  # shared pages render in every shard


def test_merge_lists_every_conflicting_file_and_keeps_the_target(shard_parts, tmp_path):
    tampered = tmp_path / "part-1"
    shutil.copytree(shard_parts[1], tampered)
    # the home of the default language and of the first other one (every language has its own 404.html)
    other = next(p.parent.name for p in sorted(tampered.glob("*/404.html")))
    for page in ("index.html", f"{other}/index.html"):
        (tampered / page).write_text("<p>not what shard 0 wrote</p>", encoding="utf-8")
    target = tmp_path / "site"
    target.mkdir()
    (target / "keep.txt").write_text("previous site", encoding="utf-8")

    result = run_cli("--merge", str(shard_parts[0]), str(tampered), "--site-dir", str(target))

    assert result.returncode == 1
    assert "index.html (differs in" in result.stderr and f"{other}/index.html (differs in" in result.stderr
    assert [p.name for p in target.iterdir()] == ["keep.txt"]
    assert (shard_parts[1] / "index.html").read_bytes() != b"<p>not what shard 0 wrote</p>"  # inputs untouched


def test_merge_refuses_a_missing_shard(shard_parts, tmp_path):
    result = run_cli("--merge", str(shard_parts[0]), "--site-dir", str(tmp_path / "site"))
    assert result.returncode == 1
    assert "expected 0/1" in result.stderr  # one part given: it must be shard 0/1, not 0/2
    assert not (tmp_path / "site").exists()
