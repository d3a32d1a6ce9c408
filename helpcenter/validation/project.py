"""What the checks need from a loaded MkDocs configuration, as plain data, and running them over a site."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from mkdocs.exceptions import PluginError

from helpcenter.announcements import build_date
from helpcenter.catalog import Role, role_of
from helpcenter.findings import Finding, sort_findings
from helpcenter.site_build import shard_of
from helpcenter.validation.checks import ContentChecker, SiteSources, read_sources
from helpcenter.validation.safety import Sanitizer
from helpcenter.validation.schema import ContentRules, SettingError
from helpcenter.validation.source import Renderer


@dataclass(frozen=True)
class Settings:
    docs_dir: Path
    languages: tuple[str, ...]
    default_language: str
    markdown_extensions: list
    markdown_configs: dict
    iframe_hosts: frozenset[str]
    # extra.helpcenter.content (heading_ids, required_article_keys) and the build date
    content: ContentRules = field(default_factory=ContentRules)


def settings_from_config(config) -> Settings:
    """Read a loaded MkDocs config (mkdocs.config.load_config, or the one a hook gets).

    A setting the checks cannot use raises mkdocs.exceptions.PluginError naming it (MkDocs shows it without a
    traceback)."""
    i18n = config.plugins.get("i18n") if hasattr(config.plugins, "get") else None
    languages: list[str] = []
    default = ""
    if i18n is not None:
        for language in i18n.config.languages:
            languages.append(language.locale)
            if language.default:
                default = language.locale
    if not languages:
        languages = [config.theme.get("language") or "en"]
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
        languages=tuple(languages),
        default_language=default or languages[0],
        markdown_extensions=list(config.markdown_extensions),
        markdown_configs=dict(config.mdx_configs),
        iframe_hosts=frozenset(str(h).lower() for h in extra.get("iframe_hosts") or ()),
        content=content,
    )


def owned_by_shard(doc_id: str, shard: tuple[int, int] | None) -> bool:
    """Which worker of a sharded build reports a file: its article shard, or worker 0 for pages every worker renders."""
    if shard is None:
        return True
    index, count = shard
    if role_of(doc_id) is Role.ARTICLE:
        return shard_of(doc_id, count) == index
    return index == 0


class Project:
    """Sources, renderer and sanitizer of one site, ready to check files."""

    def __init__(self, settings: Settings, display_root: Path | None = None):
        self.settings = settings
        self.sources: SiteSources = read_sources(
            settings.docs_dir, list(settings.languages), settings.default_language, display_root
        )
        self.sanitizer = Sanitizer(settings.iframe_hosts)
        self.checker = ContentChecker(
            self.sources,
            Renderer(settings.markdown_extensions, settings.markdown_configs),
            self.sanitizer,
            settings.content,
        )

    def all_files(self) -> list[tuple[str, str]]:
        return sorted(self.sources.texts)

    def files_for_paths(self, paths: list[Path]) -> tuple[list[tuple[str, str]], list[str]]:
        """(language, doc id) of the Markdown files in ``paths`` (files or folders), and paths that are not content."""
        docs = self.settings.docs_dir.resolve()
        chosen: set[tuple[str, str]] = set()
        ignored: list[str] = []
        for path in paths:
            path = path.resolve()
            if not path.is_relative_to(docs):
                ignored.append(str(path))
                continue
            for language, doc_id in self.sources.texts:
                file = (docs / language / doc_id).resolve()
                if file == path or file.is_relative_to(path):
                    chosen.add((language, doc_id))
        return sorted(chosen), ignored

    def check(self, files: list[tuple[str, str]], shard: tuple[int, int] | None = None) -> list[Finding]:
        findings: list[Finding] = []
        for language, doc_id in files:
            if owned_by_shard(doc_id, shard):
                findings += self.checker.check(language, doc_id)
        return sort_findings(findings)
