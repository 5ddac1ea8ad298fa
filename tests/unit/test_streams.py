"""Stream objects driven by scripted in-process bodies."""

from __future__ import annotations

import asyncio
import io
import itertools
import json
import socket
import threading
from collections.abc import AsyncIterator, Iterator
from datetime import datetime, timezone
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from moby_client._async.streams import (
    AsyncByteStream,
    AsyncFrameStream,
    AsyncHijackedSession,
    AsyncJSONStream,
    Frame,
)
from moby_client._model import MobyModel
from moby_client._protocol.stdcopy import encode_frame
from moby_client.errors import MobyTimeoutError, ProgressError, StreamError


class ScriptedBody:
    """Yields the given chunks, then ends, fails or hangs."""

    def __init__(
        self,
        chunks: list[bytes],
        *,
        then: BaseException | None = None,
        hang: bool = False,
    ) -> None:
        self.chunks = list(chunks)
        self.then = then
        self.hang = hang
        self.closed = 0
        self.delivered = 0

    async def _iterate(self) -> AsyncIterator[bytes]:
        for chunk in self.chunks:
            self.delivered += 1
            yield chunk
        if self.then is not None:
            raise self.then
        if self.hang:
            await asyncio.Event().wait()

    def __aiter__(self) -> AsyncIterator[bytes]:
        return self._iterate()

    async def aclose(self) -> None:
        self.closed += 1


LOG_WIRE = (
    encode_frame(1, b"out 1\n")
    + encode_frame(2, b"err \xff\n")
    + encode_frame(1, b"out 2\n")
)


def chop(data: bytes, size: int) -> list[bytes]:
    return [data[i : i + size] for i in range(0, len(data), size)]


@pytest.mark.parametrize("size", [1, 3, 7, 100])
async def test_frames_in_order_and_body_closed(size: int) -> None:
    body = ScriptedBody(chop(LOG_WIRE, size))
    frames = [frame async for frame in AsyncFrameStream(body, multiplexed=True)]
    assert frames == [
        Frame("stdout", b"out 1\n"),
        Frame("stderr", b"err \xff\n"),
        Frame("stdout", b"out 2\n"),
    ]
    assert body.closed == 1


async def test_read_all_splits_streams() -> None:
    body = ScriptedBody(chop(LOG_WIRE, 5))
    stdout, stderr = await AsyncFrameStream(body, multiplexed=True).read_all()
    assert (stdout, stderr) == (b"out 1\nout 2\n", b"err \xff\n")
    assert body.closed == 1


async def test_raw_tty_without_trailing_newline_is_whole() -> None:
    body = ScriptedBody([b"$ prompt", b" without newline"])
    stdout, stderr = await AsyncFrameStream(body, multiplexed=False).read_all()
    assert stdout == b"$ prompt without newline" and stderr == b""


async def test_timestamps_multiplexed() -> None:
    wire = encode_frame(1, b"2024-01-02T03:04:05.123456789Z hello\n") + encode_frame(
        2, b"2024-01-02T03:04:06Z oops\n"
    )
    stream = AsyncFrameStream(ScriptedBody(chop(wire, 4)), multiplexed=True)
    stream.timestamps = True
    frames = [frame async for frame in stream]
    assert frames == [
        Frame(
            "stdout",
            b"hello\n",
            datetime(2024, 1, 2, 3, 4, 5, 123456, tzinfo=timezone.utc),
        ),
        Frame("stderr", b"oops\n", datetime(2024, 1, 2, 3, 4, 6, tzinfo=timezone.utc)),
    ]


async def test_timestamps_tty_lines() -> None:
    wire = b"2024-01-02T03:04:05Z a\r\n2024-01-02T03:04:06Z b"
    body = ScriptedBody(chop(wire, 5))
    frames = [
        f async for f in AsyncFrameStream(body, multiplexed=False, timestamps=True)
    ]
    assert [(f.data, f.timestamp and f.timestamp.second) for f in frames] == [
        (b"a\r\n", 5),
        (b"b", 6),
    ]


async def test_large_frame_pieces_share_the_timestamp() -> None:
    payload = b"2024-01-02T03:04:05Z " + b"x" * 200_000
    body = ScriptedBody(chop(encode_frame(1, payload), 10_000))
    frames = [
        f async for f in AsyncFrameStream(body, multiplexed=True, timestamps=True)
    ]
    assert len(frames) > 1
    assert all(len(f.data) <= 64 * 1024 + 10_000 for f in frames)
    assert b"".join(f.data for f in frames) == b"x" * 200_000
    assert {f.timestamp for f in frames} == {
        datetime(2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc)
    }


async def test_daemon_error_frame_comes_after_earlier_output() -> None:
    wire = LOG_WIRE + encode_frame(3, b"log driver failed")
    body = ScriptedBody([wire])
    stream = AsyncFrameStream(body, multiplexed=True)
    seen = []
    with pytest.raises(StreamError, match="log driver failed"):
        async for frame in stream:
            seen.append(frame)
    assert len(seen) == 3
    assert body.closed == 1


@pytest.mark.parametrize("cut", [3, 8, 12, len(LOG_WIRE) - 1])
async def test_connection_dropped_mid_frame(cut: int) -> None:
    body = ScriptedBody([LOG_WIRE[:cut]])
    with pytest.raises(StreamError, match="ended inside a frame"):
        await AsyncFrameStream(body, multiplexed=True).read_all()
    assert body.closed == 1


async def test_transport_failure_becomes_stream_error() -> None:
    body = ScriptedBody(
        [LOG_WIRE[:10]], then=httpx.RemoteProtocolError("peer closed connection")
    )
    with pytest.raises(StreamError, match="connection to the daemon broke"):
        await AsyncFrameStream(body, multiplexed=True).read_all()
    assert body.closed == 1


async def test_read_timeout_becomes_timeout_error() -> None:
    body = ScriptedBody([], then=httpx.ReadTimeout("slow"))
    with pytest.raises(MobyTimeoutError):
        await AsyncFrameStream(body, multiplexed=True).read_all()


async def test_close_early_releases_and_stops() -> None:
    body = ScriptedBody(chop(LOG_WIRE, 1), hang=True)
    async with AsyncFrameStream(body, multiplexed=True) as stream:
        first = await stream.__anext__()
        assert first == Frame("stdout", b"out 1\n")
    assert body.closed == 1
    assert [f async for f in stream] == []
    await stream.aclose()
    assert body.closed == 1


async def test_cancelling_the_reader_releases_the_body() -> None:
    bodies = [ScriptedBody([LOG_WIRE], hang=True) for _ in range(50)]

    async def follow(body: ScriptedBody) -> None:
        async for _ in AsyncFrameStream(body, multiplexed=True):
            pass

    tasks = [asyncio.create_task(follow(body)) for body in bodies]
    await asyncio.sleep(0.05)
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    assert all(task.cancelled() for task in tasks)
    assert [body.closed for body in bodies] == [1] * 50


class Event(MobyModel):
    Type: str | None = None
    Action: str | None = None


async def test_json_stream_models_and_content_types() -> None:
    wire = b'\x1e{"Type":"container","Action":"create"}\n\x1e{"Type":"x","Action":"die","extra":1}\n'
    body = ScriptedBody(chop(wire, 7))
    stream = AsyncJSONStream(body, item_type=Event, content_type="application/json-seq")
    events = [event async for event in stream]
    assert [(e.Type, e.Action) for e in events] == [
        ("container", "create"),
        ("x", "die"),
    ]
    assert events[1]["extra"] == 1
    assert body.closed == 1


async def test_json_stream_plain_dicts() -> None:
    body = ScriptedBody([b'{"a":1}\r\n{"b":2}'])
    stream: AsyncJSONStream[dict[str, Any]] = AsyncJSONStream(
        body, item_type=None, content_type="application/json"
    )
    assert await stream.read_all() == [{"a": 1}, {"b": 2}]


async def test_json_stream_progress_error_after_earlier_items() -> None:
    lines = [
        {"status": "Loading layer"},
        {"stream": "Loaded image"},
        {"errorDetail": {"message": "no space left"}, "error": "no space left"},
    ]
    wire = b"".join(json.dumps(line).encode() + b"\n" for line in lines)
    body = ScriptedBody(chop(wire, 9), hang=True)
    seen: list[Any] = []
    with pytest.raises(ProgressError, match="no space left"):
        async for item in AsyncJSONStream(body, item_type=None, content_type=None):
            seen.append(item)
    assert seen == lines[:2]
    assert body.closed == 1


async def test_json_stream_truncated_at_end() -> None:
    body = ScriptedBody([b'{"a":1}\n{"b":'])
    stream: AsyncJSONStream[Any] = AsyncJSONStream(
        body, item_type=None, content_type=None
    )
    assert await stream.__anext__() == {"a": 1}
    with pytest.raises(StreamError, match="ended inside a document"):
        await stream.__anext__()


async def test_byte_stream_stat_and_write_to(tmp_path: Path) -> None:
    import base64

    stat = base64.b64encode(
        json.dumps({"name": "etc", "size": 3, "mode": 2147484141}).encode()
    )
    body = ScriptedBody([b"abc", b"", b"def"])
    stream = AsyncByteStream(
        body,
        headers=[(b"X-Docker-Container-Path-Stat", stat), (b"Content-Type", b"x")],
    )
    assert stream.stat is not None and stream.stat.is_dir
    assert stream.content_type == "x"
    target = tmp_path / "out.tar"
    assert await stream.write_to(target) == 6
    assert target.read_bytes() == b"abcdef"
    assert body.closed == 1
    buffer = io.BytesIO()
    other = AsyncByteStream(ScriptedBody([b"12"]), headers={"A": "b"})
    assert other.stat is None and other.headers == {"a": "b"}
    assert await other.write_to(buffer) == 2 and buffer.getvalue() == b"12"


class SocketNetworkStream:
    """An httpcore-shaped network stream over one end of a socket pair."""

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


def fake_cat_daemon(sock: socket.socket, *, multiplexed: bool) -> None:
    """Reads stdin to EOF, then echoes it on stdout and a note on stderr."""
    received = b""
    while chunk := sock.recv(65536):
        received += chunk
    if multiplexed:
        sock.sendall(encode_frame(1, received) + encode_frame(2, b"done\n"))
    else:
        sock.sendall(received)
    sock.close()


@pytest.mark.parametrize("multiplexed", [True, False])
async def test_hijacked_session_half_close(multiplexed: bool) -> None:
    ours, theirs = socket.socketpair()
    daemon = threading.Thread(
        target=fake_cat_daemon, args=(theirs,), kwargs={"multiplexed": multiplexed}
    )
    daemon.start()
    session = AsyncHijackedSession(
        SocketNetworkStream(ours),
        multiplexed=multiplexed,
        response_headers={"Content-Type": "application/vnd.docker.raw-stream"},
    )
    async with session:
        await session.write(b"line 1\n")
        await session.write(b"\x00\xff binary\n")
        await session.close_stdin()
        with pytest.raises(StreamError, match="already closed"):
            await session.write(b"late")
        stdout, stderr = await session.read_all()
    daemon.join(5)
    assert stdout == b"line 1\n\x00\xff binary\n"
    assert stderr == (b"done\n" if multiplexed else b"")
    assert session.headers["content-type"] == "application/vnd.docker.raw-stream"
    assert ours.fileno() == -1
    assert await session.exit_code() is None


async def test_hijacked_session_exit_code_source() -> None:
    ours, theirs = socket.socketpair()

    class Probe:
        async def exit_code(self) -> int | None:
            return 7

    session = AsyncHijackedSession(
        SocketNetworkStream(ours), multiplexed=True, response_headers=None
    )
    session.exit_code_source = Probe()
    theirs.sendall(encode_frame(1, b"x"))
    theirs.close()
    frames = [frame async for frame in session]
    assert frames == [Frame("stdout", b"x")]
    assert await session.exit_code() == 7


async def test_hijacked_session_over_tls_cannot_half_close() -> None:
    class TLSLike(SocketNetworkStream):
        def get_extra_info(self, info: str) -> Any:
            return object() if info == "ssl_object" else super().get_extra_info(info)

    ours, theirs = socket.socketpair()
    session = AsyncHijackedSession(
        TLSLike(ours), multiplexed=True, response_headers=None
    )
    with pytest.raises(StreamError, match="over TLS"):
        await session.close_stdin()
    await session.aclose()
    theirs.close()


async def test_hijacked_session_uses_the_transports_half_close() -> None:
    calls: list[str] = []

    class PipeLike(SocketNetworkStream):
        async def close_write(self) -> None:
            calls.append("close_write")

        def get_extra_info(self, info: str) -> Any:
            return self.close_write if info == "close_write" else None

    ours, theirs = socket.socketpair()
    session = AsyncHijackedSession(
        PipeLike(ours), multiplexed=True, response_headers=None
    )
    await session.close_stdin()
    await session.close_stdin()
    assert calls == ["close_write"]
    await session.aclose()
    theirs.close()


@given(
    cuts=st.lists(st.integers(0, 400), max_size=15),
    timestamps=st.booleans(),
)
@settings(deadline=None)
def test_frame_stream_at_random_splits(cuts: list[int], timestamps: bool) -> None:
    lines = [
        (1, b"2024-01-02T03:04:05.000000001Z out \xff\n"),
        (2, b"2024-01-02T03:04:06Z err\n"),
        (1, b"2024-01-02T03:04:07Z " + b"y" * 200 + b"\n"),
    ]
    wire = b"".join(encode_frame(stream, data) for stream, data in lines)
    bounds = [0, *sorted(c for c in cuts if c <= len(wire)), len(wire)]
    chunks = [wire[a:b] for a, b in itertools.pairwise(bounds)]

    async def read() -> list[Frame]:
        stream = AsyncFrameStream(
            ScriptedBody(chunks), multiplexed=True, timestamps=timestamps
        )
        return [frame async for frame in stream]

    frames = asyncio.run(read())
    if timestamps:
        assert [
            (f.stream, f.data, f.timestamp.second if f.timestamp else None)
            for f in frames
        ] == [
            ("stdout", b"out \xff\n", 5),
            ("stderr", b"err\n", 6),
            ("stdout", b"y" * 200 + b"\n", 7),
        ]
    else:
        assert [(f.stream, f.data) for f in frames] == [
            ("stdout" if s == 1 else "stderr", d) for s, d in lines
        ]


def test_sync_twin_reads_the_same_frames() -> None:
    from moby_client._sync.streams import FrameStream, JSONStream

    class SyncBody:
        def __init__(self, chunks: list[bytes]) -> None:
            self.chunks = chunks
            self.closed = 0

        def __iter__(self) -> Iterator[bytes]:
            return iter(self.chunks)

        def close(self) -> None:
            self.closed += 1

    body = SyncBody(chop(LOG_WIRE, 3))
    with FrameStream(body, multiplexed=True) as stream:
        assert stream.read_all() == (b"out 1\nout 2\n", b"err \xff\n")
    assert body.closed == 1
    progress = SyncBody([b'{"status":"a"}\n{"error":"', b'denied"}\n'])
    seen = []
    with pytest.raises(ProgressError, match="denied"):
        for item in JSONStream(progress, item_type=None, content_type=None):
            seen.append(item)
    assert seen == [{"status": "a"}] and progress.closed == 1


async def test_json_stream_with_a_non_model_item_type() -> None:
    stream: AsyncJSONStream[dict[str, Any]] = AsyncJSONStream(
        ScriptedBody([b'{"a":1}\n']),
        item_type=dict[str, Any],
        content_type="application/x-ndjson",
    )
    assert await stream.read_all() == [{"a": 1}]
