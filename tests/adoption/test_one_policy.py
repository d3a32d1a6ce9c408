"""check.py and the build apply one policy and report one finding list (issue 15: check.py said 0 errors while
the build failed on a stale translation in a critical category)."""

from __future__ import annotations

import logging
import re
import textwrap

import pytest
from conftest import load_script
from mkdocs.exceptions import Abort
from test_adopters_kit import configure, new_project, nobody_wrote, write_tree

from helpcenter.adapter.site_build import build_site

check = load_script("check")
LINE = re.compile(r"(docs/\S+?):(\d+):\d+: ([A-Z]+\d+) ")


def test_a_stale_translation_in_a_critical_category_fails_both_the_same_way(tmp_path, caplog, capsys, monkeypatch):
    root = new_project(tmp_path / "site")
    files = nobody_wrote()
    text = textwrap.dedent(files["docs/fr/baggage/allowance.md"])
    stale = text.replace("updated: 2026-10-01\n", 'updated: 2026-10-01\nsource_hash: "0"\n')
    write_tree(root, {**files, "docs/fr/baggage/allowance.md": stale})
    config = configure(root, ("en", "fr", "de", "pt-BR", "ar"), critical_categories=("baggage",))

    caplog.set_level(logging.INFO)
    with pytest.raises(Abort):
        build_site(config, tmp_path / "out", strict=True, jobs=1)
    built = {
        (m.group(1), m.group(2), m.group(3))
        for r in caplog.records
        if r.levelno >= logging.WARNING and (m := LINE.search(r.getMessage()))
    }

    monkeypatch.chdir(root)
    assert check.main(["--config-file", str(config)]) == 1
    checked = {(m.group(1), m.group(2), m.group(3)) for m in LINE.finditer(capsys.readouterr().out)}

    assert ("docs/fr/baggage/allowance.md", "6", "TR002") in built
    assert built == checked
