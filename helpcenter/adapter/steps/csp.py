"""The site's Content-Security-Policy, available to every template (pages and 404 alike)."""

from __future__ import annotations

from helpcenter.publish.csp import content_security_policy


class Steps:
    def __init__(self, build, config):
        pass

    def on_env(self, env, config, files):
        settings = (config.extra or {}).get("helpcenter") or {}
        env.globals["hc_csp"] = content_security_policy(
            settings.get("feedback_endpoint") or "", settings.get("iframe_hosts") or []
        )
        return env
