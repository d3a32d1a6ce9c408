"""The preview as a writer runs it (scripts/serve.py, what `make serve` starts), over HTTP.

A fixture help center (en and pt-BR, not the demo): the first answer comes before the other language is built,
a save shows without a restart, a broken save shows its finding as a banner (in each page's language) while the
server keeps serving, a missing page gets its language's 404 page, and the reload script is a file the site's CSP
allows.
"""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from html import escape
from pathlib import Path

import pytest

from helpcenter.content.strings import load_strings
from tests.adoption.test_adopters_kit import configure, new_project, write_tree
from tests.preview.test_incremental_preview import _site

ROOT = Path(__file__).resolve().parents[2]


def _port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=60) as response:
            return response.status, response.read().decode("utf-8")
    except urllib.error.HTTPError as error:
        return error.code, error.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError):
        return 0, ""


def _until(condition, seconds: float = 120):
    start = time.monotonic()
    while time.monotonic() - start < seconds:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"not within {seconds} s")


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    root = new_project(tmp_path_factory.mktemp("serve") / "skyline")
    write_tree(root, _site())
    config = configure(root, ("en", "pt-BR"))
    port = _port()
    log = (root / "serve.log").open("wb")
    server = subprocess.Popen(
        [sys.executable, str(ROOT / "scripts" / "serve.py"), "--config-file", str(config)]
        + ["--dev-addr", f"127.0.0.1:{port}", "--site-dir", str(root / "preview")],
        cwd=root,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
        stdout=log,
        stderr=log,
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        _until(lambda: _get(base)[0] == 200, 180)
        yield root, base
    finally:
        server.terminate()
        server.wait(timeout=30)
        log.close()


def _banner(page: str) -> str:
    """The findings banner of a served page, "" without one."""
    marker = page.find("data-hc-preview-findings")
    start = page.rfind("<div", 0, marker)
    return page[start : page.find("</div>", start)] if marker >= 0 else ""


def _idle(base: str) -> None:
    _until(lambda: not json.loads(_get(base + ".hc-preview/status.json")[1] or '{"busy": true}')["busy"])


@pytest.mark.slow
def test_pages_carry_the_reload_script_as_a_file_the_csp_allows(served):
    _root, base = served
    status, page = _get(base + "baggage/allowance/")
    assert status == 200
    assert '<script src="/.hc-preview/livereload.js"' in page
    assert "script-src 'self'" in page  # the site's policy: an inline script would be blocked
    status, script = _get(base + ".hc-preview/livereload.js")
    assert status == 200 and "/livereload/" in script


@pytest.mark.slow
def test_a_missing_page_gets_its_languages_404_page(served):
    _root, base = served
    _idle(base)
    status, page = _get(base + "pt-BR/no-such-page/")
    assert status == 404
    assert 'lang="pt-BR"' in page


@pytest.mark.slow
def test_a_save_shows_and_a_broken_save_shows_its_finding_as_a_banner(served):
    root, base = served
    _idle(base)
    article = root / "docs/en/booking/change.md"
    original = article.read_text(encoding="utf-8")
    article.write_text(original.replace("title: Change a flight", "title: Change or rebook a flight"), "utf-8")
    _until(lambda: "Change or rebook a flight" in _get(base + "booking/")[1])
    _idle(base)
    article.write_text(original.replace("title: Change a flight", "title: [unclosed"), "utf-8")
    page = _until(lambda: (p := _get(base + "booking/change/")[1]) and "data-hc-preview-findings" in p and p)
    assert "docs/en/booking/change.md:" in page and "HC100" in page
    english = _banner(page)
    assert 'lang="en"' in english and escape(load_strings("en")["preview_findings_text"]) in english
    # on a page of another language the banner speaks that language (the findings stay as the terminal shows them)
    portuguese = _banner(_get(base + "pt-BR/baggage/allowance/")[1])
    assert 'lang="pt-BR"' in portuguese and escape(load_strings("pt-BR")["preview_findings_text"]) in portuguese
    assert "docs/en/booking/change.md:" in portuguese
    assert "Change or rebook a flight" in _get(base + "booking/")[1]  # the last good output stays
    article.write_text(original, "utf-8")
    _until(lambda: "data-hc-preview-findings" not in _get(base + "booking/change/")[1])
    _until(lambda: "Change a flight" in _get(base + "booking/")[1])
