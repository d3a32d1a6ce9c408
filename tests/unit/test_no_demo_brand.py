"""The generator names no customer: the demo's brand and address live in mkdocs.yml and docs/ only."""

from __future__ import annotations

from urllib.parse import urlsplit

import yaml
from conftest import ROOT

GENERATOR = ("helpcenter", "hooks", "overrides", "scripts")


def demo_names() -> set[str]:
    """The demo's brand, site name and host, as the adopter configuration gives them."""
    text = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml.load(text, Loader=yaml.BaseLoader)  # BaseLoader: mkdocs.yml has !!python tags
    brand = config["extra"]["helpcenter"]["brand"]
    host = urlsplit(config["site_url"]).hostname
    return {brand.casefold(), host.casefold()}


def test_no_generator_file_names_the_demo_brand():
    names = demo_names()
    assert all(len(name) >= 4 for name in names)  # a name this short would match ordinary words
    found = [
        f"{path.relative_to(ROOT)}: {name}"
        for folder in GENERATOR
        for path in sorted((ROOT / folder).rglob("*"))
        if path.is_file() and "__pycache__" not in path.parts
        for name in names
        if name in path.read_text(encoding="utf-8", errors="replace").casefold()
    ]
    assert found == []


def test_the_check_sees_the_brand_where_it_is():
    # the same reading finds the brand in the demo's content: the test above can fail
    names = demo_names()
    assert any(name in (ROOT / "docs" / "en" / "index.md").read_text(encoding="utf-8").casefold() for name in names)
