"""Timestamps from exports: Unix seconds (or milliseconds), as UTC, with absurd values rejected."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

EARLIEST = datetime(1971, 1, 1, tzinfo=UTC)  # before this, a photo date is garbage


def plausible(dt: datetime) -> bool:
    """A capture or upload time that can be true: after 1970 and not in the future."""
    return EARLIEST <= dt <= datetime.now(UTC) + timedelta(days=1)


def from_unix(value: object) -> tuple[datetime | None, str | None]:
    """(time, problem): seconds or milliseconds since 1970 as UTC; (None, reason) when absurd."""
    if value is None or value == "" or isinstance(value, bool):
        return None, None
    try:
        num = float(value)  # Google writes strings of seconds
    except (TypeError, ValueError):
        return None, f"timestamp {value!r} is not a number"
    if num == 0:
        return None, None  # Facebook writes 0 for "unknown"
    if abs(num) > 1e11:  # milliseconds (Messenger timestamp_ms)
        num /= 1000.0
    try:
        dt = datetime.fromtimestamp(num, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None, f"timestamp {value!r} is out of range"
    if not plausible(dt):
        return None, f"timestamp {value!r} ({dt.year}) is not a plausible date"
    return dt, None
