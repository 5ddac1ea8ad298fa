"""Calls the negotiated version cannot serve are refused before sending."""

from __future__ import annotations

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, MobyClient
from moby_client._negotiation import check_supported
from moby_client._spec import OperationSpec, ParamSpec
from moby_client.errors import UnsupportedByAPIVersion
from moby_client.models import HostConfig


def created(request: Recorded) -> Reply:
    if request.path.endswith("/_ping"):
        return Reply(body=b"OK", content_type="text/plain")
    if "/containers/create" in request.path:
        return Reply(status=201, body=b'{"Id": "c1", "Warnings": []}')
    return Reply(status=204, body=b"", content_type=None)


def test_volume_update_and_stop_signal_refused_at_1_41() -> None:
    with fake_daemon(api_version="1.41", handler=created) as daemon:
        with MobyClient(daemon.host) as client:
            with pytest.raises(UnsupportedByAPIVersion) as volume_error:
                client.volumes.update("vol", version=1)
            with pytest.raises(UnsupportedByAPIVersion) as stop_error:
                client.containers.stop("c1", signal="SIGKILL")
        assert daemon.paths() == ["HEAD /_ping"]
    assert volume_error.value.operation == "volumes.update"
    assert "VolumeUpdate" in volume_error.value.feature
    assert volume_error.value.since == "1.42"
    assert volume_error.value.negotiated == "1.41"
    assert "signal" in stop_error.value.feature
    assert "1.42 or newer" in str(stop_error.value)
    assert "1.41" in str(stop_error.value)


def test_volume_update_and_stop_signal_sent_at_1_51() -> None:
    with fake_daemon(api_version="1.51", handler=created) as daemon:
        with MobyClient(daemon.host) as client:
            client.volumes.update("vol", version=1)
            client.containers.stop("c1", signal="SIGKILL")
        assert daemon.paths() == [
            "HEAD /_ping",
            "PUT /v1.51/volumes/vol?version=1",
            "POST /v1.51/containers/c1/stop?signal=SIGKILL",
        ]


def test_refusal_blames_the_daemon_or_the_pin() -> None:
    with fake_daemon(api_version="1.51", handler=created) as daemon:
        with MobyClient(daemon.host, api_version="1.30") as client:
            with pytest.raises(UnsupportedByAPIVersion) as pinned:
                client.containers.stop("c1", signal="SIGKILL")
        assert daemon.paths() == []
    with fake_daemon(api_version="1.41", handler=created) as daemon:
        with MobyClient(daemon.host) as client:
            with pytest.raises(UnsupportedByAPIVersion) as negotiated:
                client.volumes.update("vol", version=1)
    assert pinned.value.pinned
    assert "the client is pinned to API 1.30" in str(pinned.value)
    assert "daemon" not in pinned.value.message
    assert not negotiated.value.pinned
    assert "the daemon speaks API 1.41" in str(negotiated.value)
    assert "leave it out" not in str(negotiated.value)


async def test_async_gating_sends_nothing() -> None:
    with fake_daemon(api_version="1.41", handler=created) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(UnsupportedByAPIVersion):
                await client.containers.stop("c1", signal="SIGKILL")
            await client.containers.stop("c1", t=3)
        assert daemon.paths() == ["POST /v1.41/containers/c1/stop?t=3"]


def test_nested_body_field_is_gated() -> None:
    with fake_daemon(api_version="1.41", handler=created) as daemon:
        with MobyClient(daemon.host) as client:
            with pytest.raises(UnsupportedByAPIVersion) as caught:
                client.containers.create(
                    image="busybox:local",
                    host_config=HostConfig(annotations={"a": "b"}),
                )
            client.containers.create(
                image="busybox:local", host_config=HostConfig(memory=1 << 20)
            )
        assert [p for p in daemon.paths() if "create" in p] == [
            "POST /v1.41/containers/create"
        ]
    assert caught.value.feature == "the body field 'HostConfig.Annotations'"
    assert caught.value.since == "1.43"


def test_removed_body_field_is_gated_after_its_last_version() -> None:
    with fake_daemon(api_version="1.52", handler=created) as daemon:
        with MobyClient(daemon.host) as client:
            with pytest.raises(UnsupportedByAPIVersion) as caught:
                client.containers.create(image="x", mac_address="02:42:ac:11:00:02")
    assert caught.value.until == "1.51"
    assert "API 1.25 to 1.51" in str(caught.value)


SPEC = OperationSpec(
    operation_id="ThingDo",
    method="POST",
    path="/things/{id}/do",
    tag="Thing",
    group="things",
    method_name="do",
    response_kind="empty",
    params=(
        ParamSpec("id", "id", "path", "string", required=True),
        ParamSpec("new-flag", "new_flag", "query", "boolean", since="1.44"),
        ParamSpec("old", "old", "query", "string", until="1.30"),
        ParamSpec("X-New", "x_new", "header", "string", since="1.50"),
    ),
    since="1.40",
)


@pytest.mark.parametrize(
    ("version", "query", "headers", "feature"),
    [
        ("1.39", {}, {}, "the operation ThingDo"),
        ("1.43", {"new-flag": True}, {}, "the query parameter 'new_flag'"),
        ("1.41", {"old": "x"}, {}, "the query parameter 'old'"),
        ("1.49", {}, {"X-New": "v"}, "the header parameter 'x_new'"),
    ],
)
def test_hand_made_spec_refusals(
    version: str, query: dict[str, object], headers: dict[str, object], feature: str
) -> None:
    from moby_client import APIVersion

    with pytest.raises(UnsupportedByAPIVersion) as caught:
        check_supported(SPEC, APIVersion(version), query=query, headers=headers)
    assert caught.value.feature == feature
    assert caught.value.operation == "things.do"


def test_unset_parameters_are_not_gated() -> None:
    from moby_client import NOT_GIVEN, APIVersion

    check_supported(
        SPEC,
        APIVersion("1.41"),
        query={"new-flag": NOT_GIVEN, "old": None},
        headers={"X-New": NOT_GIVEN},
    )
    check_supported(SPEC, APIVersion("1.44"), query={"new-flag": False})
