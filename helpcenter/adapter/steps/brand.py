"""The brand in one place (helpcenter.publish.brand).

Reads the adopter's colours (``theme.palette``, a hex ``primary``) and hero (``extra.helpcenter.hero``) once per build,
reports derived colours under WCAG AA contrast (HC601) and hero values of the wrong form (HC602), and publishes
assets/stylesheets/brand.css, which every page loads after the theme's own stylesheets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from helpcenter.adapter.i18n import build_language, default_language, helpcenter_settings
from helpcenter.content.shards import current_shard
from helpcenter.publish.brand import (
    STYLESHEET,
    brand_colours,
    brand_css,
    contrast_findings,
    hero_of,
    missing_hero_image,
    needs_stylesheet,
)

log = logging.getLogger("mkdocs.plugins.brand")


def _config_text(config) -> tuple[str, str]:
    config_file = Path(config.config_file_path) if config.config_file_path else None
    text = config_file.read_text(encoding="utf-8") if config_file and config_file.is_file() else ""
    return text, config_file.name if config_file else "mkdocs.yml"


class Steps:
    def __init__(self, build, config):
        self.hero: dict = {}  # what on_files needs to check the hero's image, once per build
        text, name = _config_text(config)
        colours = brand_colours(config.theme.get("palette"))
        hero, hero_findings = hero_of(helpcenter_settings(config).get("hero"), text, name)
        shard = current_shard()
        if shard is None or shard[0] == 0:  # site-wide findings: one worker of a parallel build
            for finding in [*contrast_findings(colours, text, name), *hero_findings]:
                log.log(finding.log_level, finding.format())
            self.hero.update(hero=hero, text=text, name=name)
        # one stylesheet for the site, from the configuration as the build starts (the default language's)
        self.css = brand_css(colours, hero) if needs_stylesheet(colours, hero) else ""

    def on_config(self, config):
        # every language's pages load it (static-i18n gives each language build its own configuration values)
        if self.css and STYLESHEET not in [str(sheet) for sheet in config.extra_css]:
            config.extra_css.append(STYLESHEET)
        return config

    def on_files(self, files, config):
        # once static-i18n and the theme assets step chose this language's files
        if self.hero and build_language(config) == default_language(config):
            published = {f.dest_uri for f in files}
            for finding in missing_hero_image(self.hero["hero"], published, self.hero["text"], self.hero["name"]):
                log.log(finding.log_level, finding.format())
            self.hero.clear()
        return files

    def on_post_build(self, config):
        if not self.css or build_language(config) != default_language(config):
            return
        target = Path(config.site_dir) / STYLESHEET
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(self.css, encoding="utf-8", newline="\n")
