"""Hostile input and misbehaving daemons: what the client refuses or reports."""

from __future__ import annotations

import json

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import APIError, APIVersionError, InvalidResponseError


def _answer(status: int, body: bytes = b"", **headers: str) -> object:
    def handler(request: Recorded) -> Reply:
        if request.path.endswith("/_ping"):
            return Reply(body=b"OK", content_type="text/plain")
        return Reply(status=status, body=body, headers=dict(headers))

    return handler


def test_null_for_a_list_reads_as_an_empty_list() -> None:
    # Both Moby 20.10 and 28.5 answer `null` to GET /containers/{id}/changes
    # for a container whose filesystem has not changed (a nil Go slice).
    with (
        fake_daemon(handler=_answer(200, b"null")) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        assert client.containers.changes("c1") == []
        assert client.images.history("busybox:local") == []


async def test_null_for_a_list_reads_as_an_empty_list_async() -> None:
    with fake_daemon(handler=_answer(200, b"null")) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            assert await client.containers.changes("c1") == []


@pytest.mark.parametrize("status", [301, 302, 307, 308])
def test_a_redirect_is_an_error_not_a_success(status: int) -> None:
    # Moby's router answers 301 to an unclean path; nothing was done then.
    with (
        fake_daemon(handler=_answer(status, Location="/v1.41/volumes/data")) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
        pytest.raises(APIError) as caught,
    ):
        client.volumes.remove("data")
    assert caught.value.status_code == status
    assert "/v1.41/volumes/data" in str(caught.value)


async def test_a_redirect_is_an_error_not_a_success_async() -> None:
    with fake_daemon(handler=_answer(301, Location="/v1.41/json")) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(APIError):
                await client.containers.inspect("c1")


@pytest.mark.parametrize(
    "bad_id", ["", " ", "\t", "\n", "..", ".", "a/../b", "../images", "x/."]
)
def test_blank_and_dot_segment_ids_are_refused_before_any_request(
    bad_id: str,
) -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(ValueError, match="'id'"):
            client.containers.inspect(bad_id)
        with pytest.raises(ValueError, match="'id'"):
            client.containers.remove(bad_id, force=True)
        with pytest.raises(ValueError, match="'name'"):
            client.images.inspect(bad_id)
        assert daemon.requests == []


async def test_blank_ids_are_refused_async() -> None:
    with fake_daemon() as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(ValueError, match="'id'"):
                await client.containers.inspect("  ")
        assert daemon.requests == []


def test_image_references_with_slashes_still_pass() -> None:
    with (
        fake_daemon() as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        client.images.inspect("127.0.0.1:5000/team/app@sha256:abc")
    assert daemon.paths() == [
        "GET /v1.41/images/127.0.0.1:5000/team/app@sha256:abc/json"
    ]


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (b'{"Id": "abc", "Na', "Invalid JSON"),
        (b"[1, 2]", "not a valid ContainerInspectResponse"),
        (b'"hello"', "not a valid ContainerInspectResponse"),
        (b'{"Id": "x", "State": {"Pid": "secret-ish"}}', "State.Pid"),
    ],
)
def test_an_unreadable_success_body_is_an_sdk_error(body: bytes, reason: str) -> None:
    with (
        fake_daemon(handler=_answer(200, body)) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
        pytest.raises(InvalidResponseError, match=reason) as caught,
    ):
        client.containers.inspect("c1")
    error = caught.value
    assert isinstance(error, ValueError)
    assert error.operation == "containers.inspect"
    assert error.status_code == 200
    # the body may hold credentials (system.auth): it is not repeated
    assert "secret-ish" not in str(error)
    assert error.__cause__ is None


async def test_an_unreadable_success_body_is_an_sdk_error_async() -> None:
    with fake_daemon(handler=_answer(200, b"null")) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(InvalidResponseError, match=r"system\.info"):
                await client.system.info()


@pytest.mark.parametrize("version", ["0.1", "1.12", "1.24"])
def test_a_pinned_version_below_the_oldest_is_refused_at_once(version: str) -> None:
    # each call would otherwise be refused later, blaming "the daemon"
    with pytest.raises(APIVersionError, match=r"older than 1\.25"):
        MobyClient("unix:///nonexistent.sock", api_version=version)
    with pytest.raises(APIVersionError, match=r"older than 1\.25"):
        AsyncMobyClient("unix:///nonexistent.sock", api_version=version)


def test_the_oldest_version_can_still_be_pinned() -> None:
    with MobyClient("unix:///nonexistent.sock", api_version="1.25") as client:
        assert client.api_version == "1.25"


def test_a_huge_html_error_page_is_cut_short_in_the_message() -> None:
    page = b"<html><body>" + b"x" * 300_000 + b"</body></html>"
    with (
        fake_daemon(handler=_answer(502, page)) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
        pytest.raises(APIError) as caught,
    ):
        client.containers.inspect("c1")
    assert caught.value.status_code == 502
    assert caught.value.message.startswith("<html><body>xxx")
    assert len(str(caught.value)) < 5000
    assert "more characters" in caught.value.message


def test_a_long_json_message_of_the_daemon_is_kept_whole() -> None:
    text = "build failed: " + "y" * 10_000
    body = json.dumps({"message": text}).encode()
    with (
        fake_daemon(handler=_answer(500, body)) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
        pytest.raises(APIError) as caught,
    ):
        client.containers.inspect("c1")
    assert caught.value.message == text
