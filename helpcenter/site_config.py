"""What the help center's tools need from mkdocs.yml, read once: languages, Markdown setup, our settings."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config

from helpcenter.i18n import default_language


@dataclass
class SiteConfig:
    docs_dir: Path
    languages: list[str]  # default first, then the others in configured order
    default_language: str
    markdown_extensions: list
    mdx_configs: dict
    helpcenter: dict  # extra.helpcenter


def languages_of(config) -> tuple[list[str], str]:
    i18n = config.plugins.get("i18n")
    default = default_language(config)
    if i18n is None:
        return [default], default
    others = [lang.locale for lang in i18n.config.languages if lang.locale != default and lang.build]
    return [default, *others], default


def read_site_config(config_file: Path) -> SiteConfig:
    config = load_config(str(config_file))
    languages, default = languages_of(config)
    return SiteConfig(
        docs_dir=Path(config.docs_dir),
        languages=languages,
        default_language=default,
        markdown_extensions=list(config.markdown_extensions),
        mdx_configs=dict(config.mdx_configs),
        helpcenter=dict((config.extra or {}).get("helpcenter") or {}),
    )


@functools.lru_cache(maxsize=8)  # fixture sites ask once each; loading the configuration takes a moment
def project_hooks(config_file: Path) -> list[Path]:
    """The hooks of a project's mkdocs.yml as absolute paths, in their order (order matters between hooks).

    For configurations written elsewhere (fixture sites, benchmark corpora) that build with the project's hooks:
    MkDocs resolves hook paths against the configuration file that names them.
    """
    config = load_config(str(config_file))
    return [(Path(config_file).parent / name).resolve() for name in config.hooks]
