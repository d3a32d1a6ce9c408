"""What the help center's tools need from mkdocs.yml, read once: languages, Markdown setup, our settings."""

from __future__ import annotations

import functools
from dataclasses import dataclass
from pathlib import Path

from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from helpcenter.adapter.i18n import helpcenter_settings, project_path, site_languages_of
from helpcenter.content.today import build_date
from helpcenter.content.translations import Policy
from helpcenter.content.validation.project import Settings
from helpcenter.content.validation.schema import ContentRules, SettingError
from helpcenter.site_checks import SiteInputs

# where the adopter's channels file is looked for when extra.helpcenter.support_channels does not name one
DEFAULT_SUPPORT_CHANNELS = "data/support-channels.yml"


@dataclass
class SiteConfig:
    docs_dir: Path
    languages: list[str]  # default first, then the others in configured order
    default_language: str
    markdown_extensions: list
    mdx_configs: dict
    helpcenter: dict  # extra.helpcenter


def languages_of(config) -> tuple[list[str], str]:
    """The built languages, the default first, and the default one."""
    languages = site_languages_of(config)
    return list(languages.built), languages.default


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


def support_channels_file(config) -> tuple[Path | None, bool]:
    """The channels file and whether the adopter named it (a named file must exist; the default one may not)."""
    configured = helpcenter_settings(config).get("support_channels")
    if configured:
        return project_path(config, str(configured)), True
    if configured is not None:  # set to an empty value: the site has no channels file
        return None, False
    return project_path(config, DEFAULT_SUPPORT_CHANNELS), False


def site_inputs(config) -> SiteInputs:
    """What helpcenter.site_checks needs, from a loaded configuration (raises ValueError naming a bad setting)."""
    root = Path(config.config_file_path).resolve().parent if config.config_file_path else Path.cwd()
    languages, default = languages_of(config)
    i18n = config.plugins.get("i18n")
    settings = helpcenter_settings(config)
    channels, named = support_channels_file(config)
    folder = settings.get("ui_strings")
    config_path = Path(config.config_file_path).name if config.config_file_path else "mkdocs.yml"
    return SiteInputs(
        root=root,
        config_path=config_path,
        docs_dir=Path(config.docs_dir),
        languages=tuple(languages),
        default_language=default,
        docs_structure=str(getattr(i18n.config, "docs_structure", "folder")) if i18n is not None else "folder",
        policy=Policy.from_config(settings.get("translations")),
        ui_strings=project_path(config, str(folder)) if folder else None,
        support_channels=channels,
        support_channels_named=named,
    )


def settings_from_config(config) -> Settings:
    """Read a loaded MkDocs config (mkdocs.config.load_config, or the one a hook gets).

    A setting the checks cannot use raises mkdocs.exceptions.PluginError naming it (MkDocs shows it without a
    traceback)."""
    site = site_languages_of(config)
    extra = (config.extra or {}).get("helpcenter") or {}
    try:
        icon_dirs = tuple(Path(folder) / ".icons" for folder in getattr(config.theme, "dirs", []) or [])
        content = ContentRules.from_settings(
            extra.get("content"), build_date(), tuple(d for d in icon_dirs if d.is_dir())
        )
    except (SettingError, ValueError) as exc:
        raise PluginError(str(exc)) from None
    return Settings(
        docs_dir=Path(config.docs_dir),
        languages=site.configured,
        default_language=site.default,
        markdown_extensions=list(config.markdown_extensions),
        markdown_configs=dict(config.mdx_configs),
        iframe_hosts=frozenset(str(h).lower() for h in extra.get("iframe_hosts") or ()),
        content=content,
    )
