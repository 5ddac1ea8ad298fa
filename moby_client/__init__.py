"""moby_client: a typed sync and async SDK for the Moby (Docker) Engine API.

``import moby_client`` is cheap: the clients, the transport (httpcore) and the
operation table load when first used.
"""

from __future__ import annotations

import importlib
import logging
from typing import TYPE_CHECKING, Any

from ._apiversion import NEWEST_API_VERSION, OLDEST_API_VERSION, APIVersion
from ._types import NOT_GIVEN, NotGiven, RequestOptions
from .errors import (
    APIError,
    APIVersionError,
    APIVersionMismatchError,
    BadRequestError,
    ConflictError,
    ContainerError,
    DaemonUnreachableError,
    ForbiddenError,
    InternalServerError,
    InvalidHostError,
    MobyError,
    MobyTimeoutError,
    NotFoundError,
    NotImplementedByDaemonError,
    PreconditionFailedError,
    ProgressError,
    ServiceUnavailableError,
    StreamError,
    TooManyRequestsError,
    UnauthorizedError,
    UnsupportedByAPIVersion,
)

if TYPE_CHECKING:
    from ._async.client import AsyncMobyClient
    from ._config import DEFAULT_MAX_RETRIES, DEFAULT_TIMEOUT, Timeout, TLSConfig
    from ._generated.operations import OPERATIONS
    from ._negotiation import DaemonInfo
    from ._sync.client import MobyClient

__version__ = "0.1.0"

logging.getLogger("moby_client").addHandler(logging.NullHandler())

_LAZY: dict[str, str] = {
    "MobyClient": "._sync.client",
    "AsyncMobyClient": "._async.client",
    "Timeout": "._config",
    "TLSConfig": "._config",
    "DEFAULT_TIMEOUT": "._config",
    "DEFAULT_MAX_RETRIES": "._config",
    "DaemonInfo": "._negotiation",
    "OPERATIONS": "._generated.operations",
}


def __getattr__(name: str) -> Any:
    module_name = _LAZY.get(name)
    if module_name is None:
        raise AttributeError(f"module 'moby_client' has no attribute {name!r}")
    value = getattr(importlib.import_module(module_name, __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY))


__all__ = [
    "APIError",
    "APIVersion",
    "APIVersionError",
    "APIVersionMismatchError",
    "AsyncMobyClient",
    "BadRequestError",
    "ConflictError",
    "ContainerError",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DaemonInfo",
    "DaemonUnreachableError",
    "ForbiddenError",
    "InternalServerError",
    "InvalidHostError",
    "MobyClient",
    "MobyError",
    "MobyTimeoutError",
    "NEWEST_API_VERSION",
    "NOT_GIVEN",
    "NotFoundError",
    "NotGiven",
    "NotImplementedByDaemonError",
    "OLDEST_API_VERSION",
    "OPERATIONS",
    "PreconditionFailedError",
    "ProgressError",
    "RequestOptions",
    "ServiceUnavailableError",
    "StreamError",
    "TLSConfig",
    "Timeout",
    "TooManyRequestsError",
    "UnauthorizedError",
    "UnsupportedByAPIVersion",
    "__version__",
]
