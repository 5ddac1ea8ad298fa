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


@pytest.mark.parametrize(
    ("filters", "complaint"),
    [
        ({"label": {"env=prod": "false"}}, "True or False"),  # was sent as true
        ({"label": {"env=prod": 0}}, "True or False"),
        (
            {"label": [["env=prod"]]},
            "strings, numbers or booleans",
        ),  # was "['env=prod']"
        ({"label": [{"env": "prod"}]}, "strings, numbers or booleans"),
        ({"status": None, "label": object()}, "strings, numbers or booleans"),
    ],
)
def test_filters_in_shapes_the_daemon_cannot_mean_are_refused(
    filters: dict[str, Any], complaint: str
) -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(TypeError, match=complaint):
            client.containers.list(filters=filters)
        assert daemon.requests == []


def test_filters_in_the_documented_shapes_still_pass() -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        client.containers.list(
            filters={"label": {"a=b": True}, "status": ["exited", "created"]}
        )
        client.containers.list(filters={"exited": 0, "dangling": True})
    assert [r.path for r in daemon.requests] == [
        "/v1.41/containers/json?filters=%7B%22label%22%3A%7B%22a%3Db%22%3Atrue%7D"
        "%2C%22status%22%3A%5B%22exited%22%2C%22created%22%5D%7D",
        "/v1.41/containers/json?filters=%7B%22exited%22%3A%5B%220%22%5D%2C"
        "%22dangling%22%3A%5B%22true%22%5D%7D",
    ]
