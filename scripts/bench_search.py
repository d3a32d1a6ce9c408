"""Search benchmark: the help center's sharded per-language Lunr search against stock Material search, on the
synthetic corpus of the build benchmark (scripts/devtools/benchmark.py), served on localhost and driven in Chromium.

    python scripts/bench_search.py --articles 500 --articles 2000 --baseline

For each corpus size it prints, per configuration: index bytes per language, bytes fetched from opening an
article page until the first result is shown (search scripts, index data and result data; raw and gzip-9, as a
static host would compress them), milliseconds from the first keystroke to the first result, and the JS heap.
The heap is the page's plus its Web Workers' (stock Material runs its search in one; ours runs in the page).

    python scripts/bench_search.py --demo [--site SITE]

builds the demo help center (or takes a built SITE) and prints, per language with a relevance set in
tests/search/relevance/<lang>.yml: success@1, success@3 and MRR of the expected articles (what the results page
lists: one result per article, through engine.js and lunr.js in Node), how many nonsense queries found anything
(none should), and in Chromium the milliseconds from the last keystroke in the header search box to its results.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import gzip
import http.server
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from urllib.parse import urlparse

import yaml
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from devtools.benchmark import LANGUAGES, generate_corpus, measure_build, write_config

ROOT = Path(__file__).resolve().parent.parent

CHROMIUM = "/usr/bin/chromium"
QUERY = {"en": "withdrawal fees", "ja": "出金手数料"}
BUDGET_BYTES = 150 * 1024  # gzip bytes to the first result at N = 2,000 (issue 5)


def stock_search_config(corpus: Path) -> Path:
    """Stock Material + static-i18n with Material's search plugin, as the project's mkdocs.yml would be without us."""
    project = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("!!python/", "#"))
    i18n = next(p["i18n"] for p in project["plugins"] if isinstance(p, dict) and "i18n" in p)
    path = write_config(corpus, ROOT / "mkdocs.yml", stock=True)
    config = yaml.safe_load(path.read_text(encoding="utf-8"))
    config["plugins"] = ["search", {"i18n": i18n}]
    path = corpus / "mkdocs-stock-search.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


def index_bytes(site: Path, language: str, stock: bool) -> int:
    if stock:  # static-i18n merges every language into the root's index
        return (site / "search" / "search_index.json").stat().st_size
    folder = site / ("" if language == "en" else language) / "search"
    files = [folder / "meta.json", folder / "facets.json", *folder.glob("shard/*.json"), *folder.glob("tail/*.json")]
    return sum(p.stat().st_size for p in [*files, *folder.glob("doc/*.json")] if p.exists())


def serve(site: Path):
    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def is_search_request(path: str, stock: bool) -> bool:
    if stock:
        return "search_index.json" in path or "/workers/search" in path
    return "/search/" in path and path.endswith(".json") or "javascripts/search/" in path or "vendor/lunr/" in path


def measure_query(browser, base: str, site: Path, language: str, stock: bool, timeout_s: float) -> dict:
    """What one query costs in Chromium, or {"timeout": seconds} when no result showed within timeout_s."""
    prefix = "" if language == "en" else f"{language}/"
    article = next(iter(sorted((site / prefix / "security").glob("article-*/index.html"))))
    url = f"{base}/{article.relative_to(site).parent.as_posix()}/"
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    fetched: list[tuple[str, bytes]] = []

    def on_response(response):
        path = urlparse(response.url).path
        if is_search_request(path, stock):
            # a body that is gone (a redirect) has no bytes to count
            with contextlib.suppress(Exception):
                fetched.append((path, response.body()))

    page.on("response", on_response)
    page.goto(url, wait_until="load", timeout=timeout_s * 1000)
    if stock:
        field, result = "input[data-md-component=search-query]", ".md-search-result__item"
    else:
        field, result = ".hc-search--header input[data-hc-search]", ".hc-search--header a[data-hc-result]"
    page.focus(field)
    start = time.perf_counter()
    page.keyboard.type(QUERY.get(language, QUERY["en"]), delay=0)
    try:
        page.wait_for_selector(result, timeout=timeout_s * 1000)
    except PlaywrightTimeout:
        context.close()
        return {"timeout": time.perf_counter() - start}
    elapsed_ms = (time.perf_counter() - start) * 1000
    page.wait_for_timeout(300)  # result data still arriving for the rest of the list
    session = context.new_cdp_session(page)
    heap = session.send("Runtime.getHeapUsage")["usedSize"] + worker_heaps(session, page)
    context.close()
    raw = sum(len(body) for _, body in fetched)
    zipped = sum(len(gzip.compress(body, 9)) for _, body in fetched)
    return {"ms": elapsed_ms, "raw": raw, "gzip": zipped, "heap": heap, "requests": len(fetched)}


def worker_heaps(session, page, timeout_s: float = 5.0) -> int:
    """Used JS heap of the page's Web Workers (stock Material searches in one), through the page's DevTools
    session: Playwright gives workers no session of their own, so the request goes through Target messages."""
    replies: list[dict] = []
    session.on("Target.receivedMessageFromTarget", lambda event: replies.append(json.loads(event["message"])))
    total = 0
    for info in session.send("Target.getTargets")["targetInfos"]:
        if info["type"] != "worker":
            continue
        target = session.send("Target.attachToTarget", {"targetId": info["targetId"], "flatten": False})
        request = {"id": 1, "method": "Runtime.getHeapUsage"}
        session.send("Target.sendMessageToTarget", {"sessionId": target["sessionId"], "message": json.dumps(request)})
        deadline = time.perf_counter() + timeout_s
        while time.perf_counter() < deadline:
            reply = next((r for r in replies if r.get("id") == 1), None)
            if reply is not None:
                total += reply.get("result", {}).get("usedSize", 0)
                break
            page.wait_for_timeout(50)
        replies.clear()
        session.send("Target.detachFromTarget", {"sessionId": target["sessionId"]})
    return total


RELEVANCE_DIR = ROOT / "tests" / "search" / "relevance"
ENGINE_CLI = ROOT / "tests" / "search" / "engine_cli.mjs"
RELEVANCE_DEPTH = 10  # MRR counts the expected article within the first 10 results (0 below)


def search_dir_of(site: Path, language: str) -> Path:
    """The language's search folder: below /<language>/, or the root's for the default language."""
    own = site / language / "search"
    return own if (own / "meta.json").exists() else site / "search"


def relevance_cases(language: str) -> list[dict]:
    return yaml.safe_load((RELEVANCE_DIR / f"{language}.yml").read_text(encoding="utf-8"))


def run_articles(search_dir: Path, queries: list[str], limit: int = RELEVANCE_DEPTH) -> list[dict]:
    """Per query {total, partial, urls}: what the results page lists, through engine.js and lunr.js in Node."""
    payload = json.dumps({"search_dir": str(search_dir), "queries": queries, "limit": limit, "articles": True})
    out = subprocess.run(
        ["node", str(ENGINE_CLI)], input=payload, capture_output=True, text=True, check=True, cwd=ROOT
    ).stdout
    return json.loads(out)


def article_id(url: str, language: str) -> str:
    path = url.split("#", 1)[0].strip("/")
    return f"{path.removeprefix(f'{language}/')}.md"


def relevance(site: Path, language: str) -> dict:
    """success@1, success@3 and MRR of the language's relevance set, and its nonsense queries that found anything.

    A case is {q, expect: <article id>} or {q, kind: nonsense} (must find nothing)."""
    cases = relevance_cases(language)
    ranked = [c for c in cases if c.get("kind") != "nonsense"]
    nonsense = [c for c in cases if c.get("kind") == "nonsense"]
    found = run_articles(search_dir_of(site, language), [str(c["q"]) for c in ranked + nonsense])
    ranks, misses = [], []
    for case, hits in zip(ranked, found, strict=False):
        ids = [article_id(url, language) for url in hits["urls"]]
        rank = ids.index(case["expect"]) + 1 if case["expect"] in ids else 0
        ranks.append(rank)
        if rank != 1:
            misses.append(f"{case['q']!r}: expected {case['expect']} (rank {rank or '-'}), got {ids[:3]}")
    noisy = [f"{c['q']!r}: {hits['total']} results" for c, hits in zip(nonsense, found[len(ranked) :], strict=True)]
    n = len(ranks) or 1
    return {
        "queries": len(ranks),
        "success@1": sum(r == 1 for r in ranks) / n,
        "success@3": sum(0 < r <= 3 for r in ranks) / n,
        "mrr": sum(1 / r for r in ranks if r) / n,
        "nonsense": len(nonsense),
        "nonsense_with_results": [line for line, c in zip(noisy, found[len(ranked) :], strict=True) if c["total"]],
        "misses": misses,
    }


def relevance_languages() -> list[str]:
    return sorted(p.stem for p in RELEVANCE_DIR.glob("*.yml"))


def measure_last_keystroke(browser, base: str, site: Path, language: str, query: str, runs: int = 5) -> list[float]:
    """Milliseconds from the last keystroke of `query`, typed at a reader's pace into the header search box of the
    language's home page, to its results in the dropdown (the status naming the final query's count), in the
    page's own clock; one value per run, each on a fresh page (nothing of the index cached)."""
    prefix = "" if search_dir_of(site, language) == site / "search" else f"{language}/"
    times = []
    for _ in range(runs):
        context = browser.new_context(viewport={"width": 1280, "height": 900})
        page = context.new_page()
        page.goto(f"{base}/{prefix}", wait_until="load")
        field = page.locator(".hc-search--header input[data-hc-search]")
        # the page records its last input and when the dropdown shows results for the whole query
        page.evaluate(
            """(query) => {
              const box = document.querySelector('.hc-search--header');
              const input = box.querySelector('input[data-hc-search]');
              window.__hcBench = {};
              input.addEventListener('input', () => { window.__hcBench.key = performance.now(); });
              new MutationObserver(() => {
                if (input.value === query && box.dataset.hcShown === query && !window.__hcBench.shown)
                  window.__hcBench.shown = performance.now();
              }).observe(box, { attributes: true, attributeFilter: ['data-hc-shown'] });
            }""",
            query,
        )
        field.click()
        page.keyboard.type(query, delay=80)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            mark = page.evaluate("() => window.__hcBench")
            if mark.get("shown"):
                times.append(mark["shown"] - mark["key"])
                break
            page.wait_for_timeout(20)
        context.close()
    return times


def demo_report(site: Path, browser, languages: list[str]) -> None:
    print(f"{'lang':>4} {'queries':>7} {'success@1':>9} {'success@3':>9} {'MRR':>6} {'nonsense':>8} {'found':>5}")
    for language in languages:
        r = relevance(site, language)
        print(
            f"{language:>4} {r['queries']:>7} {r['success@1']:>9.3f} {r['success@3']:>9.3f} {r['mrr']:>6.3f} "
            f"{r['nonsense']:>8} {len(r['nonsense_with_results']):>5}"
        )
        for line in r["nonsense_with_results"]:
            print(f"{'':>6}nonsense with results: {line}")
    server = serve(site)
    base = f"http://127.0.0.1:{server.server_address[1]}"
    print(f"\n{'lang':>4} {'query':>24} {'ms after the last keystroke (median, max of 5)':>48}")
    try:
        for language in languages:
            query = next(str(c["q"]) for c in relevance_cases(language) if c.get("kind") != "nonsense")
            times = measure_last_keystroke(browser, base, site, language, query)
            if not times:
                print(f"{language:>4} {query:>24} no results within 10 s")
                continue
            print(f"{language:>4} {query:>24} {statistics.median(times):>30.0f} {max(times):>8.0f}")
    finally:
        server.shutdown()


def build_demo(target: Path) -> Path:
    from helpcenter.adapter.site_build import build_site

    build_site(ROOT / "mkdocs.yml", target, jobs=os.cpu_count() or 1)
    return target


def heap_label(heap: int) -> str:
    return f"{heap / 2**20:.1f}" if heap else "n/a"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, action="append", help="articles per language (repeatable)")
    parser.add_argument("--baseline", action="store_true", help="also build and measure stock Material search")
    parser.add_argument("--languages", default="en,ja", help="languages to query (comma separated)")
    parser.add_argument("--keep", type=Path, help="keep corpora and sites in this folder")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel build workers")
    parser.add_argument("--timeout", type=float, default=120, help="seconds to wait for our first result")
    parser.add_argument(
        "--stock-timeout",
        type=float,
        default=1200,
        help="seconds to wait for stock Material's first result (its browser builds the index: minutes at N=2,000)",
    )
    parser.add_argument("--demo", action="store_true", help="relevance and last-keystroke latency on the demo")
    parser.add_argument("--site", type=Path, help="with --demo: an already built demo site")
    args = parser.parse_args(argv)
    from playwright.sync_api import sync_playwright

    if args.demo:
        with tempfile.TemporaryDirectory(prefix="hc-bench-demo-") as tmp:
            site = args.site or build_demo(Path(tmp) / "site")
            with sync_playwright() as p:
                browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
                demo_report(site, browser, relevance_languages())
                browser.close()
        return 0

    languages = [lang for lang in args.languages.split(",") if lang in LANGUAGES]
    work = args.keep or Path(tempfile.mkdtemp(prefix="hc-bench-search-"))
    header = f"{'N/lang':>6} {'config':>7} {'lang':>4} {'index KB':>9} {'fetched KB':>11} {'gzip KB':>8} "
    print(header + f"{'requests':>8} {'first result ms':>15} {'heap MB':>8}")
    with sync_playwright() as p:
        browser = p.chromium.launch(
            executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu", "--enable-precise-memory-info"]
        )
        for n in args.articles or [500]:
            corpus = work / f"corpus-{n}"
            if not corpus.exists():
                generate_corpus(corpus, n, ROOT / "docs")
            variants = [("project", False)] + ([("stock", True)] if args.baseline else [])
            for name, stock in variants:
                config = stock_search_config(corpus) if stock else write_config(corpus, ROOT / "mkdocs.yml", False)
                site = corpus / f"site-search-{name}"
                # stock Material's site does not depend on this project's code: a kept one is reused
                if not (stock and site.exists()):
                    shutil.rmtree(site, ignore_errors=True)
                    built = measure_build(config, site, ROOT / "scripts/build_site.py", 1 if stock else args.jobs)
                    print(f"{n:>6} {name:>7} built in {built.seconds:.0f} s")
                    sys.stdout.flush()
                server = serve(site)
                base = f"http://127.0.0.1:{server.server_address[1]}"
                try:
                    for language in languages:
                        timeout_s = args.stock_timeout if stock else args.timeout
                        m = measure_query(browser, base, site, language, stock, timeout_s)
                        size = index_bytes(site, language, stock)
                        if "timeout" in m:
                            print(
                                f"{n:>6} {name:>7} {language:>4} {size / 1024:>9.0f}  "
                                f"no result after {m['timeout']:.0f} s (timed out; --stock-timeout/--timeout)"
                            )
                            sys.stdout.flush()
                            continue
                        print(
                            f"{n:>6} {name:>7} {language:>4} {size / 1024:>9.0f} {m['raw'] / 1024:>11.1f} "
                            f"{m['gzip'] / 1024:>8.1f} {m['requests']:>8} {m['ms']:>15.0f} {heap_label(m['heap']):>8}"
                        )
                        if not stock:
                            budget = "within" if m["gzip"] <= BUDGET_BYTES else "OVER"
                            margin = abs(BUDGET_BYTES - m["gzip"]) / 1024
                            print(
                                f"{'':>20} {budget} the {BUDGET_BYTES // 1024} KB first-query budget by {margin:.1f} KB"
                            )
                        sys.stdout.flush()
                finally:
                    server.shutdown()
        browser.close()
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
