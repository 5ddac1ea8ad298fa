"""Container list with many containers: models against docker-py's dicts."""

from __future__ import annotations

import json

from benchmarks import clients as c
from benchmarks.cases import Context, expect_length, present
from benchmarks.daemon import create_containers, filter_query, label_filter
from benchmarks.harness import CaseResult, measure_case


def measure_list(ctx: Context, count: int) -> CaseResult:
    """List this run's ``count`` containers (``all=true``, label filter)."""
    filters = label_filter(ctx.run_id)
    path = f"/containers/json?all=1&filters={filter_query(filters)}"
    check = expect_length(count)
    contenders = present(
        ctx.contender(c.RAW, lambda raw: lambda: raw.get_json(path), check=check),
        ctx.contender(
            c.MOBY,
            lambda m: lambda: m.containers.list(all=True, filters=filters),
            baseline=c.RAW,
            check=check,
        ),
        ctx.contender(
            c.APICLIENT,
            lambda api: lambda: api.containers(all=True, filters=filters),
            baseline=c.RAW,
            check=check,
        ),
        ctx.contender(
            c.DOCKERCLIENT,
            lambda dc: (
                lambda: dc.containers.list(all=True, filters=filters, sparse=True)
            ),
            baseline=c.RAW,
            check=check,
            note="sparse=True",
        ),
        ctx.contender(
            c.RAW_ASYNC,
            lambda raw: lambda: raw.get_json(path),
            is_async=True,
            check=check,
        ),
        ctx.contender(
            c.MOBY_ASYNC,
            lambda m: lambda: m.containers.list(all=True, filters=filters),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=check,
        ),
        ctx.contender(
            c.AIODOCKER,
            lambda aio: (
                lambda: aio.containers.list(all="true", filters=json.dumps(filters))
            ),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=check,
        ),
    )
    sizes = ctx.sizes
    result = measure_case(
        ctx.interleaver,
        f"list-{count}",
        f"container list, {count} containers",
        contenders,
        sizes.list_repetitions,
        time_budget=sizes.case_budget,
        work=count,
        unit="containers",
    )
    ctx.profile(
        f"list-{count}", next((x for x in contenders if x.name == c.MOBY), None), 5
    )
    return result


def run(ctx: Context) -> list[CaseResult]:
    """Grow the labelled population to each size in turn and list it."""
    results = []
    created = 0
    for count in sorted(ctx.sizes.list_sizes):
        create_containers(ctx.host, ctx.run_id, count - created)
        created = count
        results.append(measure_list(ctx, count))
    return results
