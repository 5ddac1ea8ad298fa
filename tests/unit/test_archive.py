"""Path-stat headers and streamed tar uploads."""

from __future__ import annotations

import base64
import io
import json
import pathlib
import tarfile
from collections.abc import Iterator
from datetime import datetime, timezone

import pytest

from moby_client._protocol.archive import (
    TAR_BLOCK,
    iter_tar_from_bytes,
    iter_tar_from_chunks,
    iter_tar_from_file,
    parse_path_stat,
)
from moby_client._protocol.timestamps import parse_rfc3339, split_timestamp_prefix
from moby_client.errors import StreamError


def header(document: object, *, urlsafe: bool = False, strip: bool = False) -> str:
    raw = json.dumps(document).encode()
    text = (base64.urlsafe_b64encode if urlsafe else base64.b64encode)(raw).decode()
    return text.rstrip("=") if strip else text


def test_path_stat_of_a_file() -> None:
    stat = parse_path_stat(
        header(
            {
                "name": "hosts",
                "size": 174,
                "mode": 0o644,
                "mtime": "2024-05-01T10:20:30.123456789+02:00",
                "linkTarget": "",
            }
        )
    )
    assert stat.name == "hosts" and stat.size == 174
    assert stat.permissions == 0o644 and not stat.is_dir and not stat.is_symlink
    assert stat.mtime == datetime(2024, 5, 1, 8, 20, 30, 123456, tzinfo=timezone.utc)
    assert stat.posix_mode == 0o100644


@pytest.mark.parametrize("urlsafe", [False, True])
@pytest.mark.parametrize("strip", [False, True])
def test_path_stat_of_a_directory_and_link(urlsafe: bool, strip: bool) -> None:
    directory = parse_path_stat(
        header(
            {"name": "etc", "size": 4096, "mode": (1 << 31) | 0o755, "mtime": "x"},
            urlsafe=urlsafe,
            strip=strip,
        )
    )
    assert directory.is_dir and directory.permissions == 0o755
    assert directory.mtime is None
    link = parse_path_stat(
        header({"name": "sh", "mode": (1 << 27) | 0o777, "linkTarget": "/bin/busybox"})
    )
    assert link.is_symlink and link.link_target == "/bin/busybox"
    assert link.posix_mode == 0o120777


@pytest.mark.parametrize("value", ["%%%", base64.b64encode(b"[1]").decode(), ""])
def test_malformed_path_stat(value: str) -> None:
    with pytest.raises(StreamError, match="X-Docker-Container-Path-Stat"):
        parse_path_stat(value)


def read_tar(data: bytes) -> dict[str, bytes]:
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        out = {}
        for member in archive:
            extracted = archive.extractfile(member)
            assert extracted is not None
            out[member.name] = extracted.read()
        return out


@pytest.mark.parametrize("size", [0, 1, 511, 512, 513, 70_000])
def test_tar_from_bytes(size: int) -> None:
    data = bytes(range(256)) * (size // 256) + b"q" * (size % 256)
    chunks = list(iter_tar_from_bytes("dir/file.bin", data, mode=0o600))
    wire = b"".join(chunks)
    assert len(wire) % TAR_BLOCK == 0
    assert read_tar(wire) == {"dir/file.bin": data}
    with tarfile.open(fileobj=io.BytesIO(wire)) as archive:
        assert archive.getmember("dir/file.bin").mode == 0o600


def test_tar_with_a_long_name() -> None:
    name = "/".join(["d" * 60] * 5) + "/f"
    assert read_tar(b"".join(iter_tar_from_bytes(name, b"x"))) == {name: b"x"}


def test_tar_from_file_reads_in_chunks() -> None:
    data = b"0123456789" * 100_000
    source = io.BytesIO(data)
    reads: list[int] = []
    original = source.read

    def tracking_read(n: int | None = -1) -> bytes:
        chunk = original(n)
        reads.append(len(chunk))
        return chunk

    source.read = tracking_read  # type: ignore[method-assign]
    wire = b"".join(iter_tar_from_file("f", source, size=len(data), chunk_size=65536))
    assert read_tar(wire) == {"f": data}
    assert max(reads) == 65536


def test_tar_from_real_file_measures_its_size(tmp_path: pathlib.Path) -> None:
    path = tmp_path / "data"
    path.write_bytes(b"abc" * 1000)
    with path.open("rb") as file:
        file.read(3)
        wire = b"".join(iter_tar_from_file("x", file))
    assert read_tar(wire) == {"x": b"abc" * 999}


def test_tar_from_chunks_is_lazy_and_checks_the_size() -> None:
    pulled: list[int] = []

    def source() -> Iterator[bytes]:
        for i in range(3):
            pulled.append(i)
            yield b"ab"

    stream = iter_tar_from_chunks("f", source(), size=6)
    next(stream)
    assert pulled == []
    rest = b"".join(stream)
    assert pulled == [0, 1, 2] and rest.startswith(b"ababab")
    with pytest.raises(ValueError, match="5 bytes of the 6"):
        b"".join(iter_tar_from_chunks("f", [b"abcde"], size=6))
    with pytest.raises(ValueError, match="more than the 2"):
        b"".join(iter_tar_from_chunks("f", [b"abc"], size=2))


def test_rfc3339_parsing() -> None:
    assert parse_rfc3339("2024-01-02T03:04:05Z") == datetime(
        2024, 1, 2, 3, 4, 5, tzinfo=timezone.utc
    )
    assert parse_rfc3339("2024-01-02T03:04:05.999999999Z") == datetime(
        2024, 1, 2, 3, 4, 5, 999999, tzinfo=timezone.utc
    )
    assert parse_rfc3339("2024-13-02T03:04:05Z") is None
    assert parse_rfc3339("yesterday") is None
    stamp, rest = split_timestamp_prefix(b"2024-01-02T03:04:05.5Z hello world\n")
    assert stamp == datetime(2024, 1, 2, 3, 4, 5, 500000, tzinfo=timezone.utc)
    assert rest == b"hello world\n"
    assert split_timestamp_prefix(b"no stamp here") == (None, b"no stamp here")
