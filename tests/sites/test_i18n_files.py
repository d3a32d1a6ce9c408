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
        for module in (folder, reconfigure):  # and its own is_relative_to
            m.setattr(module, "is_relative_to", mkdocs_static_i18n.is_relative_to)
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
