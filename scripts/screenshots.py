"""Screenshots of every page type at desktop and phone size, so that a reviewer can look without building.

    python scripts/screenshots.py [--site site] [--out site-screenshots] [--languages en zh ja]
                                  [--pages home article ...] [--sizes desktop phone]

Builds the demo into a temporary folder unless --site is given, serves it on 127.0.0.1 as a static host would
(each language's 404.html for missing paths), and drives Debian's Chromium (/usr/bin/chromium) through Playwright.
Writes <out>/<size>/<lang>-<page>.png, full pages, at 1366 x 900 (desktop) and 390 x 844 (phone); at phone size
also <lang>-<page>-search-open.png, the viewport after the header search has been opened. Chinese, Japanese and
Korean need a font that covers them (Debian: fonts-noto-cjk); the script warns when fontconfig has none.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import unquote, urlsplit

from helpcenter.adapter.site_build import build_site

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
PAGES = {
    "home": "",
    "category": "security/",
    "article": "security/enable-2fa/",
    "article-diagram": "deposits-withdrawals/deposit-not-credited/",
    "search": "search/?q=2FA",
    "contact": "contact/",
    "verify": "verify/",
    "announcements": "announcements/",
    "announcement": "announcements/fake-support-telegram/",
    "status": "translation-status/",
    "404": "no-such-page/",
}
# pages whose phone header is also shot with the search opened
SEARCH_OPEN_PAGES = ("home", "article")
# Chromium draws empty boxes for a script no installed font covers (Debian: fonts-noto-cjk)
CJK_LANGUAGES = ("zh", "ja", "ko")


def languages_without_fonts(languages: list[str]) -> list[str]:
    """The CJK languages among ``languages`` that fontconfig has no font for (none when fc-list is missing)."""
    if shutil.which("fc-list") is None:
        return []
    return [
        lang
        for lang in languages
        if lang.split("-")[0] in CJK_LANGUAGES
        and not subprocess.run(["fc-list", f":lang={lang}"], capture_output=True, text=True).stdout.strip()
    ]


def serve(site: Path) -> http.server.ThreadingHTTPServer:
    """A static server for ``site`` on a free loopback port; missing paths get their language's 404.html."""

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            pass

        def send_error(self, code, message=None, explain=None):
            page = not_found_page(self.path) if code == 404 and self.command in ("GET", "HEAD") else None
            if page is None:
                super().send_error(code, message, explain)
                return
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command == "GET":
                self.wfile.write(body)

    def not_found_page(request_path: str) -> Path | None:
        segments = [s for s in unquote(urlsplit(request_path).path).split("/") if s]
        under = segments[0] if len(segments) > 1 and segments[0] not in (".", "..") else ""
        for candidate in (site / under / "404.html", site / "404.html"):
            if candidate.is_file():
                return candidate
        return None

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return server


def shoot(
    base: str, out: Path, languages: list[str], pages: list[str], sizes: list[str], color_scheme: str = "light"
) -> list[Path]:
    from playwright.sync_api import sync_playwright

    written: list[Path] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            for size in sizes:
                width, height = SIZES[size]
                context = browser.new_context(
                    viewport={"width": width, "height": height},
                    device_scale_factor=1,
                    color_scheme=color_scheme,
                    is_mobile=size == "phone",
                    has_touch=size == "phone",
                )
                page = context.new_page()
                folder = out / size
                folder.mkdir(parents=True, exist_ok=True)
                for lang in languages:
                    prefix = "/" if lang == "en" else f"/{lang}/"
                    for name in pages:
                        page.goto(base + prefix + PAGES[name], wait_until="networkidle")
                        if page.locator("pre.hc-mermaid").count():  # diagrams render after the page loads
                            page.wait_for_selector("pre.hc-mermaid[data-processed] svg", timeout=15000)
                        targets = [folder / f"{lang}-{name}.png"]
                        page.screenshot(path=str(targets[0]), full_page=True)
                        if size == "phone" and name in SEARCH_OPEN_PAGES:
                            targets.append(folder / f"{lang}-{name}-search-open.png")
                            open_header_search(page)
                            page.screenshot(path=str(targets[-1]))
                        for target in targets:
                            print(f"wrote {target.relative_to(out)}", flush=True)
                        written += targets
                context.close()
        finally:
            browser.close()
    return written


def open_header_search(page) -> None:
    """Open the header search as a reader does (a tap on its icon on a phone) and type a query."""
    page.locator(".hc-search--header input[data-hc-search]").tap()
    page.keyboard.type("2fa")
    page.locator(".hc-search--header .hc-search__panel").wait_for(state="visible")
    page.wait_for_load_state("networkidle")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="an already built site/ (default: build the demo now)")
    parser.add_argument("--out", type=Path, default=ROOT / "site-screenshots", help="default: site-screenshots/")
    parser.add_argument("--languages", nargs="+", default=["en", "zh", "ja"])
    parser.add_argument("--pages", nargs="+", choices=list(PAGES), default=list(PAGES), help="default: all")
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES), help="default: both")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing. Fix: make chromium (or apt-get install chromium)", file=sys.stderr)
        return 1
    for lang in languages_without_fonts(args.languages):
        print(
            f"warning: no font for {lang} (fc-list :lang={lang} is empty): its screenshots show empty boxes. "
            "Fix: apt-get install fonts-noto-cjk",
            file=sys.stderr,
        )
    with tempfile.TemporaryDirectory(prefix="hc-screenshots-") as scratch:
        site = args.site
        if site is None:
            os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
            site = Path(scratch) / "site"
            build_site(ROOT / "mkdocs.yml", site, jobs=os.cpu_count() or 1)
        server = serve(site.resolve())
        try:
            base = f"http://127.0.0.1:{server.server_address[1]}"
            written = shoot(base, args.out, args.languages, args.pages, args.sizes)
        finally:
            server.shutdown()
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
