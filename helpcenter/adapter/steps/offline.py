"""Optional offline reading (helpcenter.publish.offline), off unless the adopter turns it on.

On: the pages load the registration script, and the service worker is published at the site root (its scope must
cover every page). Off: neither is published, so no page registers a worker.
"""

from __future__ import annotations

from mkdocs.config.config_options import ExtraScriptValue
from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

from helpcenter.adapter.i18n import helpcenter_settings
from helpcenter.publish.offline import REGISTER_SCRIPT, WORKER_AT_ROOT, WORKER_SOURCE, offline_reading


def _enabled(config) -> bool:
    try:
        return offline_reading(helpcenter_settings(config))
    except ValueError as error:
        raise PluginError(str(error)) from None


class Steps:
    def __init__(self, build, config):
        pass

    def on_config(self, config):
        if _enabled(config) and all(str(script) != REGISTER_SCRIPT for script in config.extra_javascript):
            script = ExtraScriptValue(REGISTER_SCRIPT)
            script.type = "module"
            config.extra_javascript.append(script)
        return config

    def on_files(self, files, config):
        # after static-i18n and the theme assets step chose this language's files
        worker = files.get_file_from_path(WORKER_SOURCE)
        if worker is None:
            return files
        files.remove(worker)  # never published where it is: its scope there would be assets/javascripts/ only
        if _enabled(config):
            files.append(
                File(
                    worker.src_uri,
                    worker.src_dir,
                    config.site_dir,
                    use_directory_urls=False,
                    dest_uri=WORKER_AT_ROOT,
                    inclusion=worker.inclusion,
                )
            )
        return files
