"""Many inspects in flight at once on one event loop."""

from __future__ import annotations

import asyncio
from typing import Any

from benchmarks import clients as c
from benchmarks.cases import Context, expect_value, ident, present
from benchmarks.daemon import container_config
from benchmarks.harness import CaseResult, measure_case


def run(ctx: Context) -> list[CaseResult]:
    """``asyncio.gather`` of N inspects of one container, per contender."""
    count = ctx.sizes.concurrency
    raw = ctx.clients.get(c.RAW)
    target = raw.get_id(
        "POST", "/containers/create", container_config(ctx.run_id, ["true"])
    )
    path = f"/containers/{target}/json"

    def all_same(results: Any) -> None:
        expect_value([target] * count)([ident(r) for r in results])

    def gathered(inspect_once: Any) -> Any:
        async def batch() -> list[Any]:
            return list(await asyncio.gather(*(inspect_once() for _ in range(count))))

        return batch

    contenders = present(
        ctx.contender(
            c.RAW_ASYNC,
            lambda r: gathered(lambda: r.get_json(path)),
            is_async=True,
            check=all_same,
            note="pool of 100",
        ),
        ctx.contender(
            c.MOBY_ASYNC,
            lambda m: gathered(lambda: m.containers.inspect(target)),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=all_same,
            note="default pool of 64",
        ),
        ctx.contender(
            c.AIODOCKER,
            lambda a: gathered(lambda: a.containers.get(target)),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=all_same,
            note="aiohttp limit 100",
        ),
    )
    sizes = ctx.sizes
    result = measure_case(
        ctx.interleaver,
        "concurrent-inspect",
        f"{count} concurrent inspects",
        contenders,
        sizes.concurrency_repetitions,
        time_budget=sizes.case_budget,
        metric="throughput",
        work=count,
        unit="inspects/s",
    )
    ctx.profile(
        "concurrent-inspect",
        next((x for x in contenders if x.name == c.MOBY_ASYNC), None),
        2,
    )
    return [result]
