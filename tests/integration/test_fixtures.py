"""The integration fixtures themselves: the imported image, cleanup, swarm."""

from __future__ import annotations

import os

import pytest

from moby_client import AsyncMobyClient, MobyClient

from .busybox import IMAGE
from .conftest import (
    RUN_FILTER,
    RUN_LABEL_KEY,
    TEST_LABEL_KEY,
    _wire,
    remove_test_containers,
    swarm_lock,
    unavailable,
)


def test_busybox_image_runs_its_applets(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    assert busybox_image == IMAGE
    created = moby.containers.create(
        image=busybox_image,
        cmd=["sh", "-c", "seq 3 | wc -l; id -u; ls /bin/sleep /bin/printf"],
        labels=labels,
    )
    moby.containers.start(created.id)
    assert _wire(moby.containers.wait(created.id))["StatusCode"] == 0
    output = b"".join(
        frame.data for frame in moby.containers.logs(created.id, stdout=True)
    ).decode()
    assert output.split() == ["3", "0", "/bin/printf", "/bin/sleep"]


def test_cleanup_removes_this_runs_containers_only(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    mine = moby.containers.create(image=busybox_image, cmd=["true"], labels=labels)
    other_run = {TEST_LABEL_KEY: "1", RUN_LABEL_KEY: f"other-{os.getpid()}"}
    theirs = moby.containers.create(image=busybox_image, cmd=["true"], labels=other_run)
    try:
        listed = [
            _wire(c)["Id"] for c in moby.containers.list(all=True, filters=RUN_FILTER)
        ]
        assert mine.id in listed and theirs.id not in listed

        remove_test_containers(moby)

        remaining = {_wire(c)["Id"] for c in moby.containers.list(all=True)}
        assert mine.id not in remaining
        assert theirs.id in remaining
    finally:
        moby.containers.remove(theirs.id, force=True)


async def test_async_client_sees_the_same_daemon(
    amoby: AsyncMobyClient, moby: MobyClient
) -> None:
    await amoby.system.ping()
    assert amoby.api_version == moby.api_version
    image = _wire(await amoby.images.inspect(IMAGE))
    assert image["Id"] == _wire(moby.images.inspect(IMAGE))["Id"]


def _swarm_state(client: MobyClient) -> str:
    return str(_wire(client.system.info())["Swarm"]["LocalNodeState"])


@pytest.mark.swarm
def test_swarm_moby_is_a_single_manager(swarm_moby: MobyClient) -> None:
    swarm = _wire(swarm_moby.system.info())["Swarm"]
    assert swarm["LocalNodeState"] == "active"
    assert swarm["ControlAvailable"] is True
    assert swarm["Nodes"] == 1


@pytest.mark.swarm
def test_swarm_was_left_after_the_previous_test() -> None:
    host = os.environ.get("MOBY_TEST_SWARM_HOST", "")
    if not host:
        unavailable("no swarm daemon: MOBY_TEST_SWARM_HOST is empty")
    with swarm_lock(), MobyClient(base_url=host) as client:
        assert _swarm_state(client) == "inactive"
