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
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from urllib.parse import quote, unquote, urlsplit

from helpcenter.adapter.site_build import build_site
from helpcenter.adapter.site_config import read_site_config

ROOT = Path(__file__).resolve().parent.parent
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]
SIZES = {"desktop": (1366, 900), "phone": (390, 844)}
# page types; the ones that depend on the content (a category, an article...) are found in the built site
PAGES = (
    "home", "category", "article", "article-diagram", "search", "contact", "verify",
    "announcements", "announcement", "status", "404",
)  # fmt: skip
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


def page_paths(site: Path, default: str) -> dict[str, str]:
    """Each page type's path below a language's root, taken from this site (any help center, not only the demo):
    the first category and article of the in-app API index, the first article with a diagram, the first
    announcement; a type the site lacks is left out."""
    api = site / "api" / default
    index = json.loads((api / "index.json").read_text(encoding="utf-8")) if (api / "index.json").is_file() else {}
    # category URLs are one folder below the site's root (its address may have a path of its own)
    site_url_path = urlsplit(next((c["url"] for c in index.get("categories", [])), "")).path
    home = site_url_path.rstrip("/").rsplit("/", 1)[0] + "/" if site_url_path else "/"

    def relative(url: str) -> str:
        return urlsplit(url).path.removeprefix(home)

    paths = {"home": "", "contact": "contact/", "verify": "verify/", "announcements": "announcements/",
             "status": "translation-status/", "404": "no-such-page/"}  # fmt: skip
    if index.get("categories"):
        paths["category"] = relative(index["categories"][0]["url"])
    articles = index.get("articles", [])
    if articles:
        paths["article"] = relative(articles[0]["url"])
        first_word = (articles[0].get("tags") or articles[0]["title"].split() or ["help"])[0]
        paths["search"] = f"search/?q={quote(first_word)}"
    for article in articles:
        page = site / relative(article["url"]) / "index.html"
        if page.is_file() and "hc-mermaid" in page.read_text(encoding="utf-8"):
            paths["article-diagram"] = relative(article["url"])
            break
    if (api / "announcements.json").is_file():
        posts = json.loads((api / "announcements.json").read_text(encoding="utf-8")).get("announcements", [])
        if posts:
            paths["announcement"] = relative(posts[0]["url"])
    return {name: path for name, path in paths.items() if name == "404" or (site / path.split("?")[0]).exists()}


def shoot(
    base: str,
    out: Path,
    languages: list[str],
    paths: dict[str, str],
    sizes: list[str],
    default: str,
    color_scheme: str = "light",
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
                    prefix = "/" if lang == default else f"/{lang}/"
                    for name, path in paths.items():
                        page.goto(base + prefix + path, wait_until="networkidle")
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
    parser.add_argument("--languages", nargs="+", help="default: the site's first three languages")
    parser.add_argument("--pages", nargs="+", choices=PAGES, default=list(PAGES), help="default: all the site has")
    parser.add_argument("--sizes", nargs="+", choices=list(SIZES), default=list(SIZES), help="default: both")
    args = parser.parse_args(argv)
    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} is missing. Fix: make chromium (or apt-get install chromium)", file=sys.stderr)
        return 1
    site_config = read_site_config(ROOT / "mkdocs.yml")
    languages = args.languages or site_config.languages[:3]
    for lang in languages_without_fonts(languages):
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
            found = page_paths(site, site_config.default_language)
            paths = {name: found[name] for name in PAGES if name in args.pages and name in found}
            written = shoot(base, args.out, languages, paths, args.sizes, site_config.default_language)
        finally:
            server.shutdown()
    print(f"{len(written)} screenshots in {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
