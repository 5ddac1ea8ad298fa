"""Only GET/HEAD requests that failed before any response are retried, a
bounded number of times."""

from __future__ import annotations

from typing import Any

import httpcore
import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client._config import DEFAULT_MAX_RETRIES, DEFAULT_RETRY_BACKOFF
from moby_client.errors import DaemonUnreachableError, MobyTimeoutError


class FlakyPool:
    """Fails the first ``failures`` requests with ``error``, then answers."""

    def __init__(self, failures: int, error: Exception) -> None:
        self.failures = failures
        self.error = error
        self.calls: list[str] = []

    def _answer(self, request: httpcore.Request) -> httpcore.Response:
        self.calls.append(f"{request.method.decode()} {request.url.target.decode()}")
        if len(self.calls) <= self.failures:
            raise self.error
        return httpcore.Response(
            200, headers=[(b"Content-Type", b"application/json")], content=b"{}"
        )

    def handle_request(self, request: httpcore.Request) -> httpcore.Response:
        return self._answer(request)

    async def handle_async_request(
        self, request: httpcore.Request
    ) -> httpcore.Response:
        return self._answer(request)

    def close(self) -> None:
        pass

    async def aclose(self) -> None:
        pass


def client_with(pool: FlakyPool, **kwargs: Any) -> MobyClient:
    client = MobyClient("unix:///x.sock", api_version="1.41", retry_backoff=0, **kwargs)
    client._pool = pool  # type: ignore[assignment]
    return client


def test_defaults_are_named_and_bounded() -> None:
    assert DEFAULT_MAX_RETRIES == 2
    assert 0 < DEFAULT_RETRY_BACKOFF < 1


def test_get_is_retried_after_a_connect_error() -> None:
    pool = FlakyPool(2, httpcore.ConnectError("refused"))
    with client_with(pool) as client:
        assert client.system.info() is not None
    assert pool.calls == ["GET /v1.41/info"] * 3


def test_retries_are_bounded() -> None:
    pool = FlakyPool(10, httpcore.ConnectError("refused"))
    with client_with(pool, max_retries=3) as client:
        with pytest.raises(DaemonUnreachableError):
            client.system.info()
    assert len(pool.calls) == 4


def test_zero_retries() -> None:
    pool = FlakyPool(1, httpcore.ConnectError("refused"))
    with client_with(pool, max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError):
            client.system.info()
    assert len(pool.calls) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.containers.create(image="busybox:local"),
        lambda c: c.containers.start("c1"),
        lambda c: c.exec.create("c1", cmd=["true"]),
    ],
)
def test_post_is_never_retried(call: Any) -> None:
    pool = FlakyPool(1, httpcore.ConnectError("refused"))
    with client_with(pool) as client, pytest.raises(DaemonUnreachableError):
        call(client)
    assert len(pool.calls) == 1
    assert pool.calls[0].startswith("POST ")


@pytest.mark.parametrize(
    "error",
    [
        httpcore.RemoteProtocolError("Server disconnected without sending a response."),
        httpcore.ReadError("reset"),
        httpcore.WriteError("broken pipe"),
    ],
)
def test_get_is_retried_on_a_dropped_kept_alive_connection(error: Exception) -> None:
    pool = FlakyPool(1, error)
    with client_with(pool) as client:
        assert client.system.info() is not None
    assert pool.calls == ["GET /v1.41/info"] * 2


def test_post_is_not_retried_on_a_dropped_connection() -> None:
    pool = FlakyPool(1, httpcore.RemoteProtocolError("Server disconnected"))
    with client_with(pool) as client, pytest.raises(DaemonUnreachableError):
        client.containers.start("c1")
    assert len(pool.calls) == 1


def test_timeouts_are_not_retried() -> None:
    pool = FlakyPool(1, httpcore.ReadTimeout("slow"))
    with client_with(pool) as client, pytest.raises(MobyTimeoutError):
        client.system.info()
    assert len(pool.calls) == 1


async def test_async_get_is_retried() -> None:
    pool = FlakyPool(1, httpcore.ConnectTimeout("slow"))
    client = AsyncMobyClient("unix:///x.sock", api_version="1.51", retry_backoff=0)
    client._pool = pool  # type: ignore[assignment]
    async with client:
        await client.system.info()
    assert pool.calls == ["GET /v1.51/info"] * 2
