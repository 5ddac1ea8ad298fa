"""The baselines: the least code that talks HTTP/1.1 to the Engine's unix socket.

``RawClient`` is ``http.client`` over a kept-alive unix socket connection;
``RawAsyncClient`` is ``asyncio.open_unix_connection`` with a hand-written
HTTP/1.1 reader and a small pool. Both decode JSON with ``json.loads`` and the
log stream with ``iter_stdcopy_payloads``; nothing else happens on the way,
which makes them the floor every library is measured against.
"""

from __future__ import annotations

import asyncio
import http.client
import json
import socket
from collections.abc import AsyncIterator, Iterable, Iterator
from typing import Any

STDCOPY_HEADER_SIZE = 8
READ_SIZE = 256 * 1024


def socket_path(host: str) -> str:
    """Return the filesystem path of a ``unix://`` host, refusing any other."""
    if not host.startswith("unix://"):
        raise ValueError(f"benchmarks run against local unix sockets only: {host!r}")
    return host[len("unix://") :]


class UnixHTTPConnection(http.client.HTTPConnection):
    """``http.client`` connection whose transport is a unix stream socket."""

    def __init__(self, path: str, timeout: float = 60.0) -> None:
        super().__init__("localhost", timeout=timeout)
        self.socket_path = path

    def connect(self) -> None:
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.settimeout(self.timeout)
        sock.connect(self.socket_path)
        self.sock = sock


class RawError(RuntimeError):
    """A non-2xx answer to a raw request."""


def take_stdcopy_frames(buffer: bytearray) -> list[tuple[int, bytes]]:
    """The complete ``(stream, payload)`` frames at the start of ``buffer``,
    removed from it; a partial frame stays for the next chunk."""
    frames = []
    position = 0
    available = len(buffer)
    while available - position >= STDCOPY_HEADER_SIZE:
        size = int.from_bytes(buffer[position + 4 : position + 8], "big")
        end = position + STDCOPY_HEADER_SIZE + size
        if end > available:
            break
        frames.append((buffer[position], bytes(buffer[position + 8 : end])))
        position = end
    del buffer[:position]
    return frames


def iter_stdcopy_payloads(chunks: Iterable[bytes]) -> Iterator[tuple[int, bytes]]:
    """Split a multiplexed log body into ``(stream, payload)`` frames."""
    buffer = bytearray()
    for chunk in chunks:
        buffer += chunk
        yield from take_stdcopy_frames(buffer)


class RawClient:
    """One kept-alive ``http.client`` connection to the Engine."""

    def __init__(self, host: str, api_version: str | None = None) -> None:
        self.connection = UnixHTTPConnection(socket_path(host))
        self.prefix = ""
        if api_version is None:
            api_version = str(self.get_json("/version")["ApiVersion"])
        self.prefix = f"/v{api_version}"

    def request(
        self, method: str, path: str, body: Any = None
    ) -> http.client.HTTPResponse:
        """Send one request and return the response with its body unread."""
        headers = {}
        payload = None
        if body is not None:
            payload = json.dumps(body).encode()
            headers["Content-Type"] = "application/json"
        try:
            self.connection.request(method, self.prefix + path, payload, headers)
            response = self.connection.getresponse()
        except (ConnectionError, http.client.HTTPException):
            # A kept-alive connection the daemon closed meanwhile: once more.
            self.connection.close()
            self.connection.request(method, self.prefix + path, payload, headers)
            response = self.connection.getresponse()
        if response.status >= 300 and response.status != 304:
            detail = response.read()
            raise RawError(f"{method} {path}: {response.status} {detail!r}")
        return response

    def call(self, method: str, path: str, body: Any = None) -> bytes:
        """Send one request and return the whole body."""
        return self.request(method, path, body).read()

    def get_json(self, path: str) -> Any:
        """``GET`` a JSON document."""
        return json.loads(self.call("GET", path))

    def get_json_post(self, path: str, body: Any = None) -> Any:
        """``POST`` and decode the JSON answer."""
        return json.loads(self.call("POST", path, body))

    def get_id(self, method: str, path: str, body: Any = None) -> str:
        """Send a request whose JSON answer holds an ``Id``; return it."""
        return str(json.loads(self.call(method, path, body))["Id"])

    def ping(self) -> bytes:
        """``GET /_ping``."""
        return self.call("GET", "/_ping")

    def iter_logs(self, container_id: str) -> Iterator[tuple[int, bytes]]:
        """Stream a container's stdout and stderr as stdcopy frames."""
        response = self.request(
            "GET", f"/containers/{container_id}/logs?stdout=1&stderr=1"
        )
        yield from iter_stdcopy_payloads(iter(lambda: response.read1(READ_SIZE), b""))

    def close(self) -> None:
        """Close the connection."""
        self.connection.close()


class _AsyncConnection:
    """One HTTP/1.1 keep-alive connection over ``open_unix_connection``."""

    def __init__(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter):
        self.reader = reader
        self.writer = writer

    async def send(self, method: str, target: str, body: bytes | None) -> None:
        head = f"{method} {target} HTTP/1.1\r\nHost: localhost\r\n"
        if body is not None:
            head += f"Content-Type: application/json\r\nContent-Length: {len(body)}\r\n"
        self.writer.write(head.encode("latin-1") + b"\r\n" + (body or b""))
        await self.writer.drain()

    async def read_head(self) -> tuple[int, dict[str, str]]:
        status_line = await self.reader.readline()
        if not status_line:
            raise ConnectionError("connection closed by the daemon")
        status = int(status_line.split(b" ", 2)[1])
        headers: dict[str, str] = {}
        while True:
            line = await self.reader.readline()
            if line in (b"\r\n", b"\n", b""):
                return status, headers
            name, _, value = line.decode("latin-1").partition(":")
            headers[name.strip().lower()] = value.strip()

    async def iter_body(
        self, status: int, headers: dict[str, str]
    ) -> AsyncIterator[bytes]:
        if status in (204, 304) or status < 200:
            return
        if headers.get("transfer-encoding", "").lower() == "chunked":
            while True:
                size = int((await self.reader.readline()).split(b";")[0], 16)
                if size == 0:
                    await self.reader.readline()
                    return
                remaining = size
                while remaining:
                    data = await self.reader.read(min(remaining, READ_SIZE))
                    if not data:
                        raise ConnectionError("body cut short")
                    remaining -= len(data)
                    yield data
                await self.reader.readexactly(2)
        elif "content-length" in headers:
            remaining = int(headers["content-length"])
            while remaining:
                data = await self.reader.read(min(remaining, READ_SIZE))
                if not data:
                    raise ConnectionError("body cut short")
                remaining -= len(data)
                yield data
        else:
            while data := await self.reader.read(READ_SIZE):
                yield data


class RawAsyncClient:
    """``asyncio.open_unix_connection`` with a pool of keep-alive connections."""

    def __init__(self, host: str, max_connections: int = 100) -> None:
        self.path = socket_path(host)
        self.prefix = ""
        self.idle: list[_AsyncConnection] = []
        self.slots = asyncio.Semaphore(max_connections)

    async def start(self) -> RawAsyncClient:
        """Learn the daemon's API version for the path prefix."""
        version = await self.get_json("/version")
        self.prefix = f"/v{version['ApiVersion']}"
        return self

    async def _connection(self) -> _AsyncConnection:
        if self.idle:
            return self.idle.pop()
        reader, writer = await asyncio.open_unix_connection(self.path, limit=2**20)
        return _AsyncConnection(reader, writer)

    async def call(self, method: str, path: str, body: Any = None) -> bytes:
        """Send one request and return its whole body."""
        chunks = [chunk async for chunk in self.stream(method, path, body)]
        return b"".join(chunks)

    async def stream(
        self, method: str, path: str, body: Any = None
    ) -> AsyncIterator[bytes]:
        """Send one request and yield its body as it arrives."""
        payload = None if body is None else json.dumps(body).encode()
        async with self.slots:
            connection = await self._connection()
            await connection.send(method, self.prefix + path, payload)
            status, headers = await connection.read_head()
            if status >= 300 and status != 304:
                detail = b"".join(
                    [c async for c in connection.iter_body(status, headers)]
                )
                self.idle.append(connection)
                raise RawError(f"{method} {path}: {status} {detail!r}")
            async for chunk in connection.iter_body(status, headers):
                yield chunk
            if headers.get("connection", "").lower() == "close":
                connection.writer.close()
            else:
                self.idle.append(connection)

    async def get_json(self, path: str) -> Any:
        """``GET`` a JSON document."""
        return json.loads(await self.call("GET", path))

    async def get_json_post(self, path: str, body: Any = None) -> Any:
        """``POST`` and decode the JSON answer."""
        return json.loads(await self.call("POST", path, body))

    async def ping(self) -> bytes:
        """``GET /_ping``."""
        return await self.call("GET", "/_ping")

    async def iter_logs(self, container_id: str) -> AsyncIterator[tuple[int, bytes]]:
        """Stream a container's stdout and stderr as stdcopy frames."""
        buffer = bytearray()
        path = f"/containers/{container_id}/logs?stdout=1&stderr=1"
        async for chunk in self.stream("GET", path):
            buffer += chunk
            for frame in take_stdcopy_frames(buffer):
                yield frame

    async def aclose(self) -> None:
        """Close every idle connection."""
        while self.idle:
            connection = self.idle.pop()
            connection.writer.close()
