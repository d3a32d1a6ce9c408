"""Build benchmark: a synthetic corpus of N articles per language x 5 languages, built with this project's
configuration (and, with --baseline, stock Material + mkdocs-static-i18n with full navigation).

    python scripts/bench_build.py --articles 500 --articles 2000 --baseline --repeat 3

Prints wall time, CPU time (user + system, all processes), peak RSS and the largest article page's HTML size for
each build. CPU time well above twice the wall time on 2 cores means the machine was busy with something else.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

from devtools.benchmark import LANGUAGES, generate_corpus, measure_build, write_config

ROOT = Path(__file__).resolve().parent.parent

# issue #2's targets on a 2-core machine: articles per language -> (wall seconds, peak RSS MB or None)
TARGETS = {500: (12.0, None), 2000: (60.0, 600.0)}


def _print_row(n: int, name: str, m) -> None:
    print(
        f"{n:>13} {m.pages:>6} {name:>8} {m.seconds:>8.1f} {m.cpu_seconds:>7.1f} {m.peak_rss_mb:>12.0f} "
        f"{m.largest_article_kb:>15.1f}"
    )
    sys.stdout.flush()


def _against_target(n: int, m) -> str:
    seconds, rss = TARGETS[n]
    parts = [f"{m.seconds:.1f} s against {seconds:.0f} s: " + ("met" if m.seconds <= seconds else "MISSED")]
    if rss is not None:
        parts.append(f"{m.peak_rss_mb:.0f} MB against {rss:.0f} MB: " + ("met" if m.peak_rss_mb <= rss else "MISSED"))
    return f"target at {n} per language: " + "; ".join(parts)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, action="append", help="articles per language (repeatable)")
    parser.add_argument("--baseline", action="store_true", help="also build stock Material + static-i18n")
    parser.add_argument("--keep", type=Path, help="keep corpora and sites in this folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel language builds")
    parser.add_argument(
        "--repeat", type=int, default=1, help="build the project this many times and also print the median"
    )
    args = parser.parse_args(argv)
    sizes = args.articles or [500]
    work = args.keep or Path(tempfile.mkdtemp(prefix="hc-bench-"))
    print(f"{args.jobs} build jobs on {os.cpu_count()} cores; peak RSS is the whole process tree")
    print(
        f"{'articles/lang':>13} {'pages':>6} {'config':>8} {'wall s':>8} {'CPU s':>7} {'peak RSS MB':>12} "
        f"{'max article KB':>15}"
    )
    results = {}
    stale: list[Path] = [*work.glob("corpus-*/.stale-*")]
    for n in sizes:
        corpus = work / f"corpus-{n}"
        if not corpus.exists():
            generate_corpus(corpus, n, ROOT / "docs")
        variants = [("project", False)] + ([("stock", True)] if args.baseline else [])
        for name, stock in variants:
            config = write_config(corpus, ROOT / "mkdocs.yml", stock=stock)
            site = corpus / f"site-{name}"
            runs = []
            for _ in range(1 if stock else max(1, args.repeat)):
                if site.exists():
                    # deleted after the last measurement: removing some 10,000 files just before a build slows the
                    # build's own file writes on this VM's disk by 10-20% (the filesystem is still freeing blocks)
                    stale.append(site.rename(corpus / f".stale-{name}-{len(stale)}"))
                # stock MkDocs has no parallel build: one process, as `mkdocs build` would run it
                # ours strictly, as a real publish runs; stock Material is not held to our content checks
                jobs = 1 if stock else args.jobs
                runs.append(measure_build(config, site, ROOT / "scripts/build_site.py", jobs, strict=not stock))
                _print_row(n, name, runs[-1])
            results[(n, name)] = sorted(runs, key=lambda m: m.seconds)[len(runs) // 2]
            if len(runs) > 1:
                _print_row(n, "median", results[(n, name)])
        if args.baseline:
            p, s = results[(n, "project")], results[(n, "stock")]
            print(
                f"{'':>13} stock/project: time x{s.seconds / p.seconds:.1f}, "
                f"page size x{s.largest_article_kb / p.largest_article_kb:.1f}"
            )
    for n in sizes:
        if n in TARGETS:
            print(_against_target(n, results[(n, "project")]))
    if len(sizes) > 1:
        first, last = sizes[0], sizes[-1]
        ratio = results[(last, "project")].seconds / results[(first, "project")].seconds
        print(f"project build time grows x{ratio:.2f} for x{last / first:.1f} articles ({len(LANGUAGES)} languages)")
    for path in stale:
        shutil.rmtree(path, ignore_errors=True)
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
