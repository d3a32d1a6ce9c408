"""Turn this clone into a new help center: your brand, address and languages, a starter tree or your existing docs.

    python scripts/init_site.py --brand "Acme Help" --site-url https://help.acme.example/ --languages en,fr,ar,pt-BR
    python scripts/init_site.py --brand "Acme Help" --site-url https://help.acme.example/ --categories billing,account
    python scripts/init_site.py --brand "Acme Docs" --site-url https://docs.acme.example/ --import ../old-docs

It removes the demo (docs/, data/support-channels.yml, data/glossary.yml, data/demo-facts.md) and writes:
- mkdocs.yml, the adopter configuration: brand, address, languages, critical categories, channels and settings;
- docs/<lang>/: a home, a search page, a contact page, the categories and a sample article (starter texts exist in
  en, zh, ja, ko, es, fr, de, pt-BR and ar; another language starts with the default language's pages), or, with
  --import, the pages and images of an existing MkDocs or mkdocs-static-i18n project (suffix or folder layout),
  each language moved to docs/<BCP 47 code>/ with its page paths kept, and a redirect from every URL that moves;
- data/support-channels.yml: one email channel (edit it: chat, tickets, phone, social, VIP);
- data/ui-strings/<lang>.yml: your overrides of the UI texts, and the texts to translate for a language the
  generator ships none for;
- data/glossary.yml: search synonyms, empty.

Languages are BCP 47 codes, the first is the default one (pt_BR and pt-br are read as pt-BR). Run it once, in a clean
clone; it refuses to replace a help center that is not the demo unless given --force.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import sys
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

import yaml

from helpcenter.content.findings import Finding
from helpcenter.content.importer import (
    LanguageCodeError,
    apply_plan,
    display_name,
    normalize_language_code,
    plan_import,
)
from helpcenter.content.importer import read_project as read_existing_project
from helpcenter.content.page_meta import title_from_file_name
from helpcenter.content.strings import LOCALES_DIR, locale_file
from helpcenter.content.today import build_date
from helpcenter.content.translations import source_hash, with_source_hash

ROOT = Path(__file__).resolve().parent.parent
SKELETON = Path(__file__).resolve().parent / "skeleton"
DEFAULT_LANGUAGE_TEXTS = "en"
# what only the demo has: removed, then written anew for the new help center
DEMO_FILES = ("docs", "data/support-channels.yml", "data/glossary.yml", "data/demo-facts.md", "data/ui-strings")
DEMO_MARKER = "data/demo-facts.md"
SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Options:
    brand: str
    site_url: str
    languages: tuple[str, ...]  # BCP 47, default first
    categories: tuple[str, ...]
    critical_categories: tuple[str, ...] = ()
    redirects: tuple[tuple[str, str], ...] = ()


# --- reading the command line -----------------------------------------------------------------------------------


def parse_languages(text: str) -> tuple[str, ...]:
    """``en,fr,pt_BR`` -> ('en', 'fr', 'pt-BR'); ValueError with the reason for a bad or repeated code."""
    codes = [normalize_language_code(part) for part in text.split(",") if part.strip()]
    if not codes:
        raise ValueError("--languages needs at least one code, e.g. en or en,fr,ar")
    repeated = sorted({c for c in codes if codes.count(c) > 1})
    if repeated:
        raise ValueError(f"--languages names {', '.join(repeated)} more than once")
    return tuple(codes)


def parse_categories(text: str) -> tuple[str, ...]:
    names = tuple(part.strip() for part in text.split(",") if part.strip())
    bad = [name for name in names if not SLUG.match(name)]
    if bad:
        raise ValueError(
            f"--categories: {', '.join(bad)} is not a folder name; use lowercase words joined by hyphens, e.g. billing"
        )
    return names or ("getting-started",)


def parse_site_url(text: str) -> str:
    parts = urlsplit(text)
    if parts.scheme not in ("http", "https") or not parts.netloc:
        raise ValueError(f"--site-url {text!r} is not an address such as https://help.example.com/")
    return text if text.endswith("/") else text + "/"


# --- what the new help center holds (pure: text in, files as text out) ------------------------------------------


def skeleton_texts(language: str) -> dict | None:
    """The starter texts in a language (its own file, or its base language's), None if there are none."""
    path = locale_file(language, SKELETON)
    return yaml.safe_load(path.read_text(encoding="utf-8")) if path else None


def _fill(text: str, brand: str) -> str:
    return text.replace("{brand}", brand)


def _front_matter(fields: dict) -> str:
    lines = []
    for key, value in fields.items():
        lines.append(f"{key}: {json.dumps(value, ensure_ascii=False)}")
    return "---\n" + "\n".join(lines) + "\n---\n"


def brand_token(brand: str) -> str:
    """The lowercase name the official-channel verifier looks for in addresses: 'Acme Help' -> 'acmehelp'."""
    token = re.sub(r"[^a-z0-9]", "", brand.lower())
    return token if len(token) >= 3 else (token + "help")[:8]


def support_domain(site_url: str) -> str:
    return urlsplit(site_url).hostname or "example.com"


def starter_pages(options: Options) -> dict[str, str]:
    """docs/<lang>/... for every language with starter texts; the others fall back to the default language's."""
    files: dict[str, str] = {}
    default = options.languages[0]
    sources: dict[str, str] = {}
    for language in options.languages:
        texts = skeleton_texts(language) or (skeleton_texts(DEFAULT_LANGUAGE_TEXTS) if language == default else None)
        if texts is None:
            continue
        t = {key: _fill(value, options.brand) if isinstance(value, str) else value for key, value in texts.items()}
        pages = {
            "index.md": _front_matter({"title": options.brand, "description": t["home_description"]}),
            "search.md": _front_matter(
                {"title": t["search_title"], "template": "search.html", "hide": ["navigation", "toc"]}
            ),
            "contact.md": _front_matter(
                {"title": t["contact_title"], "description": t["contact_description"], "template": "contact.html"}
            )
            + "",
        }
        for index, category in enumerate(options.categories):
            first = index == 0
            title = t["category_title"] if first and category == "getting-started" else title_from_file_name(category)
            fields = {"title": title, "description": t["category_description"] if first else title}
            fields["icon"] = "material/rocket-launch-outline" if first else "material/folder-outline"
            fields["order"] = index + 1
            pages[f"{category}/index.md"] = _front_matter(fields)
        article = _front_matter(
            {
                "title": t["article_title"],
                "description": t["article_description"],
                "tags": list(t["article_tags"]),
                "updated": build_date().isoformat(),
            }
        )
        pages[f"{options.categories[0]}/first-steps.md"] = article + "\n" + t["article_body"]
        for doc_id, text in pages.items():
            if language == default:
                sources[doc_id] = text
            else:  # a translation of the starter page, current by construction
                text = with_source_hash(text, source_hash(sources[doc_id]))
            files[f"docs/{language}/{doc_id}"] = text
    return files


def _translated(options: Options, key: str) -> dict[str, str]:
    default_texts = skeleton_texts(options.languages[0]) or skeleton_texts(DEFAULT_LANGUAGE_TEXTS)
    out = {}
    for language in options.languages:
        texts = skeleton_texts(language) or default_texts
        out[language] = _fill(texts[key], options.brand)
    return out


def support_channels(options: Options) -> str:
    """A minimal, valid channels file: one email channel for every language and topic (helpcenter/publish/support)."""
    domain = support_domain(options.site_url)
    email = f"support@{domain}"
    data = {
        "languages": list(options.languages),
        "official": {
            "brand": brand_token(options.brand),
            "domains": [domain],
            "emails": [email],
            "phones": [],
            "social": [],
        },
        "prepare_items": {"account-email": _translated(options, "prepare_item")},
        "topics": [{"id": "general", "name": _translated(options, "topic_name"), "prepare": ["account-email"]}],
        "chooser": {
            "topic_fallback": "general",
            "urgencies": [
                {
                    "id": "question",
                    "label": _translated(options, "urgency_label"),
                    "freeze_first": False,
                    "channel": "email",
                    "vip_channel": "email",
                }
            ],
        },
        "channels": [
            {
                "id": "email",
                "kind": "email",
                "name": _translated(options, "channel_name"),
                "email": email,
                "hours": {"always": True},
                "response": _translated(options, "channel_response"),
                "regions": ["global"],
                "languages": list(options.languages),
                "min_vip_tier": 0,
                "prepare": ["account-email"],
            }
        ],
    }
    header = (
        f"# {options.brand}'s support channels: the contact page, the channel chooser and the official-channel\n"
        "# verifier read this file. Add chat, tickets, phone lines, social accounts and a VIP route here; every\n"
        "# reader-visible text has one entry per language. `make check` validates it.\n"
    )
    return header + yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)


def ui_strings_file(language: str) -> str:
    """data/ui-strings/<lang>.yml: overrides, and for a language the generator ships no texts for, the keys."""
    lines = [
        f"# UI texts in {language} for this help center. Any key of helpcenter/locales/en.yml set here replaces",
        "# the text the generator ships; {site_brand} is your brand.",
    ]
    if locale_file(language) is None:
        english = yaml.safe_load((LOCALES_DIR / "en.yml").read_text(encoding="utf-8"))
        lines += [
            f"# The generator ships no {language} texts: readers see English until you translate these (remove",
            "# the leading '# ' of each line you translate). `make check` lists the keys still missing.",
        ]
        lines += [f"# {key}: {json.dumps(value, ensure_ascii=False)}" for key, value in english.items()]
    return "\n".join(lines) + "\n"


def adopter_config(options: Options, names: dict[str, str]) -> str:
    """mkdocs.yml: the one file for brand, address, languages, critical categories, channels and settings."""
    default = options.languages[0]
    languages = [
        {"locale": code, "name": names.get(code) or display_name(code), "default": code == default, "build": True}
        for code in options.languages
    ]
    description = _translated(options, "site_description")[default]
    helpcenter = {
        "brand": options.brand,
        "support_channels": "data/support-channels.yml",
        "ui_strings": "data/ui-strings",
        "translations": {
            "fail": ["orphaned", "anchors"],
            "critical_categories": list(options.critical_categories),
            "fail_in_critical": ["stale", "missing"],
        },
        "content": {"heading_ids": "optional", "required_article_keys": []},
        "announcements": {"per_page": 10, "on_home": 3, "precedence_clause": True},
        "feedback_endpoint": "",
        "iframe_hosts": [],
    }
    if options.redirects:
        helpcenter["redirects"] = dict(options.redirects)
    site = {
        "site_name": options.brand,
        "site_url": options.site_url,
        "site_description": description,
        "copyright": f"© {build_date().year} {options.brand}",
    }
    plugins = [
        {
            "i18n": {
                "docs_structure": "folder",
                "fallback_to_default": True,
                "reconfigure_material": True,
                "reconfigure_search": True,
                "languages": languages,
            }
        }
    ]
    dump = lambda data: yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=110)  # noqa: E731
    return (
        f"# The adopter configuration of {options.brand}: the only place for the brand, the address, the languages\n"
        "# and the help center's settings (written by scripts/init_site.py; edit it freely). The generator's MkDocs\n"
        "# setup (theme, hooks, Markdown extensions) is in mkdocs.base.yml, which you do not edit.\n"
        "INHERIT: mkdocs.base.yml\n"
        + dump(site)
        + "\ntheme:\n  logo: assets/images/logo.svg\n  favicon: assets/images/logo.svg\n"
        + "  # your colours: https://squidfunk.github.io/mkdocs-material/setup/changing-the-colors/\n"
        + "  palette:\n    - scheme: default\n      primary: indigo\n      accent: indigo\n"
        + "\n# extra.helpcenter: critical_categories fail the build on stale or missing translations;\n"
        + "# content.heading_ids 'required' asks every heading for an explicit { #id }; redirects map old URLs.\n"
        + dump({"extra": {"helpcenter": helpcenter}})
        + "\n# One entry per language; the first is the default, served at the site root. Add a language here and a\n"
        + "# docs/<code>/ folder (BCP 47 codes: pt-BR, zh-Hant, ar).\n"
        + dump({"plugins": plugins})
    )


def starter_files(options: Options, names: dict[str, str] | None = None, pages: bool = True) -> dict[str, str]:
    files = starter_pages(options) if pages else {}
    files["mkdocs.yml"] = adopter_config(options, names or {})
    files["data/support-channels.yml"] = support_channels(options)
    files["data/glossary.yml"] = (
        "# Search synonyms per language: each term lists the variants readers type, the preferred one first.\n"
        "# terms:\n#   - id: sign-in\n#     en: [sign in, log in, login]\nterms: []\n"
    )
    for language in options.languages:
        files[f"data/ui-strings/{language}.yml"] = ui_strings_file(language)
    return files


# --- the command ------------------------------------------------------------------------------------------------


def _remove_demo(root: Path) -> None:
    for rel in DEMO_FILES:
        path = root / rel
        if path.is_dir():
            shutil.rmtree(path)
        elif path.exists():
            path.unlink()


def _write(root: Path, files: dict[str, str]) -> None:
    for rel, text in files.items():
        path = root / rel
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")


def _print_findings(findings: list[Finding]) -> None:
    for finding in findings:
        print(f"{finding.severity.value}: {finding.format()}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--brand", required=True, help='the name readers see, e.g. "Acme Help"')
    parser.add_argument(
        "--site-url", required=True, help="where the site is published, e.g. https://help.acme.example/"
    )
    parser.add_argument("--languages", help="BCP 47 codes, the default first (default: en, or those of --import)")
    parser.add_argument("--categories", default="getting-started", help="category folders to start with")
    parser.add_argument("--critical-categories", default="", help="categories whose translations must be current")
    parser.add_argument("--import", dest="import_path", type=Path, help="an existing MkDocs project or docs folder")
    parser.add_argument("--root", type=Path, default=ROOT, help=argparse.SUPPRESS)  # the clone to turn (tests)
    parser.add_argument("--force", action="store_true", help="replace a help center that is not the demo")
    args = parser.parse_args(argv)
    root: Path = args.root.resolve()

    has_content = (root / "docs").is_dir() and any((root / "docs").iterdir())
    if has_content and not (root / DEMO_MARKER).exists() and not args.force:
        print(
            f"{root}/docs holds a help center that is not the demo; nothing was changed. "
            "Run again with --force to replace it.",
            file=sys.stderr,
        )
        return 2
    try:
        site_url = parse_site_url(args.site_url)
        categories = parse_categories(args.categories)
        critical = parse_categories(args.critical_categories) if args.critical_categories.strip() else ()
        plan = None
        names: dict[str, str] = {}
        if args.import_path is not None:
            project = read_existing_project(args.import_path)
            plan = plan_import(project)
            if not plan.pages:
                _print_findings(plan.findings)
                print(f"{args.import_path}: no Markdown page to import; nothing was changed", file=sys.stderr)
                return 1
            languages = tuple(language.code for language in plan.languages)
            names = {language.code: language.name for language in plan.languages}
            if args.languages:
                print("note: --languages is ignored with --import; the project's languages are used", file=sys.stderr)
        else:
            languages = parse_languages(args.languages or "en")
    except (ValueError, LanguageCodeError) as exc:
        parser.error(str(exc))
        return 2
    unknown_critical = [c for c in critical if c not in categories] if plan is None else []
    if unknown_critical:
        parser.error(f"--critical-categories names {', '.join(unknown_critical)}, not one of --categories")

    options = Options(
        brand=args.brand.strip(),
        site_url=site_url,
        languages=languages,
        categories=categories,
        critical_categories=critical,
        redirects=tuple(sorted(plan.redirects.items())) if plan else (),
    )
    _remove_demo(root)
    _write(root, starter_files(options, names, pages=plan is None))
    if plan is not None:
        _print_findings(plan.findings)
        _print_findings(apply_plan(plan, root))
    print(f"{options.brand}: {len(languages)} language(s) ({', '.join(languages)}), site {site_url}")
    print("next: `make serve` to preview, `make check` and `make build` before you publish (README: Start your own)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
