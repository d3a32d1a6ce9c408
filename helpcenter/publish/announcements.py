"""Announcements: publication by build date, listing order, pagination and feeds.

A post is published when its `date` has come and it is not a draft; it is listed (listing pages, home page,
feeds, search) until its `expires` date has passed. An expired post keeps its page, with a notice, so links to
it still work. The build date can be fixed with HC_BUILD_DATE for tests and reproducible builds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, fields
from enum import StrEnum

from helpcenter.content import json_schemas
from helpcenter.content.page_meta import date_or_none
from helpcenter.content.schema_check import compile_check
from helpcenter.publish.sitemap import absolute

# the one list of announcement types: front matter's schema (helpcenter/schemas/front-matter.schema.json); the API's
# schema refers to it, and every locale file has a type_<name> label for each
TYPES: tuple[str, ...] = tuple(json_schemas.definition("front-matter", "announcement-type")["enum"])
SETTING = "extra.helpcenter.announcements"
_SETTINGS_SCHEMA = json_schemas.load("announcement-settings")
_SETTINGS_VALID = compile_check(_SETTINGS_SCHEMA)


@dataclass(frozen=True)
class Settings:
    """extra.helpcenter.announcements in mkdocs.yml (helpcenter/schemas/announcement-settings.schema.json)."""

    per_page: int = 10
    on_home: int = 3
    # translated posts say that the English original prevails in case of discrepancy
    precedence_clause: bool = True
    # the adopter's service status page, offered where a listing has nothing to show ("" = none)
    status_url: str = ""

    @classmethod
    def from_config(cls, data: object) -> Settings:
        """The settings, or ValueError naming every setting the schema refuses (all of them at once)."""
        data = {} if data is None else data
        if _SETTINGS_VALID is not None and _SETTINGS_VALID(data):
            return cls(**data)
        messages = []
        for error in json_schemas.validator_class()(_SETTINGS_SCHEMA).iter_errors(data):
            name = ".".join(str(part) for part in error.absolute_path)
            if error.validator == "type" and not name:
                messages.append(f"{SETTING} must be a mapping of settings ({', '.join(f.name for f in fields(cls))})")
            elif error.validator == "additionalProperties":
                unknown = sorted(str(k) for k in data if k not in _SETTINGS_SCHEMA["properties"])
                messages.append(f"{SETTING}: unknown setting(s) {', '.join(unknown)}")
            elif error.schema.get("type") == "boolean":
                messages.append(f"{SETTING}.{name} must be true or false")
            elif error.schema.get("type") == "integer":
                messages.append(f"{SETTING}.{name} must be a whole number of at least {error.schema['minimum']}")
            else:
                messages.append(f"{SETTING}.{name}: {error.message}")
        if messages:
            raise ValueError("; ".join(dict.fromkeys(messages)))
        return cls(**data)


class Publication(StrEnum):
    DRAFT = "draft"
    SCHEDULED = "scheduled"  # date in the future
    LIVE = "live"
    EXPIRED = "expired"


def publication(meta: dict, today: dt.date) -> Publication:
    if meta.get("draft") is True:
        return Publication.DRAFT
    date = date_or_none(meta.get("date"))
    if date is None or date > today:
        return Publication.SCHEDULED
    expires = date_or_none(meta.get("expires"))
    if expires is not None and expires < today:
        return Publication.EXPIRED
    return Publication.LIVE


@dataclass(frozen=True)
class Announcement:
    doc_id: str
    title: str
    description: str
    type: str
    date: dt.date
    url: str
    pinned: bool
    state: Publication
    locale: str
    # the day what the post announces begins (a listing, a maintenance window), when it gives one: `starts:`
    starts: dt.date | None = None
    # the build date is before `starts`: labelled upcoming, and the browser relabels it once the day has come
    upcoming: bool = False

    @property
    def id(self) -> str:
        return self.doc_id.removesuffix(".md")


def announcement_from(doc_id: str, url: str, meta: dict, locale: str, today: dt.date) -> Announcement:
    starts = date_or_none(meta.get("starts"))
    return Announcement(
        doc_id=doc_id,
        title=str(meta.get("title") or doc_id),
        description=str(meta.get("description") or ""),
        type=str(meta.get("type") or ""),
        date=date_or_none(meta.get("date")) or today,
        url=url,
        pinned=meta.get("pinned") is True,
        state=publication(meta, today),
        locale=locale,
        starts=starts,
        upcoming=starts is not None and starts > today,
    )


def start_labels(posts: list[Announcement], strings: dict[str, str], format_date) -> dict[str, dict[str, str]]:
    """Per post with `starts`: its label before that day ("Starts 1 December 2026") and from it on ("Started ...").
    The page shows the one the build date calls for; the browser switches to the other when the day has come."""
    return {
        post.doc_id: {
            "upcoming": strings["announcement_starts"].format(date=format_date(post.starts)),
            "started": strings["announcement_started"].format(date=format_date(post.starts)),
        }
        for post in posts
        if post.starts is not None
    }


def listed(announcements: list[Announcement], type_: str | None = None) -> list[Announcement]:
    """Live posts, pinned first, then newest first (title breaks ties so the order is stable)."""
    live = [a for a in announcements if a.state is Publication.LIVE and (type_ is None or a.type == type_)]
    return sorted(live, key=lambda a: (not a.pinned, -a.date.toordinal(), a.title.casefold()))


def paginate(items: list, per_page: int) -> list[list]:
    if per_page < 1:
        raise ValueError("extra.helpcenter.announcements.per_page must be at least 1")
    return [items[i : i + per_page] for i in range(0, len(items), per_page)] or [[]]


def rfc822(date: dt.date) -> str:
    """RSS dates: midnight UTC of the post's date, in RFC 822 form, independent of the machine's locale."""
    days = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    months = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
    return f"{days[date.weekday()]}, {date.day:02d} {months[date.month - 1]} {date.year} 00:00:00 +0000"


def json_feed(
    title: str, home_url: str, feed_url: str, language: str, items: list[Announcement], site_url: str
) -> dict:
    """JSON Feed 1.1 (https://jsonfeed.org/version/1.1) as a dict, ready for json.dumps."""
    return {
        "version": "https://jsonfeed.org/version/1.1",
        "title": title,
        "home_page_url": home_url,
        "feed_url": feed_url,
        "language": language,
        "items": [
            {
                "id": absolute(site_url, a.url),
                "url": absolute(site_url, a.url),
                "title": a.title,
                "summary": a.description,
                "content_text": a.description,
                "date_published": f"{a.date.isoformat()}T00:00:00Z",
                "tags": [a.type],
            }
            for a in items
        ],
    }
