"""Build contexts: what is sent, in which order, with which metadata."""

from __future__ import annotations

import gzip
import io
import os
import stat
import tarfile
import tracemalloc
from pathlib import Path

import pytest

from moby_client._protocol.build_context import BuildContext


def make_tree(root: Path, files: dict[str, str]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(content)


def members(context: BuildContext) -> dict[str, tarfile.TarInfo]:
    data = b"".join(context)
    if context.compress:
        data = gzip.decompress(data)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        return {info.name: info for info in archive.getmembers()}


def read_member(context: BuildContext, name: str) -> bytes:
    data = b"".join(context)
    with tarfile.open(fileobj=io.BytesIO(data)) as archive:
        handle = archive.extractfile(name)
        assert handle is not None
        return handle.read()


def test_plain_tree_order_and_metadata(tmp_path: Path) -> None:
    make_tree(
        tmp_path, {"Dockerfile": "FROM scratch\n", "b/z": "z", "b/a": "a", "a": "1"}
    )
    (tmp_path / "a").chmod(0o751)
    os.utime(tmp_path / "a", (1_600_000_000, 1_600_000_000))
    os.symlink("b/a", tmp_path / "link")
    os.link(tmp_path / "b" / "a", tmp_path / "hard")

    context = BuildContext(tmp_path)
    assert context.dockerfile_name == "Dockerfile"
    names = context.names()
    assert names == ["Dockerfile", "a", "b/", "b/a", "b/z", "hard", "link"]
    got = members(context)
    assert list(got) == [n.rstrip("/") for n in names]
    assert stat.S_IMODE(got["a"].mode) == 0o751
    assert got["a"].mtime == 1_600_000_000
    assert (got["a"].uid, got["a"].gid) == (0, 0)
    assert got["b"].isdir()
    assert got["link"].issym() and got["link"].linkname == "b/a"
    assert got["hard"].islnk() and got["hard"].linkname == "b/a"
    assert read_member(context, "b/z") == b"z"
    assert b"".join(context) == b"".join(BuildContext(tmp_path))  # deterministic


def test_dockerignore_with_exception_under_excluded_dir(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        {
            "Dockerfile": "FROM scratch\n",
            ".dockerignore": "# comment\nlogs\ndocs\n!docs/keep/one.md\n*.tmp\n",
            "logs/a.log": "x",
            "docs/drop.md": "x",
            "docs/keep/one.md": "1",
            "docs/keep/two.md": "2",
            "x.tmp": "t",
            "sub/x.tmp": "kept: * stops at /",
        },
    )
    names = BuildContext(tmp_path).names()
    assert names == [
        ".dockerignore",
        "Dockerfile",
        "docs/keep/one.md",
        "sub/",
        "sub/x.tmp",
    ]


def test_ignored_build_files_are_still_sent(tmp_path: Path) -> None:
    make_tree(
        tmp_path,
        {
            ".dockerignore": "*\n",
            "build/Dockerfile.dev": "FROM scratch\n",
            "other": "x",
        },
    )
    context = BuildContext(tmp_path, dockerfile="build/Dockerfile.dev")
    assert context.dockerfile_name == "build/Dockerfile.dev"
    assert context.names() == [".dockerignore", "build/Dockerfile.dev"]


def test_dockerfile_outside_the_context(tmp_path: Path) -> None:
    context_dir = tmp_path / "ctx"
    make_tree(context_dir, {"app.txt": "app", ".dockerignore": "*.log"})
    outside = tmp_path / "elsewhere.Dockerfile"
    outside.write_text("FROM scratch\nCOPY app.txt /\n")

    context = BuildContext(context_dir, dockerfile=outside)
    name = context.dockerfile_name
    assert name.startswith(".dockerfile.") and len(name) == len(".dockerfile.") + 20
    assert context.names() == [".dockerignore", "app.txt", name]
    assert read_member(context, name) == outside.read_bytes()
    assert read_member(context, ".dockerignore") == f"*.log\n{name}\n".encode()
    assert stat.S_IMODE(members(context)[name].mode) == 0o600

    bare = tmp_path / "bare"
    make_tree(bare, {"f": "f"})
    other = BuildContext(bare, dockerfile=outside)
    assert other.names() == ["f", ".dockerignore", other.dockerfile_name]
    assert read_member(other, ".dockerignore") == f"\n{name}\n".encode()


def test_relative_dockerfile_escaping_the_context(tmp_path: Path) -> None:
    make_tree(tmp_path, {"ctx/f": "f", "Dockerfile": "FROM scratch\n"})
    context = BuildContext(tmp_path / "ctx", dockerfile="../Dockerfile")
    assert context.dockerfile_name.startswith(".dockerfile.")


def test_gzip(tmp_path: Path) -> None:
    make_tree(tmp_path, {"Dockerfile": "FROM scratch\n", "data": "d" * 100_000})
    context = BuildContext(tmp_path, compress=True)
    raw = b"".join(context)
    assert raw[:2] == b"\x1f\x8b"
    assert len(raw) < 10_000
    assert set(members(context)) == {"Dockerfile", "data"}


def test_missing_context(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        BuildContext(tmp_path / "nope")
    (tmp_path / "file").write_text("x")
    with pytest.raises(NotADirectoryError):
        BuildContext(tmp_path / "file")


def test_large_file_streams_in_constant_memory(tmp_path: Path) -> None:
    big = tmp_path / "big.bin"
    size = 64 * 1024 * 1024
    with open(big, "wb") as handle:
        handle.truncate(size)  # sparse: costs no disk
    context = BuildContext(tmp_path, chunk_size=256 * 1024)
    tracemalloc.start()
    total = 0
    largest = 0
    for chunk in context:
        total += len(chunk)
        largest = max(largest, len(chunk))
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    assert total == 512 + size + 1024
    assert largest <= 256 * 1024 + 1024
    assert peak < 4 * 1024 * 1024


def test_chunks_respect_chunk_size(tmp_path: Path) -> None:
    make_tree(tmp_path, {f"f{i:03}": "x" * 700 for i in range(200)})
    chunks = list(BuildContext(tmp_path, chunk_size=4096))
    assert len(chunks) > 10
    assert all(len(c) <= 4096 + 2048 for c in chunks)
