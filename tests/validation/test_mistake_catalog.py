"""The mistake catalog (tests/validation/mistakes.py), built case by case on a small fixture help center.

Each bad input: `mkdocs build --strict` exits non-zero with a WARNING or ERROR line naming the changed file and
line with the expected code, no traceback, and no other warning or error (no false finding). Each valid input:
the strict build passes with no warning or error. For every case, `scripts/check.py` reports the same findings
(code, file, line) as the build, for every code both report (helpcenter.content.finding_codes, ``where == "both"``).

Two worker processes build the cases (tests/validation/catalog_runner.py): each imports MkDocs, the theme and the
hooks once and builds case after case as `mkdocs build --strict` does; HC_CATALOG_SUBPROCESS=1 runs the commands
themselves, one interpreter per build and per check, instead (twice as slow, the same outcomes).
"""

from __future__ import annotations

import multiprocessing as mp
import os
import re
import time
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
from catalog_runner import Outcome, run_case_in_process, run_case_subprocess
from mistakes import MISTAKES, VALID, Mistake, Valid

from helpcenter.content.finding_codes import CODES

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


def problems(outcome: Outcome) -> list[re.Match]:
    """The build's WARNING and ERROR findings (INFO never fails a build, so it proves nothing here)."""
    return [m for m in BUILD_LINE.finditer(outcome.build_log) if m["level"] in ("WARNING", "ERROR")]


def build_findings(outcome: Outcome) -> set[tuple[str, int, str]]:
    return {
        (m["path"], int(m["line"]), m["code"])
        for m in BUILD_LINE.finditer(outcome.build_log)
        if m["code"] in CODES and CODES[m["code"]].where == "both"
    }


def check_findings(outcome: Outcome) -> set[tuple[str, int, str]]:
    return {
        (m["path"], int(m["line"]), m["code"])
        for m in CHECK_LINE.finditer(outcome.check_output)
        if m["code"] in CODES and CODES[m["code"]].where == "both"
    }


@pytest.fixture(scope="module")
def outcomes(tmp_path_factory) -> dict[str, Outcome]:
    base = tmp_path_factory.mktemp("mistakes")
    started = time.perf_counter()
    if os.environ.get("HC_CATALOG_SUBPROCESS"):
        pool, run = ThreadPoolExecutor(max_workers=WORKERS), run_case_subprocess
    else:  # forked workers that keep MkDocs, the theme and the hooks imported from case to case
        pool, run = ProcessPoolExecutor(max_workers=WORKERS, mp_context=mp.get_context("fork")), run_case_in_process
    with pool:
        futures = {case.name: pool.submit(run, base / f"case-{i:03d}", case) for i, case in enumerate(CASES)}
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
    found = problems(outcome)
    shown = "\n".join(m.group(0)[:300] for m in found[:12]) or outcome.build_log[-3000:]
    hits = [m for m in found if (m["path"], int(m["line"]), m["code"]) == (case.path, case.line, case.code)]
    assert hits, f"expected {case.path}:{case.line}: {case.code}, got:\n{shown}"
    assert all(word in hits[0]["message"] for word in case.words), hits[0].group(0)
    if not case.code.startswith("TR"):  # a translation code's severity is the site's policy
        assert hits[0]["level"].lower() == CODES[case.code].severity.value, hits[0].group(0)
    assert " Fix: " in hits[0]["message"]
    # one mistake, one finding: any other warning or error would be a false finding. MkDocs' own warning about the
    # same link, relayed as HC506 at the same place, is the same finding told twice, not a false one
    place = (case.path, case.line)
    others = [m for m in found if not (m["code"] == RELAYED and (m["path"], int(m["line"])) == place)]
    assert {m["code"] for m in others} <= {case.code, *case.also}, shown


@pytest.mark.parametrize("case", VALID, ids=[case.name for case in VALID])
def test_valid_input_builds_strictly(case: Valid, outcomes):
    outcome = outcomes[case.name]
    _no_traceback(outcome)
    lines = [m.group(0) for m in problems(outcome)]
    assert lines == [] and outcome.build_status == 0, "\n".join(lines[:12]) or outcome.build_log[-3000:]
    assert outcome.check_status == 0, outcome.check_output


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_check_command_reports_what_the_build_reports(case, outcomes):
    outcome = outcomes[case.name]
    build, check = build_findings(outcome), check_findings(outcome)
    assert build == check, f"build only: {sorted(build - check)}\ncheck.py only: {sorted(check - build)}"
    if isinstance(case, Mistake) and CODES[case.code].where == "both":
        assert outcome.check_status == 1
