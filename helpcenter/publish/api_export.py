"""The in-app help API: static JSON per language for mobile apps, and the JSON Schemas it is published with.

/api/<lang>/index.json              categories and articles
/api/<lang>/articles/<id>.json      one article: sanitized HTML body, headings, related ids
/api/<lang>/announcements.json      listed announcements
/api/schema/<name>.schema.json      JSON Schema (draft 2020-12) of each: helpcenter/schemas/api-<name>.schema.json
"""

from __future__ import annotations

from helpcenter.content import json_schemas
from helpcenter.content.catalog import Article, Catalog
from helpcenter.publish.announcements import Announcement
from helpcenter.publish.sitemap import absolute

SCHEMA_FOLDER = "api/schema/"


API_DIR = "api"  # the API's folder in the site


def article_id(doc_id: str) -> str:
    return doc_id.removesuffix(".md")


def translation_state(language: str, default: str, article: Article, stale: bool) -> str:
    if language == default:
        return "source"
    if article.locale != language:
        return "fallback"
    return "stale" if stale else "translated"


def index_payload(catalog: Catalog, site_url: str, default: str, stale_ids: set[str]) -> dict:
    return {
        "language": catalog.language,
        "categories": [
            {
                "id": c.category_id,
                "title": c.title,
                "description": c.description,
                "url": absolute(site_url, c.url),
                "articles": [article_id(a.doc_id) for a in c.articles],
            }
            for c in catalog.categories
        ],
        "articles": [
            {
                "id": article_id(a.doc_id),
                "title": a.title,
                "description": a.description,
                "url": absolute(site_url, a.url),
                "category": a.category_id,
                "tags": a.tags,
                "updated": a.updated.isoformat() if a.updated else None,
                "translation": translation_state(catalog.language, default, a, a.doc_id in stale_ids),
                "api": f"articles/{article_id(a.doc_id)}.json",
            }
            for c in catalog.categories
            for a in c.articles
        ],
    }


def article_payload(index_entry: dict, html: str, headings: list[dict], related: list[str], language: str) -> dict:
    return {**index_entry, "language": language, "html": html, "headings": headings, "related": related}


def flatten_toc(toc) -> list[dict]:
    """MkDocs' nested table of contents as a flat list, in reading order."""
    out: list[dict] = []
    for item in toc:
        out.append({"id": item.id, "level": item.level, "title": item.title})
        out.extend(flatten_toc(item.children))
    return out


def announcements_payload(language: str, posts: list[Announcement], site_url: str) -> dict:
    return {
        "language": language,
        "announcements": [
            {
                "id": p.id,
                "title": p.title,
                "description": p.description,
                "type": p.type,
                "date": p.date.isoformat(),
                "pinned": p.pinned,
                "url": absolute(site_url, p.url),
            }
            for p in posts
        ],
    }


# the published schemas are data: helpcenter/schemas/api-<name>.schema.json, references inlined
SCHEMAS: dict[str, dict] = {name: json_schemas.load(f"api-{name}") for name in ("index", "article", "announcements")}


def published_schemas(site_url: str) -> dict[str, dict]:
    """The schemas as the site publishes them, each with its own address on this site as ``$id``."""
    return {
        name: {"$id": absolute(site_url, f"{SCHEMA_FOLDER}{name}.schema.json"), **schema}
        for name, schema in SCHEMAS.items()
    }
