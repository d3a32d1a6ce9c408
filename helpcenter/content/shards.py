"""Which worker of a parallel build renders an article: a stable hash of its id. Pure; the build driver
(helpcenter/adapter/site_build.py) and the checks (validation/project.py) share it."""

from __future__ import annotations

import os
import zlib

SHARD_ENV = "HC_BUILD_SHARD"


def shard_of(doc_id: str, shards: int) -> int:
    """Stable across runs and machines (unlike hash()), so a shard always renders the same articles."""
    return zlib.crc32(doc_id.encode("utf-8")) % shards


def current_shard() -> tuple[int, int] | None:
    """(index, count) of the shard this process renders; None for an ordinary, complete build."""
    value = os.environ.get(SHARD_ENV, "").strip()
    if not value:
        return None
    index, count = (int(part) for part in value.split("/"))
    return index, count
