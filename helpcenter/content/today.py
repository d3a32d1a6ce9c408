"""The day a build publishes for: announcements go live by it, future dates are checked against it."""

from __future__ import annotations

import datetime as dt
import os

BUILD_DATE_ENV = "HC_BUILD_DATE"


def build_date(environ: dict | None = None) -> dt.date:
    """HC_BUILD_DATE (YYYY-MM-DD) when set, else today in UTC."""
    value = (environ if environ is not None else os.environ).get(BUILD_DATE_ENV, "").strip()
    if value:
        try:
            return dt.date.fromisoformat(value)
        except ValueError as exc:
            raise ValueError(f"{BUILD_DATE_ENV}={value!r} is not a date; use YYYY-MM-DD") from exc
    return dt.datetime.now(dt.UTC).date()
