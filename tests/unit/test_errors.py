"""Error bodies, empty bodies, 304, and messages of an unreachable daemon."""

from __future__ import annotations

import errno
import http.server
import os
import shutil
import socket
import socketserver
import tempfile
import threading
from collections.abc import Iterator

import httpcore
import pytest
from fakedaemon import Recorded, Reply, fake_daemon

from moby_client import AsyncMobyClient, MobyClient
from moby_client._async._transport import unreachable_error
from moby_client._protocol.hosts import parse_host
from moby_client._protocol.request import error_message
from moby_client._spec import OperationSpec
from moby_client.errors import (
    APIError,
    ConflictError,
    DaemonUnreachableError,
    InternalServerError,
    InvalidHostError,
    NotFoundError,
)


def answer(reply: Reply):  # type: ignore[no-untyped-def]
    def handler(request: Recorded) -> Reply:
        if request.path.endswith("/_ping"):
            return Reply(body=b"OK", content_type="text/plain")
        return reply

    return handler


def test_json_error_body() -> None:
    reply = Reply(status=404, body=b'{"message": "No such container: nope"}')
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
        pytest.raises(NotFoundError) as caught,
    ):
        client.containers.inspect("nope")
    error = caught.value
    assert error.message == "No such container: nope"
    assert error.status_code == 404
    assert error.operation == "containers.inspect"
    assert error.method == "GET"
    assert error.url == "/v1.41/containers/nope/json"


def test_plain_text_error_body() -> None:
    reply = Reply(status=409, body=b"name is taken\n", content_type="text/plain")
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
        pytest.raises(ConflictError) as caught,
    ):
        client.containers.create(image="x", name="taken")
    assert caught.value.message == "name is taken"


def test_empty_error_body_names_status_and_route() -> None:
    reply = Reply(status=500, body=b"", content_type=None)
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
        pytest.raises(InternalServerError) as caught,
    ):
        client.system.info()
    assert caught.value.message == (
        "the daemon answered 500 with an empty body for GET /info"
    )


def test_unknown_status_is_a_plain_api_error() -> None:
    reply = Reply(status=418, body=b'{"message": "teapot"}')
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
        pytest.raises(APIError) as caught,
    ):
        client.system.info()
    assert type(caught.value) is APIError
    assert caught.value.status_code == 418


def test_error_message_of_json_without_message_field() -> None:
    text = error_message(
        b'{"error": "x"}', "application/json", status_code=400, method="GET", route="/x"
    )
    assert text == '{"error": "x"}'


@pytest.mark.parametrize("content_type", ["application/json", None])
def test_empty_2xx_json_body_is_none(content_type: str | None) -> None:
    reply = Reply(status=200, body=b"", content_type=content_type)
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
    ):
        assert client.system.info() is None


async def test_empty_2xx_async() -> None:
    reply = Reply(status=204, body=b"", content_type="application/json")
    with fake_daemon(handler=answer(reply)) as daemon:
        async with AsyncMobyClient(daemon.host) as client:
            assert await client.containers.pause("c1") is None


@pytest.mark.parametrize(("status", "changed"), [(204, True), (304, False)])
def test_start_and_stop_return_whether_the_state_changed(
    status: int, changed: bool
) -> None:
    reply = Reply(status=status, body=b"", content_type=None)
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
    ):
        assert client.containers.start("c1") is changed
        assert client.containers.stop("c1") is changed


def test_empty_kind_without_304_returns_none() -> None:
    spec = OperationSpec(
        operation_id="ThingPoke",
        method="POST",
        path="/poke",
        tag="Thing",
        group="things",
        method_name="poke",
        response_kind="empty",
        responses={204: None},
    )
    reply = Reply(status=204, body=b"", content_type=None)
    with (
        fake_daemon(handler=answer(reply)) as daemon,
        MobyClient(daemon.host) as client,
    ):
        assert client.request(spec) is None


@pytest.fixture
def temp_dir() -> Iterator[str]:
    directory = tempfile.mkdtemp(prefix="moby-err-")
    yield directory
    shutil.rmtree(directory)


def test_missing_socket(temp_dir: str) -> None:
    path = os.path.join(temp_dir, "absent.sock")
    with MobyClient(f"unix://{path}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError) as caught:
            client.system.ping()
    assert caught.value.host == f"unix://{path}"
    assert f"the socket {path} does not exist" in str(caught.value)


def test_socket_nobody_listens_on(temp_dir: str) -> None:
    path = os.path.join(temp_dir, "dead.sock")
    listener = socket.socket(socket.AF_UNIX)
    listener.bind(path)
    listener.close()
    with MobyClient(f"unix://{path}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError, match="connection refused"):
            client.system.ping()


async def test_async_missing_socket(temp_dir: str) -> None:
    path = os.path.join(temp_dir, "absent.sock")
    async with AsyncMobyClient(f"unix://{path}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError, match="does not exist"):
            await client.system.ping()


def test_permission_denied_reason() -> None:
    cause = PermissionError(errno.EACCES, "Permission denied")
    try:
        raise httpcore.ConnectError(str(cause)) from cause
    except httpcore.ConnectError as exc:
        error = unreachable_error(exc, parse_host("unix:///var/run/docker.sock"))
    assert "permission denied on /var/run/docker.sock" in str(error)


def test_tcp_connection_refused() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with MobyClient(f"tcp://127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError, match="connection refused"):
            client.system.ping()


def test_tls_failure_is_named() -> None:
    class Handler(http.server.BaseHTTPRequestHandler):
        def do_HEAD(self) -> None:
            self.send_response(200)
            self.end_headers()

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = socketserver.TCPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True)
    thread.start()
    try:
        port = server.server_address[1]
        with MobyClient(f"https://127.0.0.1:{port}", max_retries=0) as client:
            with pytest.raises(DaemonUnreachableError, match="TLS handshake failed"):
                client.system.ping()
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.skipif(shutil.which("ssh") is None, reason="no ssh client")
def test_ssh_failure_is_named() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    with MobyClient(f"ssh://nobody@127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError) as caught:
            client.system.ping()
    assert "ssh failed" in str(caught.value)
    assert "ssh to 127.0.0.1" in str(caught.value)


@pytest.mark.parametrize(
    ("address", "expected"),
    [("npipe:////./pipe/docker_engine", "named pipes"), ("fd://", "fd://")],
)
def test_unusable_transports(address: str, expected: str) -> None:
    with pytest.raises(InvalidHostError, match=expected):
        MobyClient(address)


async def test_async_tcp_connection_refused_names_the_cause() -> None:
    probe = socket.socket()
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    async with AsyncMobyClient(f"tcp://127.0.0.1:{port}", max_retries=0) as client:
        with pytest.raises(DaemonUnreachableError, match="connection refused"):
            await client.system.ping()
