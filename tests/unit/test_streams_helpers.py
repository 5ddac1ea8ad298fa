"""The stream-related helpers of containers and exec, on a scripted client.

The client's ``request()`` is replaced by a fake that records each call and
answers from a script, so these tests check what the helpers send and how they
read the answers, without a daemon.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
from collections.abc import AsyncIterator, Callable
from typing import Any

import pytest

from moby_client import ContainerRunResult, ExecResult, models
from moby_client._apiversion import APIVersion
from moby_client._async.resources.containers import AsyncContainers
from moby_client._async.resources.exec import AsyncExec
from moby_client._async.streams import AsyncFrameStream, AsyncHijackedSession
from moby_client._protocol.stdcopy import encode_frame
from moby_client._spec import OperationSpec
from moby_client._types import NOT_GIVEN
from moby_client.errors import ContainerError


class ListBody:
    def __init__(self, chunks: list[bytes]) -> None:
        self.chunks = chunks

    async def _iterate(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            yield chunk

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def aclose(self) -> None:
        pass


class SocketNetworkStream:
    def __init__(self, sock: socket.socket) -> None:
        sock.setblocking(False)
        self.sock = sock

    async def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        return await asyncio.get_running_loop().sock_recv(self.sock, max_bytes)

    async def write(self, buffer: bytes, timeout: float | None = None) -> None:
        await asyncio.get_running_loop().sock_sendall(self.sock, buffer)

    async def aclose(self) -> None:
        self.sock.close()

    def get_extra_info(self, info: str) -> Any:
        return self.sock if info == "socket" else None


def scripted_session(
    reply: Callable[[bytes], bytes], *, multiplexed: bool, stdin: bool = True
) -> AsyncHijackedSession:
    """A session whose far end reads stdin to EOF (if attached) and answers
    ``reply(stdin)``."""
    ours, theirs = socket.socketpair()

    def daemon() -> None:
        received = b""
        while stdin and (chunk := theirs.recv(65536)):
            received += chunk
        # BrokenPipeError: the session was closed without reading
        with contextlib.suppress(BrokenPipeError):
            theirs.sendall(reply(received))
        theirs.close()

    threading.Thread(target=daemon, daemon=True).start()
    return AsyncHijackedSession(
        SocketNetworkStream(ours), multiplexed=multiplexed, response_headers=None
    )


class FakeClient:
    """Records requests; answers them with ``answers[operation_id](call)``."""

    def __init__(self, version: str) -> None:
        self.version = APIVersion(version)
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.answers: dict[str, Callable[[dict[str, Any]], Any]] = {}

    async def negotiate(self) -> APIVersion:
        return self.version

    def build_body(self, model_cls: Any, body: Any, fields: dict[str, Any]) -> Any:
        given = {k: v for k, v in fields.items() if v is not NOT_GIVEN}
        return model_cls.model_validate(given)

    async def request(self, spec: OperationSpec, **call: Any) -> Any:
        self.calls.append((spec.operation_id, call))
        answer = self.answers.get(spec.operation_id)
        return answer(call) if answer else None

    def operations(self) -> list[str]:
        return [name for name, _ in self.calls]


def inspect_answer(tty: bool, running: bool = False, exit_code: int = 0) -> Any:
    return lambda call: models.ContainerInspectResponse.model_validate(
        {
            "Id": "c1",
            "Config": {"Tty": tty},
            "State": {"Running": running, "ExitCode": exit_code},
        }
    )


def logs_answer(call: dict[str, Any]) -> AsyncFrameStream:
    tty = call["tty"]
    body = ListBody(
        [b"2024-01-02T03:04:05Z hi\n"] if tty else [encode_frame(1, b"hi\n")]
    )
    return AsyncFrameStream(body, multiplexed=not tty if tty is not None else True)


@pytest.mark.parametrize("tty", [False, True])
async def test_logs_below_1_42_asks_the_containers_tty(tty: bool) -> None:
    client = FakeClient("1.41")
    client.answers = {
        "ContainerInspect": inspect_answer(tty),
        "ContainerLogs": logs_answer,
    }
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    stream = await containers.logs("c1", stdout=True, timestamps=tty)
    assert client.operations() == ["ContainerInspect", "ContainerLogs"]
    assert client.calls[1][1]["tty"] is tty
    assert client.calls[1][1]["query"]["stdout"] is True
    frames = [frame async for frame in stream]
    assert [f.data for f in frames] == [b"hi\n"]
    assert (frames[0].timestamp is not None) is tty


async def test_logs_from_1_42_sends_one_request() -> None:
    client = FakeClient("1.51")
    client.answers = {"ContainerLogs": logs_answer}
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    stream = await containers.logs("c1", follow=True)
    assert client.operations() == ["ContainerLogs"]
    assert client.calls[0][1]["tty"] is None
    assert client.calls[0][1]["query"]["follow"] is True
    assert stream.timestamps is False


@pytest.mark.parametrize("version", ["1.41", "1.51"])
async def test_run_failure_removes_and_raises(version: str) -> None:
    client = FakeClient(version)
    client.answers = {
        "ContainerCreate": lambda call: models.ContainerCreateResponse(id="c1"),
        "ContainerAttach": lambda call: scripted_session(
            lambda stdin: encode_frame(1, stdin.upper()) + encode_frame(2, b"bad\n"),
            multiplexed=True,
        ),
        "ContainerStart": lambda call: True,
        "ContainerWait": lambda call: models.ContainerWaitResponse(status_code=2),
    }
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    with pytest.raises(ContainerError) as caught:
        await containers.run("img", "tr a-z A-Z", stdin=b"abc", remove=True)
    assert (caught.value.exit_code, caught.value.stdout, caught.value.stderr) == (
        2,
        b"ABC",
        b"bad\n",
    )
    assert client.operations() == [
        "ContainerCreate",
        "ContainerAttach",
        "ContainerStart",
        "ContainerWait",
        "ContainerDelete",
    ]
    create_body = client.calls[0][1]["body"].to_wire()
    assert create_body["Cmd"] == ["tr", "a-z", "A-Z"]
    assert create_body["OpenStdin"] and create_body["StdinOnce"]
    attach_query = client.calls[1][1]["query"]
    assert attach_query["stdin"] and attach_query["stream"]
    # run knows whether the container has a tty; it never inspects for it
    assert client.calls[1][1]["tty"] is False
    assert client.calls[4][1]["query"] == {"v": True, "force": True, "link": NOT_GIVEN}


async def test_run_success_without_stdin() -> None:
    client = FakeClient("1.51")
    client.answers = {
        "ContainerCreate": lambda call: models.ContainerCreateResponse(id="c1"),
        "ContainerAttach": lambda call: scripted_session(
            lambda stdin: b"tty output", multiplexed=False, stdin=False
        ),
        "ContainerWait": lambda call: models.ContainerWaitResponse(status_code=0),
    }
    containers = AsyncContainers(client)  # type: ignore[arg-type]

    result = await asyncio.wait_for(
        containers.run("img", ["echo"], tty=True, labels={"a": "b"}), 5
    )
    assert result == ContainerRunResult("c1", 0, b"tty output", b"")
    assert client.calls[1][1]["query"]["stdin"] is False
    assert client.calls[0][1]["body"].to_wire()["Labels"] == {"a": "b"}


@pytest.mark.parametrize(
    ("version", "tty", "expected_ops", "expected_tty"),
    [
        ("1.41", True, ["ExecStart"], True),
        ("1.41", NOT_GIVEN, ["ExecInspect", "ExecStart"], True),
        ("1.51", NOT_GIVEN, ["ExecStart"], None),
    ],
)
async def test_exec_start_tells_the_client_about_the_tty(
    version: str, tty: Any, expected_ops: list[str], expected_tty: bool | None
) -> None:
    client = FakeClient(version)
    client.answers = {
        "ExecInspect": lambda call: models.ExecInspectResponse.model_validate(
            {
                "ID": "e1",
                "Running": False,
                "ExitCode": 4,
                "ProcessConfig": {"tty": True},
            }
        ),
        "ExecStart": lambda call: scripted_session(lambda stdin: b"", multiplexed=True),
    }
    exec_api = AsyncExec(client)  # type: ignore[arg-type]
    session = await exec_api.start("e1", detach=False, tty=tty)
    assert client.operations() == expected_ops
    assert client.calls[-1][1]["tty"] == expected_tty
    assert session.exec_id == "e1"
    assert await session.exit_code() == 4
    await session.aclose()


async def test_exec_run_waits_for_the_exit_code() -> None:
    client = FakeClient("1.51")
    inspections = iter([True, True, False])
    client.answers = {
        "ContainerExec": lambda call: models.IDResponse(id="e1"),
        "ExecStart": lambda call: scripted_session(
            lambda stdin: encode_frame(1, stdin), multiplexed=True
        ),
        "ExecInspect": lambda call: models.ExecInspectResponse.model_validate(
            {"ID": "e1", "Running": next(inspections), "ExitCode": 9}
        ),
    }
    exec_api = AsyncExec(client)  # type: ignore[arg-type]
    result = await exec_api.run(
        "c1", "cat -", stdin=b"in", env={"A": "1"}, working_dir="/w", user="u"
    )
    assert result == ExecResult(9, b"in", b"")
    body = client.calls[0][1]["body"].to_wire()
    assert body == {
        "AttachStdin": True,
        "AttachStdout": True,
        "AttachStderr": True,
        "Tty": False,
        "Env": ["A=1"],
        "Cmd": ["cat", "-"],
        "User": "u",
        "WorkingDir": "/w",
    }
    assert client.operations().count("ExecInspect") == 3


async def test_run_refuses_a_keyword_create_does_not_take() -> None:
    client = FakeClient("1.51")
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"containers\.run\(\).*'workdir'") as caught:
        await containers.run("img", "true", workdir="/tmp")
    assert "did you mean 'working_dir'" in str(caught.value)
    with pytest.raises(TypeError, match="'enviroment'"):
        await containers.run("img", "true", enviroment=["A=1"])
    assert client.calls == []


async def test_run_passes_create_keywords_and_splits_a_string_command() -> None:
    client = FakeClient("1.51")
    client.answers = {
        "ContainerCreate": lambda call: models.ContainerCreateResponse(id="c1"),
        "ContainerInspect": lambda call: models.ContainerInspectResponse(id="c1"),
    }
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    await containers.run(
        "img",
        "sh -c 'echo a b'",
        detach=True,
        working_dir="/w",
        user="u",
        env=["A=1"],
        name="n",
    )
    create = client.calls[0][1]
    assert create["query"]["name"] == "n"
    assert create["body"]["Cmd"] == ["sh", "-c", "echo a b"]
    assert (create["body"]["WorkingDir"], create["body"]["User"]) == ("/w", "u")
    assert create["body"]["Env"] == ["A=1"]


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({}, (True, True)),
        ({"stdout": True}, (True, NOT_GIVEN)),
        ({"stderr": True}, (NOT_GIVEN, True)),
        ({"stdout": False, "stderr": False}, (False, False)),
    ],
)
async def test_logs_asks_for_both_streams_when_none_is_given(
    given: dict[str, bool], sent: tuple[object, object]
) -> None:
    client = FakeClient("1.51")
    client.answers = {"ContainerLogs": logs_answer}
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    await containers.logs("c1", **given)
    query = client.calls[0][1]["query"]
    assert (query["stdout"], query["stderr"]) == sent


@pytest.mark.parametrize(
    ("given", "sent"),
    [
        ({}, (NOT_GIVEN, True, NOT_GIVEN, True, True)),
        ({"logs": True}, (True, NOT_GIVEN, NOT_GIVEN, True, True)),
        ({"stdin": True}, (NOT_GIVEN, True, True, NOT_GIVEN, NOT_GIVEN)),
        (
            {"stream": False, "stdout": False},
            (NOT_GIVEN, False, NOT_GIVEN, False, NOT_GIVEN),
        ),
    ],
)
async def test_attach_defaults_to_streaming_stdout_and_stderr(
    given: dict[str, bool], sent: tuple[object, ...]
) -> None:
    client = FakeClient("1.51")
    client.answers = {
        "ContainerAttach": lambda call: scripted_session(
            lambda stdin: b"", multiplexed=True, stdin=False
        )
    }
    containers = AsyncContainers(client)  # type: ignore[arg-type]
    session = await containers.attach("c1", **given)
    await session.aclose()
    query = client.calls[0][1]["query"]
    names = ("logs", "stream", "stdin", "stdout", "stderr")
    assert tuple(query[name] for name in names) == sent
