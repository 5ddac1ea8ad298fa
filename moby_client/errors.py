"""Exceptions raised by the SDK.

Everything derives from :class:`MobyError`. Errors the daemon answered with
are :class:`APIError` subclasses, one per meaningful HTTP status, each carrying
the daemon's message, the status, the operation, the method and the URL.
Failures before any answer (no socket, refused, TLS) are
:class:`DaemonUnreachableError`; requests the negotiated API version cannot
serve are refused before they are sent with :class:`UnsupportedByAPIVersion`.
"""

from __future__ import annotations

from typing import ClassVar

from ._apiversion import APIVersion

__all__ = [
    "MobyError",
    "ConfigurationError",
    "InvalidHostError",
    "DaemonUnreachableError",
    "MobyTimeoutError",
    "APIVersionError",
    "APIVersionMismatchError",
    "UnsupportedByAPIVersion",
    "APIError",
    "BadRequestError",
    "UnauthorizedError",
    "ForbiddenError",
    "NotFoundError",
    "ConflictError",
    "PreconditionFailedError",
    "TooManyRequestsError",
    "InternalServerError",
    "NotImplementedByDaemonError",
    "ServiceUnavailableError",
    "InvalidResponseError",
    "StreamError",
    "ProgressError",
    "ContainerError",
    "error_class_for_status",
]


class MobyError(Exception):
    """Base class of every error this SDK raises on purpose."""


class ConfigurationError(MobyError, ValueError):
    """The settings that say how to reach the daemon are malformed: an
    address, a context, TLS files or ``DOCKER_API_VERSION``."""


class InvalidHostError(ConfigurationError):
    """A daemon address (``DOCKER_HOST``, ``base_url``, context) cannot be used."""


class DaemonUnreachableError(MobyError, ConnectionError):
    """No HTTP answer could be had from the daemon (socket, refused, TLS, ssh).

    Attributes:
        host: the daemon address that was tried.
        reason: the likely cause, in words.
    """

    def __init__(self, host: str, reason: str) -> None:
        super().__init__(f"cannot reach the Moby daemon at {host}: {reason}")
        self.host = host
        self.reason = reason


class MobyTimeoutError(MobyError, TimeoutError):
    """A request took longer than its timeout allowed."""


class APIVersionError(MobyError):
    """The client and the daemon do not agree on an API version.

    Attributes:
        client_version: the version the client asked for, if known.
        daemon_version: the daemon's version or limit, if known.
        hint: what to do about it.
    """

    def __init__(
        self,
        message: str,
        *,
        client_version: str | None = None,
        daemon_version: str | None = None,
        hint: str | None = None,
    ) -> None:
        full = f"{message} ({hint})" if hint else message
        super().__init__(full)
        self.message = message
        self.client_version = client_version
        self.daemon_version = daemon_version
        self.hint = hint


class UnsupportedByAPIVersion(APIVersionError):
    """The negotiated API version cannot serve this call; nothing was sent.

    Attributes:
        operation: ``group.method`` of the refused call.
        feature: what needs the newer (or older) version: the operation itself,
            a parameter or a body field.
        since: first API version that has the feature.
        until: last API version that has it, if it was removed.
        negotiated: the version in use.
        pinned: the version in use was fixed by the caller (``api_version=``
            or ``DOCKER_API_VERSION``) rather than negotiated.
    """

    def __init__(
        self,
        *,
        operation: str,
        feature: str,
        since: str,
        until: str | None,
        negotiated: str,
        pinned: bool = False,
    ) -> None:
        if until is not None and APIVersion(negotiated) > until:
            need = f"API {since} to {until}"
        else:
            need = f"API {since} or newer"
        if pinned:
            speaks = f"the client is pinned to API {negotiated}"
            hint = "pin a version in that range, or leave the pin out to negotiate"
        else:
            speaks = f"the daemon speaks API {negotiated}"
            hint = "use a daemon that supports it"
            if not feature.startswith("the operation"):
                hint = "leave it out, or " + hint
        super().__init__(
            f"{operation}: {feature} needs {need}, but {speaks}",
            client_version=negotiated,
            daemon_version=None if pinned else negotiated,
            hint=hint,
        )
        self.pinned = pinned
        self.operation = operation
        self.feature = feature
        self.since = since
        self.until = until
        self.negotiated = negotiated


class APIError(MobyError):
    """The daemon answered with an error status.

    Attributes:
        status_code: the HTTP status.
        message: the daemon's message (from a JSON ``message``, plain text, or
            a description of an empty body).
        operation: ``group.method`` of the call, if known.
        method: HTTP method.
        url: the request URL (no credentials are ever part of it).
    """

    status: ClassVar[int | None] = None

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        operation: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        where = f"{method} {url}" if method and url else ""
        label = f"{operation} " if operation else ""
        prefix = f"{label}({where}) " if where else label
        super().__init__(f"{prefix}{status_code}: {message}".strip())
        self.message = message
        self.status_code = status_code
        self.operation = operation
        self.method = method
        self.url = url


class BadRequestError(APIError):
    """400: the daemon rejected the request's parameters."""

    status = 400


class UnauthorizedError(APIError):
    """401: credentials are missing or wrong."""

    status = 401


class ForbiddenError(APIError):
    """403: the operation is not allowed (for example on a swarm object)."""

    status = 403


class NotFoundError(APIError):
    """404: no such container, image, network, volume or other object."""

    status = 404


class ConflictError(APIError):
    """409: a name is taken, or the object is in a state that forbids this."""

    status = 409


class PreconditionFailedError(APIError):
    """412: a precondition of the daemon failed."""

    status = 412


class TooManyRequestsError(APIError):
    """429: a registry or the daemon asked to slow down."""

    status = 429


class InternalServerError(APIError):
    """500: the daemon failed while serving the request."""

    status = 500


class NotImplementedByDaemonError(APIError):
    """501: the daemon does not implement this (for example on its platform)."""

    status = 501


class ServiceUnavailableError(APIError):
    """503: the daemon cannot serve this now (for example: not a swarm manager)."""

    status = 503


class APIVersionMismatchError(BadRequestError, APIVersionError):
    """400: the daemon refused the request's API version as too old or too new.

    Both a :class:`BadRequestError` and an :class:`APIVersionError`.

    Attributes:
        client_version: the version the request used.
        daemon_version: the daemon's minimum (too old) or maximum (too new).
        hint: what to do about it.
    """

    def __init__(
        self,
        message: str,
        *,
        status_code: int,
        client_version: str,
        daemon_version: str,
        hint: str,
        operation: str | None = None,
        method: str | None = None,
        url: str | None = None,
    ) -> None:
        APIError.__init__(
            self,
            f"{message} ({hint})",
            status_code=status_code,
            operation=operation,
            method=method,
            url=url,
        )
        self.message = message
        self.client_version = client_version
        self.daemon_version = daemon_version
        self.hint = hint


_BY_STATUS: dict[int, type[APIError]] = {
    cls.status: cls
    for cls in (
        BadRequestError,
        UnauthorizedError,
        ForbiddenError,
        NotFoundError,
        ConflictError,
        PreconditionFailedError,
        TooManyRequestsError,
        InternalServerError,
        NotImplementedByDaemonError,
        ServiceUnavailableError,
    )
    if cls.status is not None
}


def error_class_for_status(status_code: int) -> type[APIError]:
    """The :class:`APIError` subclass for an HTTP status (``APIError`` if none)."""
    return _BY_STATUS.get(status_code, APIError)


class InvalidResponseError(MobyError, ValueError):
    """The daemon answered with success, but its body cannot be read as the
    operation's result (malformed or truncated JSON, or another shape).

    Attributes:
        operation: ``group.method`` of the call.
        status_code: the HTTP status of the answer.
        reason: what was wrong, without the body's content.
    """

    def __init__(self, operation: str, status_code: int, reason: str) -> None:
        super().__init__(
            f"{operation}: the daemon's {status_code} answer cannot be read: {reason}"
        )
        self.operation = operation
        self.status_code = status_code
        self.reason = reason


class StreamError(MobyError):
    """The daemon reported an error inside a stream (stdcopy stream 3, or a
    malformed frame or document)."""


class ProgressError(StreamError):
    """A pull, push, build, load or import progress stream carried an error.

    Attributes:
        message: the daemon's error text.
        detail: the ``errorDetail`` object, if any.
    """

    def __init__(self, message: str, detail: dict[str, object] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.detail = detail or {}


class ContainerError(MobyError):
    """A container run by ``containers.run`` exited with a non-zero code.

    Attributes:
        container_id: the container's ID.
        exit_code: its exit code.
        stdout: what it wrote to stdout.
        stderr: what it wrote to stderr.
    """

    def __init__(
        self, container_id: str, exit_code: int, stdout: bytes, stderr: bytes
    ) -> None:
        tail = stderr.decode("utf-8", "replace").strip()[-500:]
        super().__init__(
            f"container {container_id[:12]} exited with code {exit_code}"
            + (f": {tail}" if tail else "")
        )
        self.container_id = container_id
        self.exit_code = exit_code
        self.stdout = stdout
        self.stderr = stderr
