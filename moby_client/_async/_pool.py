# Async source: moby_client/_sync/_pool.py is derived from it.
"""The client's connection pool for unix-socket and plain-TCP daemons.

Idle HTTP/1.1 connections wait in a stack (the most recently used is handed
out first, so a burst reuses few sockets); requests that find no idle
connection and the limit reached wait in a queue, served first come first
served. A connection coming back from a finished response goes straight to
the oldest waiting request. Only the connection being handed out is checked
for expiry: kept idle too long, or closed by the daemon meanwhile.

A response owns its connection until the response is closed; an upgraded
connection (``101``, attach and exec) is closed with its session, and its
place in the limit then goes to the next request.
"""

from __future__ import annotations

import select
import socket
import time
from collections import deque
from collections.abc import Callable
from typing import Any, Protocol

import httpcore

from .._backends import AsyncCompat
from ._closing import AsyncClosable

__all__ = ["AsyncConnector", "AsyncDaemonPool"]


class AsyncConnector(Protocol):
    """Makes an unconnected HTTP connection to the daemon (it connects on
    its first request)."""

    def __call__(self, origin: httpcore.Origin) -> httpcore.AsyncHTTPConnection:
        """A new connection for requests to ``origin``."""
        ...


def _timeout(request: httpcore.Request, key: str) -> float | None:
    timeouts = request.extensions.get("timeout")
    if not timeouts:
        return None
    value: float | None = timeouts.get(key)
    return value


def _disconnection_probe(stream: Any) -> Callable[[], bool] | None:
    """A check whether an idle connection has something to read: only the
    daemon's close (or garbage) can be there, so it cannot be reused."""
    probe: Callable[[], bool] | None = getattr(stream, "disconnected", None)
    if probe is not None:
        return probe
    sock: socket.socket | None = stream.get_extra_info("socket")
    if sock is None:
        return None

    def readable() -> bool:
        if sock.fileno() < 0:
            return True
        poller = select.poll()
        poller.register(sock, select.POLLIN)
        return bool(poller.poll(0))

    return readable


class _AsyncWaiter:
    """A request waiting for a connection, or for leave to open one."""

    __slots__ = ("connection", "event", "served")

    def __init__(self) -> None:
        self.event = AsyncCompat.event()
        self.served = False
        self.connection: _AsyncPooledConnection | None = None


class _AsyncPooledConnection:
    """An HTTP/1.1 connection and, once connected, its idle check."""

    __slots__ = ("disconnected", "http", "idle_since", "probed")

    def __init__(self, http: httpcore.AsyncHTTPConnection) -> None:
        self.http = http
        self.probed = False
        self.disconnected: Callable[[], bool] | None = None
        self.idle_since = 0.0


class _AsyncReleasingStream:
    """A response body that gives its connection back when closed."""

    __slots__ = ("_connection", "_pool", "_stream")

    def __init__(
        self,
        stream: Any,
        pool: AsyncDaemonPool,
        connection: _AsyncPooledConnection,
    ) -> None:
        self._stream = stream
        self._pool = pool
        self._connection: _AsyncPooledConnection | None = connection

    def __aiter__(self) -> Any:
        return self._stream.__aiter__()

    async def aclose(self) -> None:
        connection, self._connection = self._connection, None
        if connection is None:
            return
        try:
            if hasattr(self._stream, "aclose"):
                await self._stream.aclose()
        finally:
            await self._pool._release(connection)


class AsyncDaemonPool(AsyncClosable):
    """HTTP/1.1 connections to one daemon, at most ``max_connections``.

    Args:
        connect: makes a connection to the daemon; it connects on its first
            request, within that request's connect timeout.
        max_connections: connections open at once at most (idle or busy).
        keepalive_expiry: seconds an idle connection is kept for reuse.
    """

    def __init__(
        self,
        connect: AsyncConnector,
        *,
        max_connections: int,
        keepalive_expiry: float,
    ) -> None:
        self._connect = connect
        self._max_connections = max(1, max_connections)
        self._keepalive_expiry = keepalive_expiry
        self._idle: deque[_AsyncPooledConnection] = deque()
        self._waiters: deque[_AsyncWaiter] = deque()
        self._open: set[_AsyncPooledConnection] = set()
        self._granted = 0
        """Connections counted against the limit: open ones and ones opening."""
        self._closed = False
        self._guard = AsyncCompat.state_guard()

    @property
    def connection_count(self) -> int:
        """Connections open or being opened."""
        return self._granted

    @property
    def idle_count(self) -> int:
        """Open connections waiting for a request."""
        return len(self._idle)

    async def handle_async_request(
        self, request: httpcore.Request
    ) -> httpcore.Response:
        """Send ``request`` on a pooled connection; the response holds the
        connection until it is closed."""
        connection = await self._acquire(request)
        try:
            response = await connection.http.handle_async_request(request)
        except BaseException:
            await self._release(connection)
            raise
        if not connection.probed:
            connection.probed = True
            stream = response.extensions.get("network_stream")
            if stream is not None:
                connection.disconnected = _disconnection_probe(stream)
        response.stream = _AsyncReleasingStream(response.stream, self, connection)
        return response

    async def _acquire(self, request: httpcore.Request) -> _AsyncPooledConnection:
        stale: list[_AsyncPooledConnection] = []
        waiter: _AsyncWaiter | None = None
        connection: _AsyncPooledConnection | None = None
        with self._guard:
            if self._closed:
                raise RuntimeError("the client is closed")
            now = time.monotonic()
            while self._idle:
                candidate = self._idle.pop()
                disconnected = candidate.disconnected
                if now - candidate.idle_since > self._keepalive_expiry or (
                    disconnected is not None and disconnected()
                ):
                    stale.append(candidate)
                    self._open.discard(candidate)
                    self._granted -= 1
                    continue
                connection = candidate
                break
            if connection is None:
                if self._granted < self._max_connections:
                    self._granted += 1
                else:
                    waiter = _AsyncWaiter()
                    self._waiters.append(waiter)
        for old in stale:
            await old.http.aclose()
        if connection is not None:
            return connection
        if waiter is not None:
            connection = await self._wait(waiter, _timeout(request, "pool"))
            if connection is not None:
                return connection
            if self._closed:
                await self._give_back(None)
                raise RuntimeError("the client is closed")
        connection = _AsyncPooledConnection(self._connect(request.url.origin))
        with self._guard:
            self._open.add(connection)
        return connection

    async def _wait(
        self, waiter: _AsyncWaiter, timeout: float | None
    ) -> _AsyncPooledConnection | None:
        """The connection handed to ``waiter``, or ``None``: leave to open one."""
        try:
            await waiter.event.wait(timeout)
        except BaseException:
            await self._abandon(waiter)
            raise
        if not waiter.served:
            await self._abandon(waiter)
            raise httpcore.PoolTimeout(
                f"no connection came free within {timeout} s "
                f"({self._max_connections} in use)"
            )
        return waiter.connection

    async def _abandon(self, waiter: _AsyncWaiter) -> None:
        """A waiter gave up (timeout, cancellation): whatever it was handed
        goes to the next one."""
        with self._guard:
            if not waiter.served:
                waiter.served = True
                self._waiters.remove(waiter)
                return
        if waiter.connection is not None:
            await self._release(waiter.connection)
        else:
            await self._give_back(None)

    async def _give_back(self, connection: _AsyncPooledConnection | None) -> None:
        """A place in the limit is free (``connection`` closed or never
        opened): the next waiter may open a connection."""
        with self._guard:
            if connection is not None:
                self._open.discard(connection)
            self._granted -= 1
            while self._waiters and self._granted < self._max_connections:
                waiter = self._waiters.popleft()
                waiter.served = True
                self._granted += 1
                waiter.event.set()
        if connection is not None:
            await connection.http.aclose()

    async def _release(self, connection: _AsyncPooledConnection) -> None:
        """A response is done with ``connection``: reuse it or close it."""
        http = connection.http
        if self._closed or not http.is_idle() or http.is_closed():
            await self._give_back(connection)
            return
        with self._guard:
            if self._waiters:
                waiter = self._waiters.popleft()
                waiter.served = True
                waiter.connection = connection
                waiter.event.set()
                return
            connection.idle_since = time.monotonic()
            self._idle.append(connection)

    async def aclose(self) -> None:
        """Close every connection, idle or in use; waiting requests fail."""
        with self._guard:
            self._closed = True
            connections = list(self._open)
            self._open.clear()
            self._idle.clear()
            waiters = list(self._waiters)
            self._waiters.clear()
            for waiter in waiters:
                waiter.served = True
                self._granted += 1
                waiter.event.set()
        for connection in connections:
            await connection.http.aclose()
