"""Small shared types: the "not given" sentinel and request options.

The Engine treats a missing field and an explicit ``null`` differently (for
example ``HostConfig.Memory`` absent keeps the current limit on update, while
``0`` removes it). Every optional argument of the SDK therefore defaults to
:data:`NOT_GIVEN`, and only arguments the caller actually passed are sent.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, Final, Literal

from typing_extensions import TypedDict

if TYPE_CHECKING:
    from ._config import Timeout

__all__ = ["NOT_GIVEN", "NotGiven", "RequestOptions", "with_default_header"]


class NotGiven:
    """The type of :data:`NOT_GIVEN`, the marker for an argument left out."""

    _instance: NotGiven | None = None

    def __new__(cls) -> NotGiven:
        if cls._instance is None:
            cls._instance = super().__new__(cls)
        return cls._instance

    def __bool__(self) -> Literal[False]:
        return False

    def __repr__(self) -> str:
        return "NOT_GIVEN"

    def __reduce__(self) -> str:
        return "NOT_GIVEN"


NOT_GIVEN: Final = NotGiven()


class RequestOptions(TypedDict, total=False):
    """Per-call settings every operation method accepts as ``options=``.

    Attributes:
        timeout: seconds (every limit alike), a ``Timeout``, or ``None`` for
            no limit; replaces the client's timeouts for this call, streams
            included.
        extra_headers: headers added to the request (they win over the
            method's own).
        extra_query: query parameters added to the request.
    """

    timeout: float | Timeout | None
    extra_headers: Mapping[str, str]
    extra_query: Mapping[str, Any]


def with_default_header(
    options: RequestOptions | None, name: str, value: str
) -> RequestOptions:
    """``options`` with the header ``name: value`` added to ``extra_headers``,
    unless the caller's ``extra_headers`` already name it (in any case)."""
    merged: RequestOptions = dict(options or {})  # type: ignore[assignment]
    extra = dict(merged.get("extra_headers") or {})
    if not any(given.lower() == name.lower() for given in extra):
        extra[name] = value
    merged["extra_headers"] = extra
    return merged
