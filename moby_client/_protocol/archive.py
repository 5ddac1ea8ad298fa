"""Container archives: the path-stat header and streamed tar uploads, no I/O.

``GET`` and ``HEAD /containers/{id}/archive`` describe the path they read in
the ``X-Docker-Container-Path-Stat`` header: base64 of a JSON object with
``name``, ``size``, ``mode``, ``mtime`` and ``linkTarget``.
:func:`parse_path_stat` turns it into a :class:`PathStat`.

``PUT /containers/{id}/archive`` takes a tar stream. The ``iter_tar_*``
functions build a one-file tar archive chunk by chunk, from bytes, a binary
file or an iterator of byte chunks, so that uploading a large file costs no
more memory than one chunk.
"""

from __future__ import annotations

import base64
import binascii
import json
import os
import stat
import tarfile
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from datetime import datetime
from typing import IO, Final

from ..errors import StreamError
from .timestamps import parse_rfc3339

__all__ = [
    "PATH_STAT_HEADER",
    "PathStat",
    "parse_path_stat",
    "TAR_BLOCK",
    "TAR_END",
    "tar_member_header",
    "tar_padding",
    "iter_tar_from_bytes",
    "iter_tar_from_file",
    "iter_tar_from_chunks",
]

PATH_STAT_HEADER: Final = "X-Docker-Container-Path-Stat"

TAR_BLOCK: Final = 512
TAR_END: Final = b"\0" * (2 * TAR_BLOCK)
"""Two zero blocks: the end of a tar archive."""

DEFAULT_CHUNK: Final = 256 * 1024

# Go's os.FileMode keeps the type in the high bits, not in the POSIX S_IF bits.
_GO_MODE_DIR: Final = 1 << 31
_GO_MODE_SYMLINK: Final = 1 << 27
_GO_MODE_PERM: Final = 0o777


@dataclass(frozen=True, slots=True)
class PathStat:
    """What the daemon reports about a path inside a container.

    Attributes:
        name: the base name of the path.
        size: its size in bytes.
        mode: the file mode as the daemon's Go runtime encodes it (type bits
            high, permission bits low); see :attr:`permissions`,
            :attr:`is_dir` and :attr:`is_symlink`.
        mtime: the modification time, ``None`` if the daemon sent none.
        link_target: the target of a symbolic link, else ``""``.
    """

    name: str
    size: int
    mode: int
    mtime: datetime | None
    link_target: str

    @property
    def is_dir(self) -> bool:
        """The path is a directory."""
        return bool(self.mode & _GO_MODE_DIR)

    @property
    def is_symlink(self) -> bool:
        """The path is a symbolic link."""
        return bool(self.mode & _GO_MODE_SYMLINK)

    @property
    def permissions(self) -> int:
        """The permission bits, such as ``0o644``."""
        return self.mode & _GO_MODE_PERM

    @property
    def posix_mode(self) -> int:
        """The mode in :mod:`stat` terms (``S_IFDIR | 0o755``…)."""
        if self.is_dir:
            kind = stat.S_IFDIR
        elif self.is_symlink:
            kind = stat.S_IFLNK
        else:
            kind = stat.S_IFREG
        return kind | self.permissions


def parse_path_stat(value: str | bytes) -> PathStat:
    """Decode an ``X-Docker-Container-Path-Stat`` header value.

    Raises:
        StreamError: the value is not base64 of a JSON object.
    """
    raw = value.encode("ascii", "replace") if isinstance(value, str) else value
    raw = raw.strip()
    padded = raw + b"=" * (-len(raw) % 4)
    try:
        text = base64.b64decode(padded.replace(b"-", b"+").replace(b"_", b"/"))
        document = json.loads(text)
    except (binascii.Error, ValueError) as exc:
        raise StreamError(f"malformed {PATH_STAT_HEADER} header: {exc}") from exc
    if not isinstance(document, dict):
        raise StreamError(f"malformed {PATH_STAT_HEADER} header: not an object")
    mtime_text = document.get("mtime")
    return PathStat(
        name=str(document.get("name", "")),
        size=int(document.get("size") or 0),
        mode=int(document.get("mode") or 0),
        mtime=parse_rfc3339(mtime_text) if isinstance(mtime_text, str) else None,
        link_target=str(document.get("linkTarget") or ""),
    )


def tar_member_header(
    name: str,
    size: int,
    *,
    mode: int = 0o644,
    mtime: float | None = None,
    uid: int = 0,
    gid: int = 0,
) -> bytes:
    """The tar header blocks of one regular file (PAX, so any name or size)."""
    info = tarfile.TarInfo(name)
    info.size = size
    info.mode = mode
    info.mtime = int(time.time() if mtime is None else mtime)
    info.uid = uid
    info.gid = gid
    info.type = tarfile.REGTYPE
    return info.tobuf(format=tarfile.PAX_FORMAT)


def tar_padding(size: int) -> bytes:
    """The zero bytes that fill a member of ``size`` bytes up to a block."""
    return b"\0" * (-size % TAR_BLOCK)


def iter_tar_from_bytes(
    name: str, data: bytes, *, mode: int = 0o644, mtime: float | None = None
) -> Iterator[bytes]:
    """A tar archive holding one file ``name`` with ``data``, in chunks."""
    return iter_tar_from_chunks(name, (data,), size=len(data), mode=mode, mtime=mtime)


def iter_tar_from_file(
    name: str,
    file: IO[bytes],
    *,
    size: int | None = None,
    mode: int = 0o644,
    mtime: float | None = None,
    chunk_size: int = DEFAULT_CHUNK,
) -> Iterator[bytes]:
    """A tar archive holding one file read from a binary ``file``, in chunks.

    Args:
        name: the member's path inside the archive.
        file: an open binary file, read from its current position.
        size: bytes to take; by default the rest of the file.
        mode: permission bits of the member.
        mtime: modification time (seconds since the epoch); now by default.
        chunk_size: bytes read at a time.
    """
    if size is None:
        start = file.tell()
        size = os.fstat(file.fileno()).st_size - start

    def chunks() -> Iterator[bytes]:
        left = size
        while left > 0:
            chunk = file.read(min(chunk_size, left))
            if not chunk:
                return
            left -= len(chunk)
            yield chunk

    return iter_tar_from_chunks(name, chunks(), size=size, mode=mode, mtime=mtime)


def iter_tar_from_chunks(
    name: str,
    chunks: Iterable[bytes],
    *,
    size: int,
    mode: int = 0o644,
    mtime: float | None = None,
) -> Iterator[bytes]:
    """A tar archive holding one file whose content comes as byte chunks.

    A tar header states the size first, so ``size`` must be known; a source
    delivering more or fewer bytes raises :class:`ValueError`.
    """
    yield tar_member_header(name, size, mode=mode, mtime=mtime)
    sent = 0
    for chunk in chunks:
        sent += len(chunk)
        if sent > size:
            raise ValueError(f"tar member {name!r}: more than the {size} bytes stated")
        if chunk:
            yield bytes(chunk)
    if sent != size:
        raise ValueError(f"tar member {name!r}: {sent} bytes of the {size} stated")
    yield tar_padding(size) + TAR_END
