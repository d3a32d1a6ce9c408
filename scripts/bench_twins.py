"""Markdown twins benchmark: helpcenter.publish.machine_twins's article_markdown and llms_txt on real article bodies.

    python scripts/bench_twins.py                         # the demo site plus 5 x 20 synthetic articles
    python scripts/bench_twins.py --synthetic 100 --repeat 7
    python scripts/bench_twins.py --keep /tmp/twins --save /tmp/golden.json
    python scripts/bench_twins.py --site /tmp/twins/demo --site /tmp/twins/synthetic --check /tmp/golden.json

Builds the demo help center once into a temporary folder (and, with --synthetic N, a corpus of N articles per
language from the build benchmark's generate_corpus) or takes built sites (--site, repeatable). Its inputs are what
the build hands the functions: each article's sanitized body, title and URL from <site>/api/<lang>/articles/*.json,
and each language's index from <site>/api/<lang>/index.json. Prints the median of --repeat runs: the total, the
milliseconds per article and the slowest article, and llms.txt per language; then how many outputs equal the
Markdown copies the build wrote (a check that the inputs are the build's). --save writes every output to a JSON
file, --check compares every output byte for byte with such a file.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from mkdocs.config import load_config

from devtools.benchmark import generate_corpus, write_config
from helpcenter.publish.machine_twins import article_markdown, llms_txt, twin_url

ROOT = Path(__file__).resolve().parent.parent


def build(config: Path, site: Path) -> Path:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
    command = [sys.executable, "-m", "mkdocs", "build", "-q", "-f", str(config), "-d", str(site)]
    subprocess.run(command, cwd=ROOT, env=env, check=True, stdout=subprocess.DEVNULL)
    return site


def inputs(site: Path) -> tuple[list[tuple[str, str, str, str]], list[tuple[str, dict]]]:
    """(key, title, html, url) of every article, and (language, index payload) of every language, sorted."""
    articles, indexes = [], []
    for language_dir in sorted(p for p in (site / "api").iterdir() if (p / "index.json").exists()):
        indexes.append((language_dir.name, json.loads((language_dir / "index.json").read_text(encoding="utf-8"))))
        for path in sorted((language_dir / "articles").rglob("*.json")):
            payload = json.loads(path.read_text(encoding="utf-8"))
            key = f"{site.name}:{path.relative_to(site).as_posix()}"
            articles.append((key, payload["title"], payload["html"], payload["url"]))
    return articles, indexes


def timed(function, runs: int) -> tuple[float, object]:
    """Median seconds of ``runs`` calls, and the last call's result."""
    times, result = [], None
    for _ in range(runs):
        start = time.perf_counter()
        result = function()
        times.append(time.perf_counter() - start)
    return statistics.median(times), result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, action="append", help="a built site to take inputs from (repeatable)")
    parser.add_argument("--synthetic", type=int, default=20, help="synthetic articles per language (0: none)")
    parser.add_argument("--repeat", type=int, default=5, help="timed runs; the median is printed")
    parser.add_argument("--keep", type=Path, help="build into this folder and keep the sites (for --site later)")
    parser.add_argument("--save", type=Path, help="write every output to this JSON file")
    parser.add_argument("--check", type=Path, help="compare every output with this JSON file (from --save)")
    args = parser.parse_args(argv)

    site_url = load_config(str(ROOT / "mkdocs.yml")).site_url or "/"  # the synthetic corpus inherits it
    work = args.keep or Path(tempfile.mkdtemp(prefix="hc-twins-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        sites = list(args.site or [])
        if not sites:
            print("building the demo site ...", flush=True)
            sites.append(build(ROOT / "mkdocs.yml", work / "demo"))
        if args.synthetic > 0 and not args.site:
            print(f"building {args.synthetic} synthetic articles per language ...", flush=True)
            corpus = work / "corpus"
            generate_corpus(corpus, args.synthetic, ROOT / "docs")
            sites.append(build(write_config(corpus, ROOT / "mkdocs.yml", stock=False), work / "synthetic"))
        articles, indexes = [], []
        for site in sites:
            a, i = inputs(site)
            articles += a
            indexes += [(f"{site.name}:{language}", index) for language, index in i]
        kb = sum(len(html.encode()) for _, _, html, _ in articles) / 1024
        print(f"{len(articles)} articles ({kb:.0f} KB of HTML), {len(indexes)} language indexes, {args.repeat} runs")

        def all_articles():
            return [article_markdown(title, html, url) for _, title, html, url in articles]

        def all_llms():
            return [llms_txt("Help Center", "Answers.", index, site_url, [("xx", site_url)]) for _, index in indexes]

        seconds, markdown = timed(all_articles, args.repeat)
        slowest = max(timed(lambda a=a: article_markdown(*a[1:]), 3)[0] for a in articles)
        print(
            f"article_markdown: {seconds * 1000:.1f} ms in all, {seconds * 1000 / len(articles):.3f} ms per article "
            f"(slowest article {slowest * 1000:.2f} ms)"
        )
        seconds, texts = timed(all_llms, args.repeat)
        print(f"llms_txt: {seconds * 1000:.2f} ms in all, {seconds * 1000 / len(indexes):.3f} ms per language")

        outputs = {key: text for (key, *_), text in zip(articles, markdown, strict=True)}
        outputs |= {f"llms:{key}": text for (key, _), text in zip(indexes, texts, strict=True)}
        built = same = 0
        for site in sites:
            for (key, _, _, url), text in zip(articles, markdown, strict=True):
                twin = site / twin_url(url.removeprefix(site_url))
                if key.startswith(f"{site.name}:") and twin.exists():
                    built += 1
                    same += twin.read_text(encoding="utf-8") == text
        print(f"equal to the build's Markdown copies: {same} of {built}")
        if args.save:
            args.save.write_text(json.dumps(outputs, ensure_ascii=False, sort_keys=True), encoding="utf-8")
            print(f"{len(outputs)} outputs saved to {args.save}")
        if args.check:
            expected = json.loads(args.check.read_text(encoding="utf-8"))
            common = expected.keys() & outputs.keys()
            differ = sorted(k for k in common if expected[k] != outputs[k])
            print(f"compared with {args.check}: {len(common) - len(differ)} of {len(common)} outputs identical")
            for key in differ[:10]:
                print(f"  DIFFERS: {key}")
            if differ or len(common) != len(outputs):
                return 1
        return 0
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
