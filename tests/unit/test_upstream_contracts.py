"""Internals under a contract (issue 17): one test per private upstream internal helpcenter/adapter/ relies on.

Each test fails loudly, naming the upstream package and the version installed, when what the adapter relies on
changes: a copied function's source no longer hashes as the version it was copied from, a signature or attribute
went away, or a tiny behaviour differs. The fix is always the same: read the upstream change, re-apply the
adapter's copy or wrapper to the new version, then record the new hash or version here.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import inspect
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import ROOT

# what each contract was written against (requirements.txt pins them)
MKDOCS = "1.6.1"
STATIC_I18N = "1.3.1"
MATERIAL = "9.7.1"
JINJA2 = "3.1.6"
MARKDOWN = "3.11.3"


def version(distribution: str) -> str:
    return importlib.metadata.version(distribution)


def source_sha256(function) -> str:
    return hashlib.sha256(inspect.getsource(function).encode("utf-8")).hexdigest()


def broken(distribution: str, recorded: str, what: str, adapter: str) -> str:
    return (
        f"{distribution} {version(distribution)} (contract written against {recorded}): {what}. "
        f"Re-apply {adapter} to the new version, then update tests/unit/test_upstream_contracts.py"
    )


def test_static_i18n_create_i18n_file_is_the_function_the_memo_wraps():
    """helpcenter/adapter/i18n_files.py memoizes folder.create_i18n_file and makes the same files faster
    (fast_create_i18n_file, a copy of 1.3.1's logic): it must keep its signature, depend on nothing but its arguments
    (same source as 1.3.1), and be looked up on the module at each call."""
    from mkdocs_static_i18n import folder, reconfigure

    adapter = "helpcenter/adapter/i18n_files.py (memoized create_i18n_file)"
    parameters = list(inspect.signature(folder.create_i18n_file).parameters)
    assert parameters == ["file", "current_language", "default_language", "all_languages", "config"], broken(
        "mkdocs-static-i18n", STATIC_I18N, f"create_i18n_file takes {parameters}", adapter
    )
    from helpcenter.adapter import i18n_files

    assert list(inspect.signature(i18n_files.I18nFileMemo().create_i18n_file).parameters) == parameters
    original = i18n_files._ORIGINAL
    assert source_sha256(original) == "852c8266e379b14f9c3a6b3780fa03a800b42565d364d53bc1e20967a605d57f", broken(
        "mkdocs-static-i18n", STATIC_I18N, "folder.create_i18n_file changed (what the memo's key assumes)", adapter
    )
    # the patch on the module takes effect only if static-i18n reads the module attribute when it runs
    lookups = re.findall(r"create_i18n_file = (\w+)\.create_i18n_file", inspect.getsource(reconfigure))
    assert "folder" in lookups, broken(
        "mkdocs-static-i18n",
        STATIC_I18N,
        "reconfigure no longer looks up folder.create_i18n_file at call time",
        adapter,
    )


def test_static_i18n_language_properties_the_adapter_reads_once():
    """helpcenter/adapter/i18n_files.py answers ExtendedPlugin.all_languages and default_language from one read per
    reconfigure_files: both must be 1.3.1's (derived from the language settings only), and reconfigure_files and
    the alternates loop it calls must be 1.3.1's, which never change the languages."""
    from mkdocs_static_i18n import reconfigure

    from helpcenter.adapter import i18n_files

    adapter = "helpcenter/adapter/i18n_files.py (languages read once per reconfigure_files)"
    recorded = {
        i18n_files._ALL_LANGUAGES.fget: "6f9a952aee1b9edb93c1ccf26c47e609932ae9b780583126001474e6ac857007",
        i18n_files._DEFAULT_LANGUAGE.fget: "2f354bf08261b3f7747f991f91eef66fc1942a0425e9b102d32ac9e29865aeed",
        i18n_files._RECONFIGURE_FILES: "bc1fd6d19ebffc26600e6ca2fde4222484dba54a98f8c0b6a25d33fee1d47aac",
        reconfigure.ExtendedPlugin.reconfigure_files_alternates: (
            "6f85e2de7342bca1e4d3e3784e41d2f45e95ef113f185bbc318ebdd81064be28"
        ),
    }
    for function, sha256 in recorded.items():
        assert source_sha256(function) == sha256, broken(
            "mkdocs-static-i18n", STATIC_I18N, f"ExtendedPlugin.{function.__name__} changed", adapter
        )


def test_static_i18n_is_relative_to_is_the_function_the_adapter_stands_in_for():
    """helpcenter/adapter/i18n_files.py replaces is_relative_to in the modules that call it by its imported name:
    the function must be 1.3.1's, and those modules the ones that call it."""
    import mkdocs_static_i18n

    from helpcenter.adapter import i18n_files

    adapter = "helpcenter/adapter/i18n_files.py (is_relative_to from the text)"
    assert source_sha256(i18n_files._ORIGINAL_IS_RELATIVE_TO) == (
        "f2a9902d3bc727255e924e06834d51a837b7f5dec5f650b958bfebfcd1f909f6"
    ), broken("mkdocs-static-i18n", STATIC_I18N, "is_relative_to changed", adapter)
    package = Path(mkdocs_static_i18n.__file__).parent
    callers = sorted(
        path.stem
        for path in package.glob("*.py")
        if path.name != "__init__.py" and re.search(r"\bis_relative_to\(", path.read_text(encoding="utf-8"))
    )
    patched = sorted(module.__name__.rsplit(".", 1)[1] for module in i18n_files._IS_RELATIVE_TO_USERS)
    what = f"is_relative_to is called in {callers}, the adapter patches {patched}"
    assert callers == patched, broken("mkdocs-static-i18n", STATIC_I18N, what, adapter)


def test_static_i18n_build_state_the_adapter_reads():
    """helpcenter/adapter/i18n.py reads the i18n plugin's current_language (None until its on_config) and building
    (True while it builds the other languages from the default one's on_post_build); helpcenter/adapter/preview.py
    sets both and keeps mkdocs.utils.clean_directory from emptying the site, as static-i18n does."""
    from mkdocs import utils as mkdocs_utils
    from mkdocs_static_i18n import plugin, reconfigure

    adapter = "helpcenter/adapter/i18n.py and preview.py (static-i18n's build state)"
    source = inspect.getsource(plugin) + inspect.getsource(reconfigure)
    for needle in (
        "self.building = True",
        "self.building = False",
        "if self.current_language is None:",
        "utils.clean_directory = lambda x: x",
    ):
        assert needle in source, broken("mkdocs-static-i18n", STATIC_I18N, f"no longer does `{needle}`", adapter)
    fresh = plugin.I18n()
    assert getattr(fresh, "current_language", "missing") is None, broken(
        "mkdocs-static-i18n", STATIC_I18N, "a new plugin's current_language is not None", adapter
    )
    assert getattr(fresh, "building", "missing") is False, broken(
        "mkdocs-static-i18n", STATIC_I18N, "a new plugin's building is not False", adapter
    )
    # read from the module's source: a build that stopped inside static-i18n's loop leaves its lambda in place
    assert "def clean_directory(directory: str) -> None:" in inspect.getsource(mkdocs_utils), broken(
        "mkdocs", MKDOCS, "mkdocs.utils.clean_directory changed its signature", adapter
    )


def test_mkdocs_page_render_and_its_private_processors():
    """helpcenter/adapter/markdown_page.py copies Page.render and Page.read_source (MkDocs 1.6.1) and registers
    MkDocs' private per-page Markdown processors itself."""
    import markdown
    from mkdocs.structure import pages
    from mkdocs.utils import meta

    adapter = "helpcenter/adapter/markdown_page.py (SharedMarkdownPage)"
    recorded = {
        "render": "320529348f7a8af152073d0a3ab02960ccce91f9204716144e51b20931983cc6",
        "read_source": "b35101eabf605b0872d4374fec6d9e27f0bffbf85f2be4328828ffe5a7b6ba6d",
    }
    for name, digest in recorded.items():
        assert source_sha256(getattr(pages.Page, name)) == digest, broken(
            "mkdocs", MKDOCS, f"Page.{name} changed since SharedMarkdownPage copied it", adapter
        )
    md = markdown.Markdown()
    raw = pages._RawHTMLPreprocessor()
    raw._register(md)
    title = pages._ExtractTitleTreeprocessor()
    title._register(md)
    html = md.convert('# Hello\n\n<div id="kept"></div>\n')
    assert "Hello" in html
    assert (title.title, raw.present_anchor_ids) == ("Hello", {"kept"}), broken(
        "mkdocs", MKDOCS, "the private title/raw-HTML processors no longer report title and anchor ids", adapter
    )
    for name in ("_ExtractAnchorsTreeprocessor", "_RelativePathTreeprocessor"):
        processor = getattr(pages, name, None)
        assert processor is not None and hasattr(processor, "_register"), broken(
            "mkdocs", MKDOCS, f"mkdocs.structure.pages.{name} is gone", adapter
        )
        assert list(inspect.signature(processor).parameters) == ["file", "files", "config"], broken(
            "mkdocs", MKDOCS, f"{name} takes other arguments", adapter
        )
    assert meta.get_data("---\ntitle: T\n---\nBody") == ("Body", {"title": "T"})
    assert meta.YAML_RE.match("---\na: 1\n---\n").group(1) == "a: 1\n", broken(
        "mkdocs", MKDOCS, "mkdocs.utils.meta.YAML_RE matches front matter differently", adapter
    )
    assert pages.get_toc([]).items == []


def test_mkdocs_theme_get_env_is_where_the_theme_listing_starts():
    """helpcenter/adapter/theme_loader.py wraps Theme.get_env so that the environment MkDocs lists the theme's
    files with (right after get_env(), in the build) skips hidden folders; its loader copies Jinja2 3.1.6's
    FileSystemLoader.list_templates."""
    import jinja2
    from mkdocs.commands import build
    from mkdocs.structure import files
    from mkdocs.theme import Theme

    from helpcenter.adapter.theme_loader import VisibleFilesLoader, list_visible_files

    adapter = "helpcenter/adapter/theme_loader.py (list_visible_files)"
    assert list(inspect.signature(Theme.get_env).parameters) == ["self"], broken(
        "mkdocs", MKDOCS, "Theme.get_env takes arguments", adapter
    )
    assert "env = config.theme.get_env()\n        files.add_files_from_theme(env, config)" in inspect.getsource(
        build.build
    ), broken("mkdocs", MKDOCS, "the build no longer lists theme files right after theme.get_env()", adapter)
    assert "env.list_templates(filter_func=filter)" in inspect.getsource(files.Files.add_files_from_theme), broken(
        "mkdocs", MKDOCS, "Files.add_files_from_theme no longer lists the environment's templates", adapter
    )
    assert source_sha256(jinja2.FileSystemLoader.list_templates) == (
        "320387ffb0e553d20aacbf18baac21aad3fd0241ccc85d7cd40fd0121d63bc11"
    ), broken("jinja2", JINJA2, "FileSystemLoader.list_templates changed since VisibleFilesLoader copied it", adapter)

    theme = Theme(name="mkdocs")
    list_visible_files(theme)
    env = theme.get_env()
    assert isinstance(env.loader, VisibleFilesLoader), broken("mkdocs", MKDOCS, "get_env was not wrapped", adapter)
    stock = jinja2.FileSystemLoader(env.loader.searchpath).list_templates()
    assert env.loader.list_templates() == [t for t in stock if not any(p.startswith(".") for p in t.split("/"))]
    assert "main.html" in env.loader.list_templates()


@pytest.mark.skipif(shutil.which("node") is None, reason="needs Node to run the two scripts")
def test_material_md_globals_behave_as_materials_own():
    """overrides/assets/javascripts/material-globals.js defines Material's __md_* globals outside the page (CSP):
    every __md_ name Material's bundle calls is defined, and each behaves as Material 9.7.1's inline script."""
    from material import templates

    adapter = "overrides/assets/javascripts/material-globals.js (Material's partials/javascripts/base.html)"
    folder = Path(inspect.getfile(templates)).parent
    bundle = "".join(p.read_text(encoding="utf-8") for p in (folder / "assets" / "javascripts").glob("bundle.*.js"))
    used = set(re.findall(r"__md_[a-z]+", bundle))
    ours_text = (ROOT / "overrides" / "assets" / "javascripts" / "material-globals.js").read_text(encoding="utf-8")
    defined = set(re.findall(r"window\.(__md_[a-z]+) =", ours_text))
    assert used and used <= defined, broken(
        "mkdocs-material", MATERIAL, f"its bundle calls {sorted(used - defined)}, which we do not define", adapter
    )
    inline = (folder / "partials" / "javascripts" / "base.html").read_text(encoding="utf-8")
    script = (
        re.search(r"<script>(.*)</script>", inline, re.S)
        .group(1)
        .replace('"{{ config.extra.scope | d(base_url) }}"', '"/help/"')
    )
    probe = """
const store = new Map();
globalThis.localStorage = {getItem: (k) => (store.has(k) ? store.get(k) : null), setItem: (k, v) => store.set(k, v)};
globalThis.location = "https://example.test/help/page/";
globalThis.window = globalThis;
globalThis.document = {currentScript: {getAttribute: () => "/help/"}};
%s
__md_set("__palette", {index: 1});
const session = new Map();
const other = {getItem: (k) => session.get(k) ?? null, setItem: (k, v) => session.set(k, v)};
__md_set("tabs", ["a"], other);
console.log(JSON.stringify({
  scope: String(__md_scope), hash: __md_hash("__tabs"), got: __md_get("__palette"), keys: [...store.keys()],
  other: __md_get("tabs", other), session: [...session.keys()], missing: __md_get("nothing"),
}));
"""
    results = []
    for source in (script, ours_text):
        done = subprocess.run(["node", "-e", probe % source], capture_output=True, text=True, timeout=60)
        assert done.returncode == 0, done.stderr
        results.append(json.loads(done.stdout))
    assert results[0] == results[1], broken(
        "mkdocs-material",
        MATERIAL,
        f"its __md_* globals behave differently: {results[0]} vs ours {results[1]}",
        adapter,
    )
    assert results[0]["keys"] == ["/help/.__palette"]


def test_mkdocs_livereload_server_members_the_preview_server_uses():
    """helpcenter/adapter/preview_server.py subclasses MkDocs' LiveReloadServer: it replaces _build_loop, watch,
    serve_request and _inject_js_into_html, and reads the epoch and rebuild state they share with _serve_request."""
    from mkdocs import livereload

    adapter = "helpcenter/adapter/preview_server.py (LiveReloadServer subclass)"
    server = livereload.LiveReloadServer(builder=lambda: None, host="127.0.0.1", port=0, root=str(ROOT))
    try:
        for name in (
            "_visible_epoch",
            "_wanted_epoch",
            "_epoch_cond",
            "_want_rebuild",
            "_rebuild_cond",
            "_shutdown",
            "_watched_paths",
            "_watch_refs",
            "observer",
            "build_delay",
            "shutdown_delay",
            "root",
        ):
            assert hasattr(server, name), broken("mkdocs", MKDOCS, f"LiveReloadServer has no {name}", adapter)
        for name, parameters in (
            ("_build_loop", ["self"]),
            ("_serve_request", ["self", "environ", "start_response"]),
            ("_inject_js_into_html", ["self", "content", "epoch"]),
            ("watch", ["self", "path", "func", "recursive"]),
        ):
            got = list(inspect.signature(getattr(livereload.LiveReloadServer, name)).parameters)
            assert got == parameters, broken("mkdocs", MKDOCS, f"LiveReloadServer.{name} takes {got}", adapter)
        # the loop the subclass replaces: waits on _rebuild_cond, calls builder, then publishes the epoch
        loop = inspect.getsource(livereload.LiveReloadServer._build_loop)
        for needle in ("self._want_rebuild = False", "self.builder()", "self._visible_epoch = self._wanted_epoch"):
            assert needle in loop, broken("mkdocs", MKDOCS, f"_build_loop no longer does `{needle}`", adapter)
        # requests wait for a build in progress: the subclass relies on it to never serve a half-built page
        assert "self._visible_epoch == self._wanted_epoch" in inspect.getsource(
            livereload.LiveReloadServer._serve_request
        ), broken("mkdocs", MKDOCS, "_serve_request no longer waits for the build in progress", adapter)
        assert callable(livereload._timestamp)
    finally:
        server.server_close()


def test_markdown_inline_patterns_the_adapter_skips():
    """helpcenter/adapter/markdown_page.py replaces Python-Markdown's private InlineProcessor.__handleInline (its loop
    over the patterns) with one that skips a pattern on text without the substrings its matches hold, and relies on
    what __applyPattern returns when nothing matched. It recognizes each pattern by its regular expression, so a
    Python-Markdown that changed one would silently lose the saving: fail here instead."""
    import markdown
    from markdown import treeprocessors

    from helpcenter.adapter.markdown_page import SKIPPABLE_PATTERNS, skip_patterns_that_cannot_match

    adapter = "helpcenter/adapter/markdown_page.py (SKIPPABLE_PATTERNS)"
    skipped = skip_patterns_that_cannot_match(markdown.Markdown(extensions=["footnotes"]))
    missing = sorted(set(SKIPPABLE_PATTERNS) - set(skipped))
    what = f"the inline patterns {missing} are gone or have another expression"
    assert not missing, broken("markdown", MARKDOWN, what, adapter)
    processor = treeprocessors.InlineProcessor
    recorded = {
        processor._InlineProcessor__applyPattern: "8862b35197c0e6141513cea1ccb124e1d0565027073c8c84795f184ee0387596",
        processor._InlineProcessor__handleInline: "fe27babc114aed0ad06af7b99ad449f4bcf2cadab8ee03065a61d3a1f85caa5b",
        processor.run: "f6c93631f2871499bcbbc2d10ec7e4fddf1023c394179a18ce1053b16d5c9b0e",
    }
    for function, sha256 in recorded.items():
        assert source_sha256(function) == sha256, broken(
            "markdown", MARKDOWN, f"InlineProcessor.{function.__name__} changed", adapter
        )
