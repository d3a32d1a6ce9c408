"""What the folders and file names of docs/<lang>/ mean: plain names, importable without the catalog's parsers.

The search index's finalizing runs in processes forked from a parallel build's parent, which needs only these
names; importing them through the catalog would load Markdown and lexbor into that parent as well (about 3 MB of
peak memory, counted once more for every process forked from it).
"""

from __future__ import annotations

INDEX = "index.md"
ANNOUNCEMENTS_FOLDER = "announcements"
# folders that hold images, downloads and includes, not articles: a Markdown file in one (a README beside the
# images of imported docs) is a standalone page, and the folder is no category
ASSET_FOLDERS = frozenset({"assets", "images", "img", "media", "static", "_static", "files", "downloads", "includes"})
