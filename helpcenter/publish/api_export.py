"""The in-app help API: static JSON per language for mobile apps, and the JSON Schemas it is published with.

/api/<lang>/index.json              categories and articles
/api/<lang>/articles/<id>.json      one article: sanitized HTML body, headings, related ids
/api/<lang>/announcements.json      listed announcements
/api/schema/<name>.schema.json      JSON Schema (draft 2020-12) of each
"""

from __future__ import annotations

from helpcenter.content.catalog import Article, Catalog
from helpcenter.publish.announcements import Announcement
from helpcenter.publish.sitemap import absolute

SCHEMA_FOLDER = "api/schema/"
TRANSLATION_STATES = ["source", "translated", "stale", "fallback"]


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


_ARTICLE_PROPERTIES = {
    "id": {"type": "string", "pattern": "^[a-z0-9-]+(/[a-z0-9-]+)+$"},
    "title": {"type": "string", "minLength": 1},
    "description": {"type": "string"},
    "url": {"type": "string", "format": "uri"},
    "category": {"type": "string", "minLength": 1},
    "tags": {"type": "array", "items": {"type": "string"}},
    "updated": {"type": ["string", "null"], "format": "date"},
    "translation": {"enum": TRANSLATION_STATES},
    "api": {"type": "string"},
}
_LANGUAGE = {"type": "string", "pattern": "^[a-z]{2}(-[A-Za-z]+)?$"}

SCHEMAS = {
    "index": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Help center index of one language",
        "type": "object",
        "required": ["language", "categories", "articles"],
        "additionalProperties": False,
        "properties": {
            "language": _LANGUAGE,
            "categories": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "title", "description", "url", "articles"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string", "minLength": 1},
                        "title": {"type": "string", "minLength": 1},
                        "description": {"type": "string"},
                        "url": {"type": "string", "format": "uri"},
                        "articles": {"type": "array", "items": {"type": "string"}},
                    },
                },
            },
            "articles": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": list(_ARTICLE_PROPERTIES),
                    "additionalProperties": False,
                    "properties": _ARTICLE_PROPERTIES,
                },
            },
        },
    },
    "article": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "One help center article",
        "type": "object",
        "required": [*_ARTICLE_PROPERTIES, "language", "html", "headings", "related"],
        "additionalProperties": False,
        "properties": {
            **_ARTICLE_PROPERTIES,
            "language": _LANGUAGE,
            "html": {"type": "string", "minLength": 1},
            "headings": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "level", "title"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string"},
                        "level": {"type": "integer", "minimum": 1, "maximum": 6},
                        "title": {"type": "string"},
                    },
                },
            },
            "related": {"type": "array", "items": {"type": "string"}},
        },
    },
    "announcements": {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Listed announcements of one language",
        "type": "object",
        "required": ["language", "announcements"],
        "additionalProperties": False,
        "properties": {
            "language": _LANGUAGE,
            "announcements": {
                "type": "array",
                "items": {
                    "type": "object",
                    "required": ["id", "title", "description", "type", "date", "pinned", "url"],
                    "additionalProperties": False,
                    "properties": {
                        "id": {"type": "string"},
                        "title": {"type": "string", "minLength": 1},
                        "description": {"type": "string"},
                        "type": {"enum": ["maintenance", "listing", "delisting", "security", "promotion"]},
                        "date": {"type": "string", "format": "date"},
                        "pinned": {"type": "boolean"},
                        "url": {"type": "string", "format": "uri"},
                    },
                },
            },
        },
    },
}


def published_schemas(site_url: str) -> dict[str, dict]:
    """The schemas as the site publishes them, each with its own address on this site as ``$id``."""
    return {
        name: {"$id": absolute(site_url, f"{SCHEMA_FOLDER}{name}.schema.json"), **schema}
        for name, schema in SCHEMAS.items()
    }
