"""Shared fixtures: tiny sites built in tmp_path with the project's own config, hooks and templates."""

from __future__ import annotations

import importlib.util
import os
import sys
import textwrap
import time
from pathlib import Path

import pytest
import yaml

from helpcenter.adapter.site_config import project_hooks

ROOT = Path(__file__).resolve().parent.parent
os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
# announcements are published by build date: tests build as of a fixed day (see DEMO_BUILD_DATE)
os.environ.setdefault("HC_BUILD_DATE", "2026-11-21")

LANGUAGE_NAMES = {"en": "English", "zh": "简体中文", "ja": "日本語", "ko": "한국어", "es": "Español"}

# The demo help center ships with the repository; scripts/init_site.py replaces it with an adopter's own. Tests of
# the demo's content skip themselves then: those that use a demo fixture, and modules marked `demo`.
DEMO_PRESENT = (ROOT / "data" / "demo-facts.md").exists()
DEMO_FIXTURES = frozenset({"demo_site", "demo_server", "changed_demo", "watched_page"})


def require_demo() -> None:
    """At the top of a test module that reads the demo's content while it is collected."""
    if not DEMO_PRESENT:
        pytest.skip("needs the demo help center, which scripts/init_site.py replaced", allow_module_level=True)


def pytest_collection_modifyitems(config, items):
    if DEMO_PRESENT:
        return
    skip = pytest.mark.skip(reason="needs the demo help center, which scripts/init_site.py replaced")
    for item in items:
        if DEMO_FIXTURES & set(getattr(item, "fixturenames", ())) or item.get_closest_marker("demo"):
            item.add_marker(skip)


def load_script(name: str):
    """scripts/<name>.py as a module (the scripts are command-line tools, not a package)."""
    spec = importlib.util.spec_from_file_location(f"script_{name}", ROOT / "scripts" / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the script runs
    spec.loader.exec_module(module)
    return module


# the smallest valid home page and article of a fixture site
HOME = "---\ntitle: Help\n---\n"


def article(title: str, order: int | None = None, **extra) -> str:
    lines = [f"title: {title}", "description: A short answer.", "tags: [x]", "updated: 2026-10-14"]
    if order is not None:
        lines.append(f"order: {order}")
    lines += [f"{key}: {value}" for key, value in extra.items()]
    return "---\n" + "\n".join(lines) + "\n---\n\n## Steps { #steps }\n\n1. Do it.\n"


# Fixture sites test other things than translation coverage; they leave some pages untranslated on purpose.
LENIENT_TRANSLATIONS = {"fail": [], "fail_in_critical": [], "critical_categories": []}
# the project's policy, less the demo's critical categories, which a fixture site does not have (HC504)
PROJECT_TRANSLATIONS = {"critical_categories": []}
# the demo's channels file, named absolutely: the project's mkdocs.yml names it relative to itself
DEMO_CHANNELS = str(ROOT / "data" / "support-channels.yml")
# a fixture site is nobody's help center: its own name and address, whatever the project's mkdocs.yml says
FIXTURE_SITE_NAME = "Fixture Help"
FIXTURE_SITE_URL = "https://help.fixture.test/"


def write_site(
    root: Path,
    files: dict[str, str],
    languages: tuple[str, ...] = ("en", "ja"),
    translation_policy: dict | None = LENIENT_TRANSLATIONS,
) -> Path:
    """Write docs/ and an mkdocs.yml that INHERITs the project's config; return the config path.

    ``translation_policy=None`` keeps the project's policy.
    """
    for rel, text in files.items():
        path = root / "docs" / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "site_name": FIXTURE_SITE_NAME,
        "site_url": FIXTURE_SITE_URL,
        "docs_dir": "docs",
        "theme": {"custom_dir": str(ROOT / "overrides")},
        "hooks": [str(path) for path in project_hooks(ROOT / "mkdocs.yml")],
        "watch": [],  # the project's watch paths are relative to its own mkdocs.yml
        "plugins": [
            {
                "i18n": {
                    "docs_structure": "folder",
                    "fallback_to_default": True,
                    "languages": [
                        {"locale": lang, "name": LANGUAGE_NAMES[lang], "default": i == 0, "build": True}
                        for i, lang in enumerate(languages)
                    ],
                }
            }
        ],
    }
    policy = PROJECT_TRANSLATIONS if translation_policy is None else translation_policy
    config["extra"] = {"helpcenter": {"translations": policy, "support_channels": DEMO_CHANNELS, "brand": "Fixture"}}
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


@pytest.fixture
def site_factory(tmp_path):
    def make(files: dict[str, str], languages: tuple[str, ...] = ("en", "ja"), **options) -> Path:
        return write_site(tmp_path, files, languages, **options)

    return make


DEMO_LANGUAGES = ("en", "zh", "ja", "ko", "es")
DEMO_BRAND = "Corvexa"  # extra.helpcenter.brand of the demo's mkdocs.yml: UI strings name it


@pytest.fixture(scope="session")
def demo_site(tmp_path_factory) -> Path:
    """The demo help center, built once per session by the strict parallel build (any warning fails)."""
    from helpcenter.adapter.site_build import build_site

    site = tmp_path_factory.mktemp("demo") / "site"
    build_site(ROOT / "mkdocs.yml", site, jobs=2)  # the parallel path, as `make build` runs it
    return site


CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update"]


@pytest.fixture(scope="session")
def demo_server(demo_site):
    """Serve the built demo on a free loopback port, as static hosting would: a missing path gets the 404.html of
    the language it is under (/<lang>/...), else the root one, with status 404 (scripts/screenshots.py's server)."""
    server = load_script("screenshots").serve(demo_site)
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: install Debian's chromium (make chromium, or apt-get install chromium)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


class PageWatch:
    """Console errors, page errors and every request a page makes, for asserting nothing went wrong."""

    def __init__(self, page, origin: str):
        self.page, self.origin = page, origin
        self.console_errors: list[str] = []
        self.foreign_requests: list[str] = []
        self.failed_requests: list[str] = []
        page.on("console", lambda m: self.console_errors.append(m.text) if m.type == "error" else None)
        page.on("pageerror", lambda e: self.console_errors.append(str(e)))
        page.on("request", self._request)
        page.on("requestfailed", lambda r: self.failed_requests.append(r.url))

    def _request(self, request):
        url = request.url
        if not (url.startswith(self.origin) or url.startswith(("data:", "blob:", "about:"))):
            self.foreign_requests.append(url)

    def assert_clean(self):
        assert self.console_errors == []
        assert self.foreign_requests == []
        assert self.failed_requests == []


@pytest.fixture
def watched_page(browser, demo_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    watch = PageWatch(page, demo_server)
    yield page, watch
    context.close()


def write_demo_copy(root: Path) -> Path:
    """A copy of the demo's docs/ under ``root`` with an mkdocs.yml that inherits the project's (all languages)."""
    import shutil

    shutil.copytree(ROOT / "docs", root / "docs")
    config = {
        "INHERIT": str(ROOT / "mkdocs.yml"),
        "docs_dir": "docs",
        "theme": {"custom_dir": str(ROOT / "overrides")},
        "hooks": [str(path) for path in project_hooks(ROOT / "mkdocs.yml")],
        "watch": [],
        "extra": {"helpcenter": {"support_channels": DEMO_CHANNELS}},
    }
    path = root / "mkdocs.yml"
    path.write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    return path


CHANGED_DEMO_DELETED = "fees/maker-taker.md"  # not a critical category: a missing page is reported, not fatal
CHANGED_DEMO_EDITED = "fees/vip-tiers.md"
DEMO_BUILD_DATE = "2026-11-21"


@pytest.fixture(scope="session")
def changed_demo(tmp_path_factory):
    """The demo with one Japanese translation deleted and one English article edited.

    Not strict: links and `related` entries to the deleted page are reported by the content checks (HC209,
    HC106), which is right for a pull request, while these tests look at what readers get.
    """
    from helpcenter.adapter.site_build import build_site

    root = tmp_path_factory.mktemp("demo-changed")
    config = write_demo_copy(root)
    (root / "docs/ja" / CHANGED_DEMO_DELETED).unlink()
    english = root / "docs/en" / CHANGED_DEMO_EDITED
    english.write_text(english.read_text(encoding="utf-8") + "\nTiers are reviewed every quarter.\n", encoding="utf-8")
    build_site(config, root / "site", strict=False, jobs=2)
    return root / "site"


def wait_until(page, script: str, arg=None, timeout_s: float = 15) -> None:
    """Poll a JavaScript function until it returns true (the site's CSP refuses page.wait_for_function's eval)."""
    deadline = time.monotonic() + timeout_s
    while not page.evaluate(script, arg):
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {script} ({arg!r})")
        page.wait_for_timeout(50)


# axe-core (vendored in tests/vendor) and the WCAG 2.1 AA rule tags the browser quality gates run it with
AXE = (ROOT / "tests/vendor/axe-core/axe.min.js").read_text(encoding="utf-8")
WCAG_21_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]
