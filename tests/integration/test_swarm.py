"""Swarm, services, tasks, nodes, secrets and configs on a single-node swarm.

The ``swarm_moby`` fixture makes the 20.10 daemon the manager of a fresh swarm
on 127.0.0.1 and leaves it afterwards.
"""

from __future__ import annotations

import base64
import time
import uuid
from collections.abc import Callable
from typing import TypeVar

import pytest

from moby_client import MobyClient
from moby_client.errors import (
    APIError,
    ConflictError,
    InternalServerError,
    NotFoundError,
)

pytestmark = pytest.mark.swarm

T = TypeVar("T")


def unique(prefix: str) -> str:
    return f"{prefix}-{uuid.uuid4().hex[:8]}"


def wait_for(check: Callable[[], T | None], *, seconds: float = 60) -> T:
    """Poll ``check`` until it returns something, at most ``seconds``."""
    deadline = time.monotonic() + seconds
    while True:
        result = check()
        if result:
            return result
        if time.monotonic() > deadline:
            pytest.fail(f"gave up after {seconds}s")
        time.sleep(0.25)


def test_swarm_inspect_tokens_update_and_unlock_key(swarm_moby: MobyClient) -> None:
    swarm = swarm_moby.swarm.inspect()
    assert swarm.id
    tokens = swarm_moby.swarm.join_tokens()
    assert (tokens.worker or "").startswith("SWMTKN-")
    assert (tokens.manager or "").startswith("SWMTKN-")
    assert tokens.worker != tokens.manager

    version = swarm.version.index if swarm.version else 0
    spec = swarm.spec.to_wire() if swarm.spec else {}
    assert spec["EncryptionConfig"]["AutoLockManagers"] is True  # the fixture's
    spec["Labels"] = {"moby-client-test": "1"}
    swarm_moby.swarm.update(version=version or 0, rotate_worker_token=True, body=spec)

    updated = swarm_moby.swarm.inspect()
    assert updated.spec is not None and updated.spec.labels == {"moby-client-test": "1"}
    assert updated.join_tokens is not None
    assert updated.join_tokens.worker != tokens.worker
    assert updated.join_tokens.manager == tokens.manager
    key = swarm_moby.swarm.unlock_key()
    assert (key.unlock_key or "").startswith("SWMKEY-")

    with pytest.raises(APIError):
        swarm_moby.swarm.update(version=version or 0, body=spec)  # stale version


def test_nodes_list_inspect_update(swarm_moby: MobyClient) -> None:
    nodes = swarm_moby.nodes.list()
    assert len(nodes) == 1
    node = swarm_moby.nodes.inspect(nodes[0].id or "")
    assert node.manager_status is not None and node.manager_status.leader is True
    # A fresh swarm still updates its node object (certificates, status), so an
    # update may meet a newer version: read the node again and retry, bounded.
    for attempt in range(10):
        node = swarm_moby.nodes.inspect(nodes[0].id or "")
        assert node.spec is not None
        spec = node.spec.to_wire()
        spec["Labels"] = {"moby-client": "node"}
        try:
            swarm_moby.nodes.update(
                node.id or "",
                version=node.version.index if node.version else 0,
                body=spec,
            )
            break
        except InternalServerError as exc:
            if "out of sequence" not in str(exc) or attempt == 9:
                raise
            time.sleep(0.3)
    again = swarm_moby.nodes.inspect(node.id or "")
    assert again.spec is not None and again.spec.labels == {"moby-client": "node"}
    listed = swarm_moby.nodes.list(filters={"role": ["manager"]})
    assert [n.id for n in listed] == [node.id]


def test_service_runs_scales_logs_and_goes(
    swarm_moby: MobyClient, busybox_image: str
) -> None:
    name = unique("moby-client-svc")
    created = swarm_moby.services.create(
        name=name,
        labels={"moby-client-test": "1"},
        task_template={
            "ContainerSpec": {
                "Image": busybox_image,
                "Command": ["sh", "-c", "echo service-says-hi; exec sleep 3600"],
            },
        },
        mode={"Replicated": {"Replicas": 1}},
    )
    service_id = created.id or ""
    try:
        service = swarm_moby.services.inspect(service_id)
        assert service.spec is not None and service.spec.name == name

        def running_tasks() -> list[str]:
            tasks = swarm_moby.tasks.list(
                filters={"service": [service_id], "desired-state": ["running"]}
            )
            return [
                t.id or ""
                for t in tasks
                if t.status is not None and t.status.state == "running"
            ]

        first = wait_for(running_tasks)
        task = swarm_moby.tasks.inspect(first[0])
        assert task.service_id == service_id

        swarm_moby.services.scale(service_id, 2)
        assert (
            swarm_moby.services.inspect(service_id).spec.mode.replicated.replicas == 2
        )  # type: ignore[union-attr]
        wait_for(lambda: len(running_tasks()) == 2 or None)

        def greeting() -> bytes:
            frames = swarm_moby.services.logs(service_id, stdout=True, stderr=True)
            return b"".join(frame.data for frame in frames)

        assert b"service-says-hi" in wait_for(
            lambda: ((g := greeting()) and b"service-says-hi" in g and g) or None
        )

        listed = swarm_moby.services.list(filters={"name": [name]})
        assert [s.id for s in listed] == [service_id]
    finally:
        swarm_moby.services.remove(service_id)
    with pytest.raises(NotFoundError):
        swarm_moby.services.inspect(service_id)


def test_scale_refuses_a_global_service(
    swarm_moby: MobyClient, busybox_image: str
) -> None:
    created = swarm_moby.services.create(
        name=unique("moby-client-global"),
        task_template={
            "ContainerSpec": {"Image": busybox_image, "Command": ["sleep", "3600"]}
        },
        mode={"Global": {}},
    )
    try:
        with pytest.raises(ConflictError, match="replicated"):
            swarm_moby.services.scale(created.id or "", 3)
    finally:
        swarm_moby.services.remove(created.id or "")


@pytest.mark.parametrize("kind", ["secrets", "configs"])
def test_secrets_and_configs(swarm_moby: MobyClient, kind: str) -> None:
    group = getattr(swarm_moby, kind)
    name = unique(f"moby-client-{kind}")
    data = base64.b64encode(b"s3cr3t\x00bytes").decode()
    created = group.create(name=name, labels={"a": "1"}, data=data)
    try:
        item = group.inspect(created.id)
        assert item.spec.name == name
        if kind == "configs":
            assert base64.b64decode(item.spec.data) == b"s3cr3t\x00bytes"
        else:
            assert item.spec.data is None  # the daemon never returns secret data
        spec = item.spec.to_wire()
        spec["Labels"] = {"a": "2"}
        group.update(created.id, version=item.version.index, body=spec)
        assert group.inspect(created.id).spec.labels == {"a": "2"}
        assert [i.id for i in group.list(filters={"name": [name]})] == [created.id]
    finally:
        group.remove(created.id)
    with pytest.raises(NotFoundError):
        group.inspect(created.id)
