"""Strict build of the help center; site/ is replaced only when the build has no warning.

python scripts/build_site.py [--config-file mkdocs.yml] [--site-dir site]
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
from pathlib import Path

from mkdocs.exceptions import Abort, BuildError, ConfigurationError

from helpcenter.site_build import build_site


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--site-dir", type=Path, default=Path("site"))
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="parallel language builds")
    parser.add_argument("--no-strict", action="store_true", help="do not fail on warnings (benchmarks only)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    try:
        build_site(args.config_file, args.site_dir, strict=not args.no_strict, jobs=args.jobs)
    except (Abort, BuildError, ConfigurationError) as exc:
        print(f"Build failed, {args.site_dir}/ left unchanged: {exc}", file=sys.stderr)
        return 1
    print(f"Built {args.site_dir}/")
    return 0


if __name__ == "__main__":
    sys.exit(main())
