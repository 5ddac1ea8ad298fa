"""The stdcopy frame decoder, fed scripted bytes split at every position."""

from __future__ import annotations

import itertools

import pytest
from hypothesis import given
from hypothesis import strategies as st

from moby_client._protocol.stdcopy import FrameDecoder, FramePiece, encode_frame
from moby_client.errors import StreamError

FRAMES = [
    (1, b"hello\n"),
    (2, b"oops \xff\xfe not utf-8\n"),
    (0, b"stdin is read as stdout"),
    (1, b""),
    (2, b"x" * 300),
]
WIRE = b"".join(encode_frame(stream, data) for stream, data in FRAMES)
EXPECTED = [
    ("stdout", b"hello\n"),
    ("stderr", b"oops \xff\xfe not utf-8\n"),
    ("stdout", b"stdin is read as stdout"),
    ("stderr", b"x" * 300),
]


def decode(chunks: list[bytes], *, max_piece: int = 1 << 16) -> list[FramePiece]:
    decoder = FrameDecoder(multiplexed=True, max_piece=max_piece)
    pieces: list[FramePiece] = []
    for chunk in chunks:
        pieces.extend(decoder.feed(chunk))
    decoder.end()
    return pieces


def joined(pieces: list[FramePiece]) -> list[tuple[str, bytes]]:
    """Re-assemble pieces into whole frames, checking the first/last flags."""
    frames: list[tuple[str, bytes]] = []
    current: list[bytes] | None = None
    stream = ""
    for piece in pieces:
        if piece.first:
            assert current is None
            current, stream = [], piece.stream
        assert current is not None and piece.stream == stream
        current.append(piece.data)
        if piece.last:
            frames.append((stream, b"".join(current)))
            current = None
    assert current is None
    return frames


def splits_at(data: bytes, *cuts: int) -> list[bytes]:
    bounds = [0, *sorted(cuts), len(data)]
    return [data[a:b] for a, b in itertools.pairwise(bounds)]


@pytest.mark.parametrize("cut", range(len(WIRE) + 1))
def test_every_single_split(cut: int) -> None:
    assert joined(decode(splits_at(WIRE, cut))) == EXPECTED


def test_byte_by_byte() -> None:
    assert joined(decode([bytes([b]) for b in WIRE])) == EXPECTED


@given(st.lists(st.integers(0, len(WIRE)), max_size=12), st.integers(1, 400))
def test_random_splits_and_piece_sizes(cuts: list[int], max_piece: int) -> None:
    pieces = decode(splits_at(WIRE, *cuts), max_piece=max_piece)
    assert joined(pieces) == EXPECTED
    assert all(len(p.data) <= max(max_piece, len(WIRE)) for p in pieces)


def test_large_frame_is_delivered_in_bounded_pieces() -> None:
    size = 10 * 1024 * 1024
    decoder = FrameDecoder(multiplexed=True, max_piece=64 * 1024)
    pieces = decoder.feed(bytes((1, 0, 0, 0)) + size.to_bytes(4, "big"))
    total = 0
    block = b"z" * 4096
    for _ in range(size // len(block)):
        for piece in decoder.feed(block):
            assert len(piece.data) <= 64 * 1024
            total += len(piece.data)
            pieces.append(piece)
    decoder.end()
    assert total == size
    assert pieces[0].first and not pieces[0].last
    assert pieces[-1].last and not pieces[-1].first
    assert len(pieces) == size // (64 * 1024)


def test_padding_bytes_are_ignored() -> None:
    frame = bytes((2, 9, 9, 9)) + (3).to_bytes(4, "big") + b"abc"
    assert joined(decode([frame])) == [("stderr", b"abc")]


@pytest.mark.parametrize("cut", range(len(WIRE) + 30))
def test_daemon_error_frame_after_output(cut: int) -> None:
    wire = WIRE + encode_frame(3, b"cannot read logs: boom\n") + encode_frame(1, b"x")
    decoder = FrameDecoder(multiplexed=True)
    pieces: list[FramePiece] = []
    with pytest.raises(StreamError, match="error from daemon in stream: cannot read"):
        for chunk in splits_at(wire, min(cut, len(wire))):
            pieces.extend(decoder.feed(chunk))
            if decoder.error:
                raise decoder.error
    assert joined(pieces) == EXPECTED
    with pytest.raises(StreamError):
        decoder.feed(b"")


def test_unknown_stream_byte() -> None:
    decoder = FrameDecoder(multiplexed=True)
    assert decoder.feed(encode_frame(1, b"ok") + encode_frame(7, b"?")) == [
        FramePiece("stdout", b"ok")
    ]
    assert isinstance(decoder.error, StreamError)
    assert "unrecognized stream in output: 7" in str(decoder.error)


@pytest.mark.parametrize("cut", range(1, len(WIRE)))
def test_end_inside_a_frame(cut: int) -> None:
    decoder = FrameDecoder(multiplexed=True)
    decoder.feed(WIRE[:cut])
    frame_ends = set()
    position = 0
    for _, data in FRAMES:
        position += 8 + len(data)
        frame_ends.add(position)
    if cut in frame_ends:
        decoder.end()
    else:
        with pytest.raises(StreamError, match="ended inside a frame"):
            decoder.end()


@given(st.lists(st.binary(max_size=50), max_size=10))
def test_raw_mode_passes_bytes_through(chunks: list[bytes]) -> None:
    decoder = FrameDecoder(multiplexed=False)
    out = [p for c in chunks for p in decoder.feed(c)]
    out += decoder.end()
    assert all(p.stream == "stdout" for p in out)
    assert b"".join(p.data for p in out) == b"".join(chunks)
    assert all(p.data for p in out)


TTY_LOG = (
    b"2024-01-02T03:04:05.000000001Z first line\r\n"
    b"2024-01-02T03:04:06Z " + b"L" * 200 + b"\n"
    b"2024-01-02T03:04:07Z no newline at the end"
)


@pytest.mark.parametrize("cut", range(len(TTY_LOG) + 1))
def test_tty_lines_at_every_split(cut: int) -> None:
    decoder = FrameDecoder(multiplexed=False, split_lines=True, max_piece=64)
    pieces: list[FramePiece] = []
    for chunk in splits_at(TTY_LOG, cut):
        pieces.extend(decoder.feed(chunk))
    pieces.extend(decoder.end())
    lines = [data for _, data in joined(pieces)]
    assert lines == [
        b"2024-01-02T03:04:05.000000001Z first line\r\n",
        b"2024-01-02T03:04:06Z " + b"L" * 200 + b"\n",
        b"2024-01-02T03:04:07Z no newline at the end",
    ]
    assert all(len(p.data) <= 64 or b"\n" in p.data for p in pieces)
    assert all(p.first for p in pieces if p.data.startswith(b"2024"))


def test_split_lines_is_ignored_when_multiplexed() -> None:
    decoder = FrameDecoder(multiplexed=True, split_lines=True)
    assert decoder.feed(encode_frame(1, b"a\nb\n")) == [FramePiece("stdout", b"a\nb\n")]
