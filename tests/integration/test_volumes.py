"""Volumes against real daemons: create, inspect, list, use, prune, remove."""

from __future__ import annotations

import uuid

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import ConflictError, NotFoundError


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_volume_lifecycle(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    name = unique("moby-client-vol")
    volume = moby.volumes.create(
        name=name, driver="local", labels={"moby-client-test": "1", "kind": "life"}
    )
    assert volume.name == name
    try:
        inspected = moby.volumes.inspect(name)
        assert inspected.driver == "local"
        assert (inspected.labels or {})["kind"] == "life"
        listed = moby.volumes.list(filters={"label": ["kind=life"], "name": [name]})
        assert [v.name for v in listed.volumes or []] == [name]

        writer = moby.containers.create(
            image=busybox_image,
            cmd=["sh", "-c", "echo persisted > /data/file"],
            labels=labels,
            host_config={"Binds": [f"{name}:/data"]},
        )
        moby.containers.start(writer.id)
        assert moby.containers.wait(writer.id).status_code == 0
        with pytest.raises(ConflictError):
            moby.volumes.remove(name)  # in use by the stopped container
        moby.containers.remove(writer.id)
    finally:
        moby.volumes.remove(name)
    with pytest.raises(NotFoundError):
        moby.volumes.inspect(name)


def test_volume_prune_by_label(moby: MobyClient) -> None:
    marker = unique("prune")
    keep = moby.volumes.create(name=unique("moby-client-keep"), labels={"m": "keep"})
    gone = moby.volumes.create(labels={"m": marker})  # anonymous: pruned on 1.42+ too
    try:
        report = moby.volumes.prune(filters={"label": [f"m={marker}"]})
        assert gone.name in (report.volumes_deleted or [])
        with pytest.raises(NotFoundError):
            moby.volumes.inspect(gone.name or "")
        assert moby.volumes.inspect(keep.name or "").name == keep.name
    finally:
        moby.volumes.remove(keep.name or "")


async def test_async_volume(amoby: AsyncMobyClient) -> None:
    volume = await amoby.volumes.create(labels={"moby-client-test": "1"})
    try:
        listed = await amoby.volumes.list(
            filters={"label": {"moby-client-test=1": True}}
        )
        assert volume.name in [v.name for v in listed.volumes or []]
    finally:
        await amoby.volumes.remove(volume.name or "", force=True)
