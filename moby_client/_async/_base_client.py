# Async source: moby_client/_sync/_base_client.py is derived from it.
"""The client core: one ``request()`` that every operation goes through.

It negotiates the API version (once, on the first request), refuses calls the
version cannot serve before sending anything, builds the request with plain
string operations, sends it on an httpcore connection pool, retries GET and
HEAD requests that could not connect, and turns the response into the result
of the operation's response kind or into an error.
"""

from __future__ import annotations

import json
import logging
import re
import sys
import time
from collections.abc import (
    AsyncIterable,
    AsyncIterator,
    Callable,
    Mapping,
    Sequence,
)
from typing import TYPE_CHECKING, Any, Final, TypeVar, get_origin

import httpcore

from .. import __version__
from .._apiversion import OLDEST_API_VERSION, APIVersion
from .._backends import AsyncCompat
from .._config import (
    DEFAULT_MAX_RETRIES,
    DEFAULT_RETRY_BACKOFF,
    DEFAULT_TIMEOUT,
    Timeout,
    TLSConfig,
)
from .._negotiation import (
    DaemonInfo,
    check_supported,
    choose_api_version,
    daemon_info_from_headers,
)
from .._protocol.hosts import DaemonHost, parse_host
from .._protocol.request import (
    MAX_ERROR_BODY,
    encode_query,
    error_message,
    expand_path,
    parse_version_mismatch,
)
from .._spec import OperationSpec
from .._types import NOT_GIVEN, NotGiven, RequestOptions
from ..errors import (
    APIVersionError,
    APIVersionMismatchError,
    DaemonUnreachableError,
    InvalidResponseError,
    MobyError,
    MobyTimeoutError,
    StreamError,
    error_class_for_status,
)
from ._closing import AsyncClosable
from ._transport import DEFAULT_MAX_CONNECTIONS, open_pool, origin_of, unreachable_error

if TYPE_CHECKING:
    from .._model import MobyModel

__all__ = ["AsyncBaseClient", "DEFAULT_USER_AGENT"]

log: Final = logging.getLogger("moby_client")

DEFAULT_USER_AGENT: Final = (
    f"moby-client/{__version__} python/{sys.version_info[0]}.{sys.version_info[1]}"
)
"""The ``User-Agent`` sent unless the client is given another."""

MULTIPLEXED_STREAM: Final = "application/vnd.docker.multiplexed-stream"
RAW_STREAM: Final = "application/vnd.docker.raw-stream"
OUTPUT_CONTENT_TYPE_SINCE: Final = (1, 42)
"""First API version whose output streams say in their Content-Type whether
they are multiplexed."""
_STREAM_KINDS: Final = frozenset({"json_stream", "frames", "binary", "upgrade"})
_UNLIMITED_READ_OPERATIONS: Final = frozenset({"ContainerWait"})
_RETRIED_METHODS: Final = frozenset({"GET", "HEAD"})
_CONNECT_FAILURES: Final = (httpcore.ConnectError, httpcore.ConnectTimeout)
# Failures before any response header arrived: no connection, or a pooled
# connection the daemon had closed (a restart). GET and HEAD are retried.
_RETRIED_FAILURES: Final = (
    *_CONNECT_FAILURES,
    httpcore.RemoteProtocolError,
    httpcore.ReadError,
    httpcore.WriteError,
)
# Every failure httpcore raises for a request or a body read.
_TRANSPORT_FAILURES: Final = (
    httpcore.TimeoutException,
    httpcore.NetworkError,
    httpcore.ProtocolError,
)
_CHUNK_SIZE: Final = 64 * 1024
_REQUEST_OPTIONS: Final = frozenset(RequestOptions.__annotations__)
_HEADER_NAME_RE: Final = re.compile(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+")

M = TypeVar("M", bound="MobyModel")

_JSON_PARSERS: dict[Any, Callable[[bytes], Any]] = {None: json.loads}


def _list_or_null(parse: Callable[[bytes], Any]) -> Callable[[bytes], Any]:
    """``parse``, reading a JSON ``null`` as an empty list.

    Moby writes a nil Go slice as ``null`` (``GET /containers/{id}/changes``
    of an unchanged container does so on every version).
    """

    def parse_list(content: bytes) -> Any:
        if content.strip() == b"null":
            return []
        return parse(content)

    return parse_list


def _json_parser(response_type: Any) -> Callable[[bytes], Any]:
    """The function that parses a JSON body into ``response_type``, made once."""
    parser = _JSON_PARSERS.get(response_type)
    if parser is None:
        # pydantic loads with the first parsed response, not with the client
        from pydantic import TypeAdapter

        from .._model import MobyModel

        if isinstance(response_type, type) and issubclass(response_type, MobyModel):
            parser = response_type.model_validate_json
        else:
            parser = TypeAdapter(response_type).validate_json
            if get_origin(response_type) is list:
                parser = _list_or_null(parser)
        _JSON_PARSERS[response_type] = parser
    return parser


def _decode_failure(exc: ValueError, response_type: Any) -> str:
    """What made a body unreadable, without the body's content (secrets)."""
    expected = getattr(response_type, "__name__", None) or "JSON"
    from pydantic import ValidationError

    if isinstance(exc, ValidationError):
        first = exc.errors(include_url=False, include_input=False)[0]
        where = ".".join(str(part) for part in first["loc"]) or "the body"
        return f"not a valid {expected}: {where}: {first['msg']}"
    return f"not valid JSON: {exc}"


def _header_value(name: str, value: Any) -> bytes:
    """A request header's value as bytes, refused when it cannot be sent.

    The value may be a credential (``X-Registry-Auth``), so the error names
    the header only.

    Raises:
        ValueError: the value holds a line break or NUL, or characters
            outside Latin-1 (HTTP headers carry bytes, not text).
    """
    text = str(value)
    if "\r" in text or "\n" in text or "\0" in text:
        raise ValueError(f"the {name} header may not hold a line break or NUL")
    try:
        return text.encode("latin-1")
    except UnicodeEncodeError:
        raise ValueError(
            f"the {name} header holds characters outside Latin-1; encode the "
            "value first (registry credentials go base64-encoded)"
        ) from None


def _header_name(name: str) -> bytes:
    """A request header's name as bytes; ``ValueError`` unless an HTTP token."""
    if not _HEADER_NAME_RE.fullmatch(name):
        raise ValueError(f"{name!r} is not a valid HTTP header name")
    return name.encode("ascii")


def _header(headers: list[tuple[bytes, bytes]], name: bytes) -> str | None:
    for key, value in headers:
        if key.lower() == name:
            return value.decode("latin-1")
    return None


def _json_default(value: Any) -> Any:
    from .._model import MobyModel

    if isinstance(value, MobyModel):
        return value.to_wire()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    raise TypeError(f"{type(value).__name__} cannot be sent as JSON")


def _translate(
    exc: Exception, host: DaemonHost, max_connections: int | None = None
) -> MobyError:
    if isinstance(exc, _CONNECT_FAILURES):
        return unreachable_error(exc, host)
    if isinstance(exc, httpcore.PoolTimeout):
        return MobyTimeoutError(
            f"{host.address}: no connection came free within the pool time "
            f"limit: all max_connections={max_connections} are in use (each "
            "open stream holds one); close streams sooner or raise "
            "max_connections"
        )
    if isinstance(exc, httpcore.TimeoutException):
        return MobyTimeoutError(f"{host.address}: the request timed out ({exc})")
    return unreachable_error(exc, host)


def _body_failure(exc: Exception, host: DaemonHost) -> MobyError:
    if isinstance(exc, httpcore.TimeoutException):
        return MobyTimeoutError(f"{host.address}: reading the response timed out")
    return DaemonUnreachableError(
        host.address, f"the connection broke while reading the response body: {exc}"
    )


class _AsyncResponseBody:
    """A streamed response body for the stream objects: bytes, then close."""

    __slots__ = ("_host", "_response")

    def __init__(self, response: httpcore.Response, host: DaemonHost) -> None:
        self._response = response
        self._host = host

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._chunks()

    async def _chunks(self) -> AsyncIterator[bytes]:
        try:
            async for chunk in self._response.aiter_stream():
                yield chunk
        except httpcore.TimeoutException as exc:
            raise MobyTimeoutError(
                f"{self._host.address}: stream read timed out"
            ) from exc
        except httpcore.ProtocolError as exc:
            raise StreamError(f"the stream broke off: {exc}") from exc
        except httpcore.NetworkError as exc:
            raise StreamError(f"the connection broke: {exc}") from exc

    async def aclose(self) -> None:
        await self._response.aclose()


class _AsyncUpgradedStream(httpcore.AsyncNetworkStream):
    """The connection after ``101``; closing it gives the pool its slot back."""

    def __init__(
        self, network_stream: httpcore.AsyncNetworkStream, response: httpcore.Response
    ) -> None:
        self._network_stream = network_stream
        self._response = response

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await self._network_stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._network_stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._response.aclose()
        await self._network_stream.aclose()

    def get_extra_info(self, info: str) -> Any:
        return self._network_stream.get_extra_info(info)


async def _file_chunks(source: Any) -> AsyncIterator[bytes]:
    while True:
        chunk = source.read(_CHUNK_SIZE)
        if not chunk:
            return
        yield chunk if isinstance(chunk, bytes) else bytes(chunk, "utf-8")


async def _iter_chunks(source: Any) -> AsyncIterator[bytes]:
    for chunk in source:
        yield chunk


class AsyncBaseClient(AsyncClosable):
    """Connection, negotiation and request handling shared by the client.

    Args:
        base_url: the daemon address, any ``DOCKER_HOST`` form;
            ``None``: ``unix:///var/run/docker.sock``.
        api_version: the API version to speak; ``None`` negotiates it with
            the daemon on the first request.
        timeout: default limits of every request, in seconds or as a
            :class:`~moby_client.Timeout`; streams and ``containers.wait``
            read without a limit unless a call sets ``options={"timeout": …}``.
        tls: TLS settings for a ``tcp://`` daemon.
        max_retries: how often a GET or HEAD is tried again that failed
            before any response arrived (no connection, or a kept-alive
            connection the daemon had closed); other methods are never
            retried.
        retry_backoff: seconds before the first retry, doubling after.
        max_connections: connections kept to the daemon at most.
        user_agent: the ``User-Agent`` header.
        ssh_options: extra arguments of the ``ssh`` command for ``ssh://``
            addresses, such as ``["-F", "/path/to/ssh_config"]``.
    """

    def __init__(
        self,
        base_url: str | None = None,
        *,
        api_version: str | APIVersion | None = None,
        timeout: float | Timeout | None = DEFAULT_TIMEOUT,
        tls: TLSConfig | None = None,
        max_retries: int = DEFAULT_MAX_RETRIES,
        retry_backoff: float = DEFAULT_RETRY_BACKOFF,
        max_connections: int = DEFAULT_MAX_CONNECTIONS,
        user_agent: str = DEFAULT_USER_AGENT,
        ssh_options: Sequence[str] = (),
    ) -> None:
        host = parse_host(base_url, tls=tls is not None)
        self._host = host
        self._tls = tls if host.scheme == "tcp" else None
        self._max_connections = max_connections
        self._closed = False
        self._pool = open_pool(
            host,
            self._tls,
            max_connections=max_connections,
            ssh_options=ssh_options,
        )
        self._origin = origin_of(host, self._tls)
        self._timeout = Timeout.coerce(timeout)
        self._timeouts = {"timeout": self._timeout.as_extension()}
        self._stream_timeouts = {"timeout": self._timeout.as_extension(read=False)}
        self._max_retries = max(0, int(max_retries))
        self._retry_backoff = max(0.0, float(retry_backoff))
        self._base_headers: list[tuple[bytes, bytes]] = [
            (b"Host", self._origin.host_header),
        ]
        if user_agent:
            self._base_headers.append((b"User-Agent", user_agent.encode("latin-1")))
        self._pinned = APIVersion.coerce(api_version) if api_version else None
        if self._pinned is not None and self._pinned < OLDEST_API_VERSION:
            raise APIVersionError(
                f"API {self._pinned} is older than {OLDEST_API_VERSION}, the oldest "
                "this SDK supports",
                client_version=str(self._pinned),
                hint=f"pin {OLDEST_API_VERSION} or newer, or let the client negotiate",
            )
        self._api_version: APIVersion | None = None
        self._prefix = ""
        self._daemon: DaemonInfo | None = None
        self._negotiation_lock = AsyncCompat.lock()
        if self._pinned is not None:
            self._use_version(self._pinned)

    def _use_version(self, version: APIVersion) -> None:
        self._prefix = f"{self._origin.base_path}/v{version}"
        self._api_version = version

    def __repr__(self) -> str:
        version = self._api_version or "not negotiated"
        return f"<{type(self).__name__} {self._host.address} API {version}>"

    @property
    def base_url(self) -> str:
        """The daemon address this client talks to."""
        return self._host.address

    @property
    def host(self) -> DaemonHost:
        """The parsed daemon address."""
        return self._host

    @property
    def api_version(self) -> APIVersion:
        """The API version in use: pinned, or negotiated with the daemon.

        The sync client negotiates when it is read first; the async client
        raises :class:`~moby_client.errors.MobyError` until a request was made
        or ``await client.negotiate()`` ran.
        """
        version = self._api_version
        if version is None:
            return AsyncCompat.unnegotiated_version(self)
        return version

    @property
    def daemon(self) -> DaemonInfo | None:
        """What the negotiation ping said about the daemon (``None`` before)."""
        return self._daemon

    async def negotiate(self, *, force: bool = False) -> APIVersion:
        """Agree on the API version with the daemon, once.

        Pings the daemon (``HEAD /_ping``, then ``GET /_ping`` if that fails)
        and uses ``min(newest known version, daemon's Api-Version)``. A pinned
        version is kept as it is and no ping is sent (unless ``force``).
        Concurrent first requests share one ping.

        Args:
            force: ping and negotiate again even if a version is set.

        Returns:
            The version in use.

        Raises:
            APIVersionError: the daemon is older than API 1.25.
            DaemonUnreachableError: the daemon did not answer.
        """
        version = self._api_version
        if version is not None and not force:
            return version
        async with self._negotiation_lock:
            version = self._api_version
            if version is not None and not force:
                return version
            self._daemon = daemon = await self._ping()
            chosen = self._pinned or choose_api_version(daemon)
            self._use_version(chosen)
            return chosen

    async def _ping(self) -> DaemonInfo:
        target = f"{self._origin.base_path}/_ping"
        for method in ("HEAD", "GET"):
            response = await self._send(method, target, self._base_headers, None)
            content = await self._read_body(response)
            if response.status == 200:
                return daemon_info_from_headers(response.headers)
        self._raise_for_status(None, method, target, response, content)
        raise AssertionError("unreachable")

    async def aclose(self) -> None:
        """Close every connection to the daemon; the client cannot be used after.

        Calling it again does nothing.
        """
        self._closed = True
        await self._pool.aclose()

    def build_body(
        self,
        model_cls: type[M],
        body: M | Mapping[str, Any] | NotGiven,
        fields: Mapping[str, Any],
    ) -> M:
        """The request body model: ``body`` with the keyword ``fields`` on top.

        Args:
            model_cls: the body's model class.
            body: a model, a mapping (wire or Python names), or ``NOT_GIVEN``.
            fields: Python field name to value; ``NOT_GIVEN`` values are left
                out.

        Returns:
            A ``model_cls`` whose set fields are exactly those given.
        """
        from .._model import MobyModel

        given = {k: v for k, v in fields.items() if not isinstance(v, NotGiven)}
        if isinstance(body, model_cls) and not given:
            return body
        data: dict[str, Any]
        if isinstance(body, MobyModel):
            data = {
                type(body)._wire_name(name): getattr(body, name)
                for name in type(body).model_fields
                if name in body.model_fields_set
            }
            data.update(body.model_extra or {})
        elif isinstance(body, Mapping):
            data = dict(body)
        elif isinstance(body, NotGiven):
            data = {}
        else:
            raise TypeError(
                f"body must be a {model_cls.__name__}, a mapping or left out, "
                f"not {type(body).__name__}"
            )
        for name, value in given.items():
            data.pop(name, None)
            data[model_cls._wire_name(name)] = value
        return model_cls.model_validate(data)

    async def request(
        self,
        spec: OperationSpec,
        *,
        path: Mapping[str, Any] | None = None,
        query: Mapping[str, Any] | None = None,
        headers: Mapping[str, Any] | None = None,
        body: Any = NOT_GIVEN,
        response_type: Any = None,
        options: RequestOptions | None = None,
        tty: bool | None = None,
    ) -> Any:
        """Send one operation and return its result by ``spec.response_kind``.

        Args:
            spec: the operation.
            path: values of the path template's placeholders.
            query: query parameters by wire name; ``NOT_GIVEN``/``None`` dropped.
            headers: header parameters; ``NOT_GIVEN``/``None`` dropped.
            body: ``NOT_GIVEN``, a model or mapping (sent as JSON), ``bytes``,
                ``str``, a binary file, or an (async) iterator of ``bytes``
                (streamed with chunked encoding).
            response_type: the model (or type such as ``list[Model]``) of a
                JSON response, or the item type of a JSON stream.
            options: per-call timeout, extra headers and extra query.
            tty: whether the container or exec has a tty, for output streams
                of daemons below API 1.42 whose Content-Type cannot tell.

        Returns:
            The parsed model or JSON (``json``), ``None`` or a ``bool`` for
            operations with a 304 (``empty``), text (``text``), or a stream
            object (``json_stream``, ``frames``, ``binary``, ``upgrade``).

        Raises:
            UnsupportedByAPIVersion: refused before sending.
            APIError: the daemon answered with an error status.
            DaemonUnreachableError: no answer could be had.
            MobyTimeoutError: a time limit passed.
        """
        version = self._api_version
        if version is None:
            version = await self.negotiate()
        check_supported(
            spec,
            version,
            query=query,
            headers=headers,
            body=body,
            pinned=self._pinned is not None,
        )

        route = expand_path(spec.path, path)
        target = self._prefix + route
        query_string = encode_query(spec, query)
        header_list = list(self._base_headers)
        kind = spec.response_kind
        extensions = self._timeouts
        if kind in _STREAM_KINDS or spec.operation_id in _UNLIMITED_READ_OPERATIONS:
            extensions = self._stream_timeouts
        if kind == "upgrade":
            header_list += [(b"Connection", b"Upgrade"), (b"Upgrade", b"tcp")]
        if headers:
            for name, value in headers.items():
                if value is not None and not isinstance(value, NotGiven):
                    header_list.append(
                        (name.encode("latin-1"), _header_value(name, value))
                    )
        if options:
            query_string, extensions = self._apply_options(
                spec, options, header_list, query_string, extensions
            )
        if query_string:
            target = f"{target}?{query_string}"
        content = None
        if not isinstance(body, NotGiven):
            content = self._encode_body(spec, body, header_list)

        started = time.perf_counter()
        response = await self._send(
            spec.method, target, header_list, content, extensions
        )
        if log.isEnabledFor(logging.DEBUG):
            elapsed = (time.perf_counter() - started) * 1000
            log.debug("%s %s %d %.1fms", spec.method, route, response.status, elapsed)
        status = response.status
        if status >= 400 or (300 <= status < 400 and status != 304):
            try:
                error_body = await self._read_limited(response)
            finally:
                await response.aclose()
            self._raise_for_status(spec, spec.method, route, response, error_body)
        if kind in _STREAM_KINDS:
            return await self._stream_result(
                spec, response, version, response_type, tty
            )
        content_bytes = await self._read_body(response)
        if kind == "json":
            try:
                return self._parse_json(content_bytes, response_type)
            except ValueError as exc:
                raise InvalidResponseError(
                    spec.dotted_name, status, _decode_failure(exc, response_type)
                ) from None
        if kind == "empty":
            return status != 304 if 304 in spec.responses else None
        return content_bytes.decode("utf-8", "replace")

    def _apply_options(
        self,
        spec: OperationSpec,
        options: RequestOptions,
        header_list: list[tuple[bytes, bytes]],
        query_string: str,
        extensions: dict[str, dict[str, float | None]],
    ) -> tuple[str, dict[str, dict[str, float | None]]]:
        unknown = set(options).difference(_REQUEST_OPTIONS)
        if unknown:
            raise TypeError(
                f"{spec.dotted_name}: unknown request option(s) "
                f"{', '.join(sorted(map(repr, unknown)))} (known: "
                f"{', '.join(sorted(_REQUEST_OPTIONS))})"
            )
        if "timeout" in options:
            limits = Timeout.coerce(options["timeout"])
            extensions = {"timeout": limits.as_extension()}
        extra_headers = options.get("extra_headers")
        if extra_headers:
            names = {name.lower().encode("latin-1") for name in extra_headers}
            header_list[:] = [h for h in header_list if h[0].lower() not in names]
            header_list += [
                (_header_name(name), _header_value(name, value))
                for name, value in extra_headers.items()
            ]
        extra_query = options.get("extra_query")
        if extra_query:
            extra = encode_query(spec, extra_query)
            query_string = f"{query_string}&{extra}" if query_string else extra
        return query_string, extensions

    def _encode_body(
        self, spec: OperationSpec, body: Any, header_list: list[tuple[bytes, bytes]]
    ) -> bytes | AsyncIterable[bytes]:
        from .._model import MobyModel

        content: bytes | AsyncIterable[bytes]
        if isinstance(body, MobyModel):
            content = body.model_dump_json(by_alias=True, exclude_unset=True).encode()
            content_type = b"application/json"
        elif isinstance(body, (Mapping, list)):
            content = json.dumps(body, default=_json_default).encode()
            content_type = b"application/json"
        else:
            content_type = (spec.consumes[0] if spec.consumes else "").encode()
            content_type = content_type or b"application/octet-stream"
            if isinstance(body, (bytes, bytearray, memoryview)):
                content = bytes(body)
            elif isinstance(body, str):
                content = body.encode("utf-8")
            elif hasattr(body, "read"):
                content = _file_chunks(body)
            elif hasattr(body, "__aiter__"):
                content = body
            elif hasattr(body, "__iter__"):
                content = _iter_chunks(body)
            else:
                raise TypeError(
                    f"{spec.dotted_name}: cannot send a {type(body).__name__} "
                    "as the request body"
                )
        if not any(name.lower() == b"content-type" for name, _ in header_list):
            header_list.append((b"Content-Type", content_type))
        if isinstance(content, bytes):
            header_list.append((b"Content-Length", str(len(content)).encode()))
        else:
            header_list.append((b"Transfer-Encoding", b"chunked"))
        return content

    async def _send(
        self,
        method: str,
        target: str,
        header_list: list[tuple[bytes, bytes]],
        content: bytes | AsyncIterable[bytes] | None,
        extensions: dict[str, dict[str, float | None]] | None = None,
    ) -> httpcore.Response:
        if self._closed:
            raise MobyError(
                f"{self._host.address}: the client is closed; make a new one"
            )
        origin = self._origin
        request = httpcore.Request(
            method.encode("ascii"),
            httpcore.URL(
                scheme=origin.scheme,
                host=origin.host,
                port=origin.port,
                target=target.encode("ascii"),
            ),
            headers=header_list,
            content=content,
            extensions=extensions if extensions is not None else self._timeouts,
        )
        try:
            return await self._pool.handle_async_request(request)
        except _RETRIED_FAILURES as exc:
            if method not in _RETRIED_METHODS or self._max_retries == 0:
                raise _translate(exc, self._host, self._max_connections) from exc
            return await self._retry(request, method, target)
        except _TRANSPORT_FAILURES as exc:
            raise _translate(exc, self._host, self._max_connections) from exc

    async def _retry(
        self, request: httpcore.Request, method: str, target: str
    ) -> httpcore.Response:
        from tenacity import (
            AsyncRetrying,
            retry_if_exception_type,
            stop_after_attempt,
            wait_exponential,
        )

        await AsyncCompat.sleep(self._retry_backoff)
        retrying = AsyncRetrying(
            stop=stop_after_attempt(self._max_retries),
            wait=wait_exponential(multiplier=self._retry_backoff * 2),
            retry=retry_if_exception_type(_RETRIED_FAILURES),
            sleep=AsyncCompat.sleep,
            reraise=True,
        )
        try:
            async for attempt in retrying:
                with attempt:
                    log.debug(
                        "%s %s: retry %d",
                        method,
                        target.partition("?")[0],
                        attempt.retry_state.attempt_number,
                    )
                    return await self._pool.handle_async_request(request)
        except _TRANSPORT_FAILURES as exc:
            raise _translate(exc, self._host, self._max_connections) from exc
        raise AssertionError("unreachable")

    async def _read_body(self, response: httpcore.Response) -> bytes:
        """The whole body, then the connection back to the pool (or closed)."""
        try:
            return await response.aread()
        except _TRANSPORT_FAILURES as exc:
            raise _body_failure(exc, self._host) from exc
        finally:
            await response.aclose()

    async def _read_limited(self, response: httpcore.Response) -> bytes:
        chunks: list[bytes] = []
        size = 0
        try:
            async for chunk in response.aiter_stream():
                chunks.append(chunk)
                size += len(chunk)
                if size >= MAX_ERROR_BODY:
                    break
        except _TRANSPORT_FAILURES:
            pass
        return b"".join(chunks)

    def _raise_for_status(
        self,
        spec: OperationSpec | None,
        method: str,
        route: str,
        response: httpcore.Response,
        content: bytes,
    ) -> None:
        status = response.status
        content_type = _header(response.headers, b"content-type")
        message = error_message(
            content, content_type, status_code=status, method=method, route=route
        )
        operation = spec.dotted_name if spec is not None else None
        url = f"{self._prefix}{route}" if spec is not None else route
        location = _header(response.headers, b"location")
        if 300 <= status < 400 and location is not None:
            message += f" (redirected to {location}, which the client does not follow)"
        if status == 400 and "HTTP request to an HTTPS server" in message:
            message += (
                " (this daemon wants TLS: pass tls=TLSConfig(...), set "
                "DOCKER_TLS_VERIFY and DOCKER_CERT_PATH, or use https://)"
            )
        if status == 400:
            mismatch = parse_version_mismatch(message)
            if mismatch is not None:
                client_version, kind, daemon_version = mismatch
                bound = "minimum" if kind == "old" else "maximum"
                raise APIVersionMismatchError(
                    message,
                    status_code=status,
                    client_version=client_version,
                    daemon_version=daemon_version,
                    hint=(
                        f"the daemon's {bound} API version is {daemon_version}; "
                        "let the client negotiate (api_version=None, no "
                        "DOCKER_API_VERSION) or pin a version the daemon serves"
                    ),
                    operation=operation,
                    method=method,
                    url=url,
                )
        raise error_class_for_status(status)(
            message, status_code=status, operation=operation, method=method, url=url
        )

    @staticmethod
    def _parse_json(content: bytes, response_type: Any) -> Any:
        if not content.strip():
            return None
        return _json_parser(response_type)(content)

    async def _stream_result(
        self,
        spec: OperationSpec,
        response: httpcore.Response,
        version: APIVersion,
        response_type: Any,
        tty: bool | None,
    ) -> Any:
        from . import streams

        kind = spec.response_kind
        content_type = _header(response.headers, b"content-type")
        if kind == "upgrade":
            network_stream = response.extensions.get("network_stream")
            if response.status != 101 or network_stream is None:
                await response.aclose()
                raise StreamError(
                    f"{spec.dotted_name}: the daemon did not upgrade the "
                    f"connection (status {response.status})"
                )
            return streams.AsyncHijackedSession(
                _AsyncUpgradedStream(network_stream, response),
                multiplexed=self._multiplexed(content_type, version, tty),
                response_headers=response.headers,
            )
        body = _AsyncResponseBody(response, self._host)
        if kind == "frames":
            return streams.AsyncFrameStream(
                body, multiplexed=self._multiplexed(content_type, version, tty)
            )
        if kind == "json_stream":
            return streams.AsyncJSONStream(
                body, item_type=response_type, content_type=content_type
            )
        return streams.AsyncByteStream(body, headers=response.headers)

    @staticmethod
    def _multiplexed(
        content_type: str | None, version: APIVersion, tty: bool | None
    ) -> bool:
        """Whether output is stdcopy-framed.

        From API 1.42 the Content-Type says it; below, Moby labels non-tty
        output ``raw-stream`` too, so the container's or exec's ``tty`` decides
        (``None``: assume framed).
        """
        if content_type == MULTIPLEXED_STREAM:
            return True
        if content_type == RAW_STREAM and version >= OUTPUT_CONTENT_TYPE_SINCE:
            return False
        return True if tty is None else not tty
