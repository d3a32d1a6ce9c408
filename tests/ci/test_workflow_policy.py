"""What the workflows promise: read-only by default, write access only where Pages is deployed, no deploy after a
failed gate, every action pinned by commit SHA, no credentials left in the checkout."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
WORKFLOWS = {p.name: p for p in sorted((ROOT / ".github" / "workflows").glob("*.yml"))}
PINNED = re.compile(r"[\w.-]+/[\w./-]+@[0-9a-f]{40}")


def load(name: str) -> dict:
    data = yaml.safe_load(WORKFLOWS[name].read_text(encoding="utf-8"))
    data["on"] = data.pop(True, data.get("on"))  # YAML 1.1 reads the key `on` as true
    return data


def steps(workflow: dict):
    for job in workflow["jobs"].values():
        yield from job.get("steps", [])


@pytest.mark.parametrize("name", sorted(WORKFLOWS))
def test_read_only_token_and_pinned_actions(name):
    workflow = load(name)
    assert workflow["permissions"] == {"contents": "read"}
    for step in steps(workflow):
        if "uses" in step:
            assert PINNED.fullmatch(step["uses"]), step["uses"]
        if step.get("uses", "").startswith("actions/checkout@"):
            assert step["with"]["persist-credentials"] is False


@pytest.mark.parametrize("name", sorted(set(WORKFLOWS) - {"deploy.yml"}))
def test_only_the_deploy_job_may_write(name):
    assert all("permissions" not in job for job in load(name)["jobs"].values())


def test_deploy_runs_only_after_every_gate_passed():
    workflow = load("deploy.yml")
    assert set(workflow["on"]) == {"push", "workflow_dispatch"} and workflow["on"]["push"]["branches"] == ["main"]
    assert workflow["concurrency"] == {"group": "pages", "cancel-in-progress": False}
    gates, deploy = workflow["jobs"]["gates"], workflow["jobs"]["deploy"]
    assert "permissions" not in gates
    assert deploy["permissions"] == {"pages": "write", "id-token": "write"}
    assert deploy["needs"] == "gates" and "if" not in deploy  # `if: always()` would deploy after a failure
    assert deploy["environment"]["name"] == "github-pages"
    assert all("continue-on-error" not in step and "if" not in step for step in gates["steps"])
    runs = "\n".join(step.get("run", "") for step in gates["steps"])
    for gate in ("make lint", "make test", "make build", "make check", "scripts/check.py --site site"):
        assert gate in runs
    assert gates["steps"][-1]["uses"].startswith("actions/upload-pages-artifact@")
    assert deploy["steps"][-1]["uses"].startswith("actions/deploy-pages@")


def test_pull_requests_get_the_report_and_a_preview():
    workflow = load("ci.yml")
    assert "pull_request" in workflow["on"] and "pull_request_target" not in workflow["on"]
    runs = "\n".join(step.get("run", "") for step in steps(workflow))
    assert 'report --format markdown >> "$GITHUB_STEP_SUMMARY"' in runs and "report --check" in runs
    uploads = [s for s in steps(workflow) if s.get("uses", "").startswith("actions/upload-artifact@")]
    assert [s["with"]["path"] for s in uploads] == ["site/", "site-screenshots/"]


def test_code_that_runs_in_the_build_has_code_owners():
    lines = (ROOT / ".github" / "CODEOWNERS").read_text(encoding="utf-8").splitlines()
    owned = {line.split()[0] for line in lines if line.strip() and not line.startswith("#") and len(line.split()) > 1}
    executes_code = {"mkdocs.yml", "hooks/", "overrides/", "scripts/", "helpcenter/", ".github/", ".ci/", "Makefile"}
    executes_code |= {"package.json", "requirements.txt", "pyproject.toml"}
    assert {f"/{path}" for path in executes_code} <= owned
