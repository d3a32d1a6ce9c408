"""scripts/check_external_links.py against a loopback server: broken links reported, working ones cached."""

from __future__ import annotations

import functools
import http.server
import json
import threading

import pytest
from conftest import load_script, write_site
from validation_cases import BASE, article

from helpcenter.content.validation.external import due, record


@pytest.fixture
def server(tmp_path):
    (tmp_path / "www").mkdir()
    (tmp_path / "www/ok.html").write_text("fine")
    requests_seen: list[str] = []

    class Handler(http.server.SimpleHTTPRequestHandler):
        def log_message(self, *args):
            requests_seen.append(self.path)

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=tmp_path / "www"))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", requests_seen
    httpd.shutdown()


def test_broken_external_link_is_reported_and_working_one_cached(tmp_path, monkeypatch, capsys, server):
    base, seen = server
    files = {
        **BASE,
        "en/security/enable-2fa.md": article(f"See [ok]({base}/ok.html).", "", f"And [gone]({base}/gone)."),
    }
    config = write_site(tmp_path, files, languages=("en", "zh"))
    module = load_script("check_external_links")
    monkeypatch.chdir(tmp_path)
    cache = tmp_path / "cache.json"
    assert module.main(["--config-file", str(config), "--cache", str(cache)]) == 1
    out = capsys.readouterr().out.splitlines()
    assert out == [
        f"docs/en/security/enable-2fa.md:10:12: HC223 external link {base}/gone does not work (HTTP 404)."
        " Fix: update the URL or remove the link"
    ]
    entries = json.loads(cache.read_text())["urls"]
    assert entries[f"{base}/ok.html"]["ok"] is True
    seen.clear()
    assert module.main(["--config-file", str(config), "--cache", str(cache)]) == 1
    assert not any("ok.html" in path for path in seen)  # served from the cache the second time
    assert any("gone" in path for path in seen)  # failures are checked again


def test_cache_expiry():
    cache = record({}, "https://a.example/", True, "HTTP 200", now=1000)
    assert due(["https://a.example/", "https://b.example/"], cache, now=1500, max_age_seconds=600) == [
        "https://b.example/"
    ]
    assert due(["https://a.example/"], cache, now=2000, max_age_seconds=600) == ["https://a.example/"]
