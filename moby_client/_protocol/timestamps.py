"""RFC 3339 times as the daemon writes them, with up to nine fraction digits.

Python's :class:`~datetime.datetime` keeps microseconds, so digits past the
sixth are dropped (truncated, not rounded).
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone
from typing import Final

__all__ = ["parse_rfc3339", "split_timestamp_prefix"]

_RFC3339: Final = re.compile(
    r"(\d{4})-(\d\d)-(\d\d)[Tt ](\d\d):(\d\d):(\d\d)(?:\.(\d+))?"
    r"(?:([Zz])|([+-])(\d\d):(\d\d))"
)
MAX_TIMESTAMP_PREFIX: Final = 40
"""Longest ``2006-01-02T15:04:05.999999999+07:00`` prefix plus its space."""


def parse_rfc3339(text: str) -> datetime | None:
    """Parse an RFC 3339 time; ``None`` if ``text`` is not one."""
    match = _RFC3339.fullmatch(text.strip())
    if match is None:
        return None
    year, month, day, hour, minute, second = (int(g) for g in match.groups()[:6])
    fraction = match.group(7) or ""
    micro = int((fraction + "000000")[:6])
    if match.group(8):
        zone = timezone.utc
    else:
        offset = timedelta(hours=int(match.group(10)), minutes=int(match.group(11)))
        zone = timezone(-offset if match.group(9) == "-" else offset)
    try:
        return datetime(year, month, day, hour, minute, second, micro, tzinfo=zone)
    except ValueError:
        return None


def split_timestamp_prefix(data: bytes) -> tuple[datetime | None, bytes]:
    """Split ``b"<RFC 3339 time> rest"`` into the time and the rest.

    Data without a valid time before its first space comes back unchanged,
    with ``None``.
    """
    space = data.find(b" ", 0, MAX_TIMESTAMP_PREFIX + 1)
    if space < 0:
        return None, data
    stamp = parse_rfc3339(data[:space].decode("ascii", "replace"))
    if stamp is None:
        return None, data
    return stamp, data[space + 1 :]
