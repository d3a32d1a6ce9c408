"""The writer's live preview: `make serve` (or `make serve LANG=ja` for one language).

python scripts/serve.py [--config-file mkdocs.yml] [--dev-addr 127.0.0.1:8000] [--language ja] [--site-dir DIR]

Builds the help center once, serves it with live reload, and after each save rebuilds only what the save affects
(helpcenter/adapter/preview.py). Findings show in the terminal and as a banner on the previewed pages; the server
keeps running through a broken edit, with the last good output.
"""

from __future__ import annotations

import argparse
import logging
import os
import sys
import tempfile
from pathlib import Path

from mkdocs.exceptions import Abort, ConfigurationError, PluginError

from helpcenter.adapter.preview import PreviewSite
from helpcenter.adapter.preview_server import PreviewServer, problems_of, report


def parse_address(value: str) -> tuple[str, int]:
    host, _, port = value.rpartition(":")
    if not host or not port.isdigit():
        raise argparse.ArgumentTypeError(f"{value!r} is not host:port (e.g. 127.0.0.1:8000)")
    return host, int(port)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    parser.add_argument("--dev-addr", type=parse_address, default=("127.0.0.1", 8000), metavar="HOST:PORT")
    parser.add_argument("--language", help="preview this language only (its pages and search)")
    parser.add_argument("--site-dir", type=Path, help="where the preview is built (default: a temporary folder)")
    args = parser.parse_args(argv)
    logging.basicConfig(format="%(levelname)-7s -  %(message)s", level=logging.INFO)
    logging.getLogger("mkdocs").setLevel(logging.INFO)
    if os.environ.get("HC_PREVIEW_DEBUG"):
        logging.getLogger("mkdocs.helpcenter.preview").setLevel(logging.DEBUG)
    site_dir = args.site_dir or Path(tempfile.mkdtemp(prefix="helpcenter-preview-"))
    site = PreviewSite(args.config_file, site_dir, args.language)
    try:
        outcome = site.complete_build()  # the first language; the server builds the others next
    except (Abort, ConfigurationError, PluginError) as exc:
        print(f"The preview cannot start: {exc}", file=sys.stderr)
        return 1
    report(outcome, problems_of(site))
    if args.language and args.language not in site.languages:
        print(f"--language {args.language}: the site's languages are {', '.join(site.languages)}", file=sys.stderr)
        return 2
    host, port = args.dev_addr
    server = PreviewServer(site, host, port)
    for path in site.watched_paths():
        server.watch(str(path))
    start = "" if not args.language or args.language == site.default else f"{args.language}/"
    print(f"Preview at http://{host}:{port}/{start} (Ctrl+C stops it)", flush=True)
    try:
        server.serve()
    except KeyboardInterrupt:
        pass
    finally:
        server.shutdown()
    return 0


if __name__ == "__main__":
    sys.exit(main())
