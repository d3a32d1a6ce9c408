"""Translation status and the commands that fix it.

    python scripts/translations.py report [--format text|markdown] [--check]
    python scripts/translations.py mark-current docs/ja/security/enable-2fa.md [...]   # after translating
    python scripts/translations.py mark-current docs/ja            # every translation in a folder
    python scripts/translations.py mark-current --all              # every translation of every language
    python scripts/translations.py accept-source docs/en/security/enable-2fa.md [...]  # trivial English edit

`report --check` exits 1 when the policy in mkdocs.yml (extra.helpcenter.translations) fails; the build
applies the same policy, so `mkdocs build --strict` fails too.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from helpcenter.adapter.site_config import SiteConfig, read_site_config
from helpcenter.content.docs_tree import read_tree
from helpcenter.content.document import ExplicitIdsReader
from helpcenter.content.findings import Severity
from helpcenter.content.translations import (
    Policy,
    SourceDoc,
    build_report,
    findings,
    render_markdown,
    render_text,
    source_hash,
    with_source_hash,
)


def load_report(site: SiteConfig):
    reader = ExplicitIdsReader(site.markdown_extensions, site.mdx_configs)
    tree = read_tree(site.docs_dir, site.languages)
    docs = {
        lang: {d: SourceDoc(d, text, reader.read(text)) for d, text in pages.items()} for lang, pages in tree.items()
    }
    return build_report(site.default_language, docs, site.languages)


def split_doc_path(site: SiteConfig, path: Path) -> tuple[str, str]:
    """docs/<lang>/<doc id> -> (lang, doc id); SystemExit with a clear message otherwise."""
    try:
        rel = path.resolve().relative_to(site.docs_dir.resolve())
    except ValueError:
        sys.exit(f"{path}: not below {site.docs_dir}")
    lang, *rest = rel.parts
    if lang not in site.languages or not rest:
        sys.exit(f"{path}: expected docs/<language>/<page>.md with a language of {', '.join(site.languages)}")
    return lang, "/".join(rest)


def translation_files(site: SiteConfig, paths: list[Path]) -> list[Path]:
    """The translations in ``paths`` (files, or folders searched for Markdown files that have a source page)."""
    found: list[Path] = []
    for path in paths:
        if not path.is_dir():
            found.append(path)
            continue
        for file in sorted(path.rglob("*.md")):
            lang, doc_id = split_doc_path(site, file)
            if lang != site.default_language and (site.docs_dir / site.default_language / doc_id).exists():
                found.append(file)
    return found


def all_translations(site: SiteConfig) -> list[Path]:
    return translation_files(site, [site.docs_dir / lang for lang in site.languages if lang != site.default_language])


def mark_current(site: SiteConfig, paths: list[Path]) -> int:
    for path in translation_files(site, paths):
        lang, doc_id = split_doc_path(site, path)
        if lang == site.default_language:
            sys.exit(f"{path}: is an English source; mark its translations, e.g. docs/ja/{doc_id}")
        source = site.docs_dir / site.default_language / doc_id
        if not source.exists():
            sys.exit(f"{path}: has no English source {source}")
        new_hash = source_hash(source.read_text(encoding="utf-8"))
        path.write_text(with_source_hash(path.read_text(encoding="utf-8"), new_hash), encoding="utf-8")
        print(f"{path}: source_hash {new_hash}")
    return 0


def accept_source(site: SiteConfig, paths: list[Path]) -> int:
    """Mark every existing translation of these English pages current (for typo-level English edits)."""
    for path in paths:
        lang, doc_id = split_doc_path(site, path)
        if lang != site.default_language:
            sys.exit(f"{path}: pass the English page, docs/{site.default_language}/{doc_id}")
        translations = [site.docs_dir / other / doc_id for other in site.languages if other != lang]
        mark_current(site, [t for t in translations if t.exists()])
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--config-file", type=Path, default=Path("mkdocs.yml"))
    sub = parser.add_subparsers(dest="command", required=True)
    report = sub.add_parser("report", help="per-language status table and findings")
    report.add_argument("--format", choices=("text", "markdown"), default="text")
    report.add_argument("--check", action="store_true", help="exit 1 when the configured policy fails")
    mark = sub.add_parser("mark-current", help="record that translations follow the current source")
    mark.add_argument("paths", nargs="*", type=Path, help="translations, or folders of them")
    mark.add_argument("--all", action="store_true", help="every translation of every language")
    sub.add_parser("accept-source", help="mark all translations of English pages current").add_argument(
        "paths", nargs="+", type=Path
    )
    args = parser.parse_args(argv)
    site = read_site_config(args.config_file)
    if args.command == "mark-current":
        if args.all == bool(args.paths):
            parser.error("mark-current takes translation files or folders, or --all (not both)")
        return mark_current(site, all_translations(site) if args.all else args.paths)
    if args.command == "accept-source":
        return accept_source(site, args.paths)
    try:
        policy = Policy.from_config(site.helpcenter.get("translations"))
    except ValueError as exc:
        sys.exit(f"{args.config_file}: {exc}")
    result = load_report(site)
    print(render_markdown(result) if args.format == "markdown" else render_text(result), end="")
    problems = findings(result, policy, docs_prefix=site.docs_dir.name)
    if args.format == "text":
        for finding in problems:
            print(f"{finding.severity.value}: {finding.format()}")
    failed = [f for f in problems if f.severity is Severity.ERROR]
    return 1 if args.check and failed else 0


if __name__ == "__main__":
    sys.exit(main())
