"""A redirect page for each old URL in ``extra.helpcenter.redirects`` (helpcenter.publish.redirects).

Reads the map when a build starts, notes every file the language builds write, and writes the pages in on_post_build
once every language is built, after the catalog step. A redirect never replaces a real page: a path any language
build has a file for, or one already on disk, is left alone.
"""

from __future__ import annotations

import logging
from pathlib import Path

from helpcenter.adapter.i18n import finishes_build, site_languages_of
from helpcenter.content.shards import current_shard
from helpcenter.publish.redirects import redirect_findings, redirect_pages

log = logging.getLogger("mkdocs.plugins.redirects")


def _config_name(config) -> str:
    return Path(config.config_file_path).name if config.config_file_path else "mkdocs.yml"


class Steps:
    def __init__(self, build, config):
        self.build = build
        helpcenter = (config.extra or {}).get("helpcenter") or {}
        redirects = helpcenter.get("redirects") if isinstance(helpcenter, dict) else None
        languages = site_languages_of(config)
        self.redirects = redirects or {}
        self.languages, self.default = languages.configured, languages.default
        # site-relative paths the language builds write (pages and assets), including other shards' pages
        self.outputs: set[str] = set()
        shard = current_shard()
        if redirects and (shard is None or shard[0] == 0):  # site-wide findings: one worker of a parallel build
            for finding in redirect_findings(redirects, _config_name(config)):
                log.log(finding.log_level, finding.format())

    def on_files(self, files, config):
        # after every step that adds generated pages
        if self.redirects:
            self.outputs.update(Path(f.dest_path).as_posix() for f in files)
        return files

    def on_post_build(self, config):
        # after the catalog step wrote each language's 404 page and sitemap
        if not self.redirects or not finishes_build(config, self.build.preview):
            return
        site_dir = Path(config.site_dir)
        written = 0
        for path, html in redirect_pages(self.redirects, config.site_url, self.languages, self.default):
            target = site_dir / path
            if path in self.outputs or target.exists():
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
