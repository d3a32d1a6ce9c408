"""External links of the content: where each URL is used, and which need checking again given a cache.

The network part lives in scripts/check_external_links.py (a scheduled job, never a PR build: third-party hosts
are slow, rate-limit and fail on their own, which must not block a writer's change).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import urldefrag, urlsplit

from helpcenter.content.findings import Finding
from helpcenter.content.validation.checks import ContentChecker
from helpcenter.content.validation.source import Locator

CACHE_VERSION = 1


@dataclass(frozen=True)
class Use:
    path: str
    line: int
    col: int


def external_urls(checker: ContentChecker, files: list[tuple[str, str]]) -> dict[str, list[Use]]:
    """http(s) URL (without fragment) -> where the content links to it or shows an image from it."""
    uses: dict[str, list[Use]] = {}
    for language, doc_id in files:
        page = checker.page(language, doc_id)
        if page.rendered is None:
            continue
        locator = Locator(checker.sources.texts[(language, doc_id)], page.front.body_line)
        targets = [link.href for link in page.rendered.links] + [image.src for image in page.rendered.images]
        for target in targets:
            target = target.strip()
            if urlsplit(target).scheme not in ("http", "https"):
                continue
            line, col = locator.find(target)
            uses.setdefault(urldefrag(target).url, []).append(Use(page.path, line, col))
    return uses


def due(urls: list[str], cache: dict, now: float, max_age_seconds: float) -> list[str]:
    """URLs never checked, or last checked longer ago than ``max_age_seconds`` (failures are always rechecked)."""
    entries = cache.get("urls", {}) if cache.get("version") == CACHE_VERSION else {}
    return [
        url
        for url in urls
        if url not in entries or not entries[url].get("ok") or now - entries[url].get("checked", 0) > max_age_seconds
    ]


def record(cache: dict, url: str, ok: bool, status: str, now: float) -> dict:
    if cache.get("version") != CACHE_VERSION:
        cache.clear()
        cache.update({"version": CACHE_VERSION, "urls": {}})
    cache["urls"][url] = {"ok": ok, "status": status, "checked": now}
    return cache


def findings_for(uses: dict[str, list[Use]], cache: dict) -> list[Finding]:
    entries = cache.get("urls", {})
    out = []
    for url, places in sorted(uses.items()):
        entry = entries.get(url)
        if entry is None or entry.get("ok"):
            continue
        for use in places:
            out.append(
                Finding(
                    use.path,
                    use.line,
                    use.col,
                    "HC223",
                    f"external link {url} does not work ({entry.get('status', 'no answer')})",
                    "update the URL or remove the link",
                )
            )
    return out
