"""Write the search files of a built site: directly (one-process build) or from worker parts (sharded build).

In a sharded build each worker renders only some articles, so it cannot build a language's index. It writes
its articles to <language root>/search/parts/<shard>.json instead (a distinct file per worker, so merging the
trees never conflicts), and finalize_site(), called once after the merge, builds every index from all parts.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from helpcenter.publish.search.index import build_language_files
from helpcenter.publish.search.tokenize import tokenize

SEARCH_DIR = "search"
PARTS_DIR = "parts"


def write_language(search_dir: Path, part: dict, reference: bool = False) -> None:
    made: set[Path] = set()
    for rel, data in build_language_files(part, reference).items():
        target = search_dir / rel
        if target.parent not in made:
            target.parent.mkdir(parents=True, exist_ok=True)
            made.add(target.parent)
        target.write_bytes(data)


def write_part(search_dir: Path, part: dict, shard: tuple[int, int]) -> None:
    target = search_dir / PARTS_DIR / f"{shard[0]}-of-{shard[1]}.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_text(json.dumps(part, ensure_ascii=False, sort_keys=True, separators=(",", ":")), encoding="utf-8")


def merge_parts(parts: list[dict]) -> dict:
    """One language's part from its workers' parts: the union of their articles."""
    merged = dict(parts[0])
    articles = {a["doc_id"]: a for part in parts for a in part["articles"]}
    merged["articles"] = [articles[doc_id] for doc_id in sorted(articles)]
    return merged


def parts_dirs(site_dir: Path) -> list[Path]:
    """The folders of workers' parts, one per language, in a stable order."""
    return sorted(Path(site_dir).rglob(f"{SEARCH_DIR}/{PARTS_DIR}"))


def finalize_language(parts_dir: Path) -> str | None:
    """Build one language's search files from its workers' parts; return the language, None if there were none.

    Languages are independent, so a parallel build finalizes them in parallel.
    """
    parts = [json.loads(p.read_text(encoding="utf-8")) for p in sorted(Path(parts_dir).glob("*.json"))]
    language = None
    if parts:
        write_language(Path(parts_dir).parent, merge_parts(parts))
        language = parts[0]["language"]
    shutil.rmtree(parts_dir)
    return language


def prepare_finalize() -> None:
    """Compile the tokenizer's tables once in the calling process, so that processes forked from it to build
    the indexes inherit them instead of each spending a quarter of a second on them."""
    tokenize("warm-up", "en")


def finalize_site(site_dir: Path) -> list[str]:
    """Build every language's search files from the parts the workers left; return the languages built."""
    return [lang for lang in map(finalize_language, parts_dirs(site_dir)) if lang]
