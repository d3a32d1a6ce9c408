"""The memoized static-i18n files (helpcenter/adapter/i18n_files.py) give the same site as static-i18n's own, for
less."""

from __future__ import annotations

from pathlib import Path

import mkdocs_static_i18n
import pytest
from conftest import HOME, article
from mkdocs_static_i18n import folder, reconfigure

from helpcenter.adapter import i18n_files, runner
from helpcenter.adapter.site_build import build_site

LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1 1"><rect width="1" height="1"/></svg>\n'

# every case static-i18n distinguishes: translated everywhere, in one language only, in none (fallback to the
# default language), and an image only the default language has
SITE = {
    "en/index.md": HOME,
    "en/fees/index.md": "---\ntitle: Fees\ndescription: All about fees.\nicon: material/percent\n---\n",
    "en/fees/trading.md": article("How are trading fees calculated?", 1),
    "en/fees/withdrawal.md": article("What are withdrawal fees?", 2, related="[fees/trading.md]")
    + "\n![Logo](../logo.svg)\n",
    "en/fees/deposit.md": article("Are deposits free?", 3),
    "en/logo.svg": LOGO,
    "ja/index.md": HOME,
    "ja/fees/index.md": "---\ntitle: 手数料\ndescription: 手数料について。\nicon: material/percent\n---\n",
    "ja/fees/trading.md": article("取引手数料はどのように計算されますか？", 1),
    "ja/fees/withdrawal.md": article("出金手数料はいくらですか？", 2),
    "es/index.md": HOME,
    "es/fees/index.md": "---\ntitle: Comisiones\ndescription: Sobre comisiones.\nicon: material/percent\n---\n",
    "es/fees/trading.md": article("¿Cómo se calculan las comisiones de trading?", 1),
}


def tree(site: Path) -> dict[str, bytes]:
    return {str(p.relative_to(site)): p.read_bytes() for p in sorted(site.rglob("*")) if p.is_file()}


@pytest.fixture
def config(site_factory):
    return site_factory(SITE, languages=("en", "ja", "es"))


def counting(original, calls: list):
    def create(*args):
        calls.append(args[1])
        return original(*args)

    return create


def test_memoized_files_build_the_same_site_with_fewer_files(config, tmp_path, monkeypatch):
    own_function = i18n_files._ORIGINAL
    memoized_calls: list[str] = []
    with monkeypatch.context() as m:
        m.setattr(i18n_files, "_ORIGINAL", counting(own_function, memoized_calls))
        build_site(config, tmp_path / "memoized")
    assert folder.create_i18n_file == runner.session().i18n_files.create_i18n_file

    own_calls: list[str] = []
    with monkeypatch.context() as m:
        # static-i18n's own function, called every time static-i18n asks
        m.setattr(folder, "create_i18n_file", counting(own_function, own_calls))
        m.setattr(i18n_files.I18nFileMemo, "start_build", lambda self, **kwargs: None)
        # and its own is_relative_to and language properties (read afresh every time)
        for owner, name, original, _faster in i18n_files.stand_ins():
            m.setattr(owner, name, original)
        build_site(config, tmp_path / "own")

    memoized, own = tree(tmp_path / "memoized"), tree(tmp_path / "own")
    assert memoized.keys() == own.keys()
    assert [path for path in memoized if memoized[path] != own[path]] == []
    # 37 of 92 here (3 languages, 13 files); the benchmark corpus's figures: README, How the build stays linear
    assert len(memoized_calls) < 0.45 * len(own_calls), (len(memoized_calls), len(own_calls))


def test_the_memo_is_emptied_and_inactive_after_a_build(config, tmp_path):
    build_site(config, tmp_path / "site")
    memo = runner.session().i18n_files
    assert memo.files == {} and memo.inspected == {}
    assert not memo.active


def _paths():
    parts = ["en", "pt-BR", "docs", "a.md", ".", "..", "", "en.md"]
    for count in range(4):
        for first in parts:
            for last in parts:
                middle = "/".join(parts[(count + i) % len(parts)] for i in range(count))
                for lead in ("", "/", "//", "./"):
                    for trail in ("", "/"):
                        yield f"{lead}{first}/{middle}/{last}{trail}".replace("//" * 3, "/")


def test_is_relative_to_answers_as_static_i18n_does():
    """The fast is_relative_to (a prefix test on text) against static-i18n's own, on paths plain and not."""
    paths = sorted(set(_paths()))
    bases = ["en", "pt-BR", "/tmp/docs", "/", ".", "", "en/", "./en", "/tmp//docs", "blog/", "en/a.md"]
    checked = agreed_true = 0
    for path in paths:
        for base in bases:
            for given in (path, Path(path)):
                expected = mkdocs_static_i18n.is_relative_to(given, base)
                assert i18n_files.is_relative_to(given, base) == expected, (given, base)
                checked += 1
                agreed_true += expected
    assert checked > 10_000 and agreed_true > 500  # the grid holds both answers, many times


def test_static_i18n_asks_the_fast_is_relative_to_during_a_build(config, tmp_path):
    build_site(config, tmp_path / "site")
    assert folder.is_relative_to is i18n_files.is_relative_to
    assert reconfigure.is_relative_to is i18n_files.is_relative_to


def test_static_i18n_reads_its_languages_once_per_reconfigure_files(config, tmp_path, monkeypatch):
    reads: list[str] = []
    original = i18n_files._ALL_LANGUAGES.fget
    monkeypatch.setattr(i18n_files, "_ALL_LANGUAGES", property(lambda plugin: reads.append("read") or original(plugin)))
    asked: list[list[str]] = []
    plugins = []
    real_reconfigure = i18n_files._RECONFIGURE_FILES

    def reconfigure_files(plugin, files, mkdocs_config):
        asked.append(plugin.all_languages)
        plugins.append(plugin)
        assert plugin.all_languages is not plugin.all_languages  # a new list each time, as static-i18n's own
        return real_reconfigure(plugin, files, mkdocs_config)

    monkeypatch.setattr(i18n_files, "_RECONFIGURE_FILES", reconfigure_files)
    build_site(config, tmp_path / "site")
    # one reconfigure_files per language: static-i18n's own reads the languages once per file and alternate
    assert asked == [["en", "ja", "es"]] * 3
    assert 3 <= len(reads) <= 12, len(reads)
    plugin = reconfigure.ExtendedPlugin
    assert plugin.all_languages is i18n_files._all_languages
    assert plugin.reconfigure_files is i18n_files._reconfigure_files
    assert all(i18n_files._FROZEN not in vars(plugin) for plugin in plugins)  # answered afresh after it


def _bare_config(tmp_path: Path, **settings):
    from mkdocs.config import load_config

    (tmp_path / "docs").mkdir(exist_ok=True)
    (tmp_path / "mkdocs.yml").write_text("site_name: Grid\n", encoding="utf-8")
    return load_config(str(tmp_path / "mkdocs.yml"), site_dir=str(tmp_path / "site"), **settings)


def _file_attributes(file) -> dict:
    """Everything static-i18n and MkDocs set or cached on a File, alternates by their files' identity."""
    attributes = dict(vars(file))
    attributes["alternates"] = {lang: alt is file for lang, alt in attributes["alternates"].items()}
    return attributes


def test_fast_create_i18n_file_makes_the_files_static_i18n_makes(tmp_path, monkeypatch):
    """The fast create_i18n_file against static-i18n's own on a grid: pages, README and index pages, assets, files
    outside any language folder, a folder named like a language nobody configured, odd paths that go to
    static-i18n's own, for every language asked, both URL styles and the default language first or not."""
    from mkdocs.structure.files import File, InclusionLevel

    original = i18n_files._ORIGINAL
    handed_on: list[str] = []
    monkeypatch.setattr(i18n_files, "_ORIGINAL", counting(original, handed_on))
    sources = [
        "en/index.md", "en/fees/trading.md", "en/fees/README.md", "en/fees/index.md", "en/logo.svg", "ja/a/b.md",
        "pt-BR/fees/trading.md", "pt-BR/img/x.png", "zh-Hant/index.md", "fr/guide.md", "fr_FR/x.md", "index.md",
        "assets/site.css", "en/en/x.md", "README.md", "docs/en/x.md", "enx/y.md", "EN/x.md", "a/README.html",
        "en/x.MD", "es/fees/my-README.md",
    ]  # fmt: skip
    odd_sources = ["en", "fr"]  # a file named like a language, configured or not
    made_count = 0
    for directory_urls in (True, False):
        config = _bare_config(tmp_path, use_directory_urls=directory_urls)
        for languages in (["en", "ja", "pt-BR"], ["pt-BR", "en", "zh-Hant", "es"]):
            for source in sources + odd_sources:
                for inclusion in (InclusionLevel.UNDEFINED, InclusionLevel.EXCLUDED):
                    file = File(source, config.docs_dir, config.site_dir, directory_urls, inclusion=inclusion)
                    for current in [*languages, "fr"]:
                        expected = original(file, current, "en", languages, config)
                        made = i18n_files.fast_create_i18n_file(file, current, "en", languages, config)
                        assert _file_attributes(made) == _file_attributes(expected), (source, current, languages)
                        # static-i18n makes alternates from files it made: the same again
                        again = i18n_files.fast_create_i18n_file(made, "ja", "en", languages, config)
                        expected_again = original(expected, "ja", "en", languages, config)
                        assert _file_attributes(again) == _file_attributes(expected_again), (source, current)
                        made_count += 2
    # the odd paths went to static-i18n's own (both times), the rest did not
    odd_cases = 2 * 2 * len(odd_sources) * (4 + 5) * 2
    assert made_count > 1500 and len(handed_on) == odd_cases, (made_count, len(handed_on), odd_cases)


def test_fast_create_i18n_file_leaves_debug_logging_to_static_i18n(tmp_path, caplog):
    from mkdocs.structure.files import File

    config = _bare_config(tmp_path)
    file = File("ja/fees/trading.md", config.docs_dir, config.site_dir, True)
    with caplog.at_level("DEBUG", logger="mkdocs.plugins.mkdocs_static_i18n.folder"):
        i18n_files.fast_create_i18n_file(file, "en", "en", ["en", "ja"], config)
    assert "reconfigure File('ja/fees/trading.md'" in caplog.text
