"""Synthetic help-center corpora and build measurements for the benchmark scripts.

The corpus mimics the demo: categories with landing pages, FAQ articles with numbered steps, tables,
admonitions and cross-links, in five languages, with CJK prose for zh, ja and ko.
"""

from __future__ import annotations

import os
import random
import resource
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import yaml

from helpcenter.adapter.site_config import project_hooks
from helpcenter.content import frontmatter
from helpcenter.content.translations import source_hash, with_source_hash

LANGUAGES = ("en", "zh", "ja", "ko", "es")
CATEGORIES = (
    "getting-started",
    "account",
    "deposits-withdrawals",
    "trading",
    "fees",
    "security",
    "api",
    "support",
    "announcements-archive",
    "earn",
)

# Used only when the demo docs are not there to sample real sentences from.
FALLBACK_SENTENCES = {
    "en": [
        "Open the app and go to Assets, then Deposit, and choose the network.",
        "Deposits are credited after the required number of network confirmations.",
        "Withdrawals are suspended for 24 hours after you change your password.",
        "Support will never ask for your password, 2FA codes or seed phrase.",
    ],
    "zh": [
        "打开应用并前往资产页面，选择充值网络。",
        "达到所需的网络确认数后，充值将自动到账。",
        "修改密码后，提现将暂停 24 小时。",
    ],
    "ja": [
        "アプリを開き、資産から入金を選び、ネットワークを選択します。",
        "必要な承認数に達すると入金が反映されます。",
    ],
    "ko": [
        "앱을 열고 자산에서 입금을 선택한 다음 네트워크를 고르세요.",
        "필요한 네트워크 컨펌 수에 도달하면 입금이 반영됩니다.",
    ],
    "es": [
        "Abre la aplicación, ve a Activos y luego a Depositar, y elige la red.",
        "Los depósitos se acreditan tras las confirmaciones de red necesarias.",
    ],
}


def _usable_sentence(line: str) -> bool:
    if not line or line.startswith(("#", "|", "!", "`", "-", "*", "[", "<", "    ")) or line[0].isdigit():
        return False  # not a paragraph line
    # links and attribute lists point into the demo: in the corpus they would be broken (the corpus links its own
    # articles instead), and a broken site is not what a build is measured on
    return "](" not in line and "][" not in line and "{" not in line


def sentence_pool(docs_dir: Path, language: str) -> list[str]:
    """Paragraph sentences from the demo content of ``language``; real text makes realistic page weight."""
    pool: list[str] = []
    for path in sorted((docs_dir / language).rglob("*.md")):
        body = frontmatter.parse(path.read_text(encoding="utf-8")).body
        for line in body.splitlines():
            line = line.strip()
            if _usable_sentence(line):
                pool.append(line)
    return pool or FALLBACK_SENTENCES[language]


def _article(rng: random.Random, pool: list[str], title: str, index: int, per_category: int, category: str) -> str:
    others = [i for i in range(per_category) if i != index]
    related = [f"{category}/article-{i:05d}.md" for i in rng.sample(others, min(2, len(others)))]
    meta = {
        "title": title,
        "description": rng.choice(pool)[:150],
        "tags": rng.sample(["deposit", "withdrawal", "fees", "2fa", "api", "kyc", "futures"], 3),
        "updated": f"2026-{rng.randint(1, 10):02d}-{rng.randint(1, 28):02d}",
        "order": index + 1,
        "related": sorted(set(related)),
    }
    parts = ["---", yaml.safe_dump(meta, allow_unicode=True, sort_keys=False).strip(), "---", ""]
    parts.append(" ".join(rng.sample(pool, min(3, len(pool)))))
    for section in ("before-you-start", "steps", "limits", "troubleshooting"):
        parts += ["", f"## {rng.choice(pool)[:40]} {{ #{section} }}", ""]
        parts += [f"{n}. {rng.choice(pool)}" for n in range(1, rng.randint(3, 6))]
        parts += ["", " ".join(rng.sample(pool, min(2, len(pool))))]
    parts += ["", "| Network | Fee | Minimum |", "| --- | --- | --- |"]
    parts += [f"| NET-{n} | {rng.randint(1, 9)} USDT | {rng.randint(10, 50)} USDT |" for n in range(4)]
    parts += ["", '!!! warning "Security"', "    " + rng.choice(pool), ""]
    parts += [f"See also [{related[0]}](../{related[0]})." if related else "", ""]
    return "\n".join(parts)


def generate_corpus(target: Path, articles_per_language: int, docs_dir: Path, seed: int = 7) -> None:
    """Write docs/<lang>/ with ``articles_per_language`` articles spread over CATEGORIES."""
    per_category = max(1, articles_per_language // len(CATEGORIES))
    for language in LANGUAGES:
        rng = random.Random(seed)  # same structure in every language
        pool = sentence_pool(docs_dir, language)
        root = target / "docs" / language
        root.mkdir(parents=True, exist_ok=True)
        (root / "index.md").write_text("---\ntitle: Help Center\n---\n", encoding="utf-8")
        written = 0
        for c, category in enumerate(CATEGORIES):
            folder = root / category
            folder.mkdir(exist_ok=True)
            (folder / "index.md").write_text(
                f"---\ntitle: {category}\ndescription: {pool[c % len(pool)][:120]!r}\nicon: material/folder-outline\n"
                f"order: {c + 1}\n---\n",
                encoding="utf-8",
            )
            count = per_category if c < len(CATEGORIES) - 1 else articles_per_language - written
            for i in range(count):
                title = f"{rng.choice(pool)[:60]} {i}"
                text = _article(rng, pool, title, i, per_category, category)
                (folder / f"article-{i:05d}.md").write_text(text, encoding="utf-8")
            written += count
    _mark_translations_current(target / "docs")


def _mark_translations_current(docs: Path) -> None:
    """Give every translation the source_hash of its English page, as translators do (scripts/translations.py
    mark-current): a corpus of stale translations would measure a build that fails."""
    source = LANGUAGES[0]
    for path in sorted((docs / source).rglob("*.md")):
        doc_id = path.relative_to(docs / source).as_posix()
        current = source_hash(path.read_text(encoding="utf-8"))
        for language in LANGUAGES[1:]:
            translation = docs / language / doc_id
            if translation.exists():
                text = translation.read_text(encoding="utf-8")
                translation.write_text(with_source_hash(text, current), encoding="utf-8")


def write_config(target: Path, project_config: Path, stock: bool) -> Path:
    """Project config (hooks, overrides, our nav) or stock Material + static-i18n with its full navigation."""
    project = project_config.parent
    # watch paths are relative to the project's mkdocs.yml and only matter to `mkdocs serve`
    config: dict = {"INHERIT": str(project_config), "docs_dir": "docs", "site_dir": "site", "watch": []}
    if stock:
        empty = target / "empty-overrides"
        empty.mkdir(exist_ok=True)
        config |= {"hooks": [], "theme": {"custom_dir": str(empty)}, "extra_css": [], "extra_javascript": []}
    else:
        config |= {
            "hooks": [str(p) for p in project_hooks(project_config)],
            "theme": {"custom_dir": str(project / "overrides")},
            # the project's settings name its files relative to itself, and its critical categories are its own
            "extra": {
                "helpcenter": {
                    "support_channels": str(project / "data" / "support-channels.yml"),
                    "translations": {"critical_categories": []},
                }
            },
        }
    path = target / ("mkdocs-stock.yml" if stock else "mkdocs.yml")
    path.write_text(yaml.safe_dump(config), encoding="utf-8")
    return path


@dataclass
class BuildMeasure:
    seconds: float
    peak_rss_mb: float
    largest_article_kb: float
    largest_article: str
    pages: int
    cpu_seconds: float = 0.0  # user + system time of the whole process tree: shows when the machine was busy


def _tree_rss_kb(pid: int) -> int:
    """Resident memory of a process and all its descendants, from /proc."""
    total, stack = 0, [pid]
    while stack:
        current = stack.pop()
        try:
            status = Path(f"/proc/{current}/status").read_text()
            total += int(next(line.split()[1] for line in status.splitlines() if line.startswith("VmRSS:")))
            for task in Path(f"/proc/{current}/task").iterdir():
                stack += [int(c) for c in (task / "children").read_text().split()]
        except (OSError, StopIteration, ValueError):
            continue
    return total


def measure_build(config: Path, site_dir: Path, build_script: Path, jobs: int, strict: bool = False) -> BuildMeasure:
    """Run the project's build command; sample the RSS of its whole process tree (workers included).

    ``strict``: fail on any warning, as a real publish does (the corpus is a valid site).
    """
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1")
    log = site_dir.with_name(site_dir.name + ".log")
    command = [sys.executable, str(build_script), "--config-file", str(config), "--site-dir", str(site_dir)]
    command += ["--jobs", str(jobs)] + ([] if strict else ["--no-strict"])
    peak = 0
    cpu_before = _children_cpu()
    with log.open("wb") as output:  # a file, not a pipe: a full pipe would block the build
        start = time.perf_counter()
        proc = subprocess.Popen(command, env=env, stdout=output, stderr=output)
        while proc.poll() is None:
            peak = max(peak, _tree_rss_kb(proc.pid))
            time.sleep(0.05)
        seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise RuntimeError(f"build of {config} failed, see {log}:\n{log.read_text()[-3000:]}")
    articles = list(site_dir.rglob("article-*/index.html"))
    largest = max(articles, key=lambda p: p.stat().st_size)
    return BuildMeasure(
        seconds=seconds,
        peak_rss_mb=peak / 1024,
        largest_article_kb=largest.stat().st_size / 1024,
        largest_article=largest.relative_to(site_dir).as_posix(),
        pages=len(articles),
        cpu_seconds=_children_cpu() - cpu_before,
    )


def _children_cpu() -> float:
    # a build's workers are waited for by the build process, so their time is in its children's total too
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime
