"""Single small requests: ping, version, container inspect, image list."""

from __future__ import annotations

from typing import Any

from benchmarks import clients as c
from benchmarks.cases import Context, expect_value, ident, present
from benchmarks.daemon import container_config
from benchmarks.harness import CaseResult, Contender, measure_case


def _measure(
    ctx: Context, case: str, title: str, contenders: list[Contender], note: str = ""
) -> CaseResult:
    sizes = ctx.sizes
    return measure_case(
        ctx.interleaver,
        case,
        title,
        contenders,
        sizes.repetitions,
        inner=sizes.inner,
        time_budget=sizes.case_budget,
        note=note,
    )


def ping(ctx: Context) -> CaseResult:
    """``GET /_ping``."""
    contenders = present(
        ctx.contender(c.RAW, lambda raw: raw.ping),
        ctx.contender(c.MOBY, lambda m: m.system.ping, baseline=c.RAW),
        ctx.contender(c.APICLIENT, lambda api: api.ping, baseline=c.RAW),
        ctx.contender(c.DOCKERCLIENT, lambda dc: dc.ping, baseline=c.RAW),
        ctx.contender(c.RAW_ASYNC, lambda raw: raw.ping, is_async=True),
        ctx.contender(
            c.MOBY_ASYNC, lambda m: m.system.ping, is_async=True, baseline=c.RAW_ASYNC
        ),
    )
    result = _measure(
        ctx, "ping", "ping", contenders, note="aiodocker has no public ping."
    )
    ctx.profile("ping", next((x for x in contenders if x.name == c.MOBY), None), 300)
    return result


def version(ctx: Context) -> CaseResult:
    """``GET /version``, decoded."""
    contenders = present(
        ctx.contender(c.RAW, lambda raw: lambda: raw.get_json("/version")),
        ctx.contender(c.MOBY, lambda m: m.system.version, baseline=c.RAW),
        ctx.contender(c.APICLIENT, lambda api: api.version, baseline=c.RAW),
        ctx.contender(c.DOCKERCLIENT, lambda dc: dc.version, baseline=c.RAW),
        ctx.contender(
            c.RAW_ASYNC, lambda raw: lambda: raw.get_json("/version"), is_async=True
        ),
        ctx.contender(
            c.MOBY_ASYNC,
            lambda m: m.system.version,
            is_async=True,
            baseline=c.RAW_ASYNC,
        ),
        ctx.contender(
            c.AIODOCKER, lambda aio: aio.version, is_async=True, baseline=c.RAW_ASYNC
        ),
    )
    return _measure(ctx, "version", "version", contenders)


def make_target(ctx: Context) -> str:
    """A created, not started container to inspect."""
    raw = ctx.clients.get(c.RAW)
    return str(
        raw.get_id("POST", "/containers/create", container_config(ctx.run_id, ["true"]))
    )


def inspect(ctx: Context, target: str) -> CaseResult:
    """``GET /containers/{id}/json``, decoded (into a model where offered)."""
    path = f"/containers/{target}/json"

    def same(result: Any) -> None:
        expect_value(target)(ident(result))

    contenders = present(
        ctx.contender(c.RAW, lambda raw: lambda: raw.get_json(path), check=same),
        ctx.contender(
            c.MOBY,
            lambda m: lambda: m.containers.inspect(target),
            baseline=c.RAW,
            check=same,
        ),
        ctx.contender(
            c.APICLIENT,
            lambda api: lambda: api.inspect_container(target),
            baseline=c.RAW,
            check=same,
        ),
        ctx.contender(
            c.DOCKERCLIENT,
            lambda dc: lambda: dc.containers.get(target),
            baseline=c.RAW,
            check=same,
            note="Container object",
        ),
        ctx.contender(
            c.RAW_ASYNC,
            lambda raw: lambda: raw.get_json(path),
            is_async=True,
            check=same,
        ),
        ctx.contender(
            c.MOBY_ASYNC,
            lambda m: lambda: m.containers.inspect(target),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=same,
        ),
        ctx.contender(
            c.AIODOCKER,
            lambda aio: lambda: aio.containers.get(target),
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=same,
        ),
    )
    result = _measure(ctx, "inspect", "container inspect", contenders)
    ctx.profile("inspect", next((x for x in contenders if x.name == c.MOBY), None), 300)
    return result


def image_list(ctx: Context) -> CaseResult:
    """``GET /images/json``, decoded."""
    raw = ctx.clients.get(c.RAW)
    count = len(raw.get_json("/images/json"))

    def length(result: Any) -> None:
        expect_value(count)(len(result))

    contenders = present(
        ctx.contender(
            c.RAW, lambda r: lambda: r.get_json("/images/json"), check=length
        ),
        ctx.contender(c.MOBY, lambda m: m.images.list, baseline=c.RAW, check=length),
        ctx.contender(
            c.APICLIENT, lambda api: api.images, baseline=c.RAW, check=length
        ),
        ctx.contender(
            c.RAW_ASYNC,
            lambda r: lambda: r.get_json("/images/json"),
            is_async=True,
            check=length,
        ),
        ctx.contender(
            c.MOBY_ASYNC,
            lambda m: m.images.list,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=length,
        ),
        ctx.contender(
            c.AIODOCKER,
            lambda aio: aio.images.list,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=length,
        ),
    )
    return _measure(
        ctx,
        "images",
        f"image list ({count} images)",
        contenders,
        note="docker.DockerClient.images.list() inspects every image in turn, "
        "so it is left out.",
    )


def run(ctx: Context) -> list[CaseResult]:
    """Ping, version, inspect and image list."""
    target = make_target(ctx)
    return [ping(ctx), version(ctx), inspect(ctx, target), image_list(ctx)]
