"""Every content check, without a build: front matter, links, anchors, images, references, headings, snippets,
unsafe HTML. The build hook (helpcenter/adapter/steps/validation.py) runs the same checks.

python scripts/check.py                       # everything under docs/
python scripts/check.py docs/en/fees/x.md     # only these files (or folders)
python scripts/check.py --changed origin/main # files changed since a git revision, plus untracked ones
python scripts/check.py --site site           # also lychee, offline, over a built site

Prints `path:line:col: CODE message. Fix: ...` per finding. Exit status 1 when there is an error, or a warning
(as `mkdocs build --strict` fails on warnings too; --warnings-ok relaxes that), else 0.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path

from mkdocs.config import load_config

from helpcenter.adapter.site_config import settings_from_config, site_inputs
from helpcenter.content.document import ExplicitIdsReader
from helpcenter.content.findings import Severity, sort_findings
from helpcenter.content.validation.lychee import findings_from_report, lychee_command
from helpcenter.content.validation.project import Project
from helpcenter.site_checks import site_findings


def changed_paths(revision: str, root: Path) -> list[Path]:
    def git(*args: str) -> list[str]:
        result = subprocess.run(["git", *args], cwd=root, capture_output=True, text=True, check=True)
        return [line for line in result.stdout.splitlines() if line]

    names = git("diff", "--name-only", revision, "--") + git("ls-files", "--others", "--exclude-standard")
    return [root / name for name in names if name.endswith(".md") and (root / name).exists()]


def run_lychee(site_dir: Path) -> dict:
    result = subprocess.run(lychee_command(site_dir), capture_output=True, text=True)
    if result.returncode not in (0, 2):  # 2 = broken links found; anything else is lychee failing to run
        raise RuntimeError(f"lychee failed ({result.returncode}): {result.stderr.strip()[:500]}")
    return json.loads(result.stdout)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path, help="Markdown files or folders below docs/ (default: all)")
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--changed", metavar="REVISION", help="check the Markdown files changed since REVISION")
    parser.add_argument("--site", type=Path, help="a built site to check with lychee (offline, with fragments)")
    parser.add_argument("--warnings-ok", action="store_true", help="exit 0 when there are warnings but no errors")
    args = parser.parse_args(argv)

    started = time.perf_counter()
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    config = load_config(str(args.config_file))
    root = args.config_file.resolve().parent
    project = Project(settings_from_config(config), display_root=root)

    paths = list(args.paths)
    if args.changed:
        paths += changed_paths(args.changed, root)
    if paths:
        files, ignored = project.files_for_paths(paths)
        for path in ignored:
            print(f"note: {path} is not below {project.settings.docs_dir}; not checked", file=sys.stderr)
    elif args.changed:
        files = []
    else:
        files = project.all_files()
    findings = project.check(files)
    # site-wide findings (layout, generated pages, translations, UI strings, support channels), as the build logs them
    reader = ExplicitIdsReader(list(config.markdown_extensions), dict(config.mdx_configs))
    shown = {project.sources.display_path(language, doc_id) for language, doc_id in files}
    for finding in site_findings(site_inputs(config), heading_ids=reader.read_both):
        if not (paths or args.changed) or finding.path in shown:
            findings.append(finding)
    findings = sort_findings(findings)
    if args.site is not None:
        findings = sort_findings(findings + findings_from_report(run_lychee(args.site), args.site, project.sources))

    for finding in findings:
        # information (a generated page, an untracked translation) never fails anything: stderr, marked as such
        if finding.severity is Severity.INFO:
            print(f"info: {finding.format()}", file=sys.stderr)
        else:
            print(finding.format())
    errors = sum(f.severity is Severity.ERROR for f in findings)
    warnings = sum(f.severity is Severity.WARNING for f in findings)
    elapsed = time.perf_counter() - started
    site_note = f" and {args.site}/ with lychee" if args.site is not None else ""
    print(
        f"checked {len(files)} file(s){site_note} in {elapsed:.2f} s: {errors} error(s), {warnings} warning(s)",
        file=sys.stderr,
    )
    return 1 if errors or (warnings and not args.warnings_ok) else 0


if __name__ == "__main__":
    sys.exit(main())
