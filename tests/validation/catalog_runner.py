"""Building one catalog case: the strict build and scripts/check.py on a fixture help center, with their output.

Two ways, with the same outcome: ``in_process`` (the default: a worker process imports MkDocs, the theme and the
hooks once and then builds case after case, as `mkdocs build --strict` does: Abort and configuration errors end
the build with a message, anything else is a traceback) and ``subprocess`` (`python -m mkdocs build --strict` and
`python scripts/check.py`, one interpreter each; HC_CATALOG_SUBPROCESS=1 selects it, about twice as slow).
"""

from __future__ import annotations

import contextlib
import io
import logging
import os
import subprocess
import sys
import time
import traceback
from dataclasses import dataclass
from pathlib import Path

from mistakes import BUILD_DATE, ROOT, Mistake, Valid, write_fixture


@dataclass
class Outcome:
    build_status: int
    build_log: str
    check_status: int
    check_output: str
    seconds: float


def run_case_subprocess(root: Path, case: Mistake | Valid) -> Outcome:
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


class _Lines(logging.Handler):
    """MkDocs' console format: `LEVEL    -  message`."""

    def __init__(self):
        super().__init__(logging.DEBUG)
        self.lines: list[str] = []

    def emit(self, record):
        self.lines.append(f"{record.levelname:<8}-  {record.getMessage()}")


_check_script = None


def _build(root: Path) -> tuple[int, str]:
    """`mkdocs build --strict` in this process (what mkdocs.__main__.build_command does)."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import MkDocsException

    logger = logging.getLogger("mkdocs")
    handler = _Lines()
    level, propagate = logger.level, logger.propagate
    logger.addHandler(handler)
    logger.setLevel(logging.INFO)
    logger.propagate = False
    status = 0
    try:
        config = load_config(config_file=str(root / "mkdocs.yml"), strict=True, site_dir=str(root / "site"))
        config.plugins.on_startup(command="build", dirty=False)
        try:
            build(config, dirty=False)
        finally:
            config.plugins.on_shutdown()
    except MkDocsException as exc:  # Abort, ConfigurationError: the command line prints the message, no traceback
        handler.lines.append(str(exc))
        status = 1
    except Exception:  # noqa: BLE001 - what the command line would show as a traceback
        handler.lines.append(traceback.format_exc())
        status = 1
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)
        logger.propagate = propagate
    return status, "\n".join(handler.lines)


def _check(root: Path) -> tuple[int, str]:
    global _check_script
    if _check_script is None:
        from conftest import load_script

        _check_script = load_script("check")
    out = io.StringIO()
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
            status = _check_script.main(["--config-file", str(root / "mkdocs.yml")])
    except Exception:  # noqa: BLE001 - a traceback of check.py is what the test looks for
        out.write(traceback.format_exc())
        status = 1
    return status, out.getvalue()


def run_case_in_process(root: Path, case: Mistake | Valid) -> Outcome:
    started = time.perf_counter()
    write_fixture(root, case.changes)
    os.environ.update({"NO_MKDOCS_2_WARNING": "1", "HC_BUILD_DATE": BUILD_DATE})
    cwd = os.getcwd()
    os.chdir(root)  # pymdownx.snippets reads paths from the working folder, as for the command line
    try:
        build_status, build_log = _build(root)
        check_status, check_output = _check(root)
    finally:
        os.chdir(cwd)
    return Outcome(build_status, build_log, check_status, check_output, time.perf_counter() - started)
