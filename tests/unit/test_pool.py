"""The client's own connection pool, against a tiny HTTP/1.1 server on a
unix socket that answers each request with the number of the connection it
came on."""

from __future__ import annotations

import asyncio
import os
import socket
import socketserver
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager

import httpcore
import pytest

from moby_client._async._pool import AsyncDaemonPool
from moby_client._async._transport import _connector as async_connector
from moby_client._sync._pool import DaemonPool
from moby_client._sync._transport import _connector


class _Server:
    def __init__(self, path: str) -> None:
        self.path = path
        self.accepted = 0
        self.open = 0
        self.most_open = 0
        self.lock = threading.Lock()
        server = self

        class Handler(socketserver.BaseRequestHandler):
            def handle(self) -> None:
                with server.lock:
                    server.accepted += 1
                    number = server.accepted
                    server.open += 1
                    server.most_open = max(server.most_open, server.open)
                try:
                    self._serve(number)
                except OSError:
                    pass  # the client went away mid-answer
                finally:
                    with server.lock:
                        server.open -= 1

            def _serve(self, number: int) -> None:
                sock: socket.socket = self.request
                buffer = b""
                while True:
                    while b"\r\n\r\n" not in buffer:
                        data = sock.recv(65536)
                        if not data:
                            return
                        buffer += data
                    head, _, buffer = buffer.partition(b"\r\n\r\n")
                    path = head.split(b" ")[1].decode()
                    if path == "/slow":
                        time.sleep(0.2)
                    if path == "/upgrade":
                        sock.sendall(
                            b"HTTP/1.1 101 UPGRADED\r\nConnection: Upgrade\r\n"
                            b"Upgrade: tcp\r\n\r\n"
                        )
                        while sock.recv(65536):
                            pass
                        return
                    body = str(number).encode()
                    sock.sendall(
                        b"HTTP/1.1 200 OK\r\nContent-Length: "
                        + str(len(body)).encode()
                        + b"\r\n\r\n"
                        + body
                    )
                    if path == "/drop":
                        # closes a kept-alive connection without saying so
                        return

        class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
            daemon_threads = True

        self._server = Server(path, Handler)
        threading.Thread(
            target=self._server.serve_forever, args=(0.02,), daemon=True
        ).start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()


@contextmanager
def _serving() -> Iterator[_Server]:
    with tempfile.TemporaryDirectory() as directory:
        server = _Server(os.path.join(directory, "d.sock"))
        try:
            yield server
        finally:
            server.stop()


def _request(path: str, pool_timeout: float | None = None) -> httpcore.Request:
    headers = [(b"Host", b"api.moby.localhost")]
    if path == "/upgrade":
        headers += [(b"Connection", b"Upgrade"), (b"Upgrade", b"tcp")]
    return httpcore.Request(
        b"POST" if path == "/upgrade" else b"GET",
        f"http://api.moby.localhost{path}",
        headers=headers,
        extensions={"timeout": {"pool": pool_timeout, "connect": 5, "read": 5}},
    )


def _pool(server: _Server, limit: int = 4, expiry: float = 30.0) -> DaemonPool:
    return DaemonPool(
        _connector(server.path), max_connections=limit, keepalive_expiry=expiry
    )


def _get(pool: DaemonPool, path: str = "/") -> int:
    response = pool.handle_request(_request(path))
    try:
        return int(response.read())
    finally:
        response.close()


def test_a_kept_alive_connection_is_reused() -> None:
    with _serving() as server, _pool(server) as pool:
        assert {_get(pool) for _ in range(20)} == {1}
        assert server.accepted == 1
        assert (pool.connection_count, pool.idle_count) == (1, 1)


def test_an_expired_idle_connection_is_replaced() -> None:
    with _serving() as server, _pool(server, expiry=0.05) as pool:
        assert _get(pool) == 1
        time.sleep(0.1)
        assert _get(pool) == 2
        assert pool.connection_count == 1


def test_a_connection_the_daemon_closed_while_idle_is_not_used() -> None:
    with _serving() as server, _pool(server) as pool:
        assert _get(pool, "/drop") == 1
        deadline = time.monotonic() + 5
        while server.open and time.monotonic() < deadline:
            time.sleep(0.01)
        assert _get(pool) == 2
        assert pool.connection_count == 1


def test_the_limit_holds_under_threads() -> None:
    with _serving() as server, _pool(server, limit=2) as pool:
        errors: list[BaseException] = []

        def work() -> None:
            try:
                _get(pool, "/slow")
            except BaseException as exc:
                errors.append(exc)

        threads = [threading.Thread(target=work) for _ in range(6)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert errors == []
        assert server.accepted == 2
        assert server.most_open == 2
        assert (pool.connection_count, pool.idle_count) == (2, 2)


def test_a_request_waits_no_longer_than_the_pool_timeout() -> None:
    with _serving() as server, _pool(server, limit=1) as pool:
        held = pool.handle_request(_request("/"))
        started = time.monotonic()
        with pytest.raises(httpcore.PoolTimeout):
            pool.handle_request(_request("/", pool_timeout=0.1))
        assert 0.1 <= time.monotonic() - started < 2
        held.read()
        held.close()
        assert (pool.connection_count, pool.idle_count) == (1, 1)
        assert _get(pool) == 1


def test_an_upgraded_connection_leaves_the_pool() -> None:
    with _serving() as server, _pool(server, limit=2) as pool:
        assert _get(pool) == 1
        upgraded = pool.handle_request(_request("/upgrade"))
        assert upgraded.status == 101
        assert pool.idle_count == 0
        assert _get(pool) == 2  # connection 1 now carries the session
        upgraded.extensions["network_stream"].write(b"raw bytes")
        upgraded.close()
        assert pool.connection_count == 1
        assert _get(pool) == 2


def test_open_descriptors_stay_flat_over_many_requests() -> None:
    with _serving() as server, _pool(server, limit=8) as pool:
        _get(pool)
        before = len(os.listdir("/proc/self/fd"))
        for _ in range(1000):
            _get(pool)
        assert len(os.listdir("/proc/self/fd")) <= before
        assert server.accepted == 1


def test_closing_the_pool_closes_idle_and_busy_connections() -> None:
    with _serving() as server:
        pool = _pool(server)
        _get(pool)
        busy = pool.handle_request(_request("/"))
        pool.close()
        deadline = time.monotonic() + 5
        while server.open and time.monotonic() < deadline:
            time.sleep(0.01)
        assert server.open == 0
        busy.close()
        with pytest.raises(RuntimeError):
            _get(pool)


def _async_pool(server: _Server, limit: int) -> AsyncDaemonPool:
    return AsyncDaemonPool(
        async_connector(server.path), max_connections=limit, keepalive_expiry=30
    )


async def _async_get(pool: AsyncDaemonPool, order: list[str], name: str) -> int:
    response = await pool.handle_async_request(_request("/"))
    order.append(name)
    try:
        return int(await response.aread())
    finally:
        await response.aclose()


@pytest.mark.asyncio
async def test_waiting_requests_are_served_first_come_first_served() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=1) as pool:
            held = await pool.handle_async_request(_request("/"))
            order: list[str] = []
            tasks = []
            for name in "abcde":
                tasks.append(asyncio.create_task(_async_get(pool, order, name)))
                await asyncio.sleep(0.01)
            assert order == []
            await held.aread()
            await held.aclose()
            assert await asyncio.gather(*tasks) == [1] * 5
            assert order == list("abcde")
            assert server.accepted == 1


@pytest.mark.asyncio
async def test_a_cancelled_waiter_takes_nothing_and_gives_nothing_twice() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=1) as pool:
            held = await pool.handle_async_request(_request("/"))
            order: list[str] = []
            early = asyncio.create_task(_async_get(pool, order, "early"))
            served = asyncio.create_task(_async_get(pool, order, "served"))
            late = asyncio.create_task(_async_get(pool, order, "late"))
            await asyncio.sleep(0.01)
            early.cancel()
            await held.aread()
            # the connection is handed to "served", which is cancelled before
            # it runs: the connection must go on to "late"
            await held.aclose()
            served.cancel()
            assert await asyncio.wait_for(late, 5) == 1
            for task in (early, served):
                with pytest.raises(asyncio.CancelledError):
                    await task
            assert order == ["late"]
            assert (pool.connection_count, pool.idle_count) == (1, 1)
            assert await _async_get(pool, order, "after") == 1
            assert server.accepted == 1


@pytest.mark.asyncio
async def test_the_async_limit_holds_under_many_tasks() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=3) as pool:
            order: list[str] = []
            results = await asyncio.gather(
                *(_async_get(pool, order, str(n)) for n in range(200))
            )
            assert set(results) <= {1, 2, 3}
            assert server.most_open <= 3
            assert pool.connection_count <= 3
            assert pool.idle_count == pool.connection_count


@pytest.mark.asyncio
async def test_an_async_connection_the_daemon_closed_while_idle_is_not_used() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=2) as pool:
            response = await pool.handle_async_request(_request("/drop"))
            assert await response.aread() == b"1"
            await response.aclose()
            for _ in range(500):
                if not server.open:
                    break
                await asyncio.sleep(0.01)
            await asyncio.sleep(0.05)  # the loop sees the daemon's close
            assert await _async_get(pool, [], "next") == 2
            assert pool.connection_count == 1


@pytest.mark.asyncio
async def test_an_async_read_times_out_with_httpcores_error() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=1) as pool:
            request = _request("/slow")
            request.extensions["timeout"]["read"] = 0.05
            with pytest.raises(httpcore.ReadTimeout):
                await pool.handle_async_request(request)
            assert pool.connection_count == 0
            assert await _async_get(pool, [], "next") == 2


def test_an_async_pool_outlives_its_event_loop() -> None:
    with _serving() as server:
        pool = _async_pool(server, limit=2)
        first = asyncio.run(_async_get(pool, [], "first loop"))
        # the idle connection belongs to a closed loop: a new one is opened
        second = asyncio.run(_async_get(pool, [], "second loop"))
        assert (first, second) == (1, 2)
        assert pool.connection_count == 1
        asyncio.run(pool.aclose())


@pytest.mark.asyncio
async def test_an_async_request_waits_no_longer_than_the_pool_timeout() -> None:
    with _serving() as server:
        async with _async_pool(server, limit=1) as pool:
            held = await pool.handle_async_request(_request("/"))
            started = time.monotonic()
            with pytest.raises(httpcore.PoolTimeout):
                await pool.handle_async_request(_request("/", pool_timeout=0.1))
            assert 0.1 <= time.monotonic() - started < 2
            await held.aread()
            await held.aclose()
            assert (pool.connection_count, pool.idle_count) == (1, 1)
            assert await _async_get(pool, [], "after") == 1
