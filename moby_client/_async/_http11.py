# Async source: moby_client/_sync/_http11.py is derived from it.
"""HTTP/1.1 on one connection to the daemon, as the client's pool uses it.

The daemon speaks plain HTTP/1.1 (Go's ``net/http``), so this layer does
only what the Engine API needs, in as few steps per request as it can: the
request line and headers go out in one write (a small body with them); the
status line and headers come back with one parse; a ``Content-Length`` body
is handed over as it arrives, a chunked body as the payload of all the chunks
that one read brought in (a log stream's 1 KiB chunks arrive dozens at a
time), and ``101`` leaves the connection to the caller. Errors are httpcore's
(``RemoteProtocolError``, ``ReadError``, ``ReadTimeout`` …), as from the rest
of the transport.

:class:`AsyncDaemonConnection` is an ``httpcore.AsyncHTTPConnection`` whose
HTTP/1.1 layer is this one: it connects (unix socket, TCP) with httpcore's
network backends, and ``respx.mock(using="httpcore")`` still intercepts its
requests.
"""

from __future__ import annotations

import contextlib
import enum
import re
from collections.abc import AsyncIterator
from typing import Any, Final

import httpcore

__all__ = ["AsyncDaemonConnection"]

READ_SIZE: Final = 65536
"""Bytes asked of the network stream per read."""

MAX_HEAD_SIZE: Final = 1024 * 1024
"""Bytes a response's status line and headers may take at most."""

_SMALL_BODY: Final = 65536
"""A body up to this size goes out in the same write as the headers."""

_TOKEN_RE: Final = re.compile(rb"[-!#$%&'*+.^_`|~0-9A-Za-z]+")
_NO_BODY_STATUSES: Final = frozenset({204, 304})


class _State(enum.Enum):
    NEW = 0
    IDLE = 1
    ACTIVE = 2
    CLOSED = 3


def _protocol_error(message: str) -> httpcore.RemoteProtocolError:
    return httpcore.RemoteProtocolError(message)


def _request_head(request: httpcore.Request) -> tuple[bytes, bool]:
    """The request line and headers, and whether the body is chunked.

    Raises:
        httpcore.LocalProtocolError: a header or the target cannot be sent.
    """
    target = request.url.target
    if b" " in target or b"\r" in target or b"\n" in target:
        raise httpcore.LocalProtocolError("the request target holds a space")
    parts = [request.method, b" ", target, b" HTTP/1.1\r\n"]
    chunked = False
    for name, value in request.headers:
        if not _TOKEN_RE.fullmatch(name):
            raise httpcore.LocalProtocolError(f"invalid header name {name!r}")
        if b"\r" in value or b"\n" in value or b"\0" in value:
            raise httpcore.LocalProtocolError(
                f"the value of header {name.decode('ascii')} holds a line break"
            )
        if len(name) == 17 and name.lower() == b"transfer-encoding":
            chunked = value.strip().lower() == b"chunked"
        parts += (name, b": ", value, b"\r\n")
    parts.append(b"\r\n")
    return b"".join(parts), chunked


def _parse_head(
    head: bytes,
) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
    """Version, status, reason and headers of a response head (no CRLFCRLF)."""
    lines = head.split(b"\r\n")
    version, _, rest = lines[0].partition(b" ")
    status_text, _, reason = rest.partition(b" ")
    if version[:5] != b"HTTP/" or len(status_text) != 3 or not status_text.isdigit():
        raise _protocol_error(f"malformed status line {lines[0][:100]!r}")
    headers: list[tuple[bytes, bytes]] = []
    for line in lines[1:]:
        name, colon, value = line.partition(b":")
        if not colon or not name or name[-1:] in (b" ", b"\t") or line[:1] in b" \t":
            raise _protocol_error(f"malformed response header {line[:100]!r}")
        headers.append((name, value.strip(b" \t")))
    return version, int(status_text), reason, headers


class _AsyncUpgradedStream(httpcore.AsyncNetworkStream):
    """The network stream after ``101``: bytes read past the head first."""

    def __init__(self, stream: httpcore.AsyncNetworkStream, leading: bytes) -> None:
        self._stream = stream
        self._leading = leading

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if self._leading:
            data, self._leading = (
                self._leading[:max_bytes],
                self._leading[max_bytes:],
            )
            return data
        return await self._stream.read(max_bytes, timeout)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await self._stream.write(buffer, timeout)

    async def aclose(self) -> None:
        await self._stream.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("TLS on an upgraded connection is not supported")

    def get_extra_info(self, info: str) -> Any:
        return self._stream.get_extra_info(info)


class _AsyncBody:
    """A response body; its end returns the connection to keep-alive."""

    __slots__ = ("_connection", "_done", "_iterator")

    def __init__(self, connection: _AsyncWire, iterator: AsyncIterator[bytes]) -> None:
        self._connection = connection
        self._iterator = iterator
        self._done = False

    async def __aiter__(self) -> AsyncIterator[bytes]:
        try:
            async for data in self._iterator:
                yield data
        except BaseException:
            if not self._done:
                self._done = True
                await self._connection.aclose()
            raise
        self._done = True
        self._connection.body_done()

    async def aclose(self) -> None:
        if not self._done:
            self._done = True
            await self._connection.aclose()


class _AsyncWire:
    """One HTTP/1.1 exchange at a time over a network stream."""

    def __init__(self, owner: AsyncDaemonConnection) -> None:
        self._owner = owner
        self._stream: httpcore.AsyncNetworkStream | None = None
        self._buffer = b""
        self._state = _State.NEW
        self._reusable = False
        self._read_timeout: float | None = None

    async def handle_async_request(
        self, request: httpcore.Request
    ) -> httpcore.Response:
        if self._state not in (_State.NEW, _State.IDLE):
            raise httpcore.ConnectionNotAvailable()
        self._state = _State.ACTIVE
        try:
            return await self._exchange(request)
        except BaseException:
            await self.aclose()
            raise

    async def _exchange(self, request: httpcore.Request) -> httpcore.Response:
        timeouts = request.extensions.get("timeout") or {}
        self._read_timeout = timeouts.get("read")
        write_timeout = timeouts.get("write")
        head, chunked = _request_head(request)
        if self._stream is None:
            self._stream = await self._owner._connect(request)
        stream = self._stream
        # the daemon may have answered already and closed (an early error)
        with contextlib.suppress(httpcore.WriteError):
            await self._send_body(stream, request, head, chunked, write_timeout)
        while True:
            version, status, reason, headers = await self._receive_head()
            if status >= 200 or status == 101:
                break
        extensions: dict[str, Any] = {
            "http_version": version,
            "reason_phrase": reason,
            "network_stream": stream,
        }
        if status == 101:
            extensions["network_stream"] = _AsyncUpgradedStream(stream, self._buffer)
            self._buffer = b""
            self._reusable = False
            upgraded = httpcore.Response(status, content=b"", extensions=extensions)
            upgraded.headers = headers
            return upgraded
        self._reusable = version == b"HTTP/1.1"
        length: bytes | None = None
        transfer_chunked = False
        for name, value in headers:
            lowered = name.lower()
            if lowered == b"content-length":
                if length is not None and length != value:
                    raise _protocol_error("conflicting Content-Length headers")
                length = value
            elif lowered == b"transfer-encoding":
                transfer_chunked = value.lower() == b"chunked"
                if not transfer_chunked:
                    raise _protocol_error(f"unsupported Transfer-Encoding {value!r}")
            elif lowered == b"connection" and b"close" in value.lower():
                self._reusable = False
        body: AsyncIterator[bytes]
        if request.method == b"HEAD" or status in _NO_BODY_STATUSES:
            body = self._fixed(0)
        elif transfer_chunked:
            body = self._chunked()
        elif length is not None:
            if not length.isdigit():
                raise _protocol_error(f"invalid Content-Length {length[:40]!r}")
            body = self._fixed(int(length))
        else:
            self._reusable = False
            body = self._until_close()
        response = httpcore.Response(
            status, content=_AsyncBody(self, body), extensions=extensions
        )
        response.headers = headers  # parsed here: bytes pairs already
        return response

    async def _send_body(
        self,
        stream: httpcore.AsyncNetworkStream,
        request: httpcore.Request,
        head: bytes,
        chunked: bool,
        timeout: float | None,
    ) -> None:
        content = request.stream
        if not chunked:
            # bytes given to httpcore.Request (its ByteStream): one piece
            pieces = [piece async for piece in content]  # type: ignore[union-attr]
            data = b"".join(pieces)
            if len(data) <= _SMALL_BODY:
                await stream.write(head + data, timeout)
            else:
                await stream.write(head, timeout)
                await stream.write(data, timeout)
            return
        await stream.write(head, timeout)
        async for piece in content:  # type: ignore[union-attr]
            if piece:
                await stream.write(b"%x\r\n%b\r\n" % (len(piece), piece), timeout)
        await stream.write(b"0\r\n\r\n", timeout)

    async def _read_more(self) -> bytes:
        assert self._stream is not None
        return await self._stream.read(READ_SIZE, self._read_timeout)

    async def _receive_head(
        self,
    ) -> tuple[bytes, int, bytes, list[tuple[bytes, bytes]]]:
        buffer = self._buffer
        searched = 0
        while True:
            end = buffer.find(b"\r\n\r\n", max(0, searched - 3))
            if end >= 0:
                break
            if len(buffer) > MAX_HEAD_SIZE:
                raise _protocol_error("the response headers are too large")
            searched = len(buffer)
            data = await self._read_more()
            if not data:
                if buffer:
                    raise _protocol_error("the daemon closed in the response headers")
                raise _protocol_error("Server disconnected without sending a response.")
            buffer += data
        self._buffer = buffer[end + 4 :]
        return _parse_head(buffer[:end])

    async def _fixed(self, length: int) -> AsyncIterator[bytes]:
        remaining = length
        if self._buffer:
            data = self._buffer[:remaining]
            self._buffer = self._buffer[remaining:]
            remaining -= len(data)
            if self._buffer:
                self._reusable = False  # more than the body: not HTTP/1.1
            if data:
                yield data
        while remaining > 0:
            data = await self._read_more()
            if not data:
                raise _protocol_error(
                    "peer closed connection without sending complete message body: "
                    f"received {length - remaining} bytes, expected {length}"
                )
            if len(data) > remaining:
                self._reusable = False
                data = data[:remaining]
            remaining -= len(data)
            yield data

    async def _chunked(self) -> AsyncIterator[bytes]:
        buffer = self._buffer
        self._buffer = b""
        position = 0
        remaining = 0  # payload bytes of the current chunk not yet taken
        after_payload = False  # the CRLF after a chunk's payload is due
        while True:
            pieces: list[bytes] = []
            while True:
                if remaining:
                    piece = buffer[position : position + remaining]
                    if not piece:
                        break
                    pieces.append(piece)
                    position += len(piece)
                    remaining -= len(piece)
                    if remaining:
                        break
                    after_payload = True
                if after_payload:
                    if len(buffer) - position < 2:
                        break
                    if buffer[position : position + 2] != b"\r\n":
                        raise _protocol_error("a chunk does not end with CRLF")
                    position += 2
                    after_payload = False
                line_end = buffer.find(b"\r\n", position)
                if line_end < 0:
                    if len(buffer) - position > 1024:
                        raise _protocol_error("a chunk size line is too long")
                    break
                size_text = buffer[position:line_end].split(b";", 1)[0].strip()
                try:
                    size = int(size_text, 16)
                except ValueError:
                    raise _protocol_error(
                        f"malformed chunk size {size_text[:40]!r}"
                    ) from None
                if size == 0:
                    if buffer[line_end + 2 : line_end + 4] == b"\r\n":
                        end = line_end + 4
                    else:
                        end = buffer.find(b"\r\n\r\n", line_end + 2) + 4
                        if end < 4:
                            break  # the trailers are still coming
                    if pieces:
                        yield pieces[0] if len(pieces) == 1 else b"".join(pieces)
                    self._buffer = buffer[end:]
                    return
                position = line_end + 2
                remaining = size
            if pieces:
                yield pieces[0] if len(pieces) == 1 else b"".join(pieces)
            data = await self._read_more()
            if not data:
                raise _protocol_error(
                    "peer closed connection without sending complete message body: "
                    "incomplete chunked read"
                )
            buffer = buffer[position:] + data if position < len(buffer) else data
            position = 0

    async def _until_close(self) -> AsyncIterator[bytes]:
        if self._buffer:
            data, self._buffer = self._buffer, b""
            yield data
        while True:
            data = await self._read_more()
            if not data:
                return
            yield data

    def body_done(self) -> None:
        """The whole body was read: the connection may take the next request."""
        if self._state is _State.ACTIVE and self._reusable and not self._buffer:
            self._state = _State.IDLE
        elif self._state is _State.ACTIVE:
            self._state = _State.CLOSED  # the pool closes the stream

    async def aclose(self) -> None:
        self._state = _State.CLOSED
        stream, self._stream = self._stream, None
        if stream is not None:
            await stream.aclose()

    def is_idle(self) -> bool:
        return self._state is _State.IDLE

    def is_closed(self) -> bool:
        return self._state is _State.CLOSED

    def is_available(self) -> bool:
        return self._state in (_State.NEW, _State.IDLE)

    def has_expired(self) -> bool:
        return self._state is _State.CLOSED

    def info(self) -> str:
        return f"HTTP/1.1, {self._state.name}"


class _AsyncNoLock:
    """Stands in for the connection's request lock: the pool already gives
    a connection to one request at a time."""

    async def __aenter__(self) -> None:
        return None

    async def __aexit__(self, *exc_info: object) -> None:
        return None


class AsyncDaemonConnection(httpcore.AsyncHTTPConnection):
    """An ``httpcore.AsyncHTTPConnection`` speaking this module's HTTP/1.1.

    Takes the arguments of ``httpcore.AsyncHTTPConnection`` (``origin``,
    ``uds``, ``keepalive_expiry``, ``network_backend`` …); it connects on
    its first request.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._wire = _AsyncWire(self)
        self._connection = self._wire  # type: ignore[assignment]
        self._request_lock = _AsyncNoLock()  # type: ignore[assignment]
