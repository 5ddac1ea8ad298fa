# Derived from moby_client/_async/streams.py by codegen/unasync.py; do not edit.
"""Streamed responses: container output, JSON streams, byte streams, sessions.

The client's ``request()`` wraps a streamed response body in one of these
objects according to the operation's response kind. Each is an iterator
and a context manager; leaving the ``with`` block, calling
:meth:`close`, reaching the end or cancelling the task that reads releases
the connection. The bytes are decoded by the I/O-free decoders of
:mod:`moby_client._protocol`, so these classes only move bytes and map
transport failures onto :mod:`moby_client.errors`.
"""

from __future__ import annotations

import contextlib
import os
import socket
import sys
from collections import deque
from collections.abc import Generator, Iterator, Iterable, Mapping
from datetime import datetime
from typing import IO, Any, Final, Generic, Protocol, TypeVar, cast, overload

import anyio
import httpcore
import sniffio

from .._protocol.archive import PATH_STAT_HEADER, PathStat, parse_path_stat
from .._protocol.jsonstream import JSONStreamDecoder
from .._protocol.stdcopy import FrameDecoder, FramePiece
from .._protocol.timestamps import split_timestamp_prefix
from .._results import Frame
from ..errors import MobyTimeoutError, StreamError
from ._closing import Closable

__all__ = [
    "ByteStream",
    "ExitCodeSource",
    "FrameStream",
    "HijackedSession",
    "JSONStream",
    "NetworkStream",
    "RawBody",
    "Frame",
]

T = TypeVar("T")

READ_SIZE: Final = 64 * 1024
"""Bytes asked of a hijacked connection per read."""

HeadersLike = Mapping[str, str] | Iterable[tuple[bytes | str, bytes | str]] | None


class RawBody(Protocol):
    """The bytes of a streamed response, as the transport hands them over."""

    def __iter__(self) -> Iterator[bytes]:
        """Yield the body in chunks as they arrive."""
        ...

    def close(self) -> None:
        """Release the connection the body is read from."""
        ...


class NetworkStream(Protocol):
    """A connection taken over after ``101 UPGRADED`` (httpcore's shape)."""

    def read(self, max_bytes: int, timeout: float | None = None) -> bytes:
        """Read at most ``max_bytes``; ``b""`` at the end of the stream."""
        ...

    def write(self, buffer: bytes, timeout: float | None = None) -> None:
        """Send all of ``buffer``."""
        ...

    def close(self) -> None:
        """Close the connection."""
        ...

    def get_extra_info(self, info: str) -> Any:
        """Transport details: ``"socket"``, ``"ssl_object"`` …"""
        ...


class ExitCodeSource(Protocol):
    """What a session asks for the exit code of its process."""

    def exit_code(self) -> int | None:
        """The exit code, or ``None`` while the process still runs."""
        ...


class _CancelShield:
    """Keeps a cleanup step from being cancelled (a no-op without an event
    loop, as in the sync client)."""

    def __init__(self) -> None:
        self._scope: anyio.CancelScope | None = None

    def __enter__(self) -> _CancelShield:
        try:
            sniffio.current_async_library()
        except RuntimeError:  # no event loop: nothing can cancel the cleanup
            return self
        self._scope = anyio.CancelScope(shield=True)
        self._scope.__enter__()
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._scope is not None:
            self._scope.__exit__(None, None, None)


def _transport_failure(exc: BaseException) -> Exception | None:
    """The SDK error for a failure of the connection, ``None`` if it is not one."""
    timeouts: tuple[type[BaseException], ...] = (httpcore.TimeoutException,)
    broken: tuple[type[BaseException], ...] = (
        httpcore.NetworkError,
        httpcore.ProtocolError,
        OSError,
    )
    # a body read through httpx; its errors exist only once it is loaded
    httpx = sys.modules.get("httpx")
    if httpx is not None:
        timeouts += (httpx.TimeoutException,)
        broken += (httpx.TransportError,)
    if isinstance(exc, timeouts):
        return MobyTimeoutError(f"reading a stream timed out: {exc}")
    if isinstance(exc, broken):
        return StreamError(f"the connection to the daemon broke: {exc}")
    return None


class _BodyReader:
    """Pulls chunks from a body, closing it on the end, on failure and when the
    reading task is cancelled."""

    def __init__(self, body: RawBody) -> None:
        self._body = body
        self._chunks: Iterator[bytes] | None = None
        self.closed = False

    def next_chunk(self) -> bytes | None:
        """The next chunk, ``None`` at the end of the body."""
        if self.closed:
            return None
        if self._chunks is None:
            self._chunks = self._body.__iter__()
        try:
            return self._chunks.__next__()
        except StopIteration:
            self.close()
            return None
        except BaseException as exc:
            self.close()
            failure = _transport_failure(exc)
            if failure is not None:
                raise failure from exc
            raise

    def close(self) -> None:
        if self.closed:
            return
        self.closed = True
        with _CancelShield():
            chunks = self._chunks
            if isinstance(chunks, Generator):
                # RuntimeError: another task is inside it; closing the body
                # below ends it.
                with contextlib.suppress(RuntimeError):
                    chunks.close()
            try:
                self._body.close()
            except Exception as exc:
                if _transport_failure(exc) is None and not isinstance(exc, StreamError):
                    raise


def _normalize_headers(headers: HeadersLike) -> dict[str, str]:
    if headers is None:
        return {}
    items = headers.items() if isinstance(headers, Mapping) else headers
    normalized: dict[str, str] = {}
    for name, value in items:
        key = name.decode("latin-1") if isinstance(name, bytes) else name
        text = value.decode("latin-1") if isinstance(value, bytes) else value
        normalized[key.lower()] = text
    return normalized


class _DecodedStream(Closable, Generic[T]):
    """Shared loop of the decoding streams: read a chunk, decode it, hand the
    items on, raise a failure only after every item before it."""

    def __init__(self, body: RawBody) -> None:
        self._reader = _BodyReader(body)
        self._pending: deque[T] = deque()
        self._failure: Exception | None = None
        self._ended = False

    def _decode(self, chunk: bytes | None) -> tuple[list[T], Exception | None]:
        """Items decoded from ``chunk`` (``None``: the end) and a failure."""
        raise NotImplementedError

    def __next__(self) -> T:
        while not self._pending:
            failure = self._failure
            if failure is not None:
                self.close()
                raise failure
            if self._ended:
                raise StopIteration
            chunk = self._reader.next_chunk()
            if chunk is None:
                self._ended = True
            items, self._failure = self._decode(chunk)
            self._pending.extend(items)
        return self._pending.popleft()

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._ended = True
        self._failure = None
        self._pending.clear()
        self._reader.close()


class FrameStream(_DecodedStream[Frame]):
    """Container output (logs, attach, exec) as :class:`Frame` items.

    Args:
        body: the response body.
        multiplexed: the body is stdcopy-framed; ``False`` for a tty.
        timestamps: the daemon prefixes each line with its time (logs with
            ``timestamps=True``); it is split off into :attr:`Frame.timestamp`.

    A frame larger than 64 KiB arrives as several :class:`Frame` items of the
    same stream, so following output never holds more than that in memory.
    Iterating raises :class:`~moby_client.errors.StreamError` when the daemon
    reports an error inside the stream, or the connection breaks or ends
    inside a frame.
    """

    def __init__(
        self, body: RawBody, *, multiplexed: bool, timestamps: bool = False
    ) -> None:
        super().__init__(body)
        self.multiplexed = multiplexed
        self.timestamps = timestamps
        self._decoder: FrameDecoder | None = None
        self._stamp: datetime | None = None

    def __iter__(self) -> FrameStream:
        return self

    def read_all(self) -> tuple[bytes, bytes]:
        """Read to the end; returns ``(stdout, stderr)``."""
        stdout: list[bytes] = []
        stderr: list[bytes] = []
        with self:
            for frame in self:
                (stdout if frame.stream == "stdout" else stderr).append(frame.data)
        return b"".join(stdout), b"".join(stderr)

    def _decode(self, chunk: bytes | None) -> tuple[list[Frame], Exception | None]:
        decoder = self._decoder
        if decoder is None:
            # The mode is read at the first chunk, so that a caller may still
            # set ``timestamps`` on a stream it was handed.
            decoder = self._decoder = FrameDecoder(
                multiplexed=self.multiplexed,
                split_lines=self.timestamps and not self.multiplexed,
            )
        try:
            pieces = decoder.end() if chunk is None else decoder.feed(chunk)
        except StreamError as exc:
            return [], exc
        return [frame for piece in pieces if (frame := self._frame(piece))], (
            decoder.error
        )

    def _frame(self, piece: FramePiece) -> Frame | None:
        data = piece.data
        if self.timestamps and piece.first:
            self._stamp, data = split_timestamp_prefix(data)
        return Frame(piece.stream, data, self._stamp) if data else None


class JSONStream(_DecodedStream[T]):
    """A stream of JSON documents (progress, events, stats) as parsed items.

    Args:
        body: the response body.
        item_type: a pydantic model each document is validated into; ``None``
            hands on plain ``dict`` objects.
        content_type: the response's Content-Type (newline-delimited JSON,
            ``application/x-ndjson``, ``application/jsonl`` or
            ``application/json-seq``).

    Iterating raises :class:`~moby_client.errors.ProgressError` when a
    progress document reports an error (after every document before it), and
    :class:`~moby_client.errors.StreamError` when a document is malformed or
    the stream ends inside one.
    """

    @overload
    def __init__(
        self: JSONStream[dict[str, Any]],
        body: RawBody,
        *,
        item_type: None,
        content_type: str | None,
    ) -> None: ...

    @overload
    def __init__(
        self,
        body: RawBody,
        *,
        item_type: type[T],
        content_type: str | None,
    ) -> None: ...

    def __init__(
        self,
        body: RawBody,
        *,
        item_type: type[T] | None,
        content_type: str | None,
    ) -> None:
        super().__init__(body)
        self.item_type = item_type
        self.content_type = content_type
        self._decoder = JSONStreamDecoder(content_type=content_type)

    def __iter__(self) -> JSONStream[T]:
        return self

    def read_all(self) -> list[T]:
        """Read to the end; returns every item."""
        with self:
            return [item for item in self]

    def _decode(self, chunk: bytes | None) -> tuple[list[T], Exception | None]:
        decoder = self._decoder
        try:
            documents = decoder.end() if chunk is None else decoder.feed(chunk)
        except StreamError as exc:
            return [], exc
        return [self._parse(document) for document in documents], decoder.error

    def _parse(self, document: Any) -> T:
        item_type = self.item_type
        if item_type is None:
            return cast(T, document)
        from pydantic import BaseModel  # loaded with the item type's model

        if isinstance(item_type, type) and issubclass(item_type, BaseModel):
            return cast(T, item_type.model_validate(document))
        return cast(T, document)


class ByteStream(Closable):
    """A binary response (a tar archive, an image export) as byte chunks.

    Args:
        body: the response body.
        headers: the response headers.

    Attributes:
        headers: the response headers, names in lower case.
        stat: for a container archive, what the daemon reports about the path
            (from ``X-Docker-Container-Path-Stat``), else ``None``.
    """

    def __init__(self, body: RawBody, *, headers: HeadersLike) -> None:
        self._reader = _BodyReader(body)
        self.headers = _normalize_headers(headers)
        raw_stat = self.headers.get(PATH_STAT_HEADER.lower())
        self.stat: PathStat | None = (
            parse_path_stat(raw_stat) if raw_stat is not None else None
        )

    @property
    def content_type(self) -> str | None:
        """The response's Content-Type, if it had one."""
        return self.headers.get("content-type")

    def __iter__(self) -> ByteStream:
        return self

    def __next__(self) -> bytes:
        while True:
            chunk = self._reader.next_chunk()
            if chunk is None:
                raise StopIteration
            if chunk:
                return chunk

    def close(self) -> None:
        """Stop reading and release the connection."""
        self._reader.close()

    def read_all(self) -> bytes:
        """Read to the end into memory (mind the size of what is read)."""
        with self:
            return b"".join([chunk for chunk in self])

    def write_to(self, file: IO[bytes] | str | os.PathLike[str]) -> int:
        """Copy the stream into a binary file or a path; returns the bytes
        written. Writes to the file block the event loop briefly per chunk."""
        written = 0
        with self:
            if isinstance(file, (str, os.PathLike)):
                with open(file, "wb") as target:
                    for chunk in self:
                        written += target.write(chunk)
            else:
                for chunk in self:
                    written += file.write(chunk)
        return written


class _NetworkStreamBody:
    """A hijacked connection seen as a response body (reads until EOF)."""

    def __init__(self, network_stream: NetworkStream) -> None:
        self._network_stream = network_stream

    def __iter__(self) -> _NetworkStreamBody:
        return self

    def __next__(self) -> bytes:
        chunk = self._network_stream.read(READ_SIZE)
        if not chunk:
            raise StopIteration
        return chunk

    def close(self) -> None:
        self._network_stream.close()


class HijackedSession(Closable):
    """An attached container or a started exec: stdin in, output frames out.

    Args:
        network_stream: the connection after ``101 UPGRADED``.
        multiplexed: the output is stdcopy-framed; ``False`` for a tty.
        response_headers: the headers of the upgrade response.

    Attributes:
        headers: the upgrade response's headers, names in lower case.
        container_id: the attached container, when a helper opened it.
        exec_id: the exec instance, when ``client.exec.session`` opened it.
        exit_code_source: what :meth:`exit_code` asks; set by the helpers.

    Iterating yields :class:`Frame` items until the process ends its output.
    :meth:`close_stdin` ends the process's input while its output keeps
    coming. That works on ``unix://``, plain ``tcp://`` and ``ssh://``
    connections; over TLS it raises :class:`~moby_client.errors.StreamError`,
    since a TLS connection cannot end one direction alone: close the session
    instead, or let the process end its input itself (for example
    ``head -c N``).
    """

    def __init__(
        self,
        network_stream: NetworkStream,
        *,
        multiplexed: bool,
        response_headers: HeadersLike,
    ) -> None:
        self.network_stream = network_stream
        self.headers = _normalize_headers(response_headers)
        self.exit_code_source: ExitCodeSource | None = None
        self.container_id: str | None = None
        self.exec_id: str | None = None
        self._output = FrameStream(
            _NetworkStreamBody(network_stream), multiplexed=multiplexed
        )
        self._stdin_closed = False
        self._closed = False

    @property
    def multiplexed(self) -> bool:
        """Whether the output is stdcopy-framed (``False`` for a tty); may be
        corrected until the first read."""
        return self._output.multiplexed

    @multiplexed.setter
    def multiplexed(self, value: bool) -> None:
        self._output.multiplexed = value

    def __iter__(self) -> FrameStream:
        return self._output

    def write(self, data: bytes) -> None:
        """Send ``data`` to the process's stdin.

        Raises:
            StreamError: stdin was closed, or the connection broke.
        """
        if self._closed:
            raise StreamError("this session is closed")
        if self._stdin_closed:
            raise StreamError("stdin of this session is already closed")
        try:
            self.network_stream.write(data)
        except Exception as exc:
            failure = _transport_failure(exc)
            if failure is not None:
                raise failure from exc
            raise

    def close_stdin(self) -> None:
        """End the process's stdin (it reads EOF); output keeps coming.

        Raises:
            StreamError: the connection cannot be half-closed (TLS).
        """
        if self._stdin_closed or self._closed:
            return
        close_write = self.network_stream.get_extra_info("close_write")
        if close_write is not None:
            # Transports without a socket of their own (ssh://) offer this.
            try:
                close_write()
            except Exception as exc:
                raise StreamError(f"closing stdin failed: {exc}") from exc
            self._stdin_closed = True
            return
        if self.network_stream.get_extra_info("ssl_object") is not None:
            raise StreamError(
                "cannot close stdin alone over TLS; close the whole session "
                "with close() instead"
            )
        raw_socket = self.network_stream.get_extra_info("socket")
        if not isinstance(raw_socket, socket.socket):
            raise StreamError(
                "cannot close stdin alone on this connection (no socket to "
                "half-close); close the whole session with close() instead"
            )
        try:
            raw_socket.shutdown(socket.SHUT_WR)
        except OSError as exc:
            raise StreamError(f"closing stdin failed: {exc}") from exc
        self._stdin_closed = True

    def read_all(self) -> tuple[bytes, bytes]:
        """Read the output to its end; returns ``(stdout, stderr)``."""
        return self._output.read_all()

    def exit_code(self) -> int | None:
        """The process's exit code, once its output ended; ``None`` if unknown
        or still running (a session made by ``client.exec.session`` or
        ``client.containers.attach_session`` knows how to ask)."""
        if self.exit_code_source is None:
            return None
        return self.exit_code_source.exit_code()

    def close(self) -> None:
        """Close the connection (the process may keep running)."""
        self._closed = True
        self._output.close()
