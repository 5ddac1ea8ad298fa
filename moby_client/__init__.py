"""moby_client: a typed sync and async SDK for the Moby (Docker) Engine API."""

from __future__ import annotations

from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION, APIVersion
from ._types import NOT_GIVEN, NotGiven

__version__ = "0.1.0"

__all__ = [
    "APIVersion",
    "NEWEST_API_VERSION",
    "NOT_GIVEN",
    "NotGiven",
    "OLDEST_API_VERSION",
    "__version__",
]
