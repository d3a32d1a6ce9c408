"""The mistake catalog (tests/validation/mistakes.py), built case by case on a small fixture help center.

Each bad input: `mkdocs build --strict` exits non-zero with a WARNING or ERROR line naming the changed file and
line with the expected code, no traceback, and no other warning or error (no false finding). Each valid input:
the strict build passes with no warning or error. For every case, `scripts/check.py` reports the same findings
(code, file, line) as the build, for every code both report (helpcenter.finding_codes, ``where == "both"``).

The builds run as real subprocesses, two at a time (the catalog takes about a minute and a half on 2 cores).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import pytest
from mistakes import BUILD_DATE, MISTAKES, ROOT, VALID, Mistake, Valid, write_fixture

from helpcenter.finding_codes import CODES

WORKERS = 2
RELAYED = "HC506"  # a warning of MkDocs itself, relayed with the docs/ path it names
# `LEVEL    -  path:line:col: CODE message` in MkDocs' log; the same without the level prefix from check.py
BUILD_LINE = re.compile(
    r"^(?P<level>ERROR|WARNING|INFO)\s+-\s+(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) "
    r"(?P<message>.*)$",
    re.MULTILINE,
)
CHECK_LINE = re.compile(
    r"^(?:info: )?(?P<path>[^\s:]+):(?P<line>\d+):(?P<col>\d+): (?P<code>[A-Z]+\d{3}) (?P<message>.*)$", re.MULTILINE
)
CASES: list[Mistake | Valid] = [*MISTAKES, *VALID]


@dataclass
class Outcome:
    build_status: int
    build_log: str
    check_status: int
    check_output: str
    seconds: float

    def problems(self) -> list[re.Match]:
        """The build's WARNING and ERROR findings (INFO never fails a build, so it proves nothing here)."""
        return [m for m in BUILD_LINE.finditer(self.build_log) if m["level"] in ("WARNING", "ERROR")]

    def build_findings(self) -> set[tuple[str, int, str]]:
        return {
            (m["path"], int(m["line"]), m["code"])
            for m in BUILD_LINE.finditer(self.build_log)
            if m["code"] in CODES and CODES[m["code"]].where == "both"
        }

    def check_findings(self) -> set[tuple[str, int, str]]:
        return {
            (m["path"], int(m["line"]), m["code"])
            for m in CHECK_LINE.finditer(self.check_output)
            if m["code"] in CODES and CODES[m["code"]].where == "both"
        }


def run_case(root: Path, case: Mistake | Valid) -> Outcome:
    started = time.perf_counter()
    write_fixture(root, case.changes)
    # PYTHONPATH: this checkout's helpcenter package, whatever copy the shared virtualenv's editable install names
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "HC_BUILD_DATE": BUILD_DATE, "PYTHONPATH": str(ROOT)}
    build = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", "site"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    check = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "check.py"), "--config-file", "mkdocs.yml"],
        cwd=root,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    return Outcome(
        build.returncode,
        build.stdout + build.stderr,
        check.returncode,
        check.stdout + check.stderr,
        time.perf_counter() - started,
    )


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, Outcome]:
    base = tmp_path_factory.mktemp("mistakes")
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=WORKERS) as pool:
        futures = {case.name: pool.submit(run_case, base / f"case-{i:03d}", case) for i, case in enumerate(CASES)}
        results = {name: future.result() for name, future in futures.items()}
    elapsed = time.perf_counter() - started
    print(
        f"\nmistake catalog: {len(MISTAKES)} bad and {len(VALID)} valid inputs built in {elapsed:.1f} s "
        f"with {WORKERS} workers"
    )
    return results


def test_catalog_has_60_mistakes_and_20_valid_inputs_in_every_group():
    print(f"\nmistake catalog: {len(MISTAKES)} bad inputs, {len(VALID)} valid-but-unusual inputs")
    assert len(MISTAKES) >= 60 and len(VALID) >= 20
    assert len({case.name for case in CASES}) == len(CASES)
    groups = {case.group for case in MISTAKES}
    assert {"front matter", "encodings", "files", "links", "headings", "markup", "announcements", "support"} <= groups
    assert all(case.code in CODES for case in MISTAKES)


def _no_traceback(outcome: Outcome) -> None:
    assert "Traceback (most recent call last)" not in outcome.build_log, outcome.build_log[-3000:]
    assert "Traceback (most recent call last)" not in outcome.check_output, outcome.check_output[-3000:]


@pytest.mark.parametrize("case", MISTAKES, ids=[case.name for case in MISTAKES])
def test_mistake_fails_the_strict_build_with_its_finding(case: Mistake, outcomes):
    outcome = outcomes[case.name]
    _no_traceback(outcome)
    assert outcome.build_status != 0, outcome.build_log[-3000:]
    problems = outcome.problems()
    shown = "\n".join(m.group(0) for m in problems) or outcome.build_log[-3000:]
    hits = [m for m in problems if (m["path"], int(m["line"]), m["code"]) == (case.path, case.line, case.code)]
    assert hits, f"expected {case.path}:{case.line}: {case.code}, got:\n{shown}"
    assert all(word in hits[0]["message"] for word in case.words), hits[0].group(0)
    if not case.code.startswith("TR"):  # a translation code's severity is the site's policy
        assert hits[0]["level"].lower() == CODES[case.code].severity.value, hits[0].group(0)
    assert " Fix: " in hits[0]["message"]
    # one mistake, one finding: any other warning or error would be a false finding. MkDocs' own warning about the
    # same link, relayed as HC506 at the same place, is the same finding told twice, not a false one
    place = (case.path, case.line)
    others = [m for m in problems if not (m["code"] == RELAYED and (m["path"], int(m["line"])) == place)]
    assert {m["code"] for m in others} <= {case.code, *case.also}, shown


@pytest.mark.parametrize("case", VALID, ids=[case.name for case in VALID])
def test_valid_input_builds_strictly(case: Valid, outcomes):
    outcome = outcomes[case.name]
    _no_traceback(outcome)
    problems = [m.group(0) for m in outcome.problems()]
    assert problems == [] and outcome.build_status == 0, "\n".join(problems) or outcome.build_log[-3000:]
    assert outcome.check_status == 0, outcome.check_output


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_check_command_reports_what_the_build_reports(case, outcomes):
    outcome = outcomes[case.name]
    build, check = outcome.build_findings(), outcome.check_findings()
    assert build == check, f"build only: {sorted(build - check)}\ncheck.py only: {sorted(check - build)}"
    if isinstance(case, Mistake) and CODES[case.code].where == "both":
        assert outcome.check_status == 1
