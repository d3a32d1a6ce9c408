"""The layout shows the architecture: content/ (the model and its checks), publish/ (what the build writes) and
adapter/ (the only room that touches MkDocs, Material or mkdocs-static-i18n). A core that outlives MkDocs 1.x imports
none of them, and no import runs upwards."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

PACKAGE = ROOT / "helpcenter"
THIRD_PARTY = ("mkdocs", "material", "mkdocs_static_i18n")
# development tools: they drive MkDocs builds (benchmark corpus, Lighthouse, npm vendoring), so they live in
# scripts/devtools/, outside the package that pyproject.toml ships; the scripts import them as `devtools`, since Python
# puts a script's own folder first on sys.path
DEVTOOLS = ROOT / "scripts" / "devtools"
TOOLS = {"devtools.benchmark", "devtools.lighthouse_report", "devtools.vendor"}
ROOMS = ("content", "publish", "adapter")  # each may import those before it, never those after it


def module_name(path: Path) -> str:
    parts = path.relative_to(ROOT).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def imported(path: Path) -> set[str]:
    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module)
    return names


def room(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 and parts[1] in ROOMS else None


def test_only_the_adapter_imports_mkdocs_material_or_static_i18n():
    offenders = {
        name: sorted(i for i in imported(path) if i.split(".")[0] in THIRD_PARTY)
        for name, path in modules().items()
        if room(name) != "adapter"
    }
    assert {name: found for name, found in offenders.items() if found} == {}


def test_no_import_runs_upwards():
    upward = []
    for name, path in modules().items():
        here = room(name)
        if here is None:
            continue
        for target in imported(path):
            there = room(target)
            if there is not None and ROOMS.index(there) > ROOMS.index(here):
                upward.append(f"{name} imports {target}")
    assert upward == []


def test_every_core_module_imports_with_mkdocs_material_and_static_i18n_blocked():
    core = sorted(name for name in modules() if room(name) in ("content", "publish"))
    script = f"""
import importlib, importlib.abc, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in {THIRD_PARTY!r}:
            raise ImportError("blocked: " + name)
sys.meta_path.insert(0, Block())
for name in {core!r}:
    importlib.import_module(name)
print(len({core!r}))
"""
    result = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert int(result.stdout) == len(core) > 30


def test_development_tools_are_outside_the_shipped_package():
    import tomllib

    tools = {f"devtools.{p.stem}" for p in DEVTOOLS.glob("*.py") if p.name != "__init__.py"}
    assert tools == TOOLS
    assert not list((ROOT / "tools").glob("*.py"))  # the old place, at the repository root
    assert not [name for name in modules() if name.split(".")[-1] in {t.split(".")[-1] for t in TOOLS}]
    # setuptools ships what packages.find includes: helpcenter and its subpackages, never scripts/devtools
    found = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["packages"]
    assert found["find"]["include"] == ["helpcenter*"]
