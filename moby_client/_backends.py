"""The few pieces that differ between the async and the sync client.

Everything else of the sync client is derived from the async source by
``codegen/unasync.py``, which renames ``AsyncX`` to ``X``; the pairs here are
written by hand because their bodies differ, not only their names:

- :class:`AsyncCompat` / :class:`Compat`: lock, sleep, events, the network
  backend, and what reading ``client.api_version`` does before negotiation;
- :class:`AsyncSSHBackend` / :class:`SSHBackend`: an httpcore network backend
  whose "connection" is ``ssh … docker system dial-stdio``, the stdin and
  stdout of that process carrying the HTTP bytes.
"""

from __future__ import annotations

import contextlib
import os
import select
import subprocess
import threading
import time
from collections.abc import Iterable, Sequence
from typing import TYPE_CHECKING, Any, Final, Protocol

import anyio
import anyio.abc
import httpcore
import sniffio

from .errors import MobyError

if TYPE_CHECKING:
    from ._apiversion import APIVersion
    from ._protocol.hosts import DaemonHost

__all__ = [
    "AsyncCompat",
    "Compat",
    "AsyncSSHBackend",
    "SSHBackend",
    "ssh_command",
]

SSH_CONNECT_TIMEOUT: Final = 30
"""Seconds ssh may take to connect when the request sets no connect timeout."""

_STDERR_LIMIT: Final = 4096


class _Negotiating(Protocol):
    def negotiate(self) -> Any: ...


class AsyncSignal(Protocol):
    """A one-shot signal between tasks."""

    def set(self) -> None:
        """Wake the waiting task (once; later calls do nothing)."""

    async def wait(self, timeout: float | None) -> None:
        """Return once set, or after ``timeout`` seconds."""


class _AnyioSignal:
    __slots__ = ("_event",)

    def __init__(self) -> None:
        self._event = anyio.Event()

    def set(self) -> None:
        self._event.set()

    async def wait(self, timeout: float | None) -> None:
        with anyio.move_on_after(timeout):
            await self._event.wait()


class AsyncCompat:
    """Async side of the shims: anyio lock and sleep."""

    @staticmethod
    def lock() -> anyio.Lock:
        """A lock for ``async with``."""
        return anyio.Lock()

    @staticmethod
    async def sleep(seconds: float) -> None:
        """Sleep without blocking the event loop."""
        await anyio.sleep(seconds)

    @staticmethod
    def event() -> AsyncSignal:
        """A one-shot signal from one task to another: a bare future under
        asyncio, an anyio event under any other loop."""
        if sniffio.current_async_library() == "asyncio":
            from ._aio import AsyncioSignal

            return AsyncioSignal()
        return _AnyioSignal()

    @staticmethod
    def state_guard() -> contextlib.AbstractContextManager[object]:
        """Guards bookkeeping that has no ``await`` inside: nothing to do in
        one event loop."""
        return contextlib.nullcontext()

    @staticmethod
    def network_backend() -> httpcore.AsyncNetworkBackend:
        """Opens unix-socket and TCP streams in the running event loop."""
        from ._aio import AsyncDaemonBackend

        return AsyncDaemonBackend()

    @staticmethod
    def unnegotiated_version(client: object) -> APIVersion:
        """``client.api_version`` before negotiation: an async property cannot
        negotiate, so it says how to."""
        raise MobyError(
            "the API version is not negotiated yet: make a request or call "
            "'await client.negotiate()' first"
        )


class Compat:
    """Sync side of the shims: thread lock and sleep."""

    @staticmethod
    def lock() -> threading.Lock:
        """A lock for ``with``."""
        return threading.Lock()

    @staticmethod
    def sleep(seconds: float) -> None:
        """Sleep (blocks the thread)."""
        time.sleep(seconds)

    @staticmethod
    def event() -> threading.Event:
        """A one-shot signal from one thread to another."""
        return threading.Event()

    @staticmethod
    def state_guard() -> contextlib.AbstractContextManager[object]:
        """Guards bookkeeping shared by threads."""
        return threading.Lock()

    @staticmethod
    def network_backend() -> httpcore.NetworkBackend:
        """Opens unix-socket and TCP streams with blocking sockets."""
        return httpcore.SyncBackend()

    @staticmethod
    def unnegotiated_version(client: _Negotiating) -> APIVersion:
        """``client.api_version`` before negotiation: negotiate now."""
        version: APIVersion = client.negotiate()
        return version


def ssh_command(
    host: DaemonHost,
    *,
    connect_timeout: float | None,
    options: Sequence[str] = (),
) -> list[str]:
    """The ssh command line that serves the daemon's API on stdin/stdout.

    ``options`` are extra ssh arguments (``["-F", "config"]``,
    ``["-i", "key"]``), put before the host.
    """
    command = ["ssh", "-o", "BatchMode=yes", *options]
    seconds = SSH_CONNECT_TIMEOUT if connect_timeout is None else connect_timeout
    command += ["-o", f"ConnectTimeout={max(1, int(seconds))}"]
    if host.user:
        command += ["-l", host.user]
    if host.port is not None:
        command += ["-p", str(host.port)]
    command += ["--", host.host, "docker", "system", "dial-stdio"]
    return command


def _ssh_failure(host: DaemonHost, returncode: int | None, stderr: bytes) -> str:
    detail = stderr.decode("utf-8", "replace").strip()[-_STDERR_LIMIT:]
    code = "" if returncode is None else f" (ssh exit status {returncode})"
    return f"ssh to {host.host} ended before the daemon answered{code}: {detail}"


class AsyncSSHStream(httpcore.AsyncNetworkStream):
    """The stdin/stdout of an ``ssh … dial-stdio`` process as a network stream."""

    def __init__(self, process: anyio.abc.Process, host: DaemonHost) -> None:
        self._process = process
        self._host = host
        self._received = False

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        assert self._process.stdout is not None
        try:
            with anyio.fail_after(timeout):
                data = await self._process.stdout.receive(max_bytes)
        except TimeoutError:
            raise httpcore.ReadTimeout("ssh: no data within the read timeout") from None
        except (anyio.EndOfStream, anyio.ClosedResourceError):
            data = b""
        if not data and not self._received:
            raise httpcore.ConnectError(await self._failure())
        self._received = True
        return data

    async def _failure(self) -> str:
        stderr = b""
        if self._process.stderr is not None:
            with anyio.move_on_after(2):
                try:
                    while len(stderr) < _STDERR_LIMIT:
                        stderr += await self._process.stderr.receive()
                except (anyio.EndOfStream, anyio.ClosedResourceError):
                    pass
        with anyio.move_on_after(2):
            await self._process.wait()
        return _ssh_failure(self._host, self._process.returncode, stderr)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        assert self._process.stdin is not None
        try:
            with anyio.fail_after(timeout):
                await self._process.stdin.send(buffer)
        except TimeoutError:
            raise httpcore.WriteTimeout("ssh: write timed out") from None
        except (anyio.BrokenResourceError, anyio.ClosedResourceError) as exc:
            raise httpcore.WriteError(f"ssh: {exc!r}") from None

    async def close_write(self) -> None:
        """Half-close: end ssh's stdin, so the remote side sees EOF."""
        if self._process.stdin is not None:
            await self._process.stdin.aclose()

    async def aclose(self) -> None:
        with anyio.CancelScope(shield=True):
            if self._process.stdin is not None:
                await self._process.stdin.aclose()
            if self._process.returncode is None:
                self._process.terminate()
            with anyio.move_on_after(2):
                await self._process.wait()
            if self._process.returncode is None:
                self._process.kill()
            await self._process.aclose()

    async def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.AsyncNetworkStream:
        raise httpcore.ConnectError("TLS over ssh:// is not supported")

    def get_extra_info(self, info: str) -> Any:
        if info == "close_write":
            return self.close_write
        return None


class AsyncSSHBackend(httpcore.AsyncNetworkBackend):
    """Connects by starting ``ssh … docker system dial-stdio`` (async)."""

    def __init__(self, host: DaemonHost, options: Sequence[str] = ()) -> None:
        self._host = host
        self._options = tuple(options)

    async def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        command = ssh_command(
            self._host, connect_timeout=timeout, options=self._options
        )
        try:
            process = await anyio.open_process(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
            )
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot start ssh: {exc}") from None
        return AsyncSSHStream(process, self._host)

    async def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.AsyncNetworkStream:
        return await self.connect_tcp("", 0, timeout)

    async def sleep(self, seconds: float) -> None:
        await anyio.sleep(seconds)


class SSHStream(httpcore.NetworkStream):
    """The stdin/stdout of an ``ssh … dial-stdio`` process as a network stream."""

    def __init__(self, process: subprocess.Popen[bytes], host: DaemonHost) -> None:
        self._process = process
        self._host = host
        self._received = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        assert self._process.stdout is not None
        fd = self._process.stdout.fileno()
        readable, _, _ = select.select([fd], [], [], timeout)
        if not readable:
            raise httpcore.ReadTimeout("ssh: no data within the read timeout")
        data = os.read(fd, max_bytes)
        if not data and not self._received:
            raise httpcore.ConnectError(self._failure())
        self._received = True
        return data

    def _failure(self) -> str:
        with contextlib.suppress(subprocess.TimeoutExpired):
            self._process.wait(timeout=2)
        stderr = b""
        if self._process.stderr is not None and self._process.returncode is not None:
            stderr = self._process.stderr.read(_STDERR_LIMIT) or b""
        return _ssh_failure(self._host, self._process.returncode, stderr)

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        assert self._process.stdin is not None
        fd = self._process.stdin.fileno()
        view = memoryview(buffer)
        while view:
            _, writable, _ = select.select([], [fd], [], timeout)
            if not writable:
                raise httpcore.WriteTimeout("ssh: write timed out")
            try:
                sent = os.write(fd, view)
            except OSError as exc:
                raise httpcore.WriteError(f"ssh: {exc}") from None
            view = view[sent:]

    def close_write(self) -> None:
        """Half-close: end ssh's stdin, so the remote side sees EOF."""
        if self._process.stdin is not None:
            self._process.stdin.close()

    def close(self) -> None:
        if self._process.stdin is not None:
            self._process.stdin.close()
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(timeout=2)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait()
        for pipe in (self._process.stdout, self._process.stderr):
            if pipe is not None:
                pipe.close()

    def start_tls(
        self,
        ssl_context: Any,
        server_hostname: str | None = None,
        timeout: float | None = None,
    ) -> httpcore.NetworkStream:
        raise httpcore.ConnectError("TLS over ssh:// is not supported")

    def get_extra_info(self, info: str) -> Any:
        if info == "close_write":
            return self.close_write
        return None


class SSHBackend(httpcore.NetworkBackend):
    """Connects by starting ``ssh … docker system dial-stdio`` (sync)."""

    def __init__(self, host: DaemonHost, options: Sequence[str] = ()) -> None:
        self._host = host
        self._options = tuple(options)

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        command = ssh_command(
            self._host, connect_timeout=timeout, options=self._options
        )
        try:
            process = subprocess.Popen(
                command,
                stdin=subprocess.PIPE,
                stdout=subprocess.PIPE,
                stderr=subprocess.PIPE,
                bufsize=0,
            )
        except OSError as exc:
            raise httpcore.ConnectError(f"cannot start ssh: {exc}") from None
        return SSHStream(process, self._host)

    def connect_unix_socket(
        self,
        path: str,
        timeout: float | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        return self.connect_tcp("", 0, timeout)

    def sleep(self, seconds: float) -> None:
        time.sleep(seconds)
