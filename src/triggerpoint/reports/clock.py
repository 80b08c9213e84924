"""The person's local time zone, so days in reports are the days they lived, not UTC days.

The journal stores UTC; every figure is per local calendar day (docs/analytics.md), so reports
and the command line convert with a real zone (daylight saving included) when one is known.
"""

from __future__ import annotations

import os
from datetime import datetime, tzinfo
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from triggerpoint.errors import InputError

__all__ = ["local_zone", "parse_moment", "zone_name"]

_LOCALTIME = Path("/etc/localtime")
#: No IANA zone name is longer (the longest, America/Argentina/ComodRivadavia, has 32).
MAX_ZONE_NAME = 64


def local_zone(name: str | None = None) -> tzinfo:
    """The zone called ``name`` (e.g. Europe/London), else the computer's own zone."""
    if name:
        from triggerpoint.inputs import shown

        wanted = name.strip()
        try:
            if len(wanted) > MAX_ZONE_NAME:
                raise ValueError(wanted)
            return ZoneInfo(wanted)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            # OSError: a folder of the zone database (America), a name too long for a file
            raise InputError(
                f"Unknown time zone {shown(name)}; use a name like Europe/London or "
                "America/New_York."
            ) from None
    return _system_zone()


def zone_name(zone: tzinfo) -> str:
    """A zone's name for people: Europe/London, or the offset when no name is known."""
    return str(getattr(zone, "key", None) or datetime.now(zone).strftime("UTC%z"))


def parse_moment(text: str, zone: tzinfo) -> datetime:
    """An ISO date-time; one without an offset is taken as local time in ``zone``."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise InputError(
            f"Cannot read the time '{text}'; write it like 2026-11-20T08:00 "
            "(optionally with an offset, e.g. 2026-11-20T08:00+01:00)."
        ) from None
    if moment.tzinfo is None or moment.utcoffset() is None:
        moment = moment.replace(tzinfo=zone)
    return moment


def _system_zone() -> tzinfo:
    """TZ, then /etc/localtime's zone name, then the current fixed offset as a last resort."""
    for candidate in (os.environ.get("TZ", "").lstrip(":"), _localtime_name()):
        if candidate:
            try:
                return ZoneInfo(candidate)
            except (ZoneInfoNotFoundError, ValueError, OSError):
                continue
    fallback = datetime.now().astimezone().tzinfo
    assert fallback is not None  # astimezone() always attaches a zone
    return fallback


def _localtime_name() -> str:
    """The IANA name /etc/localtime points at (Linux, macOS), or '' when it cannot be told."""
    try:
        target = str(_LOCALTIME.resolve(strict=True))
    except OSError:
        return ""
    _, found, name = target.partition("zoneinfo/")
    return name if found else ""
