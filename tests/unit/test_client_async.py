"""The async client against a fake daemon: the same core, awaited."""

from __future__ import annotations

import json

import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, Timeout
from moby_client._spec import OperationSpec
from moby_client.errors import MobyTimeoutError, NotFoundError


async def test_request_shape_and_models() -> None:
    def handler(request: Recorded) -> Reply:
        if request.path.endswith("/_ping"):
            return Reply(body=b"OK", content_type="text/plain")
        if "/containers/create" in request.path:
            return Reply(status=201, body=b'{"Id": "c9", "Warnings": []}')
        if "/nope/" in request.path:
            return Reply(status=404, body=b'{"message": "No such container: nope"}')
        return Reply(body=b'{"ServerVersion": "28.5.2"}')

    with fake_daemon(api_version="1.51", handler=handler) as daemon:
        async with AsyncMobyClient(daemon.host) as client:
            info = await client.system.info()
            created = await client.containers.create(image="busybox:local", tty=True)
            with pytest.raises(NotFoundError):
                await client.containers.inspect("nope")
            assert client.api_version == "1.51"
        assert info["ServerVersion"] == "28.5.2"
        assert created.id == "c9"
        assert daemon.paths() == [
            "HEAD /_ping",
            "GET /v1.51/info",
            "POST /v1.51/containers/create",
            "GET /v1.51/containers/nope/json",
        ]
        assert json.loads(daemon.requests[2].body) == {
            "Image": "busybox:local",
            "Tty": True,
        }


async def test_async_iterator_body_is_chunked() -> None:
    async def parts():  # type: ignore[no-untyped-def]
        yield b"a" * 10
        yield b"b" * 10

    with fake_daemon(handler=lambda r: Reply(body=b"")) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            await client.containers.put_archive("c1", path="/", body=parts())
    sent = daemon.requests[0]
    assert sent.headers["transfer-encoding"] == "chunked"
    assert sent.body == b"a" * 10 + b"b" * 10


async def test_wait_timeout_and_unlimited_default() -> None:
    def handler(request: Recorded) -> Reply:
        return Reply(body=b'{"StatusCode": 3}', delay=0.4)

    with fake_daemon(handler=handler) as daemon:
        async with AsyncMobyClient(
            daemon.host, api_version="1.41", timeout=Timeout(read=0.1)
        ) as client:
            with pytest.raises(MobyTimeoutError):
                await client.containers.wait("c1", options={"timeout": 0.1})
            assert (await client.containers.wait("c1")).status_code == 3


async def test_async_streams() -> None:
    frames = OperationSpec(
        operation_id="ContainerLogs",
        method="GET",
        path="/containers/{id}/logs",
        tag="Container",
        group="containers",
        method_name="logs",
        response_kind="frames",
    )
    payload = bytes([2, 0, 0, 0, 0, 0, 0, 2]) + b"e!"

    def handler(request: Recorded) -> Reply:
        if "logs" in request.path:
            return Reply(
                chunks=[payload], content_type="application/vnd.docker.raw-stream"
            )
        return Reply(chunks=[b'{"status": "x"}\n'])

    with fake_daemon(handler=handler) as daemon:
        async with AsyncMobyClient(daemon.host, api_version="1.41") as client:
            async with await client.request(
                frames, path={"id": "c"}, tty=False
            ) as stream:
                assert await stream.read_all() == (b"", b"e!")
            async with await client.system.events(
                filters={"type": "container"}
            ) as events:
                assert [e.status async for e in events] == ["x"]
        assert (
            daemon.requests[1].path
            == "/v1.41/events?filters=%7B%22type%22%3A%5B%22container%22%5D%7D"
        )
