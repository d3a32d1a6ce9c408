"""The pipeline written down in helpcenter/pipeline.py is the one MkDocs runs, and the README draws it."""

from __future__ import annotations

from conftest import ROOT
from mkdocs.config import load_config

from helpcenter.pipeline import I18N, STAGES, markdown, order_by_event

MODULE_OF_I18N = "mkdocs_static_i18n.plugin"


def running_order() -> dict[str, list[str]]:
    """event -> hooks and plugins in the order MkDocs will call them (priority, then place in mkdocs.base.yml)."""
    config = load_config(str(ROOT / "mkdocs.yml"))
    order = {}
    for event, handlers in config.plugins.events.items():
        names = [getattr(h, "__module__", "") for h in handlers]
        names = [I18N if name == MODULE_OF_I18N else name for name in names]
        if names:
            order[event] = names
    return order


def test_the_declared_order_is_the_order_mkdocs_runs():
    assert order_by_event() == running_order()


def test_every_hook_of_the_configuration_has_its_steps():
    config = load_config(str(ROOT / "mkdocs.yml"))
    declared = {step.by for stage in STAGES for step in stage.steps} - {I18N}
    assert declared == set(config.hooks)


def test_the_readme_draws_the_pipeline():
    assert markdown() in (ROOT / "README.md").read_text(encoding="utf-8")
