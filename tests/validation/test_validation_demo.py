"""The demo help center: zero findings from every check, fast; a built demo without foreign scripts or handlers."""

from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path

import pytest
from conftest import ROOT, load_script, require_demo
from mkdocs.config import load_config

from helpcenter.adapter.site_config import settings_from_config
from helpcenter.content.validation.project import Project
from helpcenter.content.validation.safety import URL_ATTRIBUTES

# checks the demo's own content
require_demo()


def test_check_command_finds_nothing_in_the_demo(monkeypatch, capsys):
    # the command prints its own timing; speed is read from that, not asserted here
    module = load_script("check")
    monkeypatch.chdir(ROOT)
    status = module.main([])
    captured = capsys.readouterr()
    assert captured.out == ""
    assert status == 0
    assert "0 error(s), 0 warning(s)" in captured.err


def test_sanitizing_the_demo_removes_nothing():
    project = Project(settings_from_config(load_config(str(ROOT / "mkdocs.yml"))))
    removed = {}
    for language, doc_id in project.all_files():
        rendered = project.checker.page(language, doc_id).rendered
        _, lost = project.sanitizer.clean(rendered.html)
        if lost:
            removed[f"{language}/{doc_id}"] = [r.describe() for r in lost]
    assert len(project.all_files()) >= 48 * 5
    assert removed == {}


def template_texts() -> str:
    import material

    folders = [Path(material.__file__).parent / "templates", ROOT / "overrides"]
    return "\n".join(p.read_text(encoding="utf-8") for f in folders for p in f.rglob("*.html"))


class ScriptAudit(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.scripts: list[tuple[dict, str]] = []
        self.handlers: list[str] = []
        self.javascript_urls: list[str] = []
        self.config_ids = 0
        self._script: tuple[dict, list[str]] | None = None

    def handle_starttag(self, tag, attrs):
        a = {name: value or "" for name, value in attrs}
        self.handlers += [f"<{tag} {name}>" for name in a if name.startswith("on")]
        self.javascript_urls += [
            value
            for name, value in a.items()
            if name in URL_ATTRIBUTES and value.strip().lower().startswith(("javascript:", "vbscript:"))
        ]
        self.config_ids += a.get("id") == "__config"
        if tag == "script":
            self._script = (a, [])

    def handle_data(self, data):
        if self._script is not None:
            self._script[1].append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append((self._script[0], "".join(self._script[1])))
            self._script = None


def script_is_ours_or_the_themes(attrs: dict, text: str, templates: str) -> bool:
    if attrs.get("src"):
        src = attrs["src"]
        return "://" not in src and not src.startswith("//") and "/assets/" in "/" + src.lstrip("./")
    if attrs.get("id") == "__config":
        return attrs.get("type") == "application/json"
    if attrs.get("type") == "application/ld+json":
        return True  # structured data the SEO templates write; browsers never run it
    # inline scripts come from the templates: their opening code is in Material's or our template files
    return bool(text.strip()) and text.strip()[:18] in templates


def test_script_audit_rejects_content_scripts():
    templates = '__md_scope=new URL("..",location)'
    audit = ScriptAudit()
    audit.feed(
        '<script>alert(1)</script><script src="https://cdn.example/x.js"></script><p id="__config" onclick="x()">'
        '<a href=" javascript:alert(1)">x</a></p><script id="__config" type="application/json">{}</script>'
    )
    assert [script_is_ours_or_the_themes(a, t, templates) for a, t in audit.scripts] == [False, False, True]
    assert audit.handlers == ["<p onclick>"] and audit.javascript_urls == [" javascript:alert(1)"]
    assert audit.config_ids == 2
    assert script_is_ours_or_the_themes({}, '__md_scope=new URL("../..",location)', templates)
    assert script_is_ours_or_the_themes({"src": "../assets/javascripts/bundle.js"}, "", templates)


@pytest.mark.slow
def test_built_demo_has_no_foreign_script_handler_or_javascript_url(demo_site):
    templates = template_texts()
    problems: dict[str, list[str]] = {}
    pages = sorted(demo_site.rglob("*.html"))
    assert len(pages) >= 48 * 5
    for page in pages:
        audit = ScriptAudit()
        audit.feed(page.read_text(encoding="utf-8"))
        found = [
            f"script {a} {t[:40]!r}" for a, t in audit.scripts if not script_is_ours_or_the_themes(a, t, templates)
        ]
        found += audit.handlers + audit.javascript_urls
        if audit.config_ids > 1:
            found.append(f"{audit.config_ids} elements with id __config")
        if found:
            problems[page.relative_to(demo_site).as_posix()] = found
    assert problems == {}
