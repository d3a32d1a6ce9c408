"""Check the external (http/https) links of the content over the network, with a cache: for a scheduled job,
never for pull-request builds (third-party hosts are slow and fail on their own).

python scripts/check_external_links.py [--cache .cache/external-links.json] [--max-age-days 7] [paths...]

Prints `path:line:col: HC223 ...` for each use of a link that does not answer with a success status; exit 1 then.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests
from mkdocs.config import load_config

from helpcenter.adapter.site_config import settings_from_config
from helpcenter.content.validation.external import due, external_urls, findings_for, record
from helpcenter.content.validation.project import Project

USER_AGENT = "help-center-link-check/1 (+scheduled content check)"


def probe(url: str, timeout: float) -> tuple[bool, str]:
    headers = {"User-Agent": USER_AGENT}
    try:
        response = requests.head(url, allow_redirects=True, timeout=timeout, headers=headers)
        if response.status_code in (403, 405, 501) or response.status_code >= 500:
            # many servers refuse HEAD; ask once more the way a browser would
            response = requests.get(url, allow_redirects=True, timeout=timeout, headers=headers, stream=True)
            response.close()
    except requests.RequestException as exc:
        return False, type(exc).__name__
    return response.status_code < 400, f"HTTP {response.status_code}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--cache", type=Path, default=Path(".cache/external-links.json"))
    parser.add_argument("--max-age-days", type=float, default=7.0, help="recheck working links after this long")
    parser.add_argument("--timeout", type=float, default=15.0)
    parser.add_argument("--workers", type=int, default=8)
    args = parser.parse_args(argv)

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    project = Project(settings_from_config(load_config(str(args.config_file))), display_root=Path.cwd())
    files = project.files_for_paths(args.paths)[0] if args.paths else project.all_files()
    uses = external_urls(project.checker, files)
    cache = json.loads(args.cache.read_text(encoding="utf-8")) if args.cache.exists() else {}
    now = time.time()
    pending = due(sorted(uses), cache, now, args.max_age_days * 86400)
    with ThreadPoolExecutor(max(1, args.workers)) as pool:
        for url, (ok, status) in zip(pending, pool.map(lambda u: probe(u, args.timeout), pending), strict=True):
            record(cache, url, ok, status, now)
    args.cache.parent.mkdir(parents=True, exist_ok=True)
    args.cache.write_text(json.dumps(cache, indent=1, sort_keys=True), encoding="utf-8")

    findings = findings_for(uses, cache)
    for finding in findings:
        print(finding.format())
    print(
        f"{len(uses)} external URL(s), {len(pending)} checked now, {len(uses) - len(pending)} from the cache: "
        f"{len(findings)} broken use(s)",
        file=sys.stderr,
    )
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
