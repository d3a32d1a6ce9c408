import json
import os
import subprocess
import sys

from conftest import ROOT

from helpcenter.content.shards import SHARD_ENV, current_shard, shard_of

# Recorded once: crc32 of the UTF-8 id, modulo 2, 3 and 4 workers. Every machine and run must agree with it.
RECORDED = {
    "security/freeze-account.md": (1, 0, 3),
    "fees/maker-taker.md": (0, 0, 0),
    "deposits-withdrawals/withdrawal-fees.md": (1, 0, 1),
    "trading/order-types.md": (1, 1, 1),
    "security/账户冻结.md": (1, 0, 3),
}


def test_shards_are_stable_and_cover_everything():
    ids = [f"cat/article-{i}.md" for i in range(200)]
    for count in (2, 3, 4):
        shards = [shard_of(i, count) for i in ids]
        assert set(shards) == set(range(count))  # every worker gets articles, and no id falls outside them
        fair = len(ids) / count
        assert all(fair / 2 < shards.count(k) < fair * 1.5 for k in range(count)), (count, shards)
    assert {doc_id: tuple(shard_of(doc_id, c) for c in (2, 3, 4)) for doc_id in RECORDED} == RECORDED
    # the workers of a parallel build are other processes, each with its own hash seed: they must agree
    script = (
        "import json, sys; from helpcenter.content.shards import shard_of; "
        "print(json.dumps([shard_of(i, 3) for i in json.load(sys.stdin)]))"
    )
    here = [shard_of(i, 3) for i in ids]
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONHASHSEED": seed}
        done = subprocess.run(
            [sys.executable, "-c", script], input=json.dumps(ids), env=env, cwd=ROOT, capture_output=True, text=True
        )
        assert done.returncode == 0, done.stderr
        assert json.loads(done.stdout) == here, f"PYTHONHASHSEED={seed}"


def test_current_shard_from_environment(monkeypatch):
    monkeypatch.delenv(SHARD_ENV, raising=False)
    assert current_shard() is None
    monkeypatch.setenv(SHARD_ENV, "1/2")
    assert current_shard() == (1, 2)


def test_the_parallel_builds_parent_loads_no_page_parser():
    """Every process forked from the parent (build workers, search finalizing) starts with the parent's memory, and
    the peak counts it once per process: the parent imports what it runs, not lexbor or jsonschema."""
    script = (
        "import sys; import helpcenter.adapter.site_build; "
        "print(sorted(m for m in ('selectolax', 'jsonschema', 'nh3') if m in sys.modules))"
    )
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=True)
    assert done.stdout.strip() == "[]"
