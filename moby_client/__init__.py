"""moby_client: a typed sync and async SDK for the Moby (Docker) Engine API.

``import moby_client`` is cheap: the clients, the streams, the transport (httpcore)
and the operation table load when first used.
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
    ConfigurationError,
    ConflictError,
    ContainerError,
    DaemonUnreachableError,
    ForbiddenError,
    InternalServerError,
    InvalidHostError,
    InvalidResponseError,
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
    from ._protocol.archive import PathStat
    from ._protocol.auth import AuthConfig, encode_registry_auth
    from ._results import ContainerRunResult, ExecResult, Frame
    from ._sync.client import MobyClient
    from .streams import (
        AsyncByteStream,
        AsyncFrameStream,
        AsyncHijackedSession,
        AsyncJSONStream,
        ByteStream,
        FrameStream,
        HijackedSession,
        JSONStream,
    )

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
    "Frame": "._results",
    "ExecResult": "._results",
    "ContainerRunResult": "._results",
    "PathStat": "._protocol.archive",
    "AuthConfig": "._protocol.auth",
    "encode_registry_auth": "._protocol.auth",
    "AsyncByteStream": "._async.streams",
    "AsyncFrameStream": "._async.streams",
    "AsyncHijackedSession": "._async.streams",
    "AsyncJSONStream": "._async.streams",
    "ByteStream": "._sync.streams",
    "FrameStream": "._sync.streams",
    "HijackedSession": "._sync.streams",
    "JSONStream": "._sync.streams",
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
    "AsyncByteStream",
    "AsyncFrameStream",
    "AsyncHijackedSession",
    "AsyncJSONStream",
    "AsyncMobyClient",
    "AuthConfig",
    "BadRequestError",
    "ByteStream",
    "ConflictError",
    "ContainerError",
    "ContainerRunResult",
    "DEFAULT_MAX_RETRIES",
    "DEFAULT_TIMEOUT",
    "DaemonInfo",
    "DaemonUnreachableError",
    "ExecResult",
    "ForbiddenError",
    "Frame",
    "FrameStream",
    "HijackedSession",
    "InternalServerError",
    "InvalidHostError",
    "ConfigurationError",
    "InvalidResponseError",
    "JSONStream",
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
    "PathStat",
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
    "encode_registry_auth",
    "__version__",
]
