"""Reading a big finished container log: throughput and peak memory.

A container writes ``log_bytes`` of 1 KiB lines and exits; every contender
then reads its whole stdout/stderr log (not following) and counts the payload
bytes. Memory is measured in a fresh process per contender
(``benchmarks.memprobe``): growth of the resident set's high-water mark and
the peak of Python allocations (``tracemalloc``) while the log is read.
"""

from __future__ import annotations

import json
import subprocess
import sys
from typing import Any

from benchmarks import clients as c
from benchmarks.cases import MIB, Context, expect_value, present
from benchmarks.daemon import log_producer_cmd, run_to_exit
from benchmarks.harness import CaseResult, Contender

MEMORY_PROBE_TIMEOUT = 180.0


def logs_contenders(ctx: Context, target: str, size: int) -> list[Contender]:
    """One contender per library, each returning the payload bytes it read."""

    def raw_read(raw: Any) -> Any:
        return lambda: sum(len(data) for _, data in raw.iter_logs(target))

    def moby_read(moby: Any) -> Any:
        def read() -> int:
            total = 0
            with moby.containers.logs(
                target, stdout=True, stderr=True, follow=False
            ) as frames:
                for frame in frames:
                    total += len(frame.data)
            return total

        return read

    def apiclient_read(api: Any) -> Any:
        return lambda: sum(
            len(chunk)
            for chunk in api.logs(
                target, stdout=True, stderr=True, stream=True, follow=False
            )
        )

    def raw_async_read(raw: Any) -> Any:
        async def read() -> int:
            total = 0
            async for _, data in raw.iter_logs(target):
                total += len(data)
            return total

        return read

    def moby_async_read(moby: Any) -> Any:
        async def read() -> int:
            total = 0
            frames = await moby.containers.logs(
                target, stdout=True, stderr=True, follow=False
            )
            async with frames:
                async for frame in frames:
                    total += len(frame.data)
            return total

        return read

    def aiodocker_read(aio: Any) -> Any:
        async def read() -> int:
            total = 0
            lines = aio.containers.container(target).log(
                stdout=True, stderr=True, follow=True
            )
            async for text in lines:
                total += len(text)
            return total

        return read

    whole = expect_value(size)
    return present(
        ctx.contender(c.RAW, raw_read, check=whole),
        ctx.contender(c.MOBY, moby_read, baseline=c.RAW, check=whole),
        ctx.contender(
            c.APICLIENT, apiclient_read, baseline=c.RAW, check=whole, note="stream=True"
        ),
        ctx.contender(c.RAW_ASYNC, raw_async_read, is_async=True, check=whole),
        ctx.contender(
            c.MOBY_ASYNC,
            moby_async_read,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=whole,
        ),
        ctx.contender(
            c.AIODOCKER,
            aiodocker_read,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=whole,
            note="follow=True on the exited container: its only "
            "streaming form; follow=False returns one list of str",
        ),
    )


def probe_memory(ctx: Context, name: str, target: str, size: int) -> dict[str, float]:
    """Run ``benchmarks.memprobe`` for one contender in a fresh process."""
    command = [
        sys.executable,
        "-m",
        "benchmarks.memprobe",
        "--host",
        ctx.host,
        "--container",
        target,
        "--size",
        str(size),
        "--contender",
        name,
    ]
    if ctx.sizes.traced_memory:
        command.append("--traced")
    done = subprocess.run(
        command,
        capture_output=True,
        text=True,
        timeout=MEMORY_PROBE_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise RuntimeError(f"memory probe of {name} failed: {done.stderr[-2000:]}")
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    return figures


def run(ctx: Context) -> list[CaseResult]:
    """Produce the log once, time every contender, then probe memory."""
    from benchmarks.harness import measure_case

    size = ctx.sizes.log_bytes
    raw = ctx.clients.get(c.RAW)
    target = run_to_exit(raw, ctx.run_id, log_producer_cmd(size), timeout=300)
    contenders = logs_contenders(ctx, target, size)
    sizes = ctx.sizes
    result = measure_case(
        ctx.interleaver,
        "logs",
        f"logs, {size // MIB} MiB in 1 KiB lines",
        contenders,
        sizes.log_repetitions,
        time_budget=sizes.case_budget * 2,
        metric="throughput",
        work=size / MIB,
        unit="MiB/s",
    )
    if sizes.memory_probe:
        for contender in result.contenders:
            contender.extra.update(probe_memory(ctx, contender.name, target, size))
    ctx.profile("logs", next((x for x in contenders if x.name == c.MOBY), None), 1)
    ctx.profile(
        "logs-async", next((x for x in contenders if x.name == c.MOBY_ASYNC), None), 1
    )
    return [result]
