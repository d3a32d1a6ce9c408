"""Fuzzing the content checks: random mutations of real articles must give findings, never an exception.

Each seed picks a demo article (the fixture help center's when the demo content is absent) and applies one to
three mutations: truncation, random bytes (invalid UTF-8 too), shuffled or deleted front matter lines, an
unbalanced code fence, repeated or swapped lines, stray Markdown and HTML tokens. The mutated file replaces an
article of the fixture help center (tests/validation/mistakes.py), and everything check.py runs on a tree runs on
it: every page check (ContentChecker, as Project.check), the site-wide checks (every third seed), and the pure
pieces on their own (decoding, front matter, page_meta). A traceback, or an exception the checks caught and
reported as HC507, is a failure naming its seed: `mutate(seed)` gives the same file again.
"""

from __future__ import annotations

import random
import time
import traceback
from pathlib import Path

import pytest
from conftest import DEMO_PRESENT
from mistakes import EN, FIXTURE, PAIR, ROOT, write_fixture
from mkdocs.config import load_config

from helpcenter.adapter.site_config import settings_from_config
from helpcenter.content import frontmatter, page_meta
from helpcenter.content.catalog import role_of
from helpcenter.content.docs_tree import decode
from helpcenter.content.validation.checks import ContentChecker, read_sources
from helpcenter.content.validation.safety import Sanitizer
from helpcenter.content.validation.source import Renderer

SEEDS = range(240)
# the demo's articles while the demo is there; the fixture help center's once scripts/init_site.py replaced it
DEMO = sorted((ROOT / "docs").glob("*/*/*.md")) if DEMO_PRESENT else []
POOL: list[bytes] = [p.read_bytes() for p in DEMO if p.name != "index.md"] or [
    text.encode("utf-8") for path, text in FIXTURE.items() if path.endswith(".md") and isinstance(text, str)
]
TOKENS = [
    "[",
    "](",
    "![",
    "<",
    ">",
    "<script>",
    "</div>",
    "<div markdown>",
    "{ #",
    "{ #Bad_Id }",
    "}",
    "[^",
    "[^x]",
    '!!! note "',
    '??? tip "',
    '=== "',
    "|",
    "| --- |",
    "---",
    "...",
    "\t",
    "\r",
    "\x00",
    "\ufeff",
    "&#",
    "&#0;",
    "`",
    "```",
    "<!--",
    "-->",
    "*[",
    "#",
    "\n# ",
    "\n## ",
    "\n    ",
    "\n- ",
    ":",
    ": >",
    "&",
    "*",
    '"',
    "'",
    "\\",
    "javascript:",
    "](#",
    "](../",
    '--8<-- "',
]


def _front_lines(lines: list[bytes]) -> tuple[int, int] | None:
    if not lines or lines[0].strip() != b"---":
        return None
    end = next((i for i in range(1, len(lines)) if lines[i].strip() == b"---"), None)
    return (1, end) if end is not None else None


def mutate(seed: int) -> tuple[bytes, list[str]]:
    """A mutated demo article and the names of the mutations applied (reproducible from the seed alone)."""
    rng = random.Random(seed)
    data = POOL[rng.randrange(len(POOL))]
    applied = []
    for _ in range(rng.randint(1, 3)):
        kind = rng.choice(
            ["truncate", "bytes", "shuffle_front", "delete_front", "fence", "repeat_line", "swap_lines", "tokens"]
        )
        lines = data.split(b"\n")
        span = _front_lines(lines)
        if kind == "truncate":
            data = data[: rng.randrange(len(data) + 1)]
        elif kind == "bytes":
            for _ in range(rng.randint(1, 4)):
                at = rng.randrange(len(data) + 1)
                data = data[:at] + bytes(rng.randrange(256) for _ in range(rng.randint(1, 12))) + data[at:]
        elif kind in ("shuffle_front", "delete_front") and span:
            start, end = span
            block = lines[start:end]
            if kind == "shuffle_front":
                rng.shuffle(block)
            else:
                for _ in range(rng.randint(1, max(1, len(block) // 2))):
                    if block:
                        block.pop(rng.randrange(len(block)))
            data = b"\n".join(lines[:start] + block + lines[end:])
        elif kind == "fence":
            at = rng.randrange(len(lines) + 1)
            lines.insert(at, rng.choice([b"```", b"~~~", b"````python", b"    ```", b"```mermaid"]))
            data = b"\n".join(lines)
        elif kind == "repeat_line" and lines:
            at = rng.randrange(len(lines))
            lines.insert(rng.randrange(len(lines) + 1), lines[at])
            data = b"\n".join(lines)
        elif kind == "swap_lines" and len(lines) > 1:
            a, b = rng.randrange(len(lines)), rng.randrange(len(lines))
            lines[a], lines[b] = lines[b], lines[a]
            data = b"\n".join(lines)
        elif kind == "tokens":
            for _ in range(rng.randint(1, 6)):
                at = rng.randrange(len(data) + 1)
                data = data[:at] + rng.choice(TOKENS).encode("utf-8") + data[at:]
        else:
            continue
        applied.append(kind)
    return data, applied


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    root = tmp_path_factory.mktemp("fuzz")
    config = load_config(str(write_fixture(root)))
    settings = settings_from_config(config)
    return root, config, settings


def _check_tree(root: Path, config, settings, renderer, sanitizer, site_checks, codes: set[str]) -> list[str]:
    """Every page check of the tree, as Project.check runs them, and the site-wide checks; the problems found."""
    sources = read_sources(settings.docs_dir, list(settings.languages), settings.default_language, root)
    checker = ContentChecker(sources, renderer, sanitizer, settings.content)
    problems = []
    for language, doc_id in sorted(sources.texts):
        for finding in checker.check(language, doc_id):
            codes.add(finding.code)
            if finding.code == "HC507":
                problems.append(finding.format())
    if site_checks is not None:
        site_findings, site_inputs, reader = site_checks
        codes.update(f.code for f in site_findings(site_inputs(config), heading_ids=reader.read_both))
    return problems


def test_random_mutations_of_real_articles_give_findings_never_a_traceback(site):
    root, config, settings = site
    renderer = Renderer(settings.markdown_extensions, settings.markdown_configs)
    sanitizer = Sanitizer(settings.iframe_hosts)
    try:  # the site-wide checks check.py runs as well, called as it calls them (helpcenter/site_checks.py)
        from helpcenter.adapter.site_config import site_inputs
        from helpcenter.content.document import ExplicitIdsReader
        from helpcenter.site_checks import site_findings

        site_checks = (
            site_findings,
            site_inputs,
            ExplicitIdsReader(settings.markdown_extensions, settings.markdown_configs),
        )
    except ImportError:  # pragma: no cover - older layouts without site-wide checks
        site_checks = None
    targets = [EN, PAIR, "docs/en/security/index.md", "docs/ja/security/enable-2fa.md"]
    failures: list[str] = []
    kinds: set[str] = set()
    codes: set[str] = set()
    started = time.perf_counter()
    for seed in SEEDS:
        data, applied = mutate(seed)
        kinds.update(applied)
        target = targets[seed % len(targets)]
        path = root / target
        original = path.read_bytes()
        path.write_bytes(data)
        try:
            text, _ = decode(data)
            front = frontmatter.parse(text)
            doc_id = target.split("/", 2)[2]
            role_of(doc_id)
            page_meta.derive(front.meta, front.body, doc_id)
            # the site-wide checks take five times as long as the page checks: every third seed (all four targets)
            problems = _check_tree(
                root, config, settings, renderer, sanitizer, site_checks if seed % 3 == 0 else None, codes
            )
            failures += [f"seed {seed} ({', '.join(applied)}) in {target}: {p}" for p in problems]
        except Exception:  # noqa: BLE001 - the point of the test: collect every traceback with its seed
            failures.append(f"seed {seed} ({', '.join(applied)}) in {target}:\n{traceback.format_exc()}")
        finally:
            path.write_bytes(original)
    elapsed = time.perf_counter() - started
    print(
        f"\nfuzz: {len(SEEDS)} seeds over {len(POOL)} real articles in {elapsed:.1f} s, {len(failures)} failures; "
        f"finding codes seen: {' '.join(sorted(codes))}"
    )
    assert len(SEEDS) >= 200
    assert {"truncate", "bytes", "shuffle_front", "delete_front", "fence"} <= kinds
    # the mutations reach the checks: broken YAML, encodings, links and headings are among what they report
    assert {"HC100", "HC120"} <= codes and any(code.startswith("HC2") for code in codes)
    assert failures == [], "\n\n".join(failures[:5])


def test_mutations_are_reproducible_from_the_seed():
    assert [mutate(seed) for seed in (0, 7, 199)] == [mutate(seed) for seed in (0, 7, 199)]
    assert len({mutate(seed)[0] for seed in range(50)}) > 45
