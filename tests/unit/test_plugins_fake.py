"""Operations these machines cannot run for real, against a fake daemon.

Plugins need a plugin registry and privileges, ``/session`` needs BuildKit's
gRPC on the client side, joining a swarm needs a second node. The fake daemon
here is a threaded HTTP/1.1 server on a temporary unix socket: it records each
request (method, path, query, headers, body) and answers from a table, so the
tests check the request shape the SDK puts on the wire.
"""

from __future__ import annotations

import base64
import io
import json
import socketserver
import tarfile
import threading
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

import pytest

from moby_client import AsyncMobyClient, MobyClient

API = "1.51"


@dataclass
class Recorded:
    method: str
    path: str
    query: dict[str, list[str]]
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class Reply:
    status: int = 200
    body: bytes = b""
    content_type: str = "application/json"
    headers: dict[str, str] = field(default_factory=dict)


def json_reply(value: Any, status: int = 200) -> Reply:
    return Reply(status, json.dumps(value).encode())


class FakeDaemon:
    """Answers ``/_ping`` and whatever :attr:`routes` holds, recording requests."""

    def __init__(self, socket_path: Path) -> None:
        self.socket_path = socket_path
        self.requests: list[Recorded] = []
        self.routes: dict[tuple[str, str], Callable[[Recorded], Reply]] = {}
        daemon = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, format: str, *args: Any) -> None:
                return

            def _body(self) -> bytes:
                if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                    data = bytearray()
                    while True:
                        size = int(self.rfile.readline().split(b";")[0], 16)
                        if size == 0:
                            while self.rfile.readline() not in (b"\r\n", b"\n", b""):
                                pass
                            return bytes(data)
                        data += self.rfile.read(size)
                        self.rfile.readline()
                length = int(self.headers.get("Content-Length") or 0)
                return self.rfile.read(length) if length else b""

            def _serve(self) -> None:
                url = urlsplit(self.path)
                recorded = Recorded(
                    self.command,
                    url.path,
                    parse_qs(url.query, keep_blank_values=True),
                    {k.lower(): v for k, v in self.headers.items()},
                    self._body(),
                )
                if url.path.endswith("/_ping"):
                    reply = Reply(200, b"OK", "text/plain")
                else:
                    daemon.requests.append(recorded)
                    route = daemon.routes.get((self.command, url.path))
                    reply = (
                        route(recorded)
                        if route
                        else json_reply({"message": "no such route"}, 404)
                    )
                self.send_response(reply.status)
                self.send_header("Api-Version", API)
                self.send_header("Content-Type", reply.content_type)
                for name, value in reply.headers.items():
                    self.send_header(name, value)
                if reply.status == 101:
                    self.end_headers()
                    self.close_connection = True
                    return
                self.send_header("Content-Length", str(len(reply.body)))
                self.end_headers()
                if self.command != "HEAD":
                    self.wfile.write(reply.body)

            do_GET = do_POST = do_DELETE = do_PUT = do_HEAD = _serve

        class Server(socketserver.ThreadingMixIn, socketserver.UnixStreamServer):
            daemon_threads = True

        self._server = Server(str(socket_path), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, args=(0.05,), daemon=True
        )

    @property
    def base_url(self) -> str:
        return f"unix://{self.socket_path}"

    def start(self) -> None:
        self._thread.start()

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def route(self, method: str, path: str, reply: Reply) -> None:
        self.routes[(method, f"/v{API}{path}")] = lambda _request: reply

    def only(self) -> Recorded:
        assert len(self.requests) == 1, self.requests
        return self.requests[0]


@pytest.fixture
def fake(tmp_path: Path) -> Iterator[FakeDaemon]:
    daemon = FakeDaemon(tmp_path / "fake.sock")
    daemon.start()
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def client(fake: FakeDaemon) -> Iterator[MobyClient]:
    with MobyClient(base_url=fake.base_url) as moby:
        yield moby


def decode_auth(value: str) -> Any:
    return json.loads(base64.urlsafe_b64decode(value))


PLUGIN = {
    "Id": "5724e2c8652da337ab2eedd19fc6fc0ec908e4bd907c7421bf6a8dfc70c4c078",
    "Name": "tiborvass/sample-volume-plugin",
    "Enabled": True,
    "Settings": {"Mounts": [], "Env": ["DEBUG=0"], "Args": [], "Devices": []},
    "Config": {
        "Description": "A sample volume plugin",
        "Documentation": "",
        "Interface": {"Types": ["docker.volumedriver/1.0"], "Socket": "plugin.sock"},
        "Entrypoint": ["/usr/bin/sample-volume-plugin"],
        "WorkDir": "",
        "Network": {"Type": ""},
        "Linux": {"Capabilities": [], "AllowAllDevices": False, "Devices": []},
        "PropagatedMount": "",
        "Mounts": [],
        "Env": [],
        "Args": {"Name": "", "Description": "", "Settable": [], "Value": []},
    },
}
PRIVILEGES = [{"Name": "network", "Description": "", "Value": ["host"]}]


def test_plugin_list_and_inspect(fake: FakeDaemon, client: MobyClient) -> None:
    fake.route("GET", "/plugins", json_reply([PLUGIN]))
    fake.route("GET", "/plugins/sample/json", json_reply(PLUGIN))
    listed = client.plugins.list(filters={"capability": ["volumedriver"]})
    assert listed[0].name == PLUGIN["Name"]
    request = fake.requests[-1]
    assert (request.method, request.path) == ("GET", f"/v{API}/plugins")
    assert json.loads(request.query["filters"][0]) == {"capability": ["volumedriver"]}
    inspected = client.plugins.inspect("sample")
    assert inspected.id == PLUGIN["Id"]
    assert inspected.settings is not None and inspected.settings.env == ["DEBUG=0"]


def test_plugin_privileges(fake: FakeDaemon, client: MobyClient) -> None:
    fake.route("GET", "/plugins/privileges", json_reply(PRIVILEGES))
    privileges = client.plugins.privileges(remote="vieux/sshfs:latest")
    assert privileges[0].value == ["host"]
    assert fake.only().query == {"remote": ["vieux/sshfs:latest"]}


def test_plugin_install_sends_auth_and_privileges(
    fake: FakeDaemon, client: MobyClient
) -> None:
    progress = b'{"status":"Pulling"}\n{"status":"Download complete"}\n'
    fake.route("POST", "/plugins/pull", Reply(200, progress))
    messages = client.plugins.install(
        "127.0.0.1:5001/sshfs:latest",
        name="sshfs",
        privileges=PRIVILEGES,
        auth={"username": "u", "password": "p"},
    )
    assert [m["status"] for m in messages] == ["Pulling", "Download complete"]
    request = fake.only()
    assert request.query == {
        "remote": ["127.0.0.1:5001/sshfs:latest"],
        "name": ["sshfs"],
    }
    assert request.json() == PRIVILEGES
    assert request.headers["content-type"].startswith("application/json")
    assert decode_auth(request.headers["x-registry-auth"]) == {
        "username": "u",
        "password": "p",
        "serveraddress": "127.0.0.1:5001",
    }


def test_plugin_install_raises_on_progress_error(
    fake: FakeDaemon, client: MobyClient
) -> None:
    from moby_client.errors import ProgressError

    body = (
        b'{"status":"Pulling"}\n{"error":"denied","errorDetail":{"message":"denied"}}\n'
    )
    fake.route("POST", "/plugins/pull", Reply(200, body))
    seen: list[Any] = []
    with pytest.raises(ProgressError, match="denied"):
        client.plugins.install("127.0.0.1:5000/p", privileges=[], progress=seen.append)
    assert seen == [{"status": "Pulling"}]


def test_plugin_enable_disable_set_remove_push(
    fake: FakeDaemon, client: MobyClient
) -> None:
    fake.route("POST", "/plugins/sample/enable", Reply(200))
    fake.route("POST", "/plugins/sample/disable", Reply(200))
    fake.route("POST", "/plugins/sample/set", Reply(204))
    fake.route("DELETE", "/plugins/sample", json_reply(PLUGIN))
    fake.route("POST", "/plugins/sample/push", Reply(200, b'{"status":"ok"}\n'))

    client.plugins.enable("sample", timeout=5)
    client.plugins.disable("sample", force=True)
    client.plugins.set("sample", body=["DEBUG=1"])
    client.plugins.remove("sample", force=True)
    pushed = list(client.plugins.push("sample"))

    shapes = [(r.method, r.path, r.query) for r in fake.requests]
    assert shapes == [
        ("POST", f"/v{API}/plugins/sample/enable", {"timeout": ["5"]}),
        ("POST", f"/v{API}/plugins/sample/disable", {"force": ["1"]}),
        ("POST", f"/v{API}/plugins/sample/set", {}),
        ("DELETE", f"/v{API}/plugins/sample", {"force": ["1"]}),
        ("POST", f"/v{API}/plugins/sample/push", {}),
    ]
    assert json.loads(fake.requests[2].body) == ["DEBUG=1"]
    assert len(pushed) == 1


def test_plugin_upgrade(fake: FakeDaemon, client: MobyClient) -> None:
    fake.route("POST", "/plugins/sample/upgrade", Reply(200, b'{"status":"ok"}\n'))
    from moby_client._protocol.auth import encode_registry_auth

    header = encode_registry_auth({"identitytoken": "tok"})
    stream = client.plugins.upgrade(
        "sample",
        remote="127.0.0.1:5000/sample:2",
        x_registry_auth=header,
        body=PRIVILEGES,  # type: ignore[arg-type]
    )
    assert [m["status"] for m in stream] == ["ok"]
    request = fake.only()
    assert request.query == {"remote": ["127.0.0.1:5000/sample:2"]}
    assert request.json() == PRIVILEGES
    assert decode_auth(request.headers["x-registry-auth"]) == {"identitytoken": "tok"}


def test_plugin_create_streams_the_tar(
    fake: FakeDaemon, client: MobyClient, tmp_path: Path
) -> None:
    fake.route("POST", "/plugins/create", Reply(204))
    rootfs = tmp_path / "plugin"
    (rootfs / "rootfs").mkdir(parents=True)
    (rootfs / "config.json").write_text(json.dumps(PLUGIN["Config"]))
    client.plugins.create_from_directory("sample:1", rootfs)
    request = fake.only()
    assert request.query == {"name": ["sample:1"]}
    assert request.headers["content-type"] == "application/x-tar"
    with tarfile.open(fileobj=io.BytesIO(request.body)) as archive:
        assert archive.getnames() == ["config.json", "rootfs"]
    with pytest.raises(FileNotFoundError, match=r"config\.json"):
        client.plugins.create_from_directory("broken", tmp_path)


async def test_async_plugin_calls(fake: FakeDaemon) -> None:
    fake.route("GET", "/plugins", json_reply([PLUGIN]))
    fake.route("POST", "/plugins/pull", Reply(200, b'{"status":"done"}\n'))
    async with AsyncMobyClient(base_url=fake.base_url) as moby:
        listed = await moby.plugins.list()
        assert listed[0].enabled is True
        messages = await moby.plugins.install("x/y", privileges=[])
    assert messages == [{"status": "done"}]
    assert fake.requests[-1].query == {"remote": ["x/y"]}


def test_session_requests_an_upgrade(fake: FakeDaemon, client: MobyClient) -> None:
    fake.route(
        "POST",
        "/session",
        Reply(
            101,
            content_type="application/vnd.docker.raw-stream",
            headers={"Connection": "Upgrade", "Upgrade": "h2c"},
        ),
    )
    session = client.session.start()
    try:
        request = fake.only()
        assert request.method == "POST"
        assert request.headers["connection"].lower() == "upgrade"
        assert request.headers["upgrade"] == "h2c"
    finally:
        session.close()


def test_swarm_join_and_unlock_shapes(fake: FakeDaemon, client: MobyClient) -> None:
    fake.route("POST", "/swarm/join", Reply(200))
    fake.route("POST", "/swarm/unlock", Reply(200))
    client.swarm.join(
        listen_addr="127.0.0.1:2377",
        remote_addrs=["127.0.0.2:2377"],
        join_token="SWMTKN-1-abc",
    )
    client.swarm.unlock(unlock_key="SWMKEY-1-xyz")
    assert fake.requests[0].json() == {
        "ListenAddr": "127.0.0.1:2377",
        "RemoteAddrs": ["127.0.0.2:2377"],
        "JoinToken": "SWMTKN-1-abc",
    }
    assert fake.requests[1].json() == {"UnlockKey": "SWMKEY-1-xyz"}


def test_plugin_install_grants_what_the_plugin_asks(
    fake: FakeDaemon,
    client: MobyClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    fake.route("GET", "/plugins/privileges", json_reply(PRIVILEGES))
    fake.route("POST", "/plugins/pull", Reply(200, b'{"status":"done"}\n'))
    client.plugins.install("vieux/sshfs")
    asked, pulled = fake.requests
    assert (asked.method, asked.path, asked.query) == (
        "GET",
        f"/v{API}/plugins/privileges",
        {"remote": ["vieux/sshfs"]},
    )
    assert pulled.json() == PRIVILEGES
    assert "x-registry-auth" not in pulled.headers


def test_build_request_shape(
    fake: FakeDaemon,
    client: MobyClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    config_dir = tmp_path / "docker"
    config_dir.mkdir()
    (config_dir / "config.json").write_text(
        json.dumps(
            {"auths": {"127.0.0.1:5001": {"auth": base64.b64encode(b"u:p").decode()}}}
        )
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(config_dir))
    context = tmp_path / "ctx"
    context.mkdir()
    (context / "Dockerfile").write_text("FROM scratch\n")
    (context / ".dockerignore").write_text("*.log\n")
    (context / "app.log").write_text("ignored")
    image_id = "sha256:" + "c" * 64
    fake.route(
        "POST",
        "/build",
        Reply(200, json.dumps({"aux": {"ID": image_id}}).encode() + b"\n"),
    )
    fake.route("GET", f"/images/{image_id}/json", json_reply({"Id": image_id}))
    image = client.images.build(
        path=context,
        tag="app:1",
        buildargs={"A": "1"},
        labels={"l": "v"},
        pull=True,
        auth={"registry.example": {"username": "x", "password": "y"}},
    )
    assert image.id == image_id
    build = fake.requests[0]
    assert build.query == {
        "dockerfile": ["Dockerfile"],
        "t": ["app:1"],
        "buildargs": ['{"A": "1"}'],
        "labels": ['{"l": "v"}'],
        "pull": ["1"],
    }
    assert build.headers["content-type"] == "application/x-tar"
    assert decode_auth(build.headers["x-registry-config"]) == {
        "127.0.0.1:5001": {
            "username": "u",
            "password": "p",
            "serveraddress": "127.0.0.1:5001",
        },
        "registry.example": {
            "username": "x",
            "password": "y",
            "serveraddress": "registry.example",
        },
    }
    with tarfile.open(fileobj=io.BytesIO(build.body)) as archive:
        assert archive.getnames() == [".dockerignore", "Dockerfile"]


def test_pull_sends_stored_credentials_and_raises_after_progress(
    fake: FakeDaemon,
    client: MobyClient,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from moby_client.errors import ProgressError

    (tmp_path / "config.json").write_text(
        json.dumps(
            {"auths": {"https://127.0.0.1:5001/v2/": {"identitytoken": "refresh"}}}
        )
    )
    monkeypatch.setenv("DOCKER_CONFIG", str(tmp_path))
    body = b'{"status":"Pulling fs layer","id":"abc"}\n{"error":"manifest unknown"}\n'
    fake.route("POST", "/images/create", Reply(200, body))
    seen: list[Any] = []
    with pytest.raises(ProgressError, match="manifest unknown"):
        client.images.pull("127.0.0.1:5001/app", progress=seen.append)
    assert [m.status for m in seen] == ["Pulling fs layer"]
    request = fake.only()
    assert request.query == {"fromImage": ["127.0.0.1:5001/app"], "tag": ["latest"]}
    assert decode_auth(request.headers["x-registry-auth"]) == {
        "identitytoken": "refresh",
        "serveraddress": "127.0.0.1:5001",
    }
