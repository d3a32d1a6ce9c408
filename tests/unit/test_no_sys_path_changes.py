"""No Python file of the project changes sys.path: what a module imports is the same wherever it runs from.

Scripts import their development tools as `devtools` (scripts/devtools/, Python puts a script's own folder first on
sys.path), tests name the folders in pyproject.toml (pytest's pythonpath), and helpcenter is installed.
"""

from __future__ import annotations

import ast
from pathlib import Path

from conftest import ROOT

FOLDERS = ("scripts", "hooks", "helpcenter", "tests")
# list methods that change the list in place
MUTATORS = {"insert", "append", "extend", "remove", "pop", "clear", "reverse", "sort", "__setitem__", "__delitem__"}
# functions that add to sys.path on their own: site.addsitedir, pytest's monkeypatch.syspath_prepend
ADDERS = {"addsitedir", "syspath_prepend"}


def _sources() -> list[Path]:
    return [
        path
        for folder in FOLDERS
        for path in sorted((ROOT / folder).rglob("*.py"))
        if "__pycache__" not in path.parts and "node_modules" not in path.parts
    ]


def sys_path_changes(source: str) -> list[int]:
    """Line numbers where the module changes sys.path (also through `import sys as s` or `from sys import path`)."""
    tree = ast.parse(source)
    sys_names, path_names = {"sys"}, set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            sys_names |= {alias.asname or alias.name for alias in node.names if alias.name == "sys"}
        elif isinstance(node, ast.ImportFrom) and node.module == "sys":
            path_names |= {alias.asname or alias.name for alias in node.names if alias.name == "path"}

    def is_path(node: ast.AST) -> bool:
        if isinstance(node, ast.Attribute) and node.attr == "path":
            return isinstance(node.value, ast.Name) and node.value.id in sys_names
        return isinstance(node, ast.Name) and node.id in path_names

    def targets(node: ast.AST) -> list[ast.AST]:
        if isinstance(node, ast.Assign | ast.Delete):
            return node.targets
        if isinstance(node, ast.AugAssign | ast.AnnAssign):
            return [node.target]
        return []

    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            if (node.func.attr in MUTATORS and is_path(node.func.value)) or node.func.attr in ADDERS:
                lines.append(node.lineno)
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in ADDERS:
            lines.append(node.lineno)
        for target in targets(node):
            for part in ast.walk(target):
                if is_path(part) or (isinstance(part, ast.Subscript) and is_path(part.value)):
                    lines.append(node.lineno)
    return sorted(set(lines))


def test_no_module_changes_sys_path():
    found = [
        f"{path.relative_to(ROOT).as_posix()}:{line}"
        for path in _sources()
        for line in sys_path_changes(path.read_text(encoding="utf-8"))
    ]
    assert found == []


def test_the_check_sees_every_way_of_changing_sys_path():
    changes = {
        "import sys\nsys.path.insert(0, 'x')": [2],
        "import sys\nsys.path.append('x')": [2],
        "import sys\nsys.path.extend(['x'])": [2],
        "import sys\nsys.path = ['x']": [2],
        "import sys\nsys.path[:0] = ['x']": [2],
        "import sys\nsys.path += ['x']": [2],
        "import sys\ndel sys.path[0]": [2],
        "import sys as s\ns.path.insert(0, 'x')": [2],
        "from sys import path\npath.insert(0, 'x')": [2],
        "from sys import path as p\np.append('x')": [2],
        "import site\nsite.addsitedir('x')": [2],
        "from site import addsitedir\naddsitedir('x')": [2],
        "def test(monkeypatch):\n    monkeypatch.syspath_prepend('x')": [2],
    }
    assert {source: sys_path_changes(source) for source in changes} == changes
    reads = "import os, sys\nprint(sys.path[0])\nfirst = list(sys.path)\nos.path.join('a')\npath = []\npath.append(1)"
    assert sys_path_changes(reads) == []
