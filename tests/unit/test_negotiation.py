"""Negotiation against fake daemons announcing various API versions."""

from __future__ import annotations

import threading

import anyio
import httpcore
import pytest
import respx
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import APIVersion, AsyncMobyClient, MobyClient
from moby_client._negotiation import (
    FALLBACK_API_VERSION,
    DaemonInfo,
    choose_api_version,
    daemon_info_from_headers,
)
from moby_client.errors import (
    APIVersionError,
    APIVersionMismatchError,
    BadRequestError,
    MobyError,
)


@pytest.mark.parametrize(
    ("announced", "negotiated"),
    [
        ("1.41", "1.41"),
        ("1.44", "1.44"),
        ("1.51", "1.51"),
        ("1.56", "1.56"),
        ("1.60", "1.56"),
        (None, "1.25"),
    ],
)
def test_sync_client_uses_the_negotiated_prefix(
    announced: str | None, negotiated: str
) -> None:
    with fake_daemon(api_version=announced) as daemon:
        with MobyClient(daemon.host) as client:
            client.system.version()
            client.containers.list(all=True)
            assert client.api_version == APIVersion(negotiated)
        assert daemon.paths() == [
            "HEAD /_ping",
            f"GET /v{negotiated}/version",
            f"GET /v{negotiated}/containers/json?all=1",
        ]


@pytest.mark.parametrize(
    ("announced", "negotiated"), [("1.41", "1.41"), ("1.60", "1.56")]
)
async def test_async_client_uses_the_negotiated_prefix(
    announced: str, negotiated: str
) -> None:
    with fake_daemon(api_version=announced) as daemon:
        async with AsyncMobyClient(daemon.host) as client:
            await client.system.version()
            assert client.api_version == APIVersion(negotiated)
        assert daemon.paths() == ["HEAD /_ping", f"GET /v{negotiated}/version"]


def test_daemon_older_than_1_25_is_refused_clearly() -> None:
    with fake_daemon(api_version="1.24") as daemon, MobyClient(daemon.host) as client:
        with pytest.raises(APIVersionError) as caught:
            client.system.version()
        message = str(caught.value)
        assert "1.24" in message and "1.25" in message and "upgrade" in message
        assert caught.value.daemon_version == "1.24"
        assert daemon.paths() == ["HEAD /_ping"]


def test_head_ping_failing_falls_back_to_get() -> None:
    def handler(request: Recorded) -> Reply:
        if request.method == "HEAD":
            return Reply(status=404, body=b"")
        return Reply(body=b"OK", content_type="text/plain")

    with fake_daemon(api_version="1.51", handler=handler) as daemon:
        with MobyClient(daemon.host) as client:
            assert client.negotiate() == APIVersion("1.51")
        assert daemon.paths() == ["HEAD /_ping", "GET /_ping"]


def test_ping_facts_are_kept() -> None:
    headers = {
        "Ostype": "linux",
        "Docker-Experimental": "true",
        "Builder-Version": "2",
        "Swarm": "active/manager",
        "Server": "Docker/28.5.2 (linux)",
    }
    with fake_daemon(api_version="1.51", ping_headers=headers) as daemon:
        with MobyClient(daemon.host) as client:
            assert client.daemon is None
            client.negotiate()
            facts = client.daemon
    assert facts is not None
    assert facts.api_version == "1.51"
    assert facts.os_type == "linux"
    assert facts.experimental is True
    assert facts.builder_version == "2"
    assert facts.swarm_state == "active"
    assert facts.swarm_control_available is True


def test_header_parsing_without_swarm_role() -> None:
    facts = daemon_info_from_headers([(b"Swarm", b"inactive"), (b"Api-Version", b"x")])
    assert facts.swarm_state == "inactive"
    assert facts.swarm_control_available is False
    assert facts.api_version is None


def test_fallback_when_the_ping_names_no_version() -> None:
    assert choose_api_version(DaemonInfo()) == FALLBACK_API_VERSION == "1.25"


def test_pinned_version_sends_no_ping() -> None:
    with fake_daemon(api_version="1.51") as daemon:
        with MobyClient(daemon.host, api_version="1.44") as client:
            assert client.api_version == "1.44"
            client.system.version()
        assert daemon.paths() == ["GET /v1.44/version"]


def test_force_negotiates_again() -> None:
    with fake_daemon(api_version="1.41") as daemon:
        with MobyClient(daemon.host) as client:
            client.negotiate()
            daemon.api_version = "1.51"
            assert client.negotiate() == "1.41"
            assert client.negotiate(force=True) == "1.51"
        assert daemon.paths() == ["HEAD /_ping", "HEAD /_ping"]


def test_async_api_version_before_negotiation_says_what_to_do() -> None:
    client = AsyncMobyClient("unix:///nonexistent.sock")
    with pytest.raises(MobyError, match=r"await client\.negotiate"):
        _ = client.api_version


def test_sync_api_version_property_negotiates() -> None:
    with fake_daemon(api_version="1.44") as daemon, MobyClient(daemon.host) as client:
        assert client.api_version == "1.44"
        assert daemon.paths() == ["HEAD /_ping"]


async def test_one_ping_for_100_concurrent_async_first_requests() -> None:
    pings = 0

    def handler(request: Recorded) -> Reply:
        nonlocal pings
        if request.path.endswith("/_ping"):
            pings += 1
            return Reply(body=b"", content_type="text/plain", delay=0.05)
        return Reply(body=b"{}")

    with fake_daemon(api_version="1.51", handler=handler) as daemon:
        async with AsyncMobyClient(daemon.host) as client:
            async with anyio.create_task_group() as group:
                for _ in range(100):
                    group.start_soon(client.system.version)
        assert pings == 1
        versioned = [p for p in daemon.paths() if not p.endswith("/_ping")]
        assert versioned == ["GET /v1.51/version"] * 100


def test_one_ping_for_concurrent_threads() -> None:
    pings = 0

    def handler(request: Recorded) -> Reply:
        nonlocal pings
        if request.path.endswith("/_ping"):
            pings += 1
            return Reply(body=b"", content_type="text/plain", delay=0.05)
        return Reply(body=b"{}")

    with fake_daemon(api_version="1.41", handler=handler) as daemon:
        with MobyClient(daemon.host) as client:
            barrier = threading.Barrier(32)
            errors: list[BaseException] = []

            def call() -> None:
                barrier.wait()
                try:
                    client.system.version()
                except BaseException as exc:
                    errors.append(exc)

            threads = [threading.Thread(target=call) for _ in range(32)]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
        assert errors == []
        assert pings == 1
        assert daemon.paths().count("GET /v1.41/version") == 32


def test_respx_sees_the_versioned_path() -> None:
    with respx.mock(using="httpcore", assert_all_called=True) as mock:
        mock.head("http://api.moby.localhost/_ping").respond(
            200, headers={"Api-Version": "1.44"}
        )
        route = mock.get("http://api.moby.localhost/v1.44/info").respond(
            200, json={"ID": "abc"}
        )
        with MobyClient("unix:///var/run/docker.sock") as client:
            info = client.system.info()
        assert info["ID"] == "abc"
        assert route.calls.last.request.headers["host"] == "api.moby.localhost"


@pytest.mark.parametrize(
    ("message", "kind", "bound"),
    [
        (
            "client version 1.56 is too new. Maximum supported API version is 1.41",
            "new",
            "1.41",
        ),
        (
            "client version 1.25 is too old. Minimum supported API version is 1.44, "
            "please upgrade your client to a newer version",
            "old",
            "1.44",
        ),
    ],
)
def test_daemon_refusing_the_version(message: str, kind: str, bound: str) -> None:
    def handler(request: Recorded) -> Reply:
        return Reply(status=400, body=b'{"message": "%s"}' % message.encode())

    with fake_daemon(handler=handler) as daemon:
        with MobyClient(daemon.host, api_version="1.56") as client:
            with pytest.raises(APIVersionMismatchError) as caught:
                client.system.version()
    error = caught.value
    assert isinstance(error, BadRequestError) and isinstance(error, APIVersionError)
    assert error.daemon_version == bound
    assert error.client_version in ("1.56", "1.25")
    assert "negotiate" in str(error)
    assert f"too {kind}" in str(error)


def test_unix_sockets_use_the_clients_own_pool() -> None:
    from moby_client._sync._pool import DaemonPool

    client = MobyClient("unix:///x.sock")
    assert isinstance(client._pool, DaemonPool)
