"""Decoder of container output: stdcopy frames and raw (tty) streams, no I/O.

Without a tty the daemon multiplexes stdout and stderr on one connection. Each
frame starts with an 8-byte header: byte 0 names the stream (0 stdin, read as
stdout; 1 stdout; 2 stderr; 3 an error of the daemon), bytes 1 to 3 are
padding, bytes 4 to 7 hold the payload length as a big-endian unsigned 32-bit
integer. With a tty the bytes are the terminal's output as they come.

:class:`FrameDecoder` is fed whatever the connection delivered, split anywhere,
and hands back :class:`FramePiece` items. Memory stays bounded: payload is
handed on as soon as ``max_piece`` bytes of one frame are at hand, so a frame of
a gigabyte is delivered in pieces, never held whole.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from ..errors import StreamError

__all__ = [
    "FrameDecoder",
    "FramePiece",
    "OutputStreamName",
    "HEADER_SIZE",
    "DEFAULT_MAX_PIECE",
    "encode_frame",
]

OutputStreamName = Literal["stdout", "stderr"]

HEADER_SIZE: Final = 8
DEFAULT_MAX_PIECE: Final = 64 * 1024
"""Payload of one frame held back at most before it is handed on in pieces."""

MAX_DAEMON_ERROR: Final = 64 * 1024
"""Bytes of a daemon error frame (stream 3) kept for the error message."""

_STREAM_NAMES: Final[dict[int, OutputStreamName]] = {
    0: "stdout",
    1: "stdout",
    2: "stderr",
}
_SYSTEM_ERROR: Final = 3


@dataclass(frozen=True, slots=True)
class FramePiece:
    """Output of one stream, a whole frame or a piece of a large one.

    Attributes:
        stream: ``"stdout"`` or ``"stderr"``.
        data: the payload bytes.
        first: this piece starts its frame.
        last: this piece ends its frame.
    """

    stream: OutputStreamName
    data: bytes
    first: bool = True
    last: bool = True


def encode_frame(stream: int, payload: bytes) -> bytes:
    """One stdcopy frame as the daemon writes it (for tests and fakes)."""
    return bytes((stream, 0, 0, 0)) + len(payload).to_bytes(4, "big") + payload


class FrameDecoder:
    """Turns bytes of container output into :class:`FramePiece` items.

    Args:
        multiplexed: the bytes are stdcopy frames; ``False`` for a tty, whose
            bytes pass through as stdout.
        max_piece: largest payload held back before a piece is handed on.
        split_lines: for a tty, make each line a frame (as logs with
            timestamps need, one time per line); a line longer than
            ``max_piece`` comes in pieces, and a last line without a newline
            is handed on by :meth:`end`.

    An error found in the bytes (a daemon error frame, an unknown stream byte)
    is kept in :attr:`error` after the items before it were returned; every
    later :meth:`feed` raises it.
    """

    def __init__(
        self,
        *,
        multiplexed: bool,
        max_piece: int = DEFAULT_MAX_PIECE,
        split_lines: bool = False,
    ) -> None:
        if max_piece < 1:
            raise ValueError("max_piece must be positive")
        self.multiplexed = multiplexed
        self.max_piece = max_piece
        self.split_lines = split_lines and not multiplexed
        self.error: StreamError | None = None
        self._header = bytearray()
        self._stream_byte = 0
        self._remaining = 0
        self._in_frame = False
        self._payload = bytearray()
        self._frame_started = False

    def feed(self, data: bytes) -> list[FramePiece]:
        """Decode the next bytes; returns the pieces they complete."""
        if self.error is not None:
            raise self.error
        if not data:
            return []
        if not self.multiplexed:
            if self.split_lines:
                return self._split_raw_lines(data)
            return [FramePiece("stdout", bytes(data))]
        pieces: list[FramePiece] = []
        view = memoryview(data)
        position = 0
        while position < len(view) and self.error is None:
            if not self._in_frame:
                position = self._read_header(view, position, pieces)
            else:
                position = self._read_payload(view, position, pieces)
        return pieces

    def end(self) -> list[FramePiece]:
        """Declare the end of the bytes; returns what a tty's last line held
        back, raises if the end falls inside a frame."""
        if self.error is not None:
            raise self.error
        if self.split_lines:
            if not self._payload:
                return []
            return [self._take_raw_piece(len(self._payload), last=True)]
        if self._header:
            self.error = StreamError(
                f"output stream ended inside a frame header "
                f"({len(self._header)} of {HEADER_SIZE} bytes)"
            )
            raise self.error
        if self._in_frame:
            self.error = StreamError(
                f"output stream ended inside a frame: {self._remaining} bytes "
                f"of payload missing"
            )
            raise self.error
        return []

    def _split_raw_lines(self, data: bytes) -> list[FramePiece]:
        pieces: list[FramePiece] = []
        scan_from = len(self._payload)
        self._payload += data
        while True:
            newline = self._payload.find(b"\n", scan_from)
            if newline >= 0:
                pieces.append(self._take_raw_piece(newline + 1, last=True))
                scan_from = 0
            elif len(self._payload) >= self.max_piece:
                pieces.append(self._take_raw_piece(self.max_piece, last=False))
                scan_from = 0
            else:
                return pieces

    def _take_raw_piece(self, size: int, *, last: bool) -> FramePiece:
        piece = FramePiece(
            "stdout",
            bytes(self._payload[:size]),
            first=not self._frame_started,
            last=last,
        )
        del self._payload[:size]
        self._frame_started = not last
        return piece

    def _read_header(
        self, view: memoryview, position: int, pieces: list[FramePiece]
    ) -> int:
        wanted = HEADER_SIZE - len(self._header)
        self._header += view[position : position + wanted]
        position += min(wanted, len(view) - position)
        if len(self._header) < HEADER_SIZE:
            return position
        stream_byte = self._header[0]
        length = int.from_bytes(self._header[4:8], "big")
        self._header.clear()
        if stream_byte != _SYSTEM_ERROR and stream_byte not in _STREAM_NAMES:
            self.error = StreamError(f"unrecognized stream in output: {stream_byte}")
            return position
        self._stream_byte = stream_byte
        self._remaining = length
        self._frame_started = False
        self._in_frame = True
        if length == 0:
            self._finish_frame(pieces)
        return position

    def _read_payload(
        self, view: memoryview, position: int, pieces: list[FramePiece]
    ) -> int:
        take = min(self._remaining, len(view) - position)
        chunk = view[position : position + take]
        self._remaining -= take
        position += take
        if self._stream_byte == _SYSTEM_ERROR:
            room = MAX_DAEMON_ERROR - len(self._payload)
            self._payload += chunk[: max(room, 0)]
        else:
            self._payload += chunk
        if self._remaining == 0:
            self._finish_frame(pieces)
        elif (
            self._stream_byte != _SYSTEM_ERROR and len(self._payload) >= self.max_piece
        ):
            pieces.append(self._take_piece(last=False))
        return position

    def _take_piece(self, *, last: bool) -> FramePiece:
        piece = FramePiece(
            _STREAM_NAMES[self._stream_byte],
            bytes(self._payload),
            first=not self._frame_started,
            last=last,
        )
        self._frame_started = True
        self._payload.clear()
        return piece

    def _finish_frame(self, pieces: list[FramePiece]) -> None:
        self._in_frame = False
        if self._stream_byte == _SYSTEM_ERROR:
            text = bytes(self._payload).decode("utf-8", "replace").strip()
            self._payload.clear()
            self.error = StreamError(f"error from daemon in stream: {text}")
            return
        if self._payload:
            pieces.append(self._take_piece(last=True))
