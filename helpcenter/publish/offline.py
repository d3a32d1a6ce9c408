"""Optional offline reading: a service worker that keeps the pages a reader opened and the files they loaded.

Off by default; ``extra.helpcenter.offline_reading: true`` in mkdocs.yml turns it on. Then the worker
(overrides/assets/javascripts/offline-sw.js) is published at the site root, where its scope is the whole help center,
and every page loads assets/javascripts/offline.js, a static file that registers it (no inline script: CSP-clean).
Off, neither is published nor loaded, so no worker is ever registered.
"""

from __future__ import annotations

SETTING = "offline_reading"
WORKER_SOURCE = "assets/javascripts/offline-sw.js"  # the theme's copy, as the build finds it
WORKER_AT_ROOT = "offline-sw.js"
REGISTER_SCRIPT = "assets/javascripts/offline.js"


def offline_reading(settings: dict) -> bool:
    """Whether the adopter turned offline reading on; a value that is not true or false is a setting error."""
    value = settings.get(SETTING, False)
    if value is None:
        return False
    if not isinstance(value, bool):
        raise ValueError(f"extra.helpcenter.{SETTING} in mkdocs.yml is {value!r}; it takes true or false")
    return value
