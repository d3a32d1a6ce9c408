"""Pure JavaScript modules (hours, verifier, punycode, diagram colours), tested in Node with node:test."""

from __future__ import annotations

import json
import shutil
import subprocess

import pytest
from conftest import ROOT, require_demo

from helpcenter.publish.support.pages import load_channels, official_list

# reads the demo help center's content (data/, docs/) as its test data
require_demo()

HERE = ROOT / "tests" / "support"


@pytest.mark.parametrize("suite", ["hours.test.mjs", "verify.test.mjs", "diagram-theme.test.mjs"])
def test_node_suite(suite, tmp_path):
    node = shutil.which("node")
    if node is None:
        pytest.fail("node is missing: install Node.js 20+ (apt-get install nodejs)")
    official = official_list(load_channels((ROOT / "data" / "support-channels.yml").read_text(encoding="utf-8")))
    official_file = tmp_path / "official.json"
    official_file.write_text(json.dumps(official), encoding="utf-8")
    result = subprocess.run(
        [node, "--no-warnings", "--test", str(HERE / suite)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        env={"HC_OFFICIAL_JSON": str(official_file), "PATH": "/usr/bin:/bin", "TZ": "UTC"},
        timeout=60,
    )
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-2000:]
    assert "# fail 0" in result.stdout
    assert "# pass 0" not in result.stdout
