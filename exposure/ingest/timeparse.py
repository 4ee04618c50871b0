"""Timestamps from exports: Unix seconds (or milliseconds), as UTC, with absurd values rejected.

Dates are kept only between EARLIEST (1971) and a day after now. Fields the exports write in
milliseconds (`timestamp_ms`) say so (`unit="ms"`); every other field is seconds, and a value read
as milliseconds there only when it is at least 10^12 (as seconds, the year 33658; as milliseconds,
after September 2001). A value in between (10^11 to 10^12: year 5138 or later in seconds) is not
guessed to be milliseconds: a year-9999 timestamp in seconds is rejected, never read as 1978.
"""

from __future__ import annotations

import math
from datetime import UTC, datetime, timedelta

EARLIEST = datetime(1971, 1, 1, tzinfo=UTC)  # before this, a photo date is garbage
SURELY_MS = 1e12  # a "seconds" field at least this large holds milliseconds


def plausible(dt: datetime) -> bool:
    """A capture or upload time that can be true: after 1970 and not in the future."""
    return EARLIEST <= dt <= datetime.now(UTC) + timedelta(days=1)


def from_unix(value: object, unit: str = "s") -> tuple[datetime | None, str | None]:
    """(time, problem): seconds (`unit="ms"`: milliseconds) since 1970 as UTC; (None, reason)
    when absurd."""
    if value is None or value == "" or isinstance(value, bool):
        return None, None
    shown = _shown(value)
    try:
        num = float(value.strip() if isinstance(value, str) else value)  # type: ignore[arg-type]
    except (TypeError, ValueError, OverflowError):
        return None, f"timestamp {shown} is not a number"
    if num == 0:
        return None, None  # Facebook writes 0 for "unknown"
    if not math.isfinite(num):
        return None, f"timestamp {shown} is out of range"
    if unit == "ms" or abs(num) >= SURELY_MS:
        num /= 1000.0
    try:
        dt = datetime.fromtimestamp(num, tz=UTC)
    except (OverflowError, OSError, ValueError):
        return None, f"timestamp {shown} is out of range"
    if not plausible(dt):
        return None, f"timestamp {shown} ({dt.year}) is not a plausible date"
    return dt, None


def _shown(value: object) -> str:
    """The value as a note shows it: its repr, cut to 40 characters."""
    if isinstance(value, int) and abs(value) > 10**40:
        return f"<a {value.bit_length()}-bit number>"
    text = repr(value)
    return text if len(text) <= 40 else text[:37] + "..."
