"""Errors of a busy pool and of a response that breaks off name their cause."""

from __future__ import annotations

import os
import socket
import tempfile
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, MobyClient, Timeout
from moby_client.errors import (
    DaemonUnreachableError,
    MobyError,
    MobyTimeoutError,
    StreamError,
)


def _slow_logs(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if "/logs" in request.path:
        frame = b"\x01\x00\x00\x00\x00\x00\x00\x03hi\n"
        return Reply(
            chunks=[frame] * 20,
            chunk_delay=0.1,
            content_type="application/vnd.docker.multiplexed-stream",
        )
    return Reply(body=b'{"Id": "c1"}')


def test_a_full_pool_says_so() -> None:
    with (
        fake_daemon(handler=_slow_logs) as daemon,
        MobyClient(daemon.host, api_version="1.41", max_connections=1) as client,
        client.containers.logs("c1", stdout=True, follow=True) as logs,
    ):
        next(iter(logs))
        with pytest.raises(MobyTimeoutError, match="max_connections") as caught:
            client.system.ping(options={"timeout": Timeout(pool=0.2)})
    assert "max_connections=1 " in str(caught.value)


async def test_a_full_pool_says_so_async() -> None:
    with fake_daemon(handler=_slow_logs) as daemon:
        async with AsyncMobyClient(
            daemon.host, api_version="1.41", max_connections=1
        ) as client:
            logs = await client.containers.logs("c1", stdout=True, follow=True)
            async with logs:
                await logs.__anext__()
                with pytest.raises(MobyTimeoutError, match="max_connections"):
                    await client.system.ping(options={"timeout": Timeout(pool=0.2)})


@contextmanager
def _raw_daemon(answer: Callable[[str], bytes]) -> Iterator[str]:
    """A unix socket that answers each request line with ``answer``'s bytes and
    then hangs up."""
    directory = tempfile.mkdtemp(prefix="moby-raw-")
    path = os.path.join(directory, "docker.sock")
    server = socket.socket(socket.AF_UNIX)
    server.bind(path)
    server.listen(8)

    def serve() -> None:
        while True:
            try:
                conn, _ = server.accept()
            except OSError:
                return
            with conn:
                data = b""
                while b"\r\n\r\n" not in data:
                    chunk = conn.recv(65536)
                    if not chunk:
                        break
                    data += chunk
                conn.sendall(answer(data.split(b"\r\n", 1)[0].decode()))

    threading.Thread(target=serve, daemon=True).start()
    try:
        yield "unix://" + path
    finally:
        server.close()
        os.unlink(path)
        os.rmdir(directory)


def _cut_body(request_line: str) -> bytes:
    return (
        b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\n"
        b'Content-Length: 100\r\n\r\n{"Id":'
    )


def test_a_body_cut_short_is_not_called_no_response() -> None:
    with (
        _raw_daemon(_cut_body) as host,
        MobyClient(host, api_version="1.41", max_retries=0) as client,
        pytest.raises(DaemonUnreachableError) as caught,
    ):
        client.containers.inspect("c1")
    message = str(caught.value)
    assert "before a response" not in message
    assert "response body" in message


async def test_a_body_cut_short_is_not_called_no_response_async() -> None:
    with _raw_daemon(_cut_body) as host:
        async with AsyncMobyClient(host, api_version="1.41", max_retries=0) as client:
            with pytest.raises(DaemonUnreachableError, match="response body"):
                await client.containers.inspect("c1")


def test_a_closed_client_refuses_requests_instead_of_reconnecting() -> None:
    with fake_daemon() as daemon:
        client = MobyClient(daemon.host, api_version="1.41")
        client.system.ping()
        client.close()
        client.close()  # twice is harmless
        with pytest.raises(MobyError, match="closed"):
            client.system.ping()
        with pytest.raises(MobyError, match="closed"):
            client.containers.logs("c1", stdout=True)
        assert daemon.paths() == ["GET /v1.41/_ping"]


async def test_a_closed_client_refuses_requests_async() -> None:
    with fake_daemon() as daemon:
        async with AsyncMobyClient(daemon.host) as client:
            await client.system.ping()
        with pytest.raises(MobyError, match="closed"):
            await client.system.ping()
        with pytest.raises(MobyError, match="closed"):
            await client.negotiate(force=True)
        assert len(daemon.requests) == 2


def _exec_handler(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if request.path.endswith("/exec"):
        return Reply(status=201, body=b'{"Id": "e1"}')
    if request.path.endswith("/start"):
        return Reply(
            status=101,
            content_type="application/vnd.docker.multiplexed-stream",
            chunks=[b"\x01\x00\x00\x00\x00\x00\x00\x02hi"],
        )
    return Reply(body=b'{"ID": "e1", "Running": false, "ExitCode": 0}')


def test_a_closed_session_says_so() -> None:
    with (
        fake_daemon(handler=_exec_handler) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        session = client.exec.session("c1", ["cat"], stdin=True)
        session.close()
        session.close()
        with pytest.raises(StreamError, match="session is closed"):
            session.write(b"late")
        session.close_stdin()  # nothing left to close


async def test_a_closed_session_says_so_async() -> None:
    with fake_daemon(handler=_exec_handler) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            session = await client.exec.session("c1", ["cat"], stdin=True)
            await session.aclose()
            with pytest.raises(StreamError, match="session is closed"):
                await session.write(b"late")
