"""Build the site strictly into a temporary folder; publish it into the target only if the build succeeded."""

from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config


def build_site(config_file: Path, site_dir: Path, strict: bool = True, **overrides) -> None:
    """Raise (mkdocs.exceptions.Abort / BuildError) on any warning in strict mode; site_dir is untouched then."""
    site_dir = site_dir.resolve()
    site_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=".site-build-", dir=site_dir.parent))
    try:
        config = load_config(str(config_file), site_dir=str(staging), strict=strict, **overrides)
        build(config)
        # static-i18n keeps plugin state between builds of one process; load_config gives fresh plugins
        old = site_dir.with_name(site_dir.name + ".old")
        if site_dir.exists():
            os.replace(site_dir, old)
        os.replace(staging, site_dir)
        shutil.rmtree(old, ignore_errors=True)
    finally:
        shutil.rmtree(staging, ignore_errors=True)
