"""MkDocs hook: the brand in one place (helpcenter.publish.brand).

Reads the adopter's colours (``theme.palette``, a hex ``primary``) and hero (``extra.helpcenter.hero``) once per build,
reports derived colours under WCAG AA contrast (HC601) and hero values of the wrong form (HC602), and publishes
assets/stylesheets/brand.css, which every page loads after the theme's own stylesheets.
"""

from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.plugins import event_priority

from helpcenter.adapter.i18n import build_language, default_language, helpcenter_settings, starts_new_build
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
_css: dict[str, str] = {}
_hero: dict = {}  # what on_files needs to check the hero's image, once per build


def on_config(config):
    config_file = Path(config.config_file_path) if config.config_file_path else None
    text = config_file.read_text(encoding="utf-8") if config_file and config_file.is_file() else ""
    name = config_file.name if config_file else "mkdocs.yml"
    colours = brand_colours(config.theme.get("palette"))
    hero, hero_findings = hero_of(helpcenter_settings(config).get("hero"), text, name)
    if starts_new_build(config):
        _hero.clear()
        shard = current_shard()
        if shard is None or shard[0] == 0:  # site-wide findings: one worker of a parallel build
            for finding in [*contrast_findings(colours, text, name), *hero_findings]:
                log.log(finding.log_level, finding.format())
            _hero.update(hero=hero, text=text, name=name)
    _css.clear()
    if needs_stylesheet(colours, hero):
        _css[STYLESHEET] = brand_css(colours, hero)
        if STYLESHEET not in [str(sheet) for sheet in config.extra_css]:
            config.extra_css.append(STYLESHEET)
    return config


@event_priority(-160)  # once static-i18n and hooks/theme_assets.py chose this language's files
def on_files(files, config):
    if _hero and build_language(config) == default_language(config):
        published = {f.dest_uri for f in files}
        for finding in missing_hero_image(_hero["hero"], published, _hero["text"], _hero["name"]):
            log.log(finding.log_level, finding.format())
        _hero.clear()
    return files


def on_post_build(config):
    if build_language(config) != default_language(config):
        return
    for path, css in _css.items():
        target = Path(config.site_dir) / path
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8", newline="\n")
