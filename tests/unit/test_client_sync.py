"""The sync client against a fake daemon: request shape, bodies, results."""

from __future__ import annotations

import io
import json
import time
from urllib.parse import parse_qsl, urlsplit

import httpcore
import pytest
from fakedaemon import Recorded, Reply, fake_daemon

import moby_client
from moby_client import NOT_GIVEN, MobyClient, Timeout
from moby_client._spec import OperationSpec, ParamSpec
from moby_client._sync._pool import DaemonPool
from moby_client.errors import MobyTimeoutError, StreamError
from moby_client.models import ContainerCreateBody, HostConfig


def spec(
    kind: str, method: str = "GET", path: str = "/things", **kw: object
) -> OperationSpec:
    return OperationSpec(
        operation_id=str(kw.pop("operation_id", "ThingGet")),
        method=method,
        path=path,
        tag="Thing",
        group="things",
        method_name="get",
        response_kind=kind,  # type: ignore[arg-type]
        **kw,  # type: ignore[arg-type]
    )


def query_of(request: Recorded) -> list[tuple[str, str]]:
    return parse_qsl(urlsplit(request.path).query, keep_blank_values=True)


def test_public_names() -> None:
    for name in moby_client.__all__:
        assert getattr(moby_client, name) is not None, name
    assert {
        "MobyClient",
        "AsyncMobyClient",
        "APIVersion",
        "OPERATIONS",
        "Timeout",
        "TLSConfig",
        "NOT_GIVEN",
        "NotFoundError",
        "APIVersionError",
        "UnsupportedByAPIVersion",
        "DaemonUnreachableError",
    } <= set(moby_client.__all__)
    assert sorted(moby_client.__all__) == sorted(set(moby_client.__all__))
    assert moby_client.OPERATIONS["ContainerInspect"] == "containers.inspect"


def test_creating_a_client_is_cheap_and_lazy() -> None:
    started = time.perf_counter()
    for _ in range(100):
        MobyClient("unix:///x.sock").close()
    assert (time.perf_counter() - started) / 100 < 0.005
    client = MobyClient("unix:///x.sock")
    assert "containers" not in vars(client)
    assert client.containers is client.containers


def test_query_encoding() -> None:
    with fake_daemon() as daemon, MobyClient(daemon.host, api_version="1.41") as client:
        client.containers.list(
            all=True,
            size=False,
            filters={"label": "a=b", "status": ["running", "exited"]},
        )
        client.containers.list(filters='{"id":["x"]}')
        client.containers.list(filters={})
    first, second, third = daemon.requests
    assert query_of(first) == [
        ("all", "1"),
        ("size", "0"),
        ("filters", '{"label":["a=b"],"status":["running","exited"]}'),
    ]
    assert query_of(second) == [("filters", '{"id":["x"]}')]
    assert urlsplit(third.path).query == ""


def test_array_and_object_query_params() -> None:
    repeated = spec(
        "json",
        params=(
            ParamSpec("names", "names", "query", "array"),
            ParamSpec("buildargs", "buildargs", "query", "string"),
            ParamSpec("cachefrom", "cachefrom", "query", "string"),
        ),
    )
    with fake_daemon() as daemon, MobyClient(daemon.host, api_version="1.41") as client:
        client.request(
            repeated,
            query={
                "names": ["a:1", "b/c"],
                "buildargs": {"HTTP_PROXY": "x y"},
                "cachefrom": ["img:1"],
                "skipped": NOT_GIVEN,
                "none": None,
            },
        )
    assert query_of(daemon.requests[0]) == [
        ("names", "a:1"),
        ("names", "b/c"),
        ("buildargs", '{"HTTP_PROXY":"x y"}'),
        ("cachefrom", '["img:1"]'),
    ]


def test_path_parameters_are_quoted_but_keep_references_readable() -> None:
    with fake_daemon() as daemon, MobyClient(daemon.host, api_version="1.41") as client:
        client.images.inspect("registry:5000/app@sha256:abc")
        client.containers.inspect("we ird?#")
        with pytest.raises(ValueError, match="non-empty"):
            client.containers.inspect("")
    assert [r.path for r in daemon.requests] == [
        "/v1.41/images/registry:5000/app@sha256:abc/json",
        "/v1.41/containers/we%20ird%3F%23/json",
    ]


def test_json_body_sends_only_set_fields() -> None:
    def created(request: Recorded) -> Reply:
        return Reply(status=201, body=b'{"Id": "c1", "Warnings": []}')

    with (
        fake_daemon(handler=created) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        result = client.containers.create(
            name="web",
            image="busybox:local",
            cmd=["sh", "-c", "echo hi"],
            host_config=HostConfig(memory=0),
        )
    assert result.id == "c1"
    sent = daemon.requests[0]
    assert sent.path == "/v1.41/containers/create?name=web"
    assert sent.headers["content-type"] == "application/json"
    assert json.loads(sent.body) == {
        "Image": "busybox:local",
        "Cmd": ["sh", "-c", "echo hi"],
        "HostConfig": {"Memory": 0},
    }


def test_build_body_merges_fields_over_the_body() -> None:
    client = MobyClient("unix:///x.sock")
    base = ContainerCreateBody(image="a", env=["X=1"])
    merged = client.build_body(
        ContainerCreateBody, base, {"image": "b", "cmd": NOT_GIVEN}
    )
    assert merged.to_wire() == {"Image": "b", "Env": ["X=1"]}
    from_mapping = client.build_body(
        ContainerCreateBody, {"Image": "a", "Labels": {"k": "v"}}, {"image": "c"}
    )
    assert from_mapping.to_wire() == {"Image": "c", "Labels": {"k": "v"}}
    assert client.build_body(ContainerCreateBody, base, {}) is base
    assert client.build_body(ContainerCreateBody, NOT_GIVEN, {}).to_wire() == {}


def test_binary_bodies() -> None:
    with fake_daemon(handler=lambda r: Reply(status=200, body=b"")) as daemon:
        with MobyClient(daemon.host, api_version="1.41") as client:
            client.containers.put_archive("c1", path="/tmp", body=b"tar-bytes")
            client.containers.put_archive(
                "c1", path="/tmp", body=iter([b"part1-", b"part2"])
            )
            client.containers.put_archive(
                "c1", path="/tmp", body=io.BytesIO(b"x" * 200_000)
            )
    plain, chunked, from_file = daemon.requests
    assert plain.headers["content-length"] == "9"
    assert plain.headers["content-type"] == "application/x-tar"
    assert plain.body == b"tar-bytes"
    assert chunked.headers["transfer-encoding"] == "chunked"
    assert chunked.body == b"part1-part2"
    assert from_file.headers["transfer-encoding"] == "chunked"
    assert from_file.body == b"x" * 200_000


def test_options_extra_query_headers_and_timeout() -> None:
    with fake_daemon() as daemon, MobyClient(daemon.host, api_version="1.41") as client:
        client.system.info(
            options={"extra_query": {"debug": True}, "extra_headers": {"X-Trace": "7"}}
        )
    sent = daemon.requests[0]
    assert sent.path == "/v1.41/info?debug=1"
    assert sent.headers["x-trace"] == "7"
    assert sent.headers["user-agent"].startswith("moby-client/")


def slow_wait(request: Recorded) -> Reply:
    if "/wait" in request.path:
        return Reply(body=b'{"StatusCode": 0}', delay=0.6)
    return Reply(body=b"{}", delay=0.6)


def test_wait_with_a_timeout_raises_moby_timeout() -> None:
    with fake_daemon(handler=slow_wait) as daemon:
        with MobyClient(daemon.host, api_version="1.41") as client:
            with pytest.raises(MobyTimeoutError):
                client.containers.wait("c1", options={"timeout": 0.1})


def test_timeout_while_reading_the_body_after_the_headers() -> None:
    def handler(request: Recorded) -> Reply:
        if "/wait" in request.path:
            return Reply(chunks=[b'{"StatusCode": 0}'], chunk_delay=0.6)
        return Reply(body=b"{}")

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with pytest.raises(MobyTimeoutError):
            client.containers.wait("c1", options={"timeout": 0.1})
        assert client.system.info() is not None


def test_wait_reads_without_the_default_read_limit() -> None:
    with (
        fake_daemon(handler=slow_wait) as daemon,
        MobyClient(
            daemon.host, api_version="1.41", timeout=Timeout(read=0.1)
        ) as client,
    ):
        assert client.containers.wait("c1").status_code == 0
        with pytest.raises(MobyTimeoutError):
            client.system.info()


def test_frames_multiplexed_by_content_type() -> None:
    frames = spec("frames")
    payload = (
        bytes([1, 0, 0, 0, 0, 0, 0, 3])
        + b"out"
        + bytes([2, 0, 0, 0, 0, 0, 0, 3])
        + b"err"
    )

    def handler(request: Recorded) -> Reply:
        return Reply(
            chunks=[payload[:5], payload[5:]],
            content_type="application/vnd.docker.multiplexed-stream",
        )

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version="1.44") as client,
    ):
        with client.request(frames) as stream:
            assert stream.read_all() == (b"out", b"err")


@pytest.mark.parametrize(
    ("version", "tty", "multiplexed"),
    [
        ("1.44", None, False),
        ("1.41", True, False),
        ("1.41", False, True),
        ("1.41", None, True),
    ],
)
def test_raw_stream_content_type_and_tty(
    version: str, tty: bool | None, multiplexed: bool
) -> None:
    def handler(request: Recorded) -> Reply:
        return Reply(chunks=[b"x"], content_type="application/vnd.docker.raw-stream")

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version=version) as client,
    ):
        stream = client.request(spec("frames"), tty=tty)
        assert stream.multiplexed is multiplexed
        stream.close()


def test_json_stream_and_binary() -> None:
    def handler(request: Recorded) -> Reply:
        if "events" in request.path:
            return Reply(chunks=[b'{"Type": "container"}\n{"Ty', b'pe": "image"}\n'])
        return Reply(chunks=[b"tar", b"ball"], content_type="application/x-tar")

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version="1.41") as client,
    ):
        with client.system.events() as events:
            assert [e.type for e in events] == ["container", "image"]
        with client.containers.export("c1") as archive:
            assert archive.read_all() == b"tarball"


def test_upgrade_gives_a_hijacked_session() -> None:
    attach = spec(
        "upgrade",
        method="POST",
        path="/containers/{id}/attach",
        operation_id="ContainerAttach",
    )
    greeting = bytes([1, 0, 0, 0, 0, 0, 0, 6]) + b"hello\n"

    def handler(request: Recorded) -> Reply:
        return Reply(
            status=101,
            chunks=[greeting],
            content_type="application/vnd.docker.multiplexed-stream",
        )

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version="1.44") as client,
    ):
        session = client.request(
            attach, path={"id": "c1"}, query={"stream": True, "stdin": True}
        )
        with session:
            session.write(b"typed")
            session.close_stdin()
            assert session.read_all() == (b"hello\ntyped", b"")
        sent = daemon.requests[0]
    assert sent.headers["connection"] == "Upgrade"
    assert sent.headers["upgrade"] == "tcp"
    assert sent.path == "/v1.44/containers/c1/attach?stream=1&stdin=1"


def test_upgraded_connections_return_to_the_pool() -> None:
    attach = spec(
        "upgrade", method="POST", path="/attach", operation_id="ContainerAttach"
    )

    def handler(request: Recorded) -> Reply:
        if "attach" in request.path:
            return Reply(
                status=101, chunks=[], content_type="application/vnd.docker.raw-stream"
            )
        return Reply(body=b"{}")

    with fake_daemon(handler=handler) as daemon:
        with MobyClient(daemon.host, api_version="1.44", max_connections=2) as client:
            for _ in range(5):
                session = client.request(attach, tty=True)
                session.close()
            assert client.system.info() is not None


def test_tcp_requests_go_through_the_environment_proxy(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import http.server
    import socketserver
    import threading

    seen: list[str] = []

    class Proxy(http.server.BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def do_HEAD(self) -> None:
            seen.append(f"{self.command} {self.path} host={self.headers['Host']}")
            self.send_response(200)
            self.send_header("Api-Version", "1.44")
            self.send_header("Content-Length", "0")
            self.end_headers()

        do_GET = do_HEAD

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = socketserver.ThreadingTCPServer(("127.0.0.1", 0), Proxy)
    threading.Thread(target=server.serve_forever, args=(0.02,), daemon=True).start()
    try:
        monkeypatch.setenv("HTTP_PROXY", f"http://127.0.0.1:{server.server_address[1]}")
        monkeypatch.setenv("NO_PROXY", "other.invalid")
        with MobyClient("tcp://moby.invalid:2375", max_retries=0) as client:
            assert client.negotiate() == "1.44"
        assert seen == ["HEAD http://moby.invalid:2375/_ping host=moby.invalid:2375"]
    finally:
        server.shutdown()
        server.server_close()


@pytest.mark.parametrize(
    "no_proxy",
    ["moby.invalid", ".invalid", "*", "moby.invalid:2375", "a, moby.invalid"],
)
def test_no_proxy_exempts_the_daemon(
    monkeypatch: pytest.MonkeyPatch, no_proxy: str
) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", no_proxy)
    client = MobyClient("tcp://moby.invalid:2375")
    assert isinstance(client._pool, DaemonPool)  # direct: no proxy
    monkeypatch.setenv("NO_PROXY", "moby.invalid:1234")
    proxied = MobyClient("tcp://moby.invalid:2375")._pool
    assert isinstance(proxied, httpcore.ConnectionPool)
    assert proxied._proxy is not None


def test_unix_sockets_ignore_proxies(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    with fake_daemon() as daemon, MobyClient(daemon.host) as client:
        assert client.negotiate() == "1.41"


def test_a_daemon_that_does_not_upgrade() -> None:
    attach = spec(
        "upgrade", method="POST", path="/attach", operation_id="ContainerAttach"
    )

    def handler(request: Recorded) -> Reply:
        return Reply(body=b"", content_type="application/vnd.docker.raw-stream")

    with (
        fake_daemon(handler=handler) as daemon,
        MobyClient(daemon.host, api_version="1.44", max_connections=1) as client,
    ):
        for _ in range(3):
            with pytest.raises(StreamError, match="did not upgrade"):
                client.request(attach)
