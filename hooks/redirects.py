"""MkDocs hook: write a redirect page for each old URL in ``extra.helpcenter.redirects``
(helpcenter.publish.redirects).

Thin by design: it reads the map when a build starts, notes every file the language builds write, and writes the
pages in on_post_build once every language is built, after hooks/catalog.py (-120). A redirect never replaces a
real page: a path any language build has a file for, or one already on disk, is left alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter.i18n import finishes_build, site_languages_of, starts_new_build
from helpcenter.content.shards import current_shard
from helpcenter.publish.redirects import redirect_findings, redirect_pages

log = logging.getLogger("mkdocs.plugins.redirects")


class _Build:
    """State of one top-level build (all its languages); reset when a new one starts."""

    def __init__(self, redirects: dict | None = None, languages: tuple[str, ...] = (), default: str = "en"):
        self.redirects = redirects or {}
        self.languages = languages
        self.default = default
        # site-relative paths the language builds write (pages and assets), including other shards' pages
        self.outputs: set[str] = set()


_build = _Build()


def on_config(config):
    global _build
    if starts_new_build(config):
        helpcenter = (config.extra or {}).get("helpcenter") or {}
        redirects = helpcenter.get("redirects") if isinstance(helpcenter, dict) else None
        languages = site_languages_of(config)
        _build = _Build(redirects, languages.configured, languages.default)
        shard = current_shard()
        if redirects and (shard is None or shard[0] == 0):  # site-wide findings: one worker of a parallel build
            for finding in redirect_findings(redirects, _config_name(config)):
                log.log(finding.log_level, finding.format())
    return config


@event_priority(-200)  # after every hook that adds generated pages
def on_files(files, config):
    if _build.redirects:
        _build.outputs.update(Path(f.dest_path).as_posix() for f in files)
    return files


@event_priority(-130)  # after hooks/catalog.py writes each language's 404 page and sitemap
def on_post_build(config):
    if not _build.redirects or not finishes_build(config):
        return
    site_dir = Path(config.site_dir)
    written = 0
    for path, html in redirect_pages(_build.redirects, config.site_url, _build.languages, _build.default):
        target = site_dir / path
        if path in _build.outputs or target.exists():
            log.info("redirects: %s is a page of the site; no redirect written there", path)
            continue
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(html, encoding="utf-8")
        except OSError as error:  # a file of the site where the redirect needs a folder
            log.warning("redirects: no redirect written at %s: %s", path, error.strerror or error)
            continue
        written += 1
    log.debug("redirects: %d pages written", written)


def _config_name(config) -> str:
    return Path(config.config_file_path).name if config.config_file_path else "mkdocs.yml"
