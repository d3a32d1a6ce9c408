"""Reading Lighthouse JSON reports into the four category scores the quality goals are set in."""

from __future__ import annotations

CATEGORIES = ("performance", "accessibility", "best-practices", "seo")


def scores(report: dict) -> dict[str, int | None]:
    """Category -> score 0–100 (None when Lighthouse could not score it, e.g. a page error)."""
    categories = report.get("categories", {})
    out: dict[str, int | None] = {}
    for name in CATEGORIES:
        score = categories.get(name, {}).get("score")
        out[name] = None if score is None else round(score * 100)
    return out


def failed_audits(report: dict, category: str, limit: int = 5) -> list[str]:
    """The audits that cost points in a category, worst first: what to fix next."""
    audits = report.get("audits", {})
    refs = report.get("categories", {}).get(category, {}).get("auditRefs", [])
    lost = [
        (ref.get("weight", 0) * (1 - (audits[ref["id"]].get("score") or 0)), audits[ref["id"]].get("title", ref["id"]))
        for ref in refs
        if ref["id"] in audits and audits[ref["id"]].get("score") not in (None, 1) and ref.get("weight", 0) > 0
    ]
    return [title for _, title in sorted(lost, reverse=True)[:limit]]
