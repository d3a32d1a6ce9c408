"""MkDocs hook: the help center's build steps that run before mkdocs-static-i18n's handler of each event.

The steps and their order are helpcenter/pipeline.py's; helpcenter/adapter/runner.py runs them. This file only
places them before static-i18n (whose handlers have priorities from -100 to 50).
"""

from __future__ import annotations

from mkdocs.plugins import event_priority

from helpcenter.adapter.runner import run

BEFORE_I18N = 1000  # above every handler of static-i18n


@event_priority(BEFORE_I18N)
def on_config(config):
    return run("config", config, after_i18n=False)


@event_priority(BEFORE_I18N)
def on_files(files, config):
    return run("files", files, after_i18n=False, config=config)


@event_priority(BEFORE_I18N)
def on_nav(nav, config, files):
    return run("nav", nav, after_i18n=False, config=config, files=files)


@event_priority(BEFORE_I18N)
def on_env(env, config, files):
    return run("env", env, after_i18n=False, config=config, files=files)


@event_priority(BEFORE_I18N)
def on_page_markdown(markdown, page, config, files):
    return run("page_markdown", markdown, after_i18n=False, page=page, config=config, files=files)


@event_priority(BEFORE_I18N)
def on_page_content(html, page, config, files):
    return run("page_content", html, after_i18n=False, page=page, config=config, files=files)


@event_priority(BEFORE_I18N)
def on_page_context(context, page, config, nav):
    return run("page_context", context, after_i18n=False, page=page, config=config, nav=nav)


@event_priority(BEFORE_I18N)
def on_template_context(context, template_name, config):
    return run("template_context", context, after_i18n=False, template_name=template_name, config=config)


@event_priority(BEFORE_I18N)
def on_post_template(output_content, template_name, config):
    return run("post_template", output_content, after_i18n=False, template_name=template_name, config=config)


@event_priority(BEFORE_I18N)
def on_post_page(output, page, config):
    return run("post_page", output, after_i18n=False, page=page, config=config)


@event_priority(BEFORE_I18N)
def on_post_build(config):
    return run("post_build", after_i18n=False, config=config)


@event_priority(BEFORE_I18N)
def on_build_error(error):
    return run("build_error", after_i18n=False, error=error)
