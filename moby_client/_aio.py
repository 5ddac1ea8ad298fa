"""The async client's network streams: asyncio's own transports for unix
sockets when the client runs under asyncio, anyio's (httpcore's
``AnyIOBackend``) otherwise.

A read that finds bytes already received returns them at once: no task
switch, no timer. A read that has to wait arms one timer for its timeout. A
write hands the bytes to the transport and waits only while the transport's
buffer is over its high-water mark. Errors are httpcore's network errors,
as from its own backends.
"""

from __future__ import annotations

import asyncio
import socket
from collections.abc import Iterable
from typing import Any, Final

import anyio
import httpcore
import sniffio

__all__ = ["AsyncDaemonBackend", "AsyncioSignal"]

_PAUSE_ABOVE: Final = 1024 * 1024
"""Received bytes held before the transport stops reading (flow control)."""


class _AsyncioStream(asyncio.Protocol, httpcore.AsyncNetworkStream):
    """One connection as an asyncio protocol and an httpcore network stream."""

    def __init__(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._transport: asyncio.Transport | None = None
        self._buffer = bytearray()
        self._eof = False
        self._error: BaseException | None = None
        self._reader: asyncio.Future[None] | None = None
        self._writer: asyncio.Future[None] | None = None
        self._reading_paused = False
        self._writing_paused = False
        self.sock: socket.socket | None = None
        """The socket, kept to close it when its event loop is gone."""

    # asyncio.Protocol

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def data_received(self, data: bytes) -> None:
        self._buffer += data
        if len(self._buffer) > _PAUSE_ABOVE and self._transport is not None:
            self._transport.pause_reading()
            self._reading_paused = True
        self._wake_reader()

    def eof_received(self) -> bool:
        self._eof = True
        self._wake_reader()
        return True  # keep writing possible (a half-closed upgraded session)

    def connection_lost(self, exc: Exception | None) -> None:
        self._eof = True
        self._error = exc
        self._wake_reader()
        writer, self._writer = self._writer, None
        if writer is not None and not writer.done():
            writer.set_result(None)

    def pause_writing(self) -> None:
        self._writing_paused = True

    def resume_writing(self) -> None:
        self._writing_paused = False
        writer, self._writer = self._writer, None
        if writer is not None and not writer.done():
            writer.set_result(None)

    def _wake_reader(self) -> None:
        reader, self._reader = self._reader, None
        if reader is not None and not reader.done():
            reader.set_result(None)

    # httpcore.AsyncNetworkStream

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        if not self._buffer and not self._eof:
            await self._wait("read", timeout)
        if self._buffer:
            data = bytes(self._buffer[:max_bytes])
            del self._buffer[:max_bytes]
            if self._reading_paused and len(self._buffer) <= _PAUSE_ABOVE // 2:
                self._reading_paused = False
                if self._transport is not None:
                    self._transport.resume_reading()
            return data
        if self._error is not None:
            raise httpcore.ReadError(str(self._error) or type(self._error).__name__)
        return b""

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        transport = self._transport
        if transport is None or transport.is_closing():
            raise httpcore.WriteError(
                str(self._error) if self._error else "the connection is closed"
            )
        if not buffer:
            return
        transport.write(buffer)
        if self._writing_paused:
            await self._wait("write", timeout)
            if self._error is not None:
                raise httpcore.WriteError(str(self._error))

    async def _wait(self, kind: str, timeout: float | None) -> None:
        waiter = self._loop.create_future()
        if kind == "read":
            self._reader = waiter
        else:
            self._writer = waiter
        timer = None
        if timeout is not None:
            timer = self._loop.call_later(timeout, _expire, waiter)
        try:
            await waiter
        except TimeoutError:
            if kind == "read":
                raise httpcore.ReadTimeout(
                    f"no data within the read timeout ({timeout} s)"
                ) from None
            raise httpcore.WriteTimeout(
                f"could not write within the write timeout ({timeout} s)"
            ) from None
        finally:
            if timer is not None:
                timer.cancel()

    async def aclose(self) -> None:
        if self._transport is None:
            return
        if self._loop.is_closed():
            # asyncio.run() ended without closing the client: no loop can
            # close the transport, so the socket is closed here
            if self.sock is not None:
                self.sock.close()
            return
        self._transport.close()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("TLS is set up by httpcore's own pool")

    def get_extra_info(self, info: str) -> Any:
        if info == "is_readable":
            return self.disconnected()
        if info == "close_write":
            return self._close_write
        if self._transport is None:
            return None
        if info == "socket":
            return self._transport.get_extra_info("socket")
        if info == "client_addr":
            return self._transport.get_extra_info("sockname")
        if info == "server_addr":
            return self._transport.get_extra_info("peername")
        return None

    async def _close_write(self) -> None:
        if self._transport is not None and self._transport.can_write_eof():
            self._transport.write_eof()

    def disconnected(self) -> bool:
        """Whether an idle connection has anything pending: only the daemon's
        close (or garbage) can be there, so it cannot be reused."""
        return (
            self._eof
            or bool(self._buffer)
            or self._transport is None
            or self._transport.is_closing()
            or self._loop is not asyncio.get_running_loop()  # made in another
        )


class AsyncioSignal:
    """A one-shot signal between asyncio tasks: one future, no event object
    or cancel scope."""

    __slots__ = ("_future",)

    def __init__(self) -> None:
        self._future: asyncio.Future[None] = asyncio.get_running_loop().create_future()

    def set(self) -> None:
        """Wake the waiting task (once; later calls do nothing)."""
        if not self._future.done():
            self._future.set_result(None)

    async def wait(self, timeout: float | None) -> None:
        """Return once set, or after ``timeout`` seconds."""
        future = self._future
        if future.done():
            return
        timer = None
        if timeout is not None:
            timer = asyncio.get_running_loop().call_later(timeout, self.set)
        try:
            await future
        finally:
            if timer is not None:
                timer.cancel()


def _expire(waiter: asyncio.Future[None]) -> None:
    if not waiter.done():
        waiter.set_exception(TimeoutError())


class AsyncDaemonBackend(httpcore.AsyncNetworkBackend):
    """httpcore network backend: asyncio transports for unix sockets under
    asyncio; anyio's streams for TCP and under any other event loop (trio)."""

    def __init__(self) -> None:
        self._fallback: httpcore.AsyncNetworkBackend | None = None

    def _other(self) -> httpcore.AsyncNetworkBackend:
        if self._fallback is None:
            self._fallback = httpcore.AnyIOBackend()
        return self._fallback

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self._other().connect_tcp(
            host, port, timeout, local_address, socket_options
        )

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        if sniffio.current_async_library() != "asyncio" or socket_options:
            return await self._other().connect_unix_socket(
                path, timeout, socket_options
            )
        loop = asyncio.get_running_loop()
        sock = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
        sock.setblocking(False)
        try:
            await asyncio.wait_for(loop.sock_connect(sock, path), timeout)
            _, stream = await loop.create_unix_connection(_AsyncioStream, sock=sock)
        except (TimeoutError, asyncio.TimeoutError):
            sock.close()
            raise httpcore.ConnectTimeout("the connection timed out") from None
        except OSError as exc:
            sock.close()
            raise httpcore.ConnectError(str(exc)) from exc
        except BaseException:
            sock.close()
            raise
        stream.sock = sock
        return stream

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)
