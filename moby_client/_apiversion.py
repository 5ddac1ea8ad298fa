"""Engine API versions: parsing, ordering and the range this SDK knows."""

from __future__ import annotations

import functools
import re
from typing import Final

__all__ = ["APIVersion", "OLDEST_API_VERSION", "NEWEST_API_VERSION"]

_VERSION_RE: Final = re.compile(r"\s*v?(\d+)\.(\d+)\s*")


@functools.total_ordering
class APIVersion:
    """An Engine API version such as ``1.41``: comparable, hashable, printable.

    ``APIVersion("1.41") < "1.44"`` is true; strings, tuples and other
    ``APIVersion`` objects compare alike. A leading ``v`` and surrounding
    blanks are accepted, as ``DOCKER_API_VERSION`` allows.
    """

    __slots__ = ("major", "minor")

    major: int
    minor: int

    def __init__(self, value: str | APIVersion | tuple[int, int]) -> None:
        if isinstance(value, APIVersion):
            self.major, self.minor = value.major, value.minor
            return
        if isinstance(value, tuple):
            self.major, self.minor = int(value[0]), int(value[1])
            return
        if not isinstance(value, str):
            raise TypeError(f"API version must be a string like '1.41', got {value!r}")
        match = _VERSION_RE.fullmatch(value)
        if match is None:
            raise ValueError(
                f"invalid API version {value!r}: expected MAJOR.MINOR such as '1.41'"
            )
        self.major, self.minor = int(match.group(1)), int(match.group(2))

    @classmethod
    def coerce(cls, value: str | APIVersion | tuple[int, int]) -> APIVersion:
        """Return ``value`` as an :class:`APIVersion`, parsing it if needed."""
        return value if isinstance(value, APIVersion) else cls(value)

    def as_tuple(self) -> tuple[int, int]:
        """The version as ``(major, minor)``."""
        return (self.major, self.minor)

    def __str__(self) -> str:
        return f"{self.major}.{self.minor}"

    def __repr__(self) -> str:
        return f"APIVersion('{self.major}.{self.minor}')"

    def __hash__(self) -> int:
        return hash((self.major, self.minor))

    def _other(self, other: object) -> tuple[int, int] | None:
        if isinstance(other, APIVersion):
            return (other.major, other.minor)
        if isinstance(other, (str, tuple)):
            try:
                return APIVersion(other).as_tuple()
            except (ValueError, TypeError, IndexError):
                return None
        return None

    def __eq__(self, other: object) -> bool:
        theirs = self._other(other)
        if theirs is None:
            return NotImplemented
        return self.as_tuple() == theirs

    def __lt__(self, other: object) -> bool:
        theirs = self._other(other)
        if theirs is None:
            return NotImplemented
        return self.as_tuple() < theirs


OLDEST_API_VERSION: Final = APIVersion("1.25")
"""The oldest Engine API version the SDK's generated bindings cover."""

NEWEST_API_VERSION: Final = APIVersion("1.56")
"""The newest Engine API version the SDK's generated bindings cover."""
