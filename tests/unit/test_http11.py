"""The client's HTTP/1.1 layer, against scripted bytes cut at every size."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

import httpcore
import pytest
from hypothesis import given
from hypothesis import strategies as st

from moby_client._sync._http11 import DaemonConnection


class _ScriptedStream(httpcore.NetworkStream):
    """Answers each request with the next of ``replies``, ``cut`` bytes per
    read at most; records what is written."""

    def __init__(self, replies: list[bytes], cut: int) -> None:
        self.replies = replies
        self.reply = b""
        self.cut = cut
        self.written = b""
        self.closed = False

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        data = self.reply[: min(max_bytes, self.cut)]
        self.reply = self.reply[len(data) :]
        return data

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        if buffer.startswith((b"GET ", b"POST ", b"HEAD ")) and self.replies:
            self.reply += self.replies.pop(0)
        self.written += buffer

    def close(self) -> None:
        self.closed = True

    def get_extra_info(self, info: str) -> Any:
        return None


class _Backend(httpcore.NetworkBackend):
    def __init__(self, stream: _ScriptedStream) -> None:
        self.stream = stream
        self.connects = 0

    def connect_tcp(
        self,
        host: str,
        port: int,
        timeout: float | None = None,
        local_address: str | None = None,
        socket_options: Iterable[Any] | None = None,
    ) -> httpcore.NetworkStream:
        self.connects += 1
        return self.stream


def _connection(
    *replies: bytes, cut: int = 1 << 20
) -> tuple[DaemonConnection, _Backend]:
    backend = _Backend(_ScriptedStream(list(replies), cut))
    origin = httpcore.Origin(b"http", b"daemon.invalid", 2375)
    return DaemonConnection(origin, network_backend=backend), backend


def _request(
    method: bytes = b"GET",
    content: bytes | Iterable[bytes] | None = None,
    headers: list[tuple[bytes, bytes]] | None = None,
) -> httpcore.Request:
    return httpcore.Request(
        method,
        "http://daemon.invalid:2375/v1.41/info",
        headers=[(b"Host", b"daemon.invalid"), *(headers or [])],
        content=content,
    )


def _chunked(pieces: list[bytes], trailer: bytes = b"") -> bytes:
    body = b"".join(b"%x;ext=1\r\n%b\r\n" % (len(p), p) for p in pieces if p)
    return body + b"0\r\n" + trailer + b"\r\n"


@given(
    pieces=st.lists(st.binary(min_size=1, max_size=300), max_size=12),
    cut=st.integers(min_value=1, max_value=700),
    trailer=st.sampled_from([b"", b"X-Trailer: 1\r\n"]),
)
def test_a_chunked_body_arrives_whole_however_it_is_cut(
    pieces: list[bytes], cut: int, trailer: bytes
) -> None:
    reply = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + _chunked(
        pieces, trailer
    )
    connection, backend = _connection(
        reply, b"HTTP/1.1 204 No Content\r\n\r\n", cut=cut
    )
    response = connection.handle_request(_request())
    blocks = list(response.iter_stream())
    assert b"".join(blocks) == b"".join(pieces)
    assert all(blocks)
    response.close()
    assert connection.is_idle()
    second = connection.handle_request(_request())
    assert second.status == 204
    assert second.read() == b""
    assert backend.connects == 1


def test_chunks_that_arrive_together_come_out_as_one_block() -> None:
    pieces = [bytes([65 + n % 26]) * 1024 for n in range(40)]
    reply = b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" + _chunked(pieces)
    connection, _ = _connection(reply)
    response = connection.handle_request(_request())
    assert list(response.iter_stream()) == [b"".join(pieces)]


@given(cut=st.integers(min_value=1, max_value=100))
def test_a_content_length_body_and_the_next_response(cut: int) -> None:
    connection, _ = _connection(
        b"HTTP/1.1 200 OK\r\nContent-Length: 11\r\nApi-Version: 1.41\r\n\r\n"
        b"hello world",
        b"HTTP/1.1 404 Not Found\r\nContent-Length: 2\r\n\r\n{}",
        cut=cut,
    )
    first = connection.handle_request(_request())
    assert (first.status, first.read()) == (200, b"hello world")
    assert (b"Api-Version", b"1.41") in first.headers
    first.close()
    second = connection.handle_request(_request())
    assert (second.status, second.read()) == (404, b"{}")
    second.close()
    assert connection.is_idle()


def test_a_body_without_length_ends_with_the_connection() -> None:
    connection, _ = _connection(b"HTTP/1.1 200 OK\r\n\r\nall of it")
    response = connection.handle_request(_request())
    assert response.read() == b"all of it"
    response.close()
    assert not connection.is_idle()


def test_connection_close_is_honoured() -> None:
    reply = b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok"
    connection, _ = _connection(reply)
    response = connection.handle_request(_request())
    assert response.read() == b"ok"
    response.close()
    assert not connection.is_idle()


def test_head_responses_have_no_body() -> None:
    reply = b"HTTP/1.1 200 OK\r\nContent-Length: 1234\r\n\r\n"
    connection, _ = _connection(reply)
    response = connection.handle_request(_request(b"HEAD"))
    assert response.read() == b""
    response.close()
    assert connection.is_idle()


def test_interim_responses_are_skipped() -> None:
    reply = b"HTTP/1.1 100 Continue\r\n\r\nHTTP/1.1 201 Created\r\nContent-Length: 0\r\n\r\n"
    connection, _ = _connection(reply)
    assert connection.handle_request(_request(b"POST", b"{}")).status == 201


def test_an_upgrade_hands_over_the_bytes_after_the_head() -> None:
    reply = b"HTTP/1.1 101 UPGRADED\r\nUpgrade: tcp\r\n\r\n\x01\x00\x00\x00\x00\x00\x00\x02hi"
    connection, backend = _connection(reply)
    response = connection.handle_request(_request(b"POST"))
    assert response.status == 101
    stream = response.extensions["network_stream"]
    assert stream.read(4) == b"\x01\x00\x00\x00"
    assert stream.read(100) == b"\x00\x00\x00\x02hi"
    stream.write(b"input")
    assert backend.stream.written.endswith(b"input")
    response.close()
    assert not connection.is_idle()


def test_the_request_goes_out_in_one_write_with_a_small_body() -> None:
    connection, backend = _connection(b"HTTP/1.1 204 No Content\r\n\r\n")
    request = _request(
        b"POST", b'{"a": 1}', [(b"Content-Length", b"8"), (b"X-Key", b"v")]
    )
    connection.handle_request(request).close()
    assert backend.stream.written == (
        b"POST /v1.41/info HTTP/1.1\r\nHost: daemon.invalid\r\n"
        b'Content-Length: 8\r\nX-Key: v\r\n\r\n{"a": 1}'
    )


def test_an_iterable_body_is_sent_chunked() -> None:
    connection, backend = _connection(b"HTTP/1.1 204 No Content\r\n\r\n")
    request = _request(
        b"POST", iter([b"abc", b"", b"defgh"]), [(b"Transfer-Encoding", b"chunked")]
    )
    connection.handle_request(request).close()
    assert backend.stream.written.endswith(
        b"\r\n\r\n3\r\nabc\r\n5\r\ndefgh\r\n0\r\n\r\n"
    )


@pytest.mark.parametrize(
    "headers",
    [
        [(b"X-Bad", b"a\r\nInjected: 1")],
        [(b"X Bad", b"v")],
        [(b"X-Bad:", b"v")],
    ],
)
def test_headers_that_would_break_the_request_are_refused(
    headers: list[tuple[bytes, bytes]],
) -> None:
    connection, backend = _connection(b"")
    with pytest.raises(httpcore.LocalProtocolError):
        connection.handle_request(_request(headers=headers))
    assert backend.stream.written == b""


@pytest.mark.parametrize(
    ("reply", "fragment"),
    [
        (b"", "without sending a response"),
        (b"HTTP/1.1 200 OK\r\nContent-Le", "closed in the response headers"),
        (b"NOT HTTP\r\n\r\n", "malformed status line"),
        (b"HTTP/1.1 200 OK\r\n bad\r\n\r\n", "malformed response header"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nab", "expected 5"),
        (b"HTTP/1.1 200 OK\r\nContent-Length: x\r\n\r\n", "invalid Content-Length"),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n",
            "malformed chunk size",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n2\r\nabcd",
            "does not end with CRLF",
        ),
        (
            b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nab",
            "incomplete chunked read",
        ),
    ],
)
def test_broken_responses_raise_protocol_errors(reply: bytes, fragment: str) -> None:
    connection, backend = _connection(reply)
    with pytest.raises(httpcore.RemoteProtocolError, match=fragment):
        connection.handle_request(_request()).read()
    assert connection.is_closed()
    assert backend.stream.closed
