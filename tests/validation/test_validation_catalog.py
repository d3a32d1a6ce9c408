"""Every catalog case fails the strict build and scripts/check.py with its exact `path:line` finding."""

from __future__ import annotations

import logging

import pytest
from conftest import load_script, write_site
from validation_cases import BASE, CASES, Case

from helpcenter.site_build import build_site

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")


def load_check_script():
    return load_script("check")


check_script = load_check_script()


def make_site(tmp_path, case: Case):
    return write_site(tmp_path, {**BASE, **case.files}, languages=("en", "zh"))


def expected_prefix(case: Case) -> str:
    return f"{case.path}:{case.line}:"


def test_catalog_has_at_least_30_cases_with_unique_names():
    assert len(CASES) >= 30
    assert len({c.name for c in CASES}) == len(CASES)


def test_base_site_is_clean(tmp_path, monkeypatch, capsys):
    config = write_site(tmp_path, BASE, languages=("en", "zh"))
    monkeypatch.chdir(tmp_path)
    assert check_script.main(["--config-file", str(config)]) == 0
    assert capsys.readouterr().out == ""
    build_site(config, tmp_path / "site")  # strict: raises on any warning


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_check_command_reports_the_case(case, tmp_path, monkeypatch, capsys):
    config = make_site(tmp_path, case)
    monkeypatch.chdir(tmp_path)
    assert check_script.main(["--config-file", str(config)]) == 1
    lines = capsys.readouterr().out.splitlines()
    hits = [line for line in lines if line.startswith(expected_prefix(case)) and f": {case.code} " in line]
    assert hits, lines
    assert all(word in hits[0] for word in case.words), hits[0]
    assert " Fix: " in hits[0]
    # the case is about one fault: nothing else is reported
    assert [line.split(": ", 1)[1].split(" ", 1)[0] for line in lines] == [case.code], lines


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_strict_build_fails_with_the_case(case, tmp_path, monkeypatch, caplog):
    config = make_site(tmp_path, case)
    monkeypatch.chdir(tmp_path)  # pymdownx.snippets resolves paths from the working folder
    caplog.set_level(logging.WARNING)
    with pytest.raises(Exception) as raised:  # noqa: B017 - Abort, or the snippet extension's own error
        build_site(config, tmp_path / "site")
    if not case.build_raises:
        assert "strict mode" in str(raised.value)
    level = logging.WARNING if case.severity == "warning" else logging.ERROR
    messages = [r.getMessage() for r in caplog.records if r.levelno == level]
    assert any(m.startswith(expected_prefix(case)) and f": {case.code} " in m for m in messages), messages
    assert not (tmp_path / "site").exists()  # nothing published
