"""Two checkouts build the same shard at the same time, one per core: which one needs more CPU for the same site.

    git worktree add /tmp/base <commit>
    (cd /tmp/base && python scripts/bench_build.py --articles 2000 --keep /tmp/bench-base)   # its corpus and config
    python scripts/bench_build.py --articles 2000 --keep /tmp/bench-this
    python scripts/bench_pair.py --base /tmp/base /tmp/bench-base/corpus-2000/mkdocs.yml \\
        --this /tmp/bench-this/corpus-2000/mkdocs.yml --rounds 4

On a shared virtual machine the same build, run minutes apart, can take a third longer (README, "How the build stays
linear"), so one commit's runs after another's compare the machine's moods as much as the commits. Here both builds
run at once and see the same slow spells. Each is pinned to its own core, and the cores are swapped every round.
Each side runs its own checkout's ``scripts/build_site.py --shard 0/2`` (one build worker's share, strictly, in one
process) on its own configuration; give both configurations the same corpus, or the comparison means nothing.

Prints, per round, each side's CPU time (user + system, from wait4), wall time and peak resident memory, and this/base
of the CPU times; then the median of the ratios and each side's median peak memory.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


@dataclass(frozen=True)
class Side:
    name: str
    checkout: Path
    config: Path


@dataclass(frozen=True)
class Run:
    side: str
    core: int
    cpu_seconds: float
    wall_seconds: float
    peak_rss_mb: float = 0.0  # the build process's largest resident set (wait4's ru_maxrss)


class RoundFailed(Exception):
    """A side's build exited with an error; its log stays in the work folder."""


def cores_for(round_number: int, cores: tuple[int, int] = (0, 1)) -> tuple[int, int]:
    """(base's core, this side's core) of two cores this process may use: swapped every round, so that neither
    side keeps the faster core."""
    first, second = cores
    return (first, second) if round_number % 2 == 0 else (second, first)


def ratio(base: Run, this: Run) -> float:
    return this.cpu_seconds / base.cpu_seconds


def median_ratio(rounds: list[tuple[Run, Run]]) -> float:
    return statistics.median(ratio(base, this) for base, this in rounds)


def _start(side: Side, site_dir: Path, core: int, shard: str, log) -> subprocess.Popen:
    # the checkout's own code first: an editable install of the project would otherwise win for the base
    env = dict(os.environ, PYTHONPATH=str(side.checkout), NO_MKDOCS_2_WARNING="1")
    command = [sys.executable, "scripts/build_site.py", "--config-file", str(side.config)]
    command += ["--site-dir", str(site_dir), "--shard", shard]
    return subprocess.Popen(
        command,
        cwd=side.checkout,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
        preexec_fn=lambda: os.sched_setaffinity(0, {core}),
    )


def _wait(process: subprocess.Popen, started: float) -> tuple[int, float, float, float]:
    """(exit status, CPU seconds, wall seconds, peak RSS in MB) of a child and everything it waited for."""
    _, status, usage = os.wait4(process.pid, 0)
    process.returncode = os.waitstatus_to_exitcode(status)
    cpu = usage.ru_utime + usage.ru_stime
    return process.returncode, cpu, time.perf_counter() - started, usage.ru_maxrss / 1024  # Linux: kilobytes


def run_round(
    base: Side, this: Side, round_number: int, shard: str, work: Path, cores: tuple[int, int]
) -> tuple[Run, Run]:
    base_core, this_core = cores_for(round_number, cores)
    runs = {}
    logs = {side.name: work / f"{side.name}-{round_number}.log" for side in (base, this)}
    started = time.perf_counter()
    processes = []
    for side, core in ((base, base_core), (this, this_core)):
        with open(logs[side.name], "w") as log:
            processes.append((side, core, _start(side, work / f"site-{side.name}-{round_number}", core, shard, log)))
    failed = []
    for side, core, process in processes:  # both are waited for, so that neither outlives a failed round
        status, cpu, wall, peak = _wait(process, started)
        if status != 0:
            failed.append(f"{side.name} failed (exit {status}); its output: {logs[side.name]}")
        runs[side.name] = Run(side.name, core, cpu, wall, peak)
    if failed:
        raise RoundFailed("; ".join(failed))
    return runs[base.name], runs[this.name]


def _print_round(number: int, base: Run, this: Run) -> None:
    print(
        f"round {number + 1}: base {base.cpu_seconds:6.1f} s CPU ({base.wall_seconds:5.1f} s wall, "
        f"{base.peak_rss_mb:.0f} MB, core {base.core}) | this {this.cpu_seconds:6.1f} s CPU "
        f"({this.wall_seconds:5.1f} s wall, {this.peak_rss_mb:.0f} MB, core {this.core}) | "
        f"this/base {ratio(base, this):.3f}",
        flush=True,
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--base", nargs=2, metavar=("CHECKOUT", "CONFIG"), required=True, type=Path)
    parser.add_argument("--this", metavar="CONFIG", required=True, type=Path, help="this checkout's configuration")
    # even, so that each side gets each core as often as the other: the two cores of a VM need not be equally fast
    parser.add_argument("--rounds", type=int, default=4)
    parser.add_argument("--shard", default="0/2", help="the shard both sides build (default 0/2)")
    args = parser.parse_args(argv)
    allowed = sorted(os.sched_getaffinity(0))  # not always 0 and 1: a container or taskset may give others
    if len(allowed) < 2:
        print("bench_pair needs two cores: one for each side", file=sys.stderr)
        return 2
    cores = (allowed[0], allowed[1])
    base = Side("base", args.base[0].resolve(), args.base[1].resolve())
    this = Side("this", ROOT, args.this.resolve())
    for side in (base, this):
        if not (side.checkout / "scripts" / "build_site.py").is_file() or not side.config.is_file():
            print(f"{side.name}: no scripts/build_site.py in {side.checkout} or no {side.config}", file=sys.stderr)
            return 2
    work = Path(tempfile.mkdtemp(prefix="hc-bench-pair-"))
    rounds = []
    try:
        for number in range(args.rounds):
            rounds.append(run_round(base, this, number, args.shard, work, cores))
            _print_round(number, *rounds[-1])
    except RoundFailed as failure:
        print(failure, file=sys.stderr)  # the logs stay for reading
        return 1
    shutil.rmtree(work, ignore_errors=True)
    print(f"median this/base over {len(rounds)} rounds: {median_ratio(rounds):.3f} (CPU time of shard {args.shard})")
    base_mb = statistics.median(b.peak_rss_mb for b, _ in rounds)
    this_mb = statistics.median(t.peak_rss_mb for _, t in rounds)
    print(f"median peak memory: base {base_mb:.0f} MB, this {this_mb:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
