"""What the checks need of a site, as plain data (helpcenter.adapter.site_config reads it from mkdocs.yml), and
running them over it."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from helpcenter.content.catalog import Role, role_of
from helpcenter.content.findings import Finding, sort_findings
from helpcenter.content.shards import shard_of
from helpcenter.content.validation.checks import ContentChecker, SiteSources, read_sources
from helpcenter.content.validation.safety import Sanitizer
from helpcenter.content.validation.schema import ContentRules
from helpcenter.content.validation.source import Renderer


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

    def refresh(self, changed: set[tuple[str, str]], snapshot=None) -> None:
        """Read the file list again after the files in ``changed`` (language, doc id) were edited, added or deleted;
        ``snapshot``: the files as the live preview knows them (helpcenter.content.docs_tree.TreeSnapshot)."""
        settings = self.settings
        self.sources = read_sources(
            settings.docs_dir, list(settings.languages), settings.default_language, self.sources.display_root, snapshot
        )
        self.checker.refresh(self.sources, changed)

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
