"""Hostile input and misbehaving daemons: what the client refuses or reports."""

from __future__ import annotations

import pytest
from fakedaemon import fake_daemon

from moby_client import AsyncMobyClient, MobyClient


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
