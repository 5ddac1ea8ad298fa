"""A build context directory as a stream of tar chunks.

:class:`BuildContext` walks a directory the way the ``docker`` CLI packs a
build context:

- ``.dockerignore`` patterns leave files out (see
  :mod:`moby_client._protocol.dockerignore`); an excluded directory is still
  walked when a ``!`` exception names something below it;
- ``.dockerignore`` and the Dockerfile are always sent, even when ignored;
- a Dockerfile outside the context is added under a generated name
  (``.dockerfile.<hash>``), which is also appended to the sent
  ``.dockerignore`` so that it does not become part of ``COPY . …``;
- entries come in a fixed order (names sorted bytewise, depth first), with
  their permission bits and modification times, owner ``0:0``; symbolic
  links are kept as links and hard links as hard links.

File contents are read in blocks while the tar is produced, so memory use does
not grow with the size of the context. ``compress=True`` gzips the stream.
"""

from __future__ import annotations

import hashlib
import os
import stat
import tarfile
import zlib
from collections.abc import Iterator
from pathlib import Path

from .archive import TAR_BLOCK, TAR_END, tar_padding
from .dockerignore import PatternMatcher, keep_build_files, parse_dockerignore

__all__ = ["BuildContext", "DEFAULT_CHUNK_SIZE"]

DEFAULT_CHUNK_SIZE = 64 * 1024
"""Size of the chunks the context stream yields, in bytes (before gzip)."""

_DOCKERIGNORE = ".dockerignore"


class BuildContext:
    """A directory packed as a build context (iterate it for tar chunks).

    Args:
        path: the context directory.
        dockerfile: the Dockerfile; a relative path is relative to the context
            directory, an absolute one may lie outside it. ``None`` means
            ``Dockerfile`` in the context.
        compress: gzip the stream.
        chunk_size: bytes per chunk (file contents are read this much at a time).

    Attributes:
        root: the context directory, absolute.
        dockerfile_name: the value for the build's ``dockerfile`` parameter.
        patterns: the effective ``.dockerignore`` patterns.

    Raises:
        FileNotFoundError: the context directory does not exist.
        NotADirectoryError: the context is not a directory.
    """

    def __init__(
        self,
        path: str | os.PathLike[str],
        *,
        dockerfile: str | os.PathLike[str] | None = None,
        compress: bool = False,
        chunk_size: int = DEFAULT_CHUNK_SIZE,
    ) -> None:
        self.root = Path(path).absolute()
        if not self.root.exists():
            raise FileNotFoundError(f"build context not found: {self.root}")
        if not self.root.is_dir():
            raise NotADirectoryError(f"build context is not a directory: {self.root}")
        self.compress = compress
        self.chunk_size = max(TAR_BLOCK, chunk_size)

        ignore_file = self.root / _DOCKERIGNORE
        self._ignore_text: bytes | None = (
            ignore_file.read_bytes() if ignore_file.is_file() else None
        )
        patterns = parse_dockerignore(self._ignore_text or b"")

        given = Path(dockerfile) if dockerfile is not None else Path("Dockerfile")
        absolute = given if given.is_absolute() else self.root / given
        relative = _relative_inside(absolute, self.root)
        self._outside_dockerfile: bytes | None = None
        if relative is None:
            content = absolute.read_bytes()
            digest = hashlib.sha256(content).hexdigest()[:20]
            self.dockerfile_name = f".dockerfile.{digest}"
            self._outside_dockerfile = content
            self.patterns = keep_build_files(patterns, None)
        else:
            self.dockerfile_name = relative
            self.patterns = keep_build_files(patterns, relative)
        self._matcher = PatternMatcher(self.patterns)

    def __repr__(self) -> str:
        return (
            f"BuildContext({str(self.root)!r}, dockerfile={self.dockerfile_name!r}, "
            f"compress={self.compress})"
        )

    def __iter__(self) -> Iterator[bytes]:
        chunks = self._tar_chunks()
        if not self.compress:
            return chunks
        return _gzip(chunks)

    def names(self) -> list[str]:
        """The archive member names, in order, without reading any file."""
        return [info.name for info, _ in self._members()]

    def _members(self) -> Iterator[tuple[tarfile.TarInfo, Path | bytes | None]]:
        """Each tar header with its content: a file to read, bytes, or nothing."""
        seen_inodes: dict[tuple[int, int], str] = {}
        for relative, full, st in self._walk(self.root, ""):
            info = _header(relative, st)
            if info is None:
                continue
            if stat.S_ISREG(st.st_mode):
                if relative == _DOCKERIGNORE and self._outside_dockerfile is not None:
                    data = self._amended_ignore()
                    info.size = len(data)
                    yield info, data
                    continue
                if st.st_nlink > 1:
                    key = (st.st_dev, st.st_ino)
                    if key in seen_inodes:
                        info.type = tarfile.LNKTYPE
                        info.linkname = seen_inodes[key]
                        info.size = 0
                        yield info, None
                        continue
                    seen_inodes[key] = relative
                yield info, full
            elif stat.S_ISLNK(st.st_mode):
                info.linkname = os.readlink(full)
                yield info, None
            else:
                yield info, None

        if self._outside_dockerfile is not None:
            if self._ignore_text is None:
                data = self._amended_ignore()
                yield _generated_file(_DOCKERIGNORE, len(data)), data
            content = self._outside_dockerfile
            yield _generated_file(self.dockerfile_name, len(content)), content

    def _amended_ignore(self) -> bytes:
        return (self._ignore_text or b"") + f"\n{self.dockerfile_name}\n".encode()

    def _walk(
        self, directory: Path, prefix: str
    ) -> Iterator[tuple[str, Path, os.stat_result]]:
        with os.scandir(directory) as scan:
            entries = sorted(scan, key=lambda e: os.fsencode(e.name))
        for entry in entries:
            relative = f"{prefix}{entry.name}"
            full = Path(entry.path)
            st = full.lstat()
            is_dir = stat.S_ISDIR(st.st_mode)
            if self._matcher.excludes(relative):
                if is_dir and self._matcher.may_include_under(relative):
                    yield from self._walk(full, relative + "/")
                continue
            yield relative, full, st
            if is_dir:
                yield from self._walk(full, relative + "/")

    def _tar_chunks(self) -> Iterator[bytes]:
        pending = bytearray()
        for info, content in self._members():
            pending += info.tobuf(tarfile.PAX_FORMAT, "utf-8", "surrogateescape")
            if isinstance(content, bytes):
                pending += content + tar_padding(len(content))
            elif content is not None:
                if pending:
                    yield bytes(pending)
                    pending.clear()
                yield from self._file_blocks(content, info.size)
                pending += tar_padding(info.size)
            if len(pending) >= self.chunk_size:
                yield bytes(pending)
                pending.clear()
        pending += TAR_END
        yield bytes(pending)

    def _file_blocks(self, file: Path, size: int) -> Iterator[bytes]:
        """Exactly ``size`` bytes of a file, in blocks (zeros if it shrank)."""
        left = size
        with open(file, "rb") as handle:
            while left > 0:
                block = handle.read(min(self.chunk_size, left))
                if not block:
                    break
                left -= len(block)
                yield block
        while left > 0:
            fill = min(self.chunk_size, left)
            left -= fill
            yield b"\0" * fill


def _relative_inside(path: Path, root: Path) -> str | None:
    """``path`` relative to ``root`` with slashes, or ``None`` if outside."""
    resolved = Path(os.path.normpath(path))
    try:
        relative = resolved.relative_to(root)
    except ValueError:
        return None
    text = relative.as_posix()
    return None if text in ("", ".") else text


def _header(name: str, st: os.stat_result) -> tarfile.TarInfo | None:
    mode = st.st_mode
    info = tarfile.TarInfo(name)
    info.mode = stat.S_IMODE(mode)
    info.mtime = int(st.st_mtime)
    info.uid = info.gid = 0
    info.uname = info.gname = ""
    if stat.S_ISREG(mode):
        info.type = tarfile.REGTYPE
        info.size = st.st_size
    elif stat.S_ISDIR(mode):
        info.type = tarfile.DIRTYPE
        info.name = name + "/"
    elif stat.S_ISLNK(mode):
        info.type = tarfile.SYMTYPE
    elif stat.S_ISFIFO(mode):
        info.type = tarfile.FIFOTYPE
    elif stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        info.type = tarfile.CHRTYPE if stat.S_ISCHR(mode) else tarfile.BLKTYPE
        info.devmajor = os.major(st.st_rdev)
        info.devminor = os.minor(st.st_rdev)
    else:
        return None  # sockets and other kinds have no tar form
    return info


def _generated_file(name: str, size: int) -> tarfile.TarInfo:
    info = tarfile.TarInfo(name)
    info.mode = 0o600
    info.size = size
    info.uid = info.gid = 0
    return info


def _gzip(chunks: Iterator[bytes]) -> Iterator[bytes]:
    compressor = zlib.compressobj(6, zlib.DEFLATED, 31)
    for chunk in chunks:
        out = compressor.compress(chunk)
        if out:
            yield out
    yield compressor.flush()
