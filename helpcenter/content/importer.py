"""Import an existing MkDocs or mkdocs-static-i18n documentation project into the help center's folder layout.

Pure core: plain data in, plain data out, no MkDocs objects. Three steps:

- ``read_project(path)`` reads the project (its folder with ``mkdocs.yml``, or a docs folder directly) and
  tells which file belongs to which language, whatever the layout: static-i18n's *suffix* layout (``page.md``,
  ``page.fr.md``, ``image.fr.png``), its *folder* layout (``docs/<lang>/...``, folder names in any case), or a
  single-language project.
- ``plan_import(project)`` decides every file's target ``docs/<bcp47>/<path>``, keeping each page's path below
  its language (so its URL below the language prefix stays the same), and the redirects from old URLs whose
  language prefix changes (``pt_BR/guide/setup/`` -> ``pt-BR/guide/setup/``).
- ``apply_plan(plan, root)`` copies the files, bytes unchanged, into ``root/docs/``; the one exception is a
  link to a file outside the source's docs folder (``../../CHANGELOG.md``): the file is brought in below the
  default language and the link's target is rewritten to it (``PlannedFile.replacements``).

Content problems never raise: they become findings (``helpcenter.content.findings.Finding``) in the result. Markdown is
otherwise never rewritten: a page without front matter is valid (its title is its first ``# H1``).
"""

from __future__ import annotations

import dataclasses
import os
import posixpath
import re
import shutil
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from enum import StrEnum
from html.parser import HTMLParser
from pathlib import Path, PurePosixPath
from urllib.parse import quote, unquote, urlsplit
from xml.etree import ElementTree

import markdown
import yaml
from babel import Locale, UnknownLocaleError
from markdown.treeprocessors import Treeprocessor

from helpcenter.content import frontmatter
from helpcenter.content.catalog import ASSET_FOLDERS
from helpcenter.content.docs_tree import decode
from helpcenter.content.findings import Finding, Severity, first_few

# MkDocs' own list (mkdocs.utils.markdown_extensions), matched as MkDocs does: case-sensitive
MARKDOWN_SUFFIXES = (".markdown", ".mdown", ".mkdn", ".mkd", ".md")
CONFIG_NAMES = ("mkdocs.yml", "mkdocs.yaml")
# the page MkDocs serves as a folder's index when there is no index.md
INDEX_STEMS = ("index", "README")
# the locale codes mkdocs-static-i18n 1.3.1 accepts (mkdocs_static_i18n.config.RE_LOCALE); kept here, not imported,
# so the core stays free of build packages
STATIC_I18N_LOCALE = re.compile(r"(^[a-z]{2}(-[A-Za-z]{4})?(-[A-Z]{2})?$)|(^[a-z]{2}_[A-Z]{2}$)")
# codes that are valid BCP 47 but name no language a help center can be written in
NOT_A_LANGUAGE = frozenset({"und", "mul", "zxx", "mis"})
MAX_INHERIT = 5

# finding codes
SOURCE_MISSING = "IMP100"
CONFIG_UNREADABLE = "IMP101"
BAD_LANGUAGE_CODE = "IMP102"
UNCONFIGURED_LANGUAGE = "IMP103"
DEFAULT_ASSUMED = "IMP104"
BUILD_REJECTS_CODE = "IMP105"
SAME_TARGET = "IMP110"
NOT_UTF8 = "IMP111"
PATH_LIKE_LANGUAGE = "IMP112"
RENAMED_TO_MD = "IMP113"
PREFIX_CHANGED = "IMP114"
SETTINGS_NOT_IMPORTED = "IMP115"
UNREADABLE = "IMP116"
NO_PAGES = "IMP117"
NOT_BUILT = "IMP118"
NOTE_IN_ASSETS = "IMP119"
COPY_FAILED = "IMP120"
OUTSIDE_BROUGHT_IN = "IMP121"
OUTSIDE_LINK = "IMP122"
OUTSIDE_TARGET_TAKEN = "IMP123"
OUTSIDE_UNTRANSLATED = "IMP124"

# Python-Markdown extensions enough to tell a page's links and images from code and text
LINK_EXTENSIONS = ("attr_list", "tables", "md_in_html", "footnotes", "admonition", "fenced_code")
OUTSIDE_FIX = "copy the file into docs/ and link to it, or link to its published URL"


class Layout(StrEnum):
    SUFFIX = "suffix"  # static-i18n: page.md (default language), page.fr.md
    FOLDER = "folder"  # static-i18n: docs/<lang>/page.md
    SINGLE = "single"  # one language, no i18n plugin


class LanguageCodeError(ValueError):
    """A code that is not a BCP 47 language tag; ``str()`` says why, in one line, for a finding or a CLI message."""


# ----------------------------------------------------------------------------------------------------------------
# Language codes


def normalize_language_code(code: object) -> str:
    """The BCP 47 form of a language code: language lower case, script title case, region upper case.

    ``pt_BR`` -> ``pt-BR``, ``pt-pt`` -> ``pt-PT``, ``zh_Hant`` -> ``zh-Hant``, ``EN`` -> ``en``,
    ``sr_latn_rs`` -> ``sr-Latn-RS``. Raises ``LanguageCodeError`` (a ``ValueError`` with a one-line reason) for
    anything else; ``language_code_or_none`` is the non-raising form.
    """
    if not isinstance(code, str):
        raise LanguageCodeError(f"{code!r} is not a language code: expected text such as en, pt-BR or zh-Hant")
    text = code.strip()
    shown = f"'{text}'" if text else "an empty code"
    if not text:
        raise LanguageCodeError("an empty language code: expected a code such as en, pt-BR or zh-Hant")
    parts = re.split(r"[-_]", text)
    if any(not part for part in parts) or not all(part.isascii() and part.isalnum() for part in parts):
        raise LanguageCodeError(
            f"{shown} is not a language code: use ASCII letters and digits separated by '-', e.g. pt-BR or zh-Hant"
        )
    language, rest = parts[0], parts[1:]
    if not (language.isalpha() and 2 <= len(language) <= 3):
        raise LanguageCodeError(
            f"{shown} is not a language code: it must start with a 2- or 3-letter language (ISO 639), e.g. en, fil"
        )
    if language.lower() in NOT_A_LANGUAGE:
        raise LanguageCodeError(f"{shown} names no particular language: use the code of the language pages use")
    result = [language.lower()]
    if rest and len(rest[0]) == 4 and rest[0].isalpha():
        result.append(rest.pop(0).title())  # script: Hant, Latn
    if rest and ((len(rest[0]) == 2 and rest[0].isalpha()) or (len(rest[0]) == 3 and rest[0].isdigit())):
        result.append(rest.pop(0).upper())  # region: BR, TW, 419
    for part in rest:
        # variants: 5 to 8 characters, or 4 starting with a digit (de-CH-1996)
        if 5 <= len(part) <= 8 or (len(part) == 4 and part[0].isdigit()):
            result.append(part.lower())
        else:
            raise LanguageCodeError(
                f"{shown} is not a language code: '{part}' is neither a script (4 letters), a region "
                "(2 letters or 3 digits) nor a variant; expected a code such as pt-BR, zh-Hant or sr-Latn-RS"
            )
    return "-".join(result)


def language_code_or_none(code: object) -> str | None:
    """``normalize_language_code(code)``, or None when ``code`` is not a language code."""
    try:
        return normalize_language_code(code)
    except LanguageCodeError:
        return None


def _babel_locale(code: str) -> Locale | None:
    try:
        return Locale.parse(code, sep="-")
    except (ValueError, TypeError, UnknownLocaleError):
        return None


def is_known_language(code: str) -> bool:
    """True when Babel (CLDR) knows the language of a BCP 47 code: tells a language folder (``fr``) from others."""
    normalized = language_code_or_none(code)
    return normalized is not None and _babel_locale(normalized.split("-")[0]) is not None


def display_name(code: str) -> str:
    """A language's name in itself, from CLDR (``pt-PT`` -> ``Português (Portugal)``), else the code."""
    locale = _babel_locale(code)
    if locale is None:
        return code
    try:
        name = locale.get_display_name(locale) or code
    except (ValueError, TypeError, UnknownLocaleError):
        return code
    return name[:1].upper() + name[1:]


# ----------------------------------------------------------------------------------------------------------------
# Data


@dataclass(frozen=True)
class Language:
    code: str  # BCP 47
    name: str
    default: bool = False
    build: bool = True
    # how the source project wrote it: its URL prefix (non-default languages), its file suffix or folder name
    source_code: str = ""


@dataclass(frozen=True)
class SourceFile:
    path: Path  # absolute path of the file to copy
    shown: str  # "docs/" + its path below the source's docs folder: how findings name it
    rel: str  # its path below its language: guide/setup.md for docs/guide/setup.fr.md or docs/fr/guide/setup.md
    language: str | None  # BCP 47 code; None: an asset shared by every language (or a page outside the languages)
    is_page: bool
    explicit: bool  # localized on purpose: a language suffix or inside a language folder


@dataclass
class SourceProject:
    root: Path  # the project folder (or the docs folder, when given one without a configuration)
    docs_dir: Path
    config_file: Path | None
    layout: Layout
    languages: list[Language]  # default first
    default_language: str  # BCP 47
    files: list[SourceFile]
    use_directory_urls: bool = True
    fallback_to_default: bool = True
    site_name: str | None = None
    site_url: str | None = None
    findings: list[Finding] = field(default_factory=list)


@dataclass(frozen=True)
class PlannedFile:
    source: Path  # absolute
    target: str  # docs/<bcp47>/<path>, relative to the new project's root
    language: str  # BCP 47
    is_page: bool
    shown: str  # the source as findings name it (docs/...; a file brought in from outside docs/: its project path)
    # (old, new) literal replacements in the page's text (body only, front matter untouched), applied in order:
    # links to files outside the source's docs folder, rewritten to where the import brings those files
    replacements: tuple[tuple[str, str], ...] = ()


@dataclass
class ImportPlan:
    languages: list[Language]  # default first
    default_language: str
    files: list[PlannedFile]
    redirects: dict[str, str]  # old site-relative URL path -> new one, percent-encoded as MkDocs writes URLs
    findings: list[Finding]
    layout: Layout
    site_name: str | None = None
    site_url: str | None = None

    @property
    def pages(self) -> list[PlannedFile]:
        return [f for f in self.files if f.is_page]


# ----------------------------------------------------------------------------------------------------------------
# Reading the configuration


class TolerantLoader(yaml.SafeLoader):
    """A safe loader for mkdocs.yml that reads ``!!python/...`` tags as None and ``!ENV`` as its default value.

    The configuration's Python objects (slugify functions, emoji indexes) are of no use to an import and must
    never be executed; the environment is not read, so an import gives the same result everywhere.
    """


def _env_tag(loader: yaml.SafeLoader, node: yaml.Node):
    if isinstance(node, yaml.SequenceNode):
        values = loader.construct_sequence(node, deep=True)
        return values[-1] if len(values) > 1 else None
    return None


def _unknown_tag(loader: yaml.SafeLoader, suffix: str, node: yaml.Node):
    return None


TolerantLoader.add_constructor("!ENV", _env_tag)
TolerantLoader.add_multi_constructor("!", _unknown_tag)
TolerantLoader.add_multi_constructor("tag:yaml.org,2002:python/", _unknown_tag)


def _load_yaml(path: Path, shown: str, findings: list[Finding]) -> dict:
    try:
        data = yaml.load(path.read_bytes(), Loader=TolerantLoader)  # noqa: S506 - a SafeLoader subclass
    except OSError as error:
        findings.append(_finding(shown, CONFIG_UNREADABLE, f"cannot read it: {error.strerror or error}"))
        return {}
    except yaml.YAMLError as error:
        mark = getattr(error, "problem_mark", None)
        line, col = (mark.line + 1, mark.column + 1) if mark else (1, 1)
        problem = getattr(error, "problem", None) or str(error).splitlines()[0]
        findings.append(
            _finding(
                shown,
                CONFIG_UNREADABLE,
                f"not valid YAML ({problem}); languages and layout are taken from the files instead",
                "fix the YAML syntax and import again",
                Severity.WARNING,
                line,
                col,
            )
        )
        return {}
    if data is None:
        return {}
    if not isinstance(data, dict):
        findings.append(_finding(shown, CONFIG_UNREADABLE, "is not a mapping of settings; it is ignored"))
        return {}
    return data


def _merge(base: dict, child: dict) -> dict:
    """MkDocs' INHERIT: the child's settings over the parent's, mappings merged key by key."""
    merged = dict(base)
    for key, value in child.items():
        if isinstance(value, dict) and isinstance(merged.get(key), dict):
            merged[key] = _merge(merged[key], value)
        else:
            merged[key] = value
    return merged


def read_config(config_file: Path, findings: list[Finding] | None = None) -> dict:
    """A project's mkdocs.yml as plain data, its ``INHERIT`` chain merged; problems become findings."""
    findings = [] if findings is None else findings
    seen: list[Path] = []
    chain: list[dict] = []
    path = config_file
    while path is not None and len(seen) < MAX_INHERIT and path.resolve() not in seen:
        seen.append(path.resolve())
        data = _load_yaml(path, path.name if not chain else _relative(path, config_file.parent), findings)
        chain.append(data)
        parent = data.get("INHERIT")
        path = (path.parent / parent) if isinstance(parent, str) and parent else None
        if path is not None and not path.is_file():
            findings.append(
                _finding(config_file.name, CONFIG_UNREADABLE, f"INHERIT names {parent}, which does not exist")
            )
            path = None
    merged: dict = {}
    for data in reversed(chain):
        merged = _merge(merged, data)
    merged.pop("INHERIT", None)
    return merged


def _relative(path: Path, root: Path) -> str:
    try:
        return path.resolve().relative_to(root.resolve()).as_posix()
    except ValueError:
        return path.as_posix()


def i18n_settings(config: dict) -> dict | None:
    """The ``i18n`` plugin's settings (``{}`` when named without any), or None when the project does not use it."""
    plugins = config.get("plugins")
    entries: list = []
    if isinstance(plugins, dict):
        entries = [{name: value} for name, value in plugins.items()]
    elif isinstance(plugins, list):
        entries = plugins
    for entry in entries:
        if entry == "i18n":
            return {}
        if isinstance(entry, dict) and "i18n" in entry:
            settings = entry["i18n"]
            return settings if isinstance(settings, dict) else {}
    return None


@dataclass(frozen=True)
class _ConfiguredLanguage:
    raw: str  # as written in the configuration: the URL prefix and the suffix or folder name
    code: str  # BCP 47
    name: str | None
    default: bool
    build: bool


def _configured_languages(settings: dict, shown: str, findings: list[Finding]) -> list[_ConfiguredLanguage]:
    """static-i18n 1.x ``languages: [{locale, name, default, build}]``, or 0.x ``languages: {fr: name}``."""
    entries: list[tuple[object, dict]] = []
    languages = settings.get("languages")
    if isinstance(languages, list):
        entries = [(item.get("locale"), item) for item in languages if isinstance(item, dict)]
    elif isinstance(languages, dict):  # static-i18n 0.x
        legacy_default = settings.get("default_language")
        if isinstance(legacy_default, str) and legacy_default not in languages:
            entries.append((legacy_default, {"default": True}))
        for locale, value in languages.items():
            item = dict(value) if isinstance(value, dict) else {"name": value}
            item.setdefault("default", locale == legacy_default)
            entries.append((locale, item))
    result: list[_ConfiguredLanguage] = []
    for raw, item in entries:
        if raw is None or (isinstance(raw, str) and raw.lower() == "null"):
            continue  # static-i18n's "null" locale: a language switcher entry, not a language
        try:
            code = normalize_language_code(raw)
        except LanguageCodeError as error:
            findings.append(
                _finding(
                    shown,
                    BAD_LANGUAGE_CODE,
                    f"the i18n language {error}; its pages are not imported",
                    "write the language's BCP 47 code (en, pt-BR, zh-Hant) in the configuration and import again",
                    Severity.WARNING,
                )
            )
            continue
        name = item.get("name")
        result.append(
            _ConfiguredLanguage(
                raw=str(raw),
                code=code,
                name=str(name) if isinstance(name, str | int | float) and str(name).strip() else None,
                default=item.get("default") is True,
                build=item.get("build", True) is not False,
            )
        )
    return result


# ----------------------------------------------------------------------------------------------------------------
# Reading the tree


def _walk(docs_dir: Path, findings: list[Finding]) -> list[str]:
    """Every file below docs_dir as a sorted posix path; hidden files and folders are skipped, as MkDocs does."""
    found: list[str] = []

    def on_error(error: OSError) -> None:
        shown = "docs/" + _relative(Path(error.filename or docs_dir), docs_dir)
        findings.append(
            _finding(
                shown,
                UNREADABLE,
                f"cannot read this folder: {error.strerror or error}; its files are not imported",
                "make the folder readable and import again",
                Severity.WARNING,
            )
        )

    for folder, dirs, files in os.walk(docs_dir, onerror=on_error):
        base = Path(folder).relative_to(docs_dir)
        # MkDocs' default exclude_docs: hidden files and folders, and the top-level templates/ folder
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and not (base == Path(".") and d == "templates"))
        for name in sorted(files):
            if not name.startswith("."):
                found.append((base / name).as_posix())
    return sorted(found)


def _is_page(rel: str) -> bool:
    return rel.endswith(MARKDOWN_SUFFIXES)


def _suffix_code(rel: str) -> tuple[str, str] | None:
    """``("pt_BR", "guide/setup.md")`` for ``guide/setup.pt_BR.md``: the name's last suffix before its extension."""
    path = PurePosixPath(rel)
    stem, dot, extension = path.name.rpartition(".")
    if not dot or not stem:
        return None
    base, dot, code = stem.rpartition(".")
    if not dot or not base or not code:
        return None
    return code, str(path.with_name(f"{base}.{extension}"))


def _guess_layout(rels: list[str]) -> Layout:
    """The layout the files show when no configuration tells: language folders, language suffixes, or neither."""
    folder_files = sum(1 for rel in rels if "/" in rel and is_known_language(rel.split("/", 1)[0]))
    suffix_files = sum(1 for rel in rels if (found := _suffix_code(rel)) and is_known_language(found[0]))
    if folder_files > suffix_files:
        return Layout.FOLDER
    return Layout.SUFFIX if suffix_files else Layout.SINGLE


def read_project(path: str | os.PathLike) -> SourceProject:
    """Read an existing MkDocs or mkdocs-static-i18n project: its folder (with mkdocs.yml) or its docs folder.

    Never raises for what the project contains; what could not be read or understood is in ``findings``.
    """
    findings: list[Finding] = []
    root = Path(path).expanduser()
    config_file: Path | None = None
    if root.is_file() and root.suffix in (".yml", ".yaml"):
        config_file, root = root, root.parent
    elif root.is_dir():
        config_file = next((root / name for name in CONFIG_NAMES if (root / name).is_file()), None)
    config: dict = {}
    config_shown = config_file.name if config_file else ""
    if config_file is not None:
        config = read_config(config_file, findings)

    docs_name = config.get("docs_dir") if isinstance(config.get("docs_dir"), str) else "docs"
    if config_file is not None:
        docs_dir = root / docs_name
    elif (root / "docs").is_dir() and not any(p.is_file() and _is_page(p.name) for p in _children(root)):
        docs_dir = root / "docs"  # a project folder without a configuration
    else:
        docs_dir = root  # a docs folder itself
    if not docs_dir.is_dir():
        findings.append(
            _finding(
                "docs/",
                SOURCE_MISSING,
                f"{docs_dir} is not a folder: nothing to import",
                "give the project's folder (the one with mkdocs.yml) or its docs folder",
                Severity.WARNING,
            )
        )
        return SourceProject(root, docs_dir, config_file, Layout.SINGLE, [], "en", [], findings=findings)

    rels = _walk(docs_dir, findings)
    settings = i18n_settings(config)
    configured = _configured_languages(settings, config_shown, findings) if settings is not None else []
    if settings is not None and configured:
        structure = settings.get("docs_structure", "suffix")
        layout = Layout.FOLDER if structure == "folder" else Layout.SUFFIX
    elif config_file is not None and settings is None and not any(f.code == CONFIG_UNREADABLE for f in findings):
        layout = Layout.SINGLE  # a plain MkDocs project: one language, file names mean nothing more
    else:
        layout = _guess_layout(rels)

    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    theme_language = language_code_or_none(theme.get("language")) if theme else None
    project = SourceProject(
        root=root,
        docs_dir=docs_dir,
        config_file=config_file,
        layout=layout,
        languages=[],
        default_language="en",
        files=[],
        use_directory_urls=config.get("use_directory_urls", True) is not False,
        fallback_to_default=(settings or {}).get("fallback_to_default", True) is not False,
        site_name=config.get("site_name") if isinstance(config.get("site_name"), str) else None,
        site_url=config.get("site_url") if isinstance(config.get("site_url"), str) else None,
        findings=findings,
    )
    _classify(project, rels, configured, theme_language, config_shown)
    _check_pages(project)
    _note_unimported_settings(project, config, config_shown)
    return project


def _children(folder: Path) -> list[Path]:
    try:
        return list(folder.iterdir())
    except OSError:
        return []


def _classify(
    project: SourceProject,
    rels: list[str],
    configured: list[_ConfiguredLanguage],
    theme_language: str | None,
    config_shown: str,
) -> None:
    """Fill the project's languages and files: which language each file is in, and its path below it."""
    findings = project.findings
    by_raw = {lang.raw: lang.code for lang in configured}
    by_code = {lang.code: lang.code for lang in configured}
    # BCP 47 -> the first spelling seen in the tree (folder or suffix); a language folder's name is its old URL prefix
    spelling: dict[str, str] = {}
    unconfigured: dict[str, list[str]] = defaultdict(list)  # code as written -> its files, when a config names others

    def language_of(candidate: str) -> str | None:
        """The BCP 47 code a suffix or folder name stands for; None when it names no language; "?" + the name
        for a language the configuration does not list."""
        code = by_raw.get(candidate) or by_code.get(language_code_or_none(candidate) or "")
        if code is None and configured:
            # static-i18n took such files as another language's (they match its locale pattern) and built none
            known = STATIC_I18N_LOCALE.match(candidate) or is_known_language(candidate)
            return "?" + candidate if known else None
        if code is None and is_known_language(candidate):
            code = normalize_language_code(candidate)
        if code is not None:
            spelling.setdefault(code, candidate)
        return code

    files: list[SourceFile] = []
    for rel in rels:
        language: str | None = None
        below = rel
        found: tuple[str, str] | None = None
        if project.layout is Layout.FOLDER and "/" in rel:
            found = tuple(rel.split("/", 1))
        elif project.layout is Layout.SUFFIX:
            found = _suffix_code(rel)
        if found is not None and (language := language_of(found[0])) is not None:
            below = found[1]
        shown = "docs/" + rel
        if language is not None and language.startswith("?"):
            unconfigured[language[1:]].append(shown)
            continue
        files.append(SourceFile(project.docs_dir / rel, shown, below, language, _is_page(rel), language is not None))

    for written, skipped in unconfigured.items():
        one = len(skipped) == 1
        findings.append(
            _finding(
                skipped[0],
                UNCONFIGURED_LANGUAGE,
                f"{_count(len(skipped), 'file')} in language '{written}', which the i18n plugin does not list, "
                f"{'was' if one else 'were'} never published and {'is' if one else 'are'} not imported"
                + _first_paths(skipped),
                f"add '{written}' to the i18n plugin's languages in {config_shown or 'mkdocs.yml'} and import again",
                Severity.WARNING,
            )
        )

    if configured:
        languages, default = _configured_result(configured, spelling, project.layout, config_shown, findings)
    else:
        default = _tree_default(project, files, set(spelling), theme_language)
        codes = [default, *sorted(code for code in spelling if code != default)]
        languages = [
            Language(code, display_name(code), code == default, True, spelling.get(code, code)) for code in codes
        ]
    project.languages = sorted(languages, key=lambda lang: not lang.default)  # default first, the others in order
    project.default_language = default
    project.files = files


def _configured_result(
    configured: list[_ConfiguredLanguage],
    spelling: dict[str, str],
    layout: Layout,
    config_shown: str,
    findings: list[Finding],
) -> tuple[list[Language], str]:
    merged: dict[str, _ConfiguredLanguage] = {}
    for lang in configured:
        if lang.code in merged:
            findings.append(
                _finding(
                    config_shown,
                    BAD_LANGUAGE_CODE,
                    f"the i18n languages '{merged[lang.code].raw}' and '{lang.raw}' are both {lang.code}; "
                    "their files are imported as one language",
                    "keep one of them",
                    Severity.WARNING,
                )
            )
            continue
        merged[lang.code] = lang
    default = next((lang.code for lang in merged.values() if lang.default), None)
    if default is None:
        default = next(iter(merged))
        findings.append(
            _finding(
                config_shown,
                DEFAULT_ASSUMED,
                f"no i18n language is marked default: true; {default}, the first one, is taken as the default",
            )
        )
    languages = []
    for lang in merged.values():
        # static-i18n's folder layout served a language folder's files below the folder's own name
        prefix = spelling.get(lang.code, lang.raw) if layout is Layout.FOLDER else lang.raw
        languages.append(
            Language(lang.code, lang.name or display_name(lang.code), lang.code == default, lang.build, prefix)
        )
    return languages, default


def _tree_default(
    project: SourceProject, files: list[SourceFile], discovered: set[str], theme_language: str | None
) -> str:
    """The default language when no configuration names the languages: the theme's language, else en, else (folder
    layout) the language with the most pages. Said in an info finding unless the theme named it."""
    if project.layout is Layout.FOLDER:
        pages = Counter(f.language for f in files if f.is_page and f.language)
        if theme_language in discovered:
            return theme_language
        default = "en" if "en" in discovered or not pages else pages.most_common(1)[0][0]
        where = "the language folders"
    else:
        if theme_language:
            return theme_language
        default = "en"
        where = "files without a language suffix" if project.layout is Layout.SUFFIX else "the pages"
    shown = next((f.shown for f in files if f.is_page and f.language in (None, default)), None)
    if shown is None:
        return default  # no page: nothing to be wrong about (IMP117 says the tree is empty)
    project.findings.append(
        _finding(
            shown,
            DEFAULT_ASSUMED,
            f"no configuration names the default language; {where} are taken as {default}",
            "if that is wrong, set the default language in the new mkdocs.yml and move the docs/<lang>/ folders",
        )
    )
    return default


def _check_pages(project: SourceProject) -> None:
    """Pages MkDocs cannot read: not UTF-8. Their bytes are imported as they are."""
    for file in project.files:
        if not file.is_page:
            continue
        try:
            file.path.read_bytes().decode("utf-8")
        except UnicodeDecodeError as error:
            line = file.path.read_bytes()[: error.start].count(b"\n") + 1
            project.findings.append(
                _finding(
                    file.shown,
                    NOT_UTF8,
                    f"is not UTF-8 (byte {error.start + 1} cannot be decoded); MkDocs cannot read it",
                    "save the file as UTF-8 in an editor and copy it over the imported one",
                    Severity.WARNING,
                    line,
                )
            )
        except OSError as error:
            project.findings.append(
                _finding(file.shown, UNREADABLE, f"cannot read it: {error.strerror or error}", "", Severity.WARNING)
            )


def _note_unimported_settings(project: SourceProject, config: dict, config_shown: str) -> None:
    theme = config.get("theme") if isinstance(config.get("theme"), dict) else {}
    left = [
        name
        for name, present in (
            ("nav", bool(config.get("nav"))),
            ("theme.custom_dir", bool(theme.get("custom_dir"))),
            ("extra_css", bool(config.get("extra_css"))),
            ("extra_javascript", bool(config.get("extra_javascript"))),
            ("hooks", bool(config.get("hooks"))),
        )
        if present
    ]
    if left:
        # named on the home page, where the folders' navigation shows (every import finding names a docs/ page)
        project.findings.append(
            _finding(
                f"docs/{project.default_language}/index.md",
                SETTINGS_NOT_IMPORTED,
                f"{config_shown}'s {', '.join(left)} {'is' if len(left) == 1 else 'are'} not imported: the help "
                "center's navigation comes from the folders, its look from its own theme",
            )
        )


# ----------------------------------------------------------------------------------------------------------------
# Planning


def _target_rel(rel: str) -> str:
    """The page's path with MkDocs' other Markdown extensions as .md (the help center reads *.md)."""
    if _is_page(rel) and not rel.endswith(".md"):
        return str(PurePosixPath(rel).with_suffix(".md"))
    return rel


def page_url(rel: str, use_directory_urls: bool = True) -> str:
    """A page's URL below its language, as MkDocs makes it (not yet percent-encoded).

    ``guide/setup.md`` -> ``guide/setup/``, ``guide/index.md`` or ``guide/README.md`` -> ``guide/``,
    ``index.md`` -> ``""``; without directory URLs ``guide/setup.html`` and ``guide/index.html``.
    """
    path = PurePosixPath(rel)
    parent = "" if str(path.parent) == "." else f"{path.parent}/"
    stem = path.stem
    if stem in INDEX_STEMS:
        return parent if use_directory_urls else f"{parent}index.html"
    return f"{parent}{stem}/" if use_directory_urls else f"{parent}{stem}.html"


def _output_file(url: str) -> str:
    """The file a URL is served from: guide/setup/ -> guide/setup/index.html."""
    return url if url.endswith(".html") else f"{url}index.html"


def plan_import(project: SourceProject) -> ImportPlan:
    """Every file's target below ``docs/<bcp47>/`` and the redirects from URLs whose language prefix changes."""
    findings = list(project.findings)
    default = project.default_language
    known = {lang.code for lang in project.languages}
    candidates: dict[str, list[tuple[SourceFile, str]]] = defaultdict(list)
    renamed: list[str] = []
    notes: list[str] = []
    for file in project.files:
        if file.is_page and PurePosixPath(file.rel).parts[0].casefold() in ASSET_FOLDERS:
            notes.append(file.shown)  # a README beside the images: for the project's writers, not its readers
            continue
        language = file.language if file.language in known else default
        rel = _target_rel(file.rel)
        if rel != file.rel:
            renamed.append(file.shown)
        candidates[f"docs/{language}/{rel}"].append((file, language))

    planned: list[PlannedFile] = []
    for target, group in sorted(candidates.items()):
        # a file localized on purpose wins over a shared one; .md over .markdown; then the first path
        group.sort(key=lambda item: (not item[0].explicit, not item[0].rel.endswith(".md"), item[0].shown))
        kept, language = group[0]
        planned.append(PlannedFile(kept.path, target, language, kept.is_page, kept.shown))
        if len(group) > 1:
            skipped = [item[0].shown for item in group[1:]]
            findings.append(
                _finding(
                    target,
                    SAME_TARGET,
                    f"{len(group)} files had the same target; kept {kept.shown}, skipped {', '.join(skipped)}",
                    f"compare them and copy what {kept.shown} lacks into {target}",
                    Severity.WARNING,
                )
            )
    if notes:
        findings.append(
            _finding(
                notes[0],
                NOTE_IN_ASSETS,
                f"{_count(len(notes), 'Markdown file')} in an asset folder (images, downloads) not imported: notes "
                "for writers, not pages for readers" + _first_paths(notes),
                "if readers need one, move it out of the asset folder and import again",
            )
        )
    if renamed:
        findings.append(
            _finding(
                renamed[0],
                RENAMED_TO_MD,
                f"{_count(len(renamed), 'page')} with another Markdown extension now end in .md (same URL)"
                + _first_paths(renamed),
                "links that name the old file (page.markdown) need the new name (page.md)",
            )
        )
    planned, brought, outside_findings = _outside_links(project, planned)
    findings += outside_findings
    findings += _path_like_language(planned + brought, project.languages)
    findings += _code_findings(project, planned)
    if not any(f.is_page for f in planned):
        findings.append(
            _finding(
                f"docs/{default}/index.md",
                NO_PAGES,
                "the project has no Markdown page to import",
                "check the path: give the project's folder (with mkdocs.yml) or its docs folder",
            )
        )
    # files brought in from outside the docs folder had no URL before: no redirect to them
    redirects, redirect_findings = _redirects(project, planned)
    findings += redirect_findings
    return ImportPlan(
        languages=list(project.languages),
        default_language=default,
        files=sorted(planned + brought, key=lambda f: f.target),
        redirects=redirects,
        findings=findings,
        layout=project.layout,
        site_name=project.site_name,
        site_url=project.site_url,
    )


def _first_page(planned: list[PlannedFile], language: str) -> str:
    return next((f.target for f in planned if f.is_page and f.language == language), f"docs/{language}/index.md")


def _path_like_language(planned: list[PlannedFile], languages: list[Language]) -> list[Finding]:
    """A file whose path below its language starts with a language code (``docs/en/fr/...``, ``docs/en/fr.md``):
    its URL is in that language's space (``/fr/...``), where the other language's pages are written."""
    codes = {lang.code.casefold(): lang.code for lang in languages}
    clashes: dict[str, list[str]] = defaultdict(list)
    for file in planned:
        below = file.target.split("/", 2)[2]
        head = below.split("/", 1)[0]
        name = PurePosixPath(head).stem if file.is_page and "/" not in below else head
        if name.casefold() in codes:
            clashes[codes[name.casefold()]].append(file.target)
    return [
        _finding(
            paths[0],
            PATH_LIKE_LANGUAGE,
            f"{_count(len(paths), 'file')} named like the language {code}: the URL starts with /{code}/, "
            f"where the {code} pages are written" + _first_paths(paths),
            "rename the page or folder (and the links to it)",
            Severity.WARNING,
        )
        for code, paths in clashes.items()
    ]


def _code_findings(project: SourceProject, planned: list[PlannedFile]) -> list[Finding]:
    findings = []
    for lang in project.languages:
        shown = _first_page(planned, lang.code)
        if not STATIC_I18N_LOCALE.match(lang.code):
            findings.append(
                _finding(
                    shown,
                    BUILD_REJECTS_CODE,
                    f"mkdocs-static-i18n 1.3.1 accepts only codes like en, pt-BR, zh-Hant or sr-Latn-RS, "
                    f"not {lang.code}",
                    "use the nearest such code in the new configuration",
                    Severity.WARNING,
                )
            )
        if not lang.build:
            findings.append(
                _finding(
                    shown,
                    NOT_BUILT,
                    f"{lang.code} has build: false in the source configuration; its pages are imported all the same",
                )
            )
    return findings


# ----------------------------------------------------------------------------------------------------------------
# Links to files outside the docs folder


class _LinkCollector(Treeprocessor):
    """Collects the target of every link (``a[href]``) and image (``img[src]``) of a page as Python-Markdown parsed
    it, raw HTML included; text in code spans and code blocks is code, not links, so it is never collected."""

    def run(self, root: ElementTree.Element) -> None:
        found: list[str] = self.md.link_targets  # type: ignore[attr-defined]
        for element in root.iter():
            _element_targets(element, found)
        for block in self.md.htmlStash.rawHtmlBlocks:
            if isinstance(block, ElementTree.Element):  # md_in_html keeps parsed HTML as elements
                for element in block.iter():
                    _element_targets(element, found)
            elif isinstance(block, str):  # raw HTML, and fenced code already escaped (its text is not a tag)
                parser = _HtmlTargets(found)
                parser.feed(block)
                parser.close()


def _element_targets(element: ElementTree.Element, found: list[str]) -> None:
    name = {"a": "href", "img": "src"}.get(str(element.tag))
    value = element.get(name) if name else None
    if value:
        found.append(value)


class _HtmlTargets(HTMLParser):
    def __init__(self, found: list[str]):
        super().__init__(convert_charrefs=True)
        self.found = found

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        name = {"a": "href", "img": "src"}.get(tag)
        self.found += [value for key, value in attrs if name and key == name and value]

    handle_startendtag = handle_starttag


def _link_parser() -> markdown.Markdown:
    parser = markdown.Markdown(extensions=list(LINK_EXTENSIONS))
    parser.treeprocessors.register(_LinkCollector(parser), "helpcenter_import_links", 1)
    return parser


def page_link_targets(text: str, parser: markdown.Markdown | None = None) -> list[str]:
    """The link and image targets of a page's Markdown (front matter left out), in order, as written.

    Parsed with Python-Markdown (``LINK_EXTENSIONS``), so link-like text in code is not a link; raw HTML's
    ``<a href>`` and ``<img src>`` count too. ``parser``: one from ``_link_parser()`` to reuse across pages.
    """
    parser = parser or _link_parser()
    parser.reset()
    parser.link_targets = []  # type: ignore[attr-defined]
    parser.convert(frontmatter.parse(text).body)
    return list(parser.link_targets)  # type: ignore[attr-defined]


def _page_text(data: bytes) -> tuple[str, str] | None:
    """A page's text and the encoding that gives exactly its bytes back (UTF-8, or the one ``decode`` finds
    likely); None when no encoding does (the page is then copied as it is) or the file is not text."""
    text, problem = decode(data)
    encoding = "utf-8" if problem is None else problem.encoding.split(" or ")[0]
    try:
        exact = bool(encoding) and text.encode(encoding) == data
    except (LookupError, UnicodeError):
        exact = False
    return (text, encoding) if exact and "\x00" not in text else None


def _split_front_matter(text: str) -> tuple[str, str]:
    """``(front matter with its fences, or a BOM, or "", body)``: links are rewritten in the body only."""
    body = frontmatter.parse(text).body
    return (text[: len(text) - len(body)], body) if text.endswith(body) else ("", text)


def _link_forms(old: str, new: str) -> list[tuple[str, str]]:
    """The literal forms of ``old`` as a link destination, each with its end, and the same form for ``new``:
    ``](old)``, ``](old "title")``, ``](<old>)``, ``[id]: old``, ``[id]: <old>``, ``href="old"``, ``src='old'``."""
    forms = [(f"](<{old}>", f"](<{new}>"), (f"]: <{old}>", f"]: <{new}>")]
    for end in (")", " ", "\t", "\n", "\r"):
        forms.append((f"]({old}{end}", f"]({new}{end}"))
        if end != ")":
            forms.append((f"]: {old}{end}", f"]: {new}{end}"))
    for attribute in ("href", "src"):
        for mark in "\"'":
            forms.append((f"{attribute}={mark}{old}{mark}", f"{attribute}={mark}{new}{mark}"))
    return forms


def _replace(body: str, replacements: tuple[tuple[str, str], ...] | list[tuple[str, str]]) -> str:
    """``body`` with every literal replacement made; a newline added while replacing lets ``[id]: old`` on the
    last line without a newline match as any other line."""
    text = body + "\n"
    for old, new in replacements:
        text = text.replace(old, new)
    return text[:-1]


def _may_leave(text: str) -> bool:
    """Whether a relative link of this text can leave its folder at all: only with ``..`` (or ``%2E%2E``)."""
    return ".." in text or "%2e" in text.casefold()


def _where(text: str, target: str) -> tuple[int, int]:
    """Line and column of the first occurrence of ``target`` in the page, else (1, 1)."""
    index = text.find(target)
    if index < 0:
        return 1, 1
    return text.count("\n", 0, index) + 1, index - (text.rfind("\n", 0, index) + 1) + 1


def _outside_links(
    project: SourceProject, planned: list[PlannedFile]
) -> tuple[list[PlannedFile], list[PlannedFile], list[Finding]]:
    """Bring in the files that pages link to outside the source's docs folder, and rewrite those links.

    Returns ``(planned, brought, findings)``: ``planned`` with ``replacements`` on the pages whose links are
    rewritten, the files brought in, and what is said about it.

    For every page, its link and image targets are those Python-Markdown finds (``page_link_targets``). A relative
    target that, resolved against the page's source path, leaves the docs folder and names a file inside the
    project folder (``../../CHANGELOG.md``) is brought in at ``docs/<default>/<its path in the project>``
    (``docs/en/CHANGELOG.md``; a Markdown file as a page, ``.markdown`` as ``.md``; anything else as an asset), and
    the page's link is rewritten to it, relative to the page's path below its language (``CHANGELOG.md`` from
    ``docs/<any language>/releases.md``, ``#fragment`` and ``?query`` kept): a language without the file gets the
    default language's (fallback), as for any untranslated page or image; for a page, the help center's build
    warns about such a link from a translation (HC209, which fails a strict build), and so does the import
    (IMP124), naming the translation to write. A target outside the project folder,
    missing, hidden (MkDocs publishes no ``.name``), or whose place is taken, is kept, with a warning.

    The rewrite is literal replacement of the exact target in its link-destination forms (``_link_forms``) in the
    page's body, not an edit of the parsed Markdown, so that every other byte stays as written. Python-Markdown
    tells code from links, but the replacement cannot: it is made only on pages where the parser saw that target
    as a link or image, so a page that has ``](../../CHANGELOG.md)`` only in code is left alone. Limitation: on a
    page that has the target both as a real link and in code (a code block showing that very link), the code's
    text is rewritten too. A link written in none of those forms (``]( target)``, escaped characters) is kept
    and said. Links inside the files brought in are not rewritten.
    """
    docs_dir = Path(os.path.abspath(project.docs_dir))
    root = Path(os.path.abspath(project.root))
    default = project.default_language
    taken = {f.target.casefold(): f for f in planned}
    # an outside file -> its planned file, or the planned file that holds its target already
    brought: dict[Path, tuple[PlannedFile, bool]] = {}
    used: dict[Path, PlannedFile] = {}
    rewritten: list[str] = []
    findings: list[Finding] = []
    parser: markdown.Markdown | None = None
    result: list[PlannedFile] = []
    for file in planned:
        try:
            read = _page_text(file.source.read_bytes()) if file.is_page else None
        except OSError:
            read = None  # said by read_project (IMP116)
        if read is None or not _may_leave(read[0]):
            result.append(file)
            continue
        text = read[0]
        parser = parser or _link_parser()
        body = _split_front_matter(text)[1]
        page_rel = file.target.split("/", 2)[2]
        replacements: list[tuple[str, str]] = []
        untranslated: set[str] = set()  # brought-in pages this translation links to: said once each

        def warn(code: str, message: str, target: str, fix: str = OUTSIDE_FIX) -> None:
            findings.append(_finding(file.target, code, message, fix, Severity.WARNING, *_where(text, target)))  # noqa: B023

        for target in dict.fromkeys(page_link_targets(text, parser)):
            parts = urlsplit(target)
            if parts.scheme or parts.netloc or not parts.path or target.startswith(("/", "\\")):
                continue
            resolved = Path(os.path.normpath(os.path.join(os.path.abspath(file.source.parent), unquote(parts.path))))
            if resolved.is_relative_to(docs_dir):
                continue  # inside the docs folder: imported with it, and checked by the build
            if not resolved.is_relative_to(root):
                warn(
                    OUTSIDE_LINK,
                    f"links to {target}, outside the project folder: the import cannot bring it in",
                    target,
                )
                continue
            rel = resolved.relative_to(root).as_posix()
            if not resolved.is_file():
                warn(OUTSIDE_LINK, f"links to {target} ({rel}, outside the docs folder), which does not exist", target)
                continue
            if any(part.startswith(".") for part in rel.split("/")):
                warn(OUTSIDE_LINK, f"links to {target} ({rel}), a hidden file, which MkDocs does not publish", target)
                continue
            if resolved not in brought:
                new_target = f"docs/{default}/{_target_rel(rel)}"
                holder = taken.get(new_target.casefold())
                if holder is None:
                    holder = PlannedFile(resolved, new_target, default, _is_page(rel), rel)
                    taken[new_target.casefold()] = holder
                brought[resolved] = (holder, holder.source == resolved)
            holder, free = brought[resolved]
            if not free:
                warn(
                    OUTSIDE_TARGET_TAKEN,
                    f"links to {target} ({rel}, outside the docs folder), but {holder.target}, where the import "
                    f"would bring it, is taken by {holder.shown}; the link is kept",
                    target,
                )
                continue
            new_path = posixpath.relpath(holder.target.split("/", 2)[2], posixpath.dirname(page_rel) or ".")
            if unquote(parts.path) != parts.path:
                new_path = quote(new_path)  # written percent-encoded: kept so
            forms = [
                pair for pair in _link_forms(target, new_path + target[len(parts.path) :]) if pair[0] in body + "\n"
            ]
            if not forms:
                warn(
                    OUTSIDE_LINK,
                    f"links to {target} ({rel}, outside the docs folder) in a form the import cannot rewrite",
                    target,
                    f"write the link as [text]({target}) and import again, or link to {holder.target} by hand",
                )
                continue
            replacements += forms
            used[resolved] = holder
            if holder.is_page and file.language != default and holder.target not in untranslated:
                untranslated.add(holder.target)
                rel_below = holder.target.split("/", 2)[2]
                warn(
                    OUTSIDE_UNTRANSLATED,
                    f"links to {target}, brought in as {holder.target}, which exists in {default} only: readers get "
                    f"the {default} page, and the build warns about the link (HC209)",
                    target,
                    f"translate {holder.target} into docs/{file.language}/{rel_below}, or link to another page",
                )
        if replacements:
            rewritten.append(file.target)
            result.append(dataclasses.replace(file, replacements=tuple(replacements)))
        else:
            result.append(file)

    extras = sorted(used.values(), key=lambda f: f.target)
    if extras:
        names = [f"{f.shown} -> {f.target}" for f in extras]
        shown = first_few(names)
        findings.append(
            _finding(
                rewritten[0],
                OUTSIDE_BROUGHT_IN,
                f"{_count(len(extras), 'file')} from outside the docs folder brought in ({shown}); the links to "
                f"{'it' if len(extras) == 1 else 'them'} rewritten in {_count(len(rewritten), 'page')}"
                + _first_paths(rewritten),
                "check that such a file (a changelog, a licence) reads well as a help center page",
            )
        )
    return result, extras, findings


def _redirects(project: SourceProject, planned: list[PlannedFile]) -> tuple[dict[str, str], list[Finding]]:
    """Old URL -> new URL for every page whose URL changes: its language's prefix (pt_BR/ -> pt-BR/), or
    ``.html`` URLs becoming folders. A language served pages it lacked from the default language (static-i18n's
    ``fallback_to_default``), so those URLs are kept too."""
    pages: dict[str, set[str]] = defaultdict(set)
    for file in planned:
        if file.is_page:
            pages[file.language].add(file.target.split("/", 2)[2])
    default = project.default_language
    redirects: dict[str, str] = {}
    findings: list[Finding] = []
    for lang in project.languages:
        if not lang.build:
            continue
        old_prefix = "" if lang.default else f"{lang.source_code}/"
        new_prefix = "" if lang.default else f"{lang.code}/"
        if old_prefix == new_prefix and project.use_directory_urls:
            continue
        served = set(pages[lang.code])
        if project.fallback_to_default and not lang.default:
            served |= pages[default]
        # old URL -> new URL; one entry per old file (zh_TW/ and zh_TW/index.html are one page)
        moved: dict[str, str] = {}
        if old_prefix != new_prefix:
            moved[old_prefix] = new_prefix  # the language's root, even where it had no home page
        for rel in sorted(served):
            moved.setdefault(old_prefix + page_url(rel, project.use_directory_urls), new_prefix + page_url(rel, True))
        by_file: dict[str, tuple[str, str]] = {}
        for old, new in moved.items():
            if _output_file(old) != _output_file(new):
                by_file.setdefault(_output_file(old), (old, new))
        redirects.update({quote(old): quote(new) for old, new in by_file.values()})
        count = len(by_file)
        if old_prefix != new_prefix:
            message = f"the {lang.source_code} pages move from /{old_prefix} to /{new_prefix} (BCP 47)"
        else:
            message = f"the {lang.code} pages' URLs become folders (page.html -> page/)"
        if count:
            findings.append(
                _finding(
                    _first_page(planned, lang.code),
                    PREFIX_CHANGED,
                    f"{message}: {_count(count, 'redirect')} from the old URLs keep published links working",
                )
            )
    return dict(sorted(redirects.items())), findings


# ----------------------------------------------------------------------------------------------------------------
# Applying


def apply_plan(plan: ImportPlan, target_root: str | os.PathLike) -> list[Finding]:
    """Copy every planned file into ``target_root`` (``docs/<lang>/...``), bytes unchanged, overwriting a file
    already there; a page with ``replacements`` is written as text with them made in its body, in its own
    encoding and newlines. Returns a finding per file that could not be copied; never raises for one file."""
    root = Path(target_root)
    findings = []
    for file in plan.files:
        target = root / file.target
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            data = _rewritten(file) if file.replacements else None
            if data is not None:
                target.write_bytes(data)
                continue
            shutil.copyfile(file.source, target)
            if file.replacements:
                findings.append(
                    _finding(
                        file.target,
                        OUTSIDE_LINK,
                        f"copied as it is: the links to files outside the docs folder could not be rewritten "
                        f"({file.replacements[0][0]}...)",
                        "edit the links by hand: " + ", ".join(f"{old} -> {new}" for old, new in file.replacements),
                        Severity.WARNING,
                    )
                )
        except OSError as error:
            findings.append(
                _finding(
                    file.target,
                    COPY_FAILED,
                    f"could not copy {file.shown} here: {error.strerror or error}",
                    "copy it by hand, or shorten the path if it is too long",
                    Severity.WARNING,
                )
            )
    return findings


def _rewritten(file: PlannedFile) -> bytes | None:
    """The page's bytes with its replacements made in its body, in its own encoding; None when it cannot be read
    as text exactly (changed since planned) or the new text cannot be written in its encoding."""
    read = _page_text(file.source.read_bytes())
    if read is None:
        return None
    text, encoding = read
    head, body = _split_front_matter(text)
    try:
        return (head + _replace(body, file.replacements)).encode(encoding)
    except UnicodeError:
        return None


def import_project(path: str | os.PathLike) -> ImportPlan:
    """``plan_import(read_project(path))``: what importing the project would do, without writing anything."""
    return plan_import(read_project(path))


# ----------------------------------------------------------------------------------------------------------------
# Helpers


def _finding(
    path: str,
    code: str,
    message: str,
    fix: str = "",
    severity: Severity = Severity.INFO,
    line: int = 1,
    col: int = 1,
) -> Finding:
    return Finding(path or "mkdocs.yml", line, col, code, message, fix, severity)


def _count(n: int, noun: str) -> str:
    return f"{n} {noun}{'' if n == 1 else 's'}"


def _first_paths(paths: list[str], limit: int = 3) -> str:
    if len(paths) <= 1:
        return ""
    return f" ({first_few(paths, limit)})"
