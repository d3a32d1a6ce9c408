"""Which files in overrides/ copy Material's templates and scripts, and whether Material or our copy moved since.

Written against mkdocs-material 9.7.1. overrides/ shadows some of Material's templates by path (MkDocs loads
``overrides/partials/nav.html`` instead of Material's) and re-writes some of its inline scripts as files (CSP).
Each such copy is a fork: when Material changes the original upstream, ours keeps the old one, silently.
overrides/MATERIAL_COPIES.json records, for each copy, the upstream file it came from with the hashes of both sides
and the unified diff between them, which is our change to re-apply onto a new upstream. ``check()`` compares that
record with the installed Material and the files in overrides/, as scripts/devtools/vendor.py does for npm files.

A record's key is the path in overrides/, or ``path#block`` when the copy is one Jinja block of the file (main.html
copies only base.html's ``site_meta`` block; Material's own main.html is just ``{% extends "base.html" %}``, the
place a theme is meant to extend). Its "upstream" is relative to ``material/templates``, with the same ``#block``.
"""

from __future__ import annotations

import difflib
import hashlib
import importlib.metadata
import importlib.util
import json
import re
import textwrap
from pathlib import Path

OVERRIDES = Path("overrides")
RECORD = "MATERIAL_COPIES.json"
DISTRIBUTION = "mkdocs-material"
FIX = "python scripts/material_copies.py --record"

# a file that names a Material release in a comment says it copies Material ("Material 9.7.1's …")
_NAMES_RELEASE = re.compile(r"Material(?: for MkDocs)?(?:'s)? (\d+\.\d+\.\d+)")
_BLOCK_TAG = re.compile(r"\{%-?\s*(block\s+(\w+)|endblock)\b[^%]*-?%\}")


# ---- pure: text in, facts out ----------------------------------------------------------------------------------


def sha256(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def block(source: str, name: str) -> str | None:
    """The lines of Jinja block ``name`` (its tags included, dedented), or None when the template has none."""
    depth, start = 0, None
    for tag in _BLOCK_TAG.finditer(source):
        if start is None:
            if tag.group(2) == name:
                start, depth = source.rfind("\n", 0, tag.start()) + 1, 1
            continue
        depth += 1 if tag.group(1).startswith("block") else -1
        if depth == 0:
            end = source.find("\n", tag.end())
            return textwrap.dedent(source[start : len(source) if end < 0 else end + 1])
    return None


def part(source: str | None, fragment: str) -> str | None:
    """The whole file, or the block a ``#fragment`` names."""
    if source is None or not fragment:
        return source
    return block(source, fragment)


def split(key: str) -> tuple[str, str]:
    path, _, fragment = key.partition("#")
    return path, fragment


def unified_diff(upstream: str, ours: str, upstream_key: str, our_key: str) -> list[str]:
    lines = difflib.unified_diff(
        upstream.splitlines(), ours.splitlines(), f"material/templates/{upstream_key}", f"overrides/{our_key}"
    )
    return [line.rstrip("\n") for line in lines]


def entry(upstream_key: str, version: str, upstream: str, ours: str, our_key: str, why: str) -> dict:
    return {
        "upstream": upstream_key,
        "material_version": version,
        "upstream_sha256": sha256(upstream),
        "our_sha256": sha256(ours),
        "why": why,
        "diff": unified_diff(upstream, ours, upstream_key, our_key),
    }


def named_releases(source: str) -> set[str]:
    return set(_NAMES_RELEASE.findall(source))


def problems(
    record: dict[str, dict],
    installed: str,
    upstream: dict[str, str | None],
    ours: dict[str, str | None],
    shadowing: set[str],
    claiming: dict[str, set[str]],
) -> list[str]:
    """What is out of date; empty means every copy still matches the upstream file it was made from.

    upstream: Material's text for each record's "upstream" key (None: Material has no such file or block);
    ours: our text for each record key (None: missing); shadowing: overrides/ paths that Material also has;
    claiming: overrides/ paths whose comments name a Material release -> the releases they name.
    """
    found: list[str] = []
    version_only: list[str] = []
    for key, copy in sorted(record.items()):
        source = copy.get("upstream", "")
        recorded_version = copy.get("material_version") or "the recorded version"
        theirs, mine = upstream.get(source), ours.get(key)
        if mine is None:
            found.append(f"overrides/{key} is recorded but missing: restore it, or run {FIX} to drop its record")
            continue
        if theirs is None:
            found.append(
                f"overrides/{key}: Material {installed} has no {source} (recorded from {recorded_version}): "
                f"find where that content went upstream, re-apply our change (see 'diff' in {RECORD}), "
                f"point 'upstream' at it and run {FIX}"
            )
            continue
        if sha256(theirs) != copy.get("upstream_sha256"):
            found.append(
                f"overrides/{key}: Material's {source} changed since it was copied from Material {recorded_version} "
                f"({installed} is installed). "
                f"Re-apply our change to the new upstream (why: {copy.get('why', '').rstrip('.')}; the patch is "
                f"'diff' in {RECORD}), then run {FIX}"
            )
        elif recorded_version != installed:
            version_only.append(key)
        if sha256(mine) != copy.get("our_sha256"):
            found.append(
                f"overrides/{key} changed since it was recorded. If it still differs from Material's {source} "
                f"only by our change, update its 'why' and run {FIX}"
            )
        if not copy.get("why", "").strip():
            found.append(f"overrides/{key}: no 'why' in {RECORD}: say in one line what our copy changes")
    if version_only:
        found.append(
            f"{len(version_only)} records name another Material than the installed {installed}, with the same "
            f"upstream files ({', '.join(version_only)}): run {FIX}"
        )
    covered = {split(key)[0] for key in record}
    for path in sorted(shadowing - covered):
        found.append(f"overrides/{path} replaces Material's {path} but has no record: run {FIX} and fill in 'why'")
    for path, releases in sorted(claiming.items()):
        if path not in covered:
            found.append(
                f"overrides/{path} says it copies Material {', '.join(sorted(releases))} but has no record: "
                f"add it to {RECORD} with its 'upstream' and run {FIX}"
            )
        elif releases != {installed}:
            found.append(
                f"overrides/{path} names Material {', '.join(sorted(releases))} in a comment, {installed} is "
                "installed: update the comment once the copy is checked"
            )
    return found


# ---- reading the installed Material and the project's files ----------------------------------------------------


def material_templates() -> Path:
    """Material's theme folder (``material/templates``, as in 9.7.1), found without importing Material."""
    spec = importlib.util.find_spec("material")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("mkdocs-material is not installed")
    return Path(next(iter(spec.submodule_search_locations))) / "templates"


def installed_version() -> str:
    return importlib.metadata.version(DISTRIBUTION)


def _read(folder: Path, key: str) -> str | None:
    path, fragment = split(key)
    file = folder / path
    return part(file.read_text(encoding="utf-8"), fragment) if file.is_file() else None


def _our_files(overrides: Path) -> list[str]:
    return [
        p.relative_to(overrides).as_posix()
        for p in sorted(overrides.rglob("*"))
        if p.is_file() and p.name != RECORD and not any(n.startswith(".") for n in p.relative_to(overrides).parts)
    ]


def shadowing_files(overrides: Path, templates: Path) -> set[str]:
    """overrides/ paths that Material's theme folder has too: MkDocs serves ours instead of its."""
    return {path for path in _our_files(overrides) if (templates / path).is_file()}


def claiming_files(overrides: Path) -> dict[str, set[str]]:
    found = {}
    for path in _our_files(overrides):
        if path.startswith("assets/vendor/") or not path.endswith((".html", ".js", ".css")):
            continue
        releases = named_releases((overrides / path).read_text(encoding="utf-8"))
        if releases:
            found[path] = releases
    return found


def load_record(path: Path) -> dict[str, dict]:
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


def check(overrides: Path = OVERRIDES, templates: Path | None = None, record_file: Path | None = None) -> list[str]:
    """Readable problems, one a line; empty when every recorded copy matches both sides and none is unrecorded."""
    templates = templates or material_templates()
    record = load_record(record_file or overrides / RECORD)
    return problems(
        record,
        installed_version(),
        {copy.get("upstream", ""): _read(templates, copy.get("upstream", "")) for copy in record.values()},
        {key: _read(overrides, key) for key in record},
        shadowing_files(overrides, templates),
        claiming_files(overrides),
    )


def recorded(overrides: Path = OVERRIDES, templates: Path | None = None, record_file: Path | None = None) -> dict:
    """The record as the files are now: keeps each 'upstream' and 'why', adds any unrecorded file that replaces
    Material's own (its 'why' left for a person to write), drops records whose file in overrides/ is gone."""
    templates = templates or material_templates()
    old = load_record(record_file or overrides / RECORD)
    copies = {key: (copy["upstream"], copy.get("why", "")) for key, copy in old.items()}
    for path in shadowing_files(overrides, templates) - {split(key)[0] for key in copies}:
        copies[path] = (path, "")
    version = installed_version()
    new, missing = {}, []
    for key, (upstream_key, why) in sorted(copies.items()):
        mine, theirs = _read(overrides, key), _read(templates, upstream_key)
        if mine is None:
            continue
        if theirs is None:
            missing.append(f"overrides/{key}: Material {version} has no {upstream_key}")
            continue
        new[key] = entry(upstream_key, version, theirs, mine, key, why)
    if missing:
        raise ValueError("; ".join(missing))
    return new


def record(overrides: Path = OVERRIDES, templates: Path | None = None) -> dict:
    """Rewrite overrides/MATERIAL_COPIES.json from the files as they are now; returns what it wrote."""
    new = recorded(overrides, templates)
    (overrides / RECORD).write_text(json.dumps(new, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    return new
