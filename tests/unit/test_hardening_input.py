"""Arguments that cannot be sent are refused before any I/O, with a clear error."""

from __future__ import annotations

from typing import Any

import pytest
from fakedaemon import fake_daemon

from moby_client import AsyncMobyClient, MobyClient


@pytest.mark.parametrize(
    "value", ["tok\r\nX-Injected: 1", "tok\nen", "tok\x00", "t\u00f6k\u2713"]
)
def test_header_values_that_cannot_be_sent_are_refused(value: str) -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(ValueError, match="X-Registry-Auth") as caught:
            client.images.push_stream("app", x_registry_auth=value)
        # the value may be a credential: the error does not repeat it
        assert "tok" not in str(caught.value)
        with pytest.raises(ValueError, match="X-Trace"):
            client.containers.list(options={"extra_headers": {"X-Trace": value}})
        assert daemon.requests == []


@pytest.mark.parametrize("name", ["X-A\r\nX-B", "X A", "X:A", "", "\u00e9"])
def test_header_names_that_are_not_tokens_are_refused(name: str) -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(ValueError, match="header name"):
            client.containers.list(options={"extra_headers": {name: "1"}})
        assert daemon.requests == []


async def test_header_values_are_refused_async() -> None:
    with fake_daemon() as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(ValueError, match="X-Registry-Auth"):
                await client.images.push_stream("app", x_registry_auth="a\r\nb")
        assert daemon.requests == []


def test_latin1_header_values_still_pass() -> None:
    extra: dict[str, Any] = {"X-Trace": "caf\u00e9-1"}
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        client.containers.list(options={"extra_headers": extra})
    assert daemon.requests[0].headers["x-trace"] == "caf\u00e9-1"


@pytest.mark.parametrize("body", [["Image", "x"], "Image=x", 42, object()])
def test_a_body_of_the_wrong_kind_is_refused(body: object) -> None:
    # it was dropped silently, sending {} to the daemon
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(TypeError, match="ContainerCreateBody"):
            client.containers.create(body=body)  # type: ignore[arg-type]
        assert daemon.requests == []


def test_unknown_request_options_are_refused() -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(TypeError, match="'timeot'"):
            client.containers.list(options={"timeot": 1})  # type: ignore[typeddict-unknown-key]
        assert daemon.requests == []


async def test_unknown_request_options_are_refused_async() -> None:
    with fake_daemon() as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(TypeError, match="'extra_header'"):
                await client.system.info(options={"extra_header": {}})  # type: ignore[typeddict-unknown-key]
        assert daemon.requests == []
