"""Lighthouse scores (mobile profile) of the home, article and search pages in English and Japanese.

    npm ci                       # installs the pinned lighthouse CLI (package.json devDependencies)
    python scripts/lighthouse.py [--site site] [--languages en ja]

Builds the demo into a temporary folder unless --site is given, serves it on 127.0.0.1, and runs Lighthouse in
Debian's Chromium (/usr/bin/chromium). Prints one row per page: performance, accessibility, best practices, SEO.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import os
import subprocess
import sys
import tempfile
import threading
from pathlib import Path

from devtools.lighthouse_report import CATEGORIES, failed_audits, scores
from helpcenter.adapter.site_build import build_site

ROOT = Path(__file__).resolve().parent.parent

LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
PAGES = {"home": "", "article": "security/enable-2fa/", "search": "search/?q=2FA"}
CHROME_FLAGS = "--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update"


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


def run_lighthouse(url: str) -> dict:
    env = dict(os.environ, CHROME_PATH="/usr/bin/chromium")
    command = [
        str(LIGHTHOUSE),
        url,
        "--output=json",
        "--output-path=stdout",
        "--quiet",
        f"--chrome-flags={CHROME_FLAGS}",
    ]
    result = subprocess.run(command, env=env, capture_output=True, text=True, timeout=240)
    if result.returncode != 0:
        raise RuntimeError(f"lighthouse failed for {url}:\n{result.stderr[-2000:]}")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an already built site/ (default: build the demo now)")
    parser.add_argument("--languages", nargs="+", default=["en", "ja"])
    args = parser.parse_args(argv)
    if not LIGHTHOUSE.exists():
        print(f"{LIGHTHOUSE} is missing. Fix: npm ci", file=sys.stderr)
        return 1
    site = args.site
    if site is None:
        site = Path(tempfile.mkdtemp(prefix="hc-lighthouse-")) / "site"
        build_site(ROOT / "mkdocs.yml", site, jobs=os.cpu_count() or 1)
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_QuietHandler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    base = f"http://127.0.0.1:{server.server_address[1]}"
    header = f"{'page':<14}" + "".join(f"{name:>16}" for name in CATEGORIES)
    print(header)
    try:
        for lang in args.languages:
            prefix = "/" if lang == "en" else f"/{lang}/"
            for name, path in PAGES.items():
                report = run_lighthouse(base + prefix + path)
                row = scores(report)
                cells = "".join(f"{'-' if v is None else v:>16}" for v in row.values())
                print(f"{lang + ' ' + name:<14}{cells}", flush=True)
                for category, value in row.items():
                    if value is not None and value < 100:
                        print(f"{'':<14}  {category}: " + "; ".join(failed_audits(report, category, 3)))
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
