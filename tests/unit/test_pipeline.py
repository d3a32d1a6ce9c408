"""The pipeline written down in helpcenter/pipeline.py is the one MkDocs runs, and the README draws it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.config import load_config

from helpcenter.adapter import runner
from helpcenter.pipeline import I18N, STAGES, START, markdown, order_by_event, steps_around_i18n

MODULE_OF_I18N = "mkdocs_static_i18n.plugin"
HOOKS = {"before_i18n": False, "after_i18n": True}  # hook module -> whether its steps run after static-i18n
STEPS_DIR = ROOT / "helpcenter" / "adapter" / "steps"


def running_order() -> dict[str, list[str]]:
    """event -> steps and plugins in the order MkDocs will call them: the hooks' and static-i18n's priorities,
    then their place in the configuration; each hook stands for the pipeline's steps on its side."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    order = {}
    for event, handlers in config.plugins.events.items():
        names: list[str] = []
        for handler in handlers:
            module = getattr(handler, "__module__", "")  # MkDocs names a hook module by its configured path
            if module == MODULE_OF_I18N:
                names.append(I18N)
            elif Path(module).stem in HOOKS:
                before, after = steps_around_i18n(event)
                names += after if HOOKS[Path(module).stem] else before
            else:
                names.append(module)
        if names:
            order[event] = names
    return order


def test_the_declared_order_is_the_order_mkdocs_runs():
    declared = {event: names for event, names in order_by_event().items() if event != START}
    assert running_order() == declared


def test_mkdocs_calls_only_the_two_pipeline_hooks():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert [hook.rsplit("/", 1)[-1] for hook in config.hooks] == [f"{name}.py" for name in HOOKS]


def test_the_hooks_are_one_line_calls_into_the_runner():
    for name in HOOKS:
        tree = ast.parse((ROOT / "hooks" / f"{name}.py").read_text(encoding="utf-8"))
        functions = [node for node in tree.body if isinstance(node, ast.FunctionDef)]
        assert functions, name
        for function in functions:
            (statement,) = function.body
            assert isinstance(statement, ast.Return), (name, function.name)
            call = statement.value
            assert isinstance(call, ast.Call) and getattr(call.func, "id", "") == "run", (name, function.name)
            assert ast.literal_eval(call.args[0]) == function.name.removeprefix("on_")


def step_handlers() -> dict[str, set[str]]:
    """step module -> the events its ``Steps`` class handles (``start`` for a constructor that does work)."""
    found = {}
    for path in sorted(STEPS_DIR.glob("*.py")):
        if path.stem == "__init__":
            continue
        cls = runner.step_class(path.stem)
        found[path.stem] = {name.removeprefix("on_") for name in vars(cls) if name.startswith("on_")}
    return found


def test_every_step_handler_is_in_the_pipeline_and_every_step_has_its_handler():
    declared: dict[str, set[str]] = {}
    for stage in STAGES:
        for step in stage.steps:
            if step.by != I18N and step.event != START:
                declared.setdefault(step.by, set()).add(step.event)
    handled = step_handlers()
    assert {name: events for name, events in handled.items() if events} == declared
    assert set(runner.step_names()) == set(handled)


@pytest.mark.parametrize("path", sorted(STEPS_DIR.glob("*.py")) + sorted((ROOT / "hooks").glob("*.py")), ids=str)
def test_steps_and_hooks_keep_no_state_in_module_globals(path):
    """A step keeps its per-build data on its object (runner.Build owns it); module level holds constants only."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    assert not [node for node in ast.walk(tree) if isinstance(node, ast.Global)]
    for node in tree.body:
        targets = (
            node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(node, ast.AnnAssign) else []
        )
        for target in targets:
            name = getattr(target, "id", "")
            assert name.isupper() or name == "log", f"{path.name}: module-level {name!r}"


def test_no_module_rebinds_a_global():
    """State lives on objects the runner owns (its Session and each Build), not in rebound module globals."""
    paths = [p for folder in ("helpcenter", "hooks", "scripts") for p in sorted((ROOT / folder).rglob("*.py"))]
    rebinding = [
        f"{path.relative_to(ROOT)}:{node.lineno}"
        for path in paths
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
        if isinstance(node, ast.Global)
    ]
    assert rebinding == []


def test_the_readme_draws_the_pipeline():
    assert markdown() in (ROOT / "README.md").read_text(encoding="utf-8")
