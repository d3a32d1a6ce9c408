"""What the contact and verify pages show, built from the validated channels file: plain dataclasses for Jinja.

Hours are given twice: as text in the channel's own zone (the page without JavaScript) and as a small JSON
schedule that the browser converts to the reader's zone with Intl (overrides/assets/javascripts/support/hours.js).
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field

import yaml
from babel.dates import format_date, format_time, get_day_names
from babel.lists import format_list

from helpcenter.content.languages import direction
from helpcenter.content.strings import babel_locale
from helpcenter.publish.support.schema import WEEKDAYS

FEEDBACK_REASONS = ("unclear", "outdated", "missing", "other")


def load_channels(text: str) -> dict:
    """The channels file as plain data; call only after ``schema.validate`` found nothing."""
    return yaml.safe_load(text)


@dataclass
class ChannelView:
    id: str
    kind: str
    name: str
    response: str
    href: str
    # True when href is a page of this site (the help-center channel), to be made relative with Jinja's `url`
    local: bool
    link_label: str
    contact_text: str
    always_open: bool
    time_zone: str
    hours_lines: list[str]
    closed_dates: str
    schedule_json: str
    regions: str
    region_codes: list[str]
    languages: str
    eligibility: str
    min_vip_tier: int
    prepare: list[str]
    note: str = ""


@dataclass
class SocialView:
    network: str
    handle: str
    url: str
    note: str


@dataclass
class TopicView:
    id: str
    name: str
    prepare: list[str]


@dataclass
class UrgencyView:
    id: str
    label: str
    freeze_first: bool
    channel: ChannelView
    vip_channel: ChannelView


@dataclass
class SupportContext:
    language: str  # the language of the channel texts: the page's, or the default one the file falls back to
    channels: list[ChannelView]
    phone_lines: list[ChannelView]
    social: list[SocialView]
    emails: list[str]
    domains: list[str]
    phones: list[str]
    topics: list[TopicView]
    urgencies: list[UrgencyView]
    topic_fallback: str
    freeze_url: str
    verify_url: str
    contact_url: str
    # the official list and the reader-visible strings the browser scripts need, as JSON for data- attributes
    # urgency id -> {regular: channel id, vip: channel id, freeze: bool}, for the chooser script
    routes_json: str = ""
    official_json: str = ""
    strings_json: str = ""
    feedback_reasons: list[str] = field(default_factory=lambda: list(FEEDBACK_REASONS))

    @property
    def direction(self) -> str:
        return direction(self.language)


def _day_ranges(days: list[str], language: str) -> str:
    """mon..fri -> 'Mon–Fri' in the reader's language; non-consecutive days are listed."""
    names = get_day_names("abbreviated", locale=babel_locale(language))
    indexes = sorted(WEEKDAYS.index(d) for d in days)
    runs: list[list[int]] = []
    for i in indexes:
        if runs and i == runs[-1][-1] + 1:
            runs[-1].append(i)
        else:
            runs.append([i])
    parts = [names[r[0]] if len(r) == 1 else f"{names[r[0]]}–{names[r[-1]]}" for r in runs]
    return format_list(parts, locale=babel_locale(language))


def _clock(text: str, language: str) -> str:
    """'18:00' as the language's clock shows it (en 6:00 PM, ja 18:00), as the browser's Intl does."""
    hour, minute = (int(part) for part in text.split(":"))
    return format_time(dt.time(hour % 24, minute), format="short", locale=babel_locale(language))


def _hours_lines(hours: dict, language: str) -> list[str]:
    return [
        f"{_day_ranges(rule['days'], language)} {_clock(rule['open'], language)} – {_clock(rule['close'], language)}"
        for rule in hours.get("weekly", [])
    ]


def _closed_dates(hours: dict, language: str) -> str:
    dates = [d if isinstance(d, dt.date) else dt.date.fromisoformat(str(d)) for d in hours.get("closed_dates", [])]
    locale = babel_locale(language)
    return format_list([format_date(d, format="medium", locale=locale) for d in sorted(dates)], locale=locale)


def schedule_json(hours: dict) -> str:
    if hours.get("always"):
        return json.dumps({"always": True})
    return json.dumps(
        {
            "zone": hours["time_zone"],
            "weekly": [
                {"days": [WEEKDAYS.index(d) + 1 for d in rule["days"]], "open": rule["open"], "close": rule["close"]}
                for rule in hours["weekly"]
            ],
            "closed": [str(d) for d in hours.get("closed_dates", [])],
        },
        separators=(",", ":"),
    )


def _regions(codes: list[str], language: str, strings: dict[str, str]) -> str:
    locale = babel_locale(language)
    names = [strings["support_region_global"] if c == "global" else locale.territories.get(c, c) for c in codes]
    return format_list(names, locale=locale)


def _languages(codes: list[str], language: str) -> str:
    locale = babel_locale(language)
    return format_list([locale.languages.get(c, c) for c in codes], locale=locale)


def channel_view(channel: dict, data: dict, language: str, strings: dict[str, str], home_url: str) -> ChannelView:
    hours = channel["hours"]
    kind = channel["kind"]
    tier = channel["min_vip_tier"]
    if kind == "faq":
        href, local, contact_text = home_url, True, ""
    elif "url" in channel:
        href, local, contact_text = channel["url"], False, channel["url"].removeprefix("https://").rstrip("/")
    elif "email" in channel:
        href, local, contact_text = f"mailto:{channel['email']}", False, channel["email"]
    else:
        href, local, contact_text = "tel:" + channel["phone"].replace(" ", ""), False, channel["phone"]
    label = channel.get("label", {}).get(language, "") or contact_text
    return ChannelView(
        id=channel["id"],
        kind=kind,
        name=channel["name"][language],
        response=channel["response"][language],
        href=href,
        local=local,
        link_label=label,
        contact_text=contact_text,
        always_open=bool(hours.get("always")),
        time_zone=hours.get("time_zone", ""),
        hours_lines=_hours_lines(hours, language),
        closed_dates=_closed_dates(hours, language),
        schedule_json=schedule_json(hours),
        regions=_regions(channel["regions"], language, strings),
        region_codes=list(channel["regions"]),
        languages=_languages(channel["languages"], language),
        eligibility=strings["support_for_everyone"] if tier == 0 else strings["support_for_vip"].format(tier=tier),
        min_vip_tier=tier,
        prepare=[data["prepare_items"][item][language] for item in channel["prepare"]],
        note=channel.get("note", {}).get(language, ""),
    )


def official_list(data: dict) -> dict:
    """What the verifier compares against, for the browser."""
    official = data["official"]
    return {
        "brand": official["brand"],
        "domains": official["domains"],
        "emails": official["emails"],
        "phones": official["phones"],
        "social": [{"network": s["network"], "handle": s["handle"], "url": s["url"]} for s in official["social"]],
    }


def script_strings(strings: dict[str, str]) -> dict[str, str]:
    """The UI strings the browser scripts format themselves (status, verifier verdicts and reasons)."""
    prefixes = ("support_status_", "verify_", "support_your_time")
    return {k: v for k, v in strings.items() if k.startswith(prefixes)}


def build_support_context(
    data: dict,
    language: str,
    strings: dict[str, str],
    *,
    home_url: str = "",
    freeze_url: str = "",
    verify_url: str = "",
    contact_url: str = "",
) -> SupportContext:
    channels = [channel_view(c, data, language, strings, home_url) for c in data["channels"]]
    by_id = {c.id: c for c in channels}
    official = data["official"]
    return SupportContext(
        language=language,
        channels=channels,
        phone_lines=[c for c in channels if c.kind == "phone"],
        social=[
            SocialView(s["network"], s["handle"], s["url"], s.get("note", {}).get(language, ""))
            for s in official["social"]
        ],
        emails=list(official["emails"]),
        domains=list(official["domains"]),
        phones=list(official["phones"]),
        topics=[
            TopicView(t["id"], t["name"][language], [data["prepare_items"][i][language] for i in t["prepare"]])
            for t in data["topics"]
        ],
        urgencies=[
            UrgencyView(u["id"], u["label"][language], u["freeze_first"], by_id[u["channel"]], by_id[u["vip_channel"]])
            for u in data["chooser"]["urgencies"]
        ],
        topic_fallback=data["chooser"]["topic_fallback"],
        freeze_url=freeze_url,
        verify_url=verify_url,
        contact_url=contact_url,
        routes_json=json.dumps(
            {
                u["id"]: {"regular": u["channel"], "vip": u["vip_channel"], "freeze": u["freeze_first"]}
                for u in data["chooser"]["urgencies"]
            },
            separators=(",", ":"),
        ),
        official_json=json.dumps(official_list(data), ensure_ascii=False, separators=(",", ":")),
        strings_json=json.dumps(script_strings(strings), ensure_ascii=False, separators=(",", ":"), sort_keys=True),
    )
