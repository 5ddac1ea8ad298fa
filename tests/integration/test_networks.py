"""Networks against real daemons: create, inspect, list, connect, prune."""

from __future__ import annotations

import uuid

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import NotFoundError


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def test_network_lifecycle_with_a_container(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    name = unique("moby-client-net")
    # both daemons share the host's routes: give each run its own subnet
    octet = 100 + uuid.uuid4().int % 150
    created = moby.networks.create(
        name=name,
        driver="bridge",
        labels={"moby-client-test": "1", "purpose": "lifecycle"},
        ipam={"Config": [{"Subnet": f"172.31.{octet}.0/24"}]},
    )
    network_id = created.id or ""
    try:
        network = moby.networks.inspect(network_id)
        assert network.name == name
        assert network.driver == "bridge"
        assert (network.labels or {})["purpose"] == "lifecycle"

        listed = moby.networks.list(
            filters={"label": ["purpose=lifecycle"], "name": [name]}
        )
        assert [n.id for n in listed] == [network_id]
        others = moby.networks.list(filters={"label": {"purpose=other": True}})
        assert network_id not in [n.id for n in others]

        container = moby.containers.create(
            image=busybox_image, cmd=["sleep", "30"], labels=labels
        )
        moby.networks.connect(
            network_id,
            container=container.id,
            endpoint_config={"IPAMConfig": {"IPv4Address": f"172.31.{octet}.10"}},
        )
        moby.containers.start(container.id)
        attached = moby.networks.inspect(network_id)
        endpoints = attached.containers or {}
        assert container.id in endpoints
        assert (endpoints[container.id].ipv4_address or "").startswith(
            f"172.31.{octet}.10/"
        )

        moby.networks.disconnect(network_id, container=container.id, force=True)
        assert container.id not in (moby.networks.inspect(network_id).containers or {})
        moby.containers.remove(container.id, force=True)
    finally:
        moby.networks.remove(network_id)
    with pytest.raises(NotFoundError):
        moby.networks.inspect(network_id)


def test_network_prune_by_label(moby: MobyClient) -> None:
    marker = unique("prune")
    keep = moby.networks.create(name=unique("moby-client-keep"), labels={"m": "keep"})
    gone = moby.networks.create(name=unique("moby-client-gone"), labels={"m": marker})
    try:
        report = moby.networks.prune(filters={"label": [f"m={marker}"]})
        pruned = report.networks_deleted or []
        assert len(pruned) == 1
        with pytest.raises(NotFoundError):
            moby.networks.inspect(gone.id or "")
        assert moby.networks.inspect(keep.id or "").id == keep.id
    finally:
        moby.networks.remove(keep.id or "")


async def test_async_network_create_and_remove(amoby: AsyncMobyClient) -> None:
    name = unique("moby-client-anet")
    created = await amoby.networks.create(name=name, internal=True)
    try:
        network = await amoby.networks.inspect(created.id or "")
        assert network.internal is True
    finally:
        await amoby.networks.remove(created.id or "")
