"""Streams against real daemons: logs, follow, events, stats, big output, fds."""

from __future__ import annotations

import asyncio
import os
import resource
import time
import tracemalloc
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest

from moby_client import AsyncMobyClient, MobyClient
from moby_client.errors import StreamError


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

    Other test runs may share the daemons and remove every container with the
    common ``moby-client-test=1`` label when their tests end (the shared
    ``moby``/``amoby`` fixtures do), which kills containers of a concurrent
    run mid-test. These tests therefore label theirs with a value no other
    run uses, and clean up only those.
    """
    value = f"streams-{os.getpid()}"
    yield {"moby-client-test": value}
    with MobyClient(base_url=moby_host) as client:
        mine = {"label": [f"moby-client-test={value}"]}
        for container in client.containers.list(all=True, filters=mine):
            assert container.id
            client.containers.remove(container.id, force=True, v=True)


SHORT_LINES = (
    r"""printf 'out\377\376 not utf-8\n'; printf 'err\200\n' >&2; printf 'tail'"""
)
LONG_LINE = r"""head -c 1048576 /dev/zero | tr '\0' x; echo; echo end"""


def open_fds() -> int:
    return len(os.listdir("/proc/self/fd"))


def rss_mib() -> float:
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


def finished_container(
    moby: MobyClient, image: str, labels: dict[str, str], script: str, **kw: Any
) -> str:
    created = moby.containers.create(
        image=image, cmd=["sh", "-c", script], labels=labels, **kw
    )
    assert created.id
    moby.containers.start(created.id)
    assert moby.containers.wait(created.id).status_code == 0
    return created.id


def test_logs_keep_bytes_exactly(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    # The "local" log driver keeps bytes as written; json-file replaces
    # invalid UTF-8 on the daemon side.
    cid = finished_container(
        moby,
        busybox_image,
        labels,
        SHORT_LINES,
        host_config={"LogConfig": {"Type": "local"}},
    )
    stdout, stderr = moby.containers.logs(cid, stdout=True, stderr=True).read_all()
    assert stdout == b"out\xff\xfe not utf-8\ntail"
    assert stderr == b"err\x80\n"
    only_err = moby.containers.logs(cid, stdout=False, stderr=True).read_all()
    assert only_err == (b"", b"err\x80\n")


def test_logs_and_attach_without_stream_flags_deliver_both_streams(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    # The daemon answers 400 to logs for no stream, and attaches to nothing.
    cid = finished_container(moby, busybox_image, labels, SHORT_LINES)
    stdout, stderr = moby.containers.logs(cid).read_all()
    assert stdout.endswith(b"tail") and stderr.startswith(b"err")
    created = moby.containers.create(
        image=busybox_image, cmd=["sh", "-c", "echo o; echo e >&2"], labels=labels
    )
    session = moby.containers.attach(created.id)
    with session:
        moby.containers.start(created.id)
        assert session.read_all() == (b"o\n", b"e\n")


def test_logs_of_a_one_mib_line(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    cid = finished_container(moby, busybox_image, labels, LONG_LINE)
    frames = list(moby.containers.logs(cid, stdout=True, stderr=True))
    assert {frame.stream for frame in frames} == {"stdout"}
    assert b"".join(f.data for f in frames) == b"x" * 1048576 + b"\nend\n"
    assert max(len(f.data) for f in frames) <= 64 * 1024


def test_logs_timestamps_tail_and_tty(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    before = time.time()
    for tty in (False, True):
        cid = finished_container(
            moby, busybox_image, labels, "echo one; echo two; echo three", tty=tty
        )
        with moby.containers.logs(
            cid, stdout=True, stderr=True, timestamps=True, tail="2"
        ) as logs:
            frames = list(logs)
        newline = b"\r\n" if tty else b"\n"
        assert [f.data for f in frames] == [b"two" + newline, b"three" + newline]
        for frame in frames:
            assert frame.timestamp is not None
            assert abs(frame.timestamp.timestamp() - before) < 120


def test_follow_logs_deliver_output_as_it_comes(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = moby.containers.create(
        image=busybox_image,
        cmd=["sh", "-c", "for i in 1 2 3; do echo line $i; sleep 0.3; done"],
        labels=labels,
    )
    assert created.id
    moby.containers.start(created.id)
    arrivals: list[tuple[float, bytes]] = []
    started = time.monotonic()
    with moby.containers.logs(
        created.id, stdout=True, stderr=True, follow=True
    ) as logs:
        for frame in logs:
            arrivals.append((time.monotonic() - started, frame.data))
    assert [data for _, data in arrivals] == [b"line 1\n", b"line 2\n", b"line 3\n"]
    # the stream ended by itself when the container exited, lines arrived
    # one by one rather than all at the end
    assert arrivals[-1][0] - arrivals[0][0] > 0.4


async def test_async_follow_logs_and_close_early(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = await amoby.containers.create(
        image=busybox_image,
        cmd=[
            "sh",
            "-c",
            "i=0; while true; do echo tick $i; i=$((i+1)); sleep 0.05; done",
        ],
        labels=labels,
    )
    assert created.id
    await amoby.containers.start(created.id)
    seen = []
    async with await amoby.containers.logs(
        created.id, stdout=True, follow=True
    ) as logs:
        async for frame in logs:
            seen.append(frame.data)
            if len(seen) == 3:
                break
    assert seen == [b"tick 0\n", b"tick 1\n", b"tick 2\n"]
    assert [frame async for frame in logs] == []


async def test_events_show_create_start_die(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    since = str(int(time.time()) - 1)
    events = await amoby.system.events(
        since=since, filters={"label": [f"{k}={v}" for k, v in labels.items()]}
    )
    created = await amoby.containers.create(
        image=busybox_image, cmd=["true"], labels=labels
    )
    assert created.id
    await amoby.containers.start(created.id)
    await amoby.containers.wait(created.id)
    actions: list[str] = []

    async def collect() -> None:
        async with events:
            async for event in events:
                assert event.actor is not None
                if event.type == "container" and event.actor.id == created.id:
                    actions.append(str(event.action))
                    if event.action == "die":
                        return

    await asyncio.wait_for(collect(), 30)
    assert actions[:3] == ["create", "start", "die"]
    assert all(isinstance(a, str) for a in actions)


async def test_events_stop_when_cancelled(amoby: AsyncMobyClient) -> None:
    fds = open_fds()

    async def listen() -> None:
        async with await amoby.system.events() as events:
            async for _ in events:
                pass

    for _ in range(20):
        task = asyncio.create_task(listen())
        await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
    assert open_fds() <= fds + 2


def test_events_until_ends_the_stream(moby: MobyClient) -> None:
    now = int(time.time())
    events = moby.system.events(since=str(now - 5), until=str(now))
    with events:
        items = list(events)
    assert all(item.time is None or item.time <= now for item in items)


async def test_stats_stream_and_once(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = await amoby.containers.create(
        image=busybox_image, cmd=["sleep", "30"], labels=labels
    )
    assert created.id
    await amoby.containers.start(created.id)
    samples = []
    arrivals = []
    async with await amoby.containers.stats(created.id, stream=True) as stream:
        async for sample in stream:
            samples.append(sample)
            arrivals.append(time.monotonic())
            if len(samples) == 2:
                break
    assert [s.id for s in samples] == [created.id, created.id]
    # the daemon sends one sample per second while the stream is open
    assert arrivals[1] - arrivals[0] > 0.5
    once = await amoby.containers.stats_once(created.id)
    assert once.id == created.id and once.memory_stats is not None


def test_gigabyte_of_output_in_flat_memory(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    container = moby.containers.run(
        busybox_image, ["sleep", "120"], detach=True, labels=labels
    )
    assert container.id
    tracemalloc.start()
    rss_before = rss_mib()
    total = 0
    largest = 0
    started = time.monotonic()
    try:
        with moby.exec.session(
            container.id, ["dd", "if=/dev/zero", "bs=1M", "count=1024"]
        ) as session:
            for frame in session:
                if frame.stream == "stdout":
                    total += len(frame.data)
                    largest = max(largest, len(frame.data))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    elapsed = time.monotonic() - started
    rss_growth = rss_mib() - rss_before
    print(
        f"\n1 GiB via exec: {elapsed:.1f}s, tracemalloc peak {peak / 2**20:.2f} MiB,"
        f" RSS growth {rss_growth:.1f} MiB, max RSS"
        f" {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MiB"
    )
    assert total == 1024 * 1024 * 1024
    assert largest <= 64 * 1024
    assert peak < 8 * 2**20
    assert rss_growth < 48


async def test_thousand_cancelled_follows_leak_no_fds(
    amoby: AsyncMobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    created = await amoby.containers.create(
        image=busybox_image, cmd=["sh", "-c", "echo ready; sleep 300"], labels=labels
    )
    assert created.id
    cid = created.id
    await amoby.containers.start(cid)

    async def follow_once() -> None:
        reading = asyncio.Event()

        async def follow() -> None:
            logs = await amoby.containers.logs(cid, stdout=True, follow=True)
            async for _ in logs:
                reading.set()

        task = asyncio.create_task(follow())
        await asyncio.wait_for(reading.wait(), 10)
        await asyncio.sleep(0)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task

    for _ in range(5):
        await follow_once()
    fds = open_fds()
    for _ in range(1000):
        await follow_once()
    after = open_fds()
    print(f"\nopen fds before 1,000 cancelled follows: {fds}, after: {after}")
    assert after <= fds + 1
    # the client is still usable afterwards
    assert (await amoby.containers.inspect(cid)).state.running  # type: ignore[union-attr]


def test_closed_sync_follows_leak_no_fds(
    moby: MobyClient, busybox_image: str, labels: dict[str, str]
) -> None:
    container = moby.containers.run(
        busybox_image, ["sh", "-c", "echo ready; sleep 300"], detach=True, labels=labels
    )
    assert container.id
    fds = None
    for round_number in range(105):
        if round_number == 5:
            fds = open_fds()
        logs = moby.containers.logs(container.id, stdout=True, follow=True)
        assert next(iter(logs)).data == b"ready\n"
        logs.close()
    assert fds is not None and open_fds() <= fds + 1


def test_logs_of_a_missing_container_fail_before_streaming(moby: MobyClient) -> None:
    from moby_client.errors import NotFoundError

    with pytest.raises(NotFoundError):
        moby.containers.logs("no-such-container-xyz", stdout=True)


def test_stream_error_type_is_exported() -> None:
    assert issubclass(StreamError, Exception)
