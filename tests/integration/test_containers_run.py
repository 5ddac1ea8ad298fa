"""containers.run, attach and exec sessions, and archives against real daemons."""

from __future__ import annotations

import io
import os
import tarfile
from collections.abc import AsyncIterator, Iterator

import pytest

from moby_client import AsyncMobyClient, ExecResult, MobyClient, TLSConfig
from moby_client.errors import ContainerError, StreamError

from .busybox import IMAGE
from .conftest import SSHDaemon, TLSDaemon

MIXED_OUTPUT = (
    r"printf 'out\377\376\n'; printf 'err\200\n' >&2; "
    r"head -c 1048576 /dev/zero | tr '\0' x; echo; printf 'no newline'"
)
MIXED_STDOUT = b"out\xff\xfe\n" + b"x" * 1048576 + b"\nno newline"


@pytest.fixture
def moby(moby_host: str) -> Iterator[MobyClient]:
    """A sync client; cleaning up is left to :func:`labels`."""
    with MobyClient(base_url=moby_host) as client:
        yield client


@pytest.fixture
async def amoby(moby_host: str) -> AsyncIterator[AsyncMobyClient]:
    """An async client; cleaning up is left to :func:`labels`."""
    async with AsyncMobyClient(base_url=moby_host) as client:
        yield client


@pytest.fixture
def labels(moby_host: str) -> Iterator[dict[str, str]]:
    """A label of this process's own; its containers go after each test.

    The shared fixtures remove every container with the common test label
    when a test ends, which kills containers of a concurrent run; these tests
    use a value no other run uses and clean up only those.
    """
    value = f"containers-{os.getpid()}"
    yield {"moby-client-test": value}
    with MobyClient(base_url=moby_host) as client:
        mine = {"label": [f"moby-client-test={value}"]}
        for container in client.containers.list(all=True, filters=mine):
            assert container.id
            client.containers.remove(container.id, force=True, v=True)


def test_run_collects_exact_output(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    result = moby.containers.run(
        busybox_image, ["sh", "-c", MIXED_OUTPUT], labels=labels
    )
    assert result.exit_code == 0
    assert result.stdout == MIXED_STDOUT
    assert result.stderr == b"err\x80\n"
    assert moby.containers.inspect(result.container_id).state.status == "exited"  # type: ignore[union-attr]


def test_run_with_stdin_and_remove(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    data = bytes(range(256)) * 1000
    result = moby.containers.run(
        busybox_image,
        "sh -c 'cat; echo done >&2'",
        stdin=data,
        remove=True,
        labels=labels,
    )
    assert (result.stdout, result.stderr) == (data, b"done\n")
    listed = moby.containers.list(all=True, filters={"id": [result.container_id]})
    assert listed == []


def test_run_with_empty_stdin_ends_input(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    result = moby.containers.run(busybox_image, "wc -c", stdin=b"", labels=labels)
    assert result.stdout.strip() == b"0"


def test_run_failure_raises_container_error(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    with pytest.raises(ContainerError) as caught:
        moby.containers.run(
            busybox_image,
            ["sh", "-c", "echo partial; echo broken >&2; exit 42"],
            remove=True,
            labels=labels,
        )
    error = caught.value
    assert error.exit_code == 42
    assert (error.stdout, error.stderr) == (b"partial\n", b"broken\n")
    assert "exited with code 42: broken" in str(error)


def test_run_tty_and_detach(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    result = moby.containers.run(
        busybox_image, ["sh", "-c", "echo out; echo err >&2"], tty=True, labels=labels
    )
    assert (result.stdout, result.stderr) == (b"out\r\nerr\r\n", b"")
    detached = moby.containers.run(
        busybox_image, ["sleep", "30"], detach=True, labels=labels
    )
    assert detached.state is not None and detached.state.running
    with pytest.raises(ValueError, match="detach"):
        moby.containers.run(busybox_image, stdin=b"x", detach=True)  # type: ignore[call-overload]


async def test_async_run_and_exec(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    result = await amoby.containers.run(
        busybox_image, ["sh", "-c", MIXED_OUTPUT], labels=labels
    )
    assert (result.stdout, result.stderr) == (MIXED_STDOUT, b"err\x80\n")
    container = await amoby.containers.run(
        busybox_image, ["sleep", "60"], detach=True, labels=labels
    )
    assert container.id
    executed = await amoby.exec.run(
        container.id, ["sh", "-c", "cat; exit 3"], stdin=b"piped \xff\n"
    )
    assert executed == ExecResult(3, b"piped \xff\n", b"")


def test_exec_cat_with_half_close(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    container = moby.containers.run(
        busybox_image, ["sleep", "60"], detach=True, labels=labels
    )
    assert container.id
    with moby.exec.session(container.id, ["cat"], stdin=True) as session:
        assert session.exec_id and session.container_id == container.id
        session.write(b"first\n")
        session.write(b"\x00second\xff")
        session.close_stdin()
        stdout, stderr = session.read_all()
    assert (stdout, stderr) == (b"first\n\x00second\xff", b"")
    assert session.exit_code() == 0


def test_exec_run_options(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    container = moby.containers.run(
        busybox_image, ["sleep", "60"], detach=True, labels=labels
    )
    assert container.id
    result = moby.exec.run(
        container.id,
        ["sh", "-c", "echo $GREETING; pwd; id -u"],
        env={"GREETING": "hi there"},
        working_dir="/tmp",
        user="1234",
    )
    assert result == ExecResult(0, b"hi there\n/tmp\n1234\n", b"")
    tty = moby.exec.run(container.id, "sh -c 'echo a; echo b >&2'", tty=True)
    assert tty == ExecResult(0, b"a\r\nb\r\n", b"")


async def test_attach_session_with_stdin(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = await amoby.containers.create(
        image=busybox_image,
        cmd=["sh", "-c", "read line; echo got $line; echo bye >&2; exit 7"],
        open_stdin=True,
        stdin_once=True,
        labels=labels,
    )
    assert created.id
    async with await amoby.containers.attach_session(created.id) as session:
        await amoby.containers.start(created.id)
        await session.write(b"hello\n")
        await session.close_stdin()
        frames = [frame async for frame in session]
    await amoby.containers.wait(created.id)
    # stdout and stderr are separate pipes: their order between them is free
    by_stream = {
        name: b"".join(f.data for f in frames if f.stream == name)
        for name in ("stdout", "stderr")
    }
    assert by_stream == {"stdout": b"got hello\n", "stderr": b"bye\n"}
    assert await session.exit_code() == 7


def test_archive_round_trip(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    container = moby.containers.run(
        busybox_image, ["sleep", "60"], detach=True, labels=labels
    )
    assert container.id
    payload = os.urandom(300_000)
    moby.containers.put_file(
        container.id, path="/tmp", name="sub/data.bin", data=payload, mode=0o600
    )
    moby.containers.put_file(
        container.id,
        path="/tmp",
        name="chunks.txt",
        data=iter([b"a" * 10, b"b" * 5]),
        size=15,
    )
    archive = io.BytesIO()
    with tarfile.open(fileobj=archive, mode="w") as tar:
        info = tarfile.TarInfo("from-tar.txt")
        info.size = 4
        tar.addfile(info, io.BytesIO(b"tar!"))
    moby.containers.put_archive(container.id, path="/tmp", body=archive.getvalue())

    with moby.containers.get_archive(container.id, path="/tmp/sub/data.bin") as stream:
        assert stream.stat is not None
        assert stream.stat.name == "data.bin" and stream.stat.size == len(payload)
        assert stream.stat.permissions == 0o600 and not stream.stat.is_dir
        assert stream.stat.mtime is not None
        tar_bytes = b"".join(stream)
    with tarfile.open(fileobj=io.BytesIO(tar_bytes)) as tar:
        member = tar.extractfile("data.bin")
        assert member is not None and member.read() == payload

    directory = moby.containers.get_archive(container.id, path="/tmp")
    assert directory.stat is not None and directory.stat.is_dir
    with tarfile.open(fileobj=io.BytesIO(directory.read_all())) as tar:
        names = set(tar.getnames())
        chunks = tar.extractfile("tmp/chunks.txt")
        assert chunks is not None and chunks.read() == b"a" * 10 + b"b" * 5
    assert {"tmp/sub/data.bin", "tmp/from-tar.txt"} <= names

    link = moby.containers.get_archive(container.id, path="/bin/sh")
    assert link.stat is not None and link.stat.is_symlink
    link.close()


def test_put_file_from_a_file_and_export(
    moby: MobyClient,
    busybox_image: str,
    labels: dict[str, str],
    tmp_path: os.PathLike[str],
) -> None:
    container = moby.containers.run(
        busybox_image, ["sleep", "60"], detach=True, labels=labels
    )
    assert container.id
    source = os.path.join(tmp_path, "source.bin")
    with open(source, "wb") as file:
        file.write(b"z" * 1_000_000)
    with open(source, "rb") as file:
        moby.containers.put_file(container.id, path="/", name="big.bin", data=file)
    assert moby.exec.run(container.id, "wc -c /big.bin").stdout.split()[0] == b"1000000"
    target = os.path.join(tmp_path, "export.tar")
    written = moby.containers.export(container.id).write_to(target)
    assert written == os.path.getsize(target) > 1_000_000
    with tarfile.open(target) as tar:
        big = tar.getmember("big.bin")
        assert big.size == 1_000_000


def test_close_stdin_over_tls_says_why(tls_daemon: TLSDaemon) -> None:
    # The TLS endpoint serves the 20.10 daemon only, so this test is not
    # parametrized over MOBY_TEST_HOSTS.
    tls = TLSConfig.from_directory(tls_daemon.cert_path, verify=True)
    value = f"containers-tls-{os.getpid()}"
    with MobyClient(base_url=tls_daemon.host, tls=tls) as client:
        container = client.containers.run(
            IMAGE, ["sleep", "60"], detach=True, labels={"moby-client-test": value}
        )
        assert container.id
        try:
            with client.exec.session(container.id, ["cat"], stdin=True) as session:
                session.write(b"over tls\n")
                with pytest.raises(StreamError, match="over TLS"):
                    session.close_stdin()
            result = client.exec.run(container.id, ["echo", "tls output"])
            assert result == ExecResult(0, b"tls output\n", b"")
        finally:
            client.containers.remove(container.id, force=True)


def test_half_close_over_ssh(ssh_daemon: SSHDaemon) -> None:
    options = ["-F", ssh_daemon.config] if ssh_daemon.config else []
    value = f"containers-ssh-{os.getpid()}"
    with MobyClient(base_url=ssh_daemon.host, ssh_options=options) as client:
        container = client.containers.run(
            IMAGE, ["sleep", "60"], detach=True, labels={"moby-client-test": value}
        )
        assert container.id
        try:
            with client.exec.session(container.id, ["cat"], stdin=True) as session:
                session.write(b"over ssh \xff\n")
                session.close_stdin()
                assert session.read_all() == (b"over ssh \xff\n", b"")
            result = client.containers.run(
                IMAGE,
                ["sh", "-c", "cat; echo end >&2"],
                stdin=b"piped",
                remove=True,
                labels={"moby-client-test": value},
            )
            assert (result.stdout, result.stderr) == (b"piped", b"end\n")
        finally:
            client.containers.remove(container.id, force=True)
