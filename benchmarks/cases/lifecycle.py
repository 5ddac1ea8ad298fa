"""A whole short container life: create, start, wait, remove."""

from __future__ import annotations

from typing import Any

from benchmarks import clients as c
from benchmarks.cases import Context, expect_value, present
from benchmarks.daemon import BENCH_LABEL, IMAGE, container_config
from benchmarks.harness import CaseResult, measure_case

CMD = ["true"]


def run(ctx: Context) -> list[CaseResult]:
    """Each contender runs ``true`` in a fresh container and removes it."""
    labels = {BENCH_LABEL: ctx.run_id}
    config = container_config(ctx.run_id, CMD)

    def raw_cycle(raw: Any) -> Any:
        def cycle() -> int:
            cid = raw.get_id("POST", "/containers/create", config)
            raw.call("POST", f"/containers/{cid}/start")
            status = raw.get_json_post(f"/containers/{cid}/wait")["StatusCode"]
            raw.call("DELETE", f"/containers/{cid}")
            return int(status)

        return cycle

    def moby_cycle(moby: Any) -> Any:
        def cycle() -> int:
            created = moby.containers.create(image=IMAGE, cmd=CMD, labels=labels)
            moby.containers.start(created.id)
            status = moby.containers.wait(created.id).status_code
            moby.containers.remove(created.id)
            return int(status)

        return cycle

    def apiclient_cycle(api: Any) -> Any:
        def cycle() -> int:
            cid = api.create_container(IMAGE, CMD, labels=labels)["Id"]
            api.start(cid)
            status = api.wait(cid)["StatusCode"]
            api.remove_container(cid)
            return int(status)

        return cycle

    def dockerclient_cycle(dc: Any) -> Any:
        def cycle() -> int:
            container = dc.containers.create(IMAGE, CMD, labels=labels)
            container.start()
            status = container.wait()["StatusCode"]
            container.remove()
            return int(status)

        return cycle

    def raw_async_cycle(raw: Any) -> Any:
        async def cycle() -> int:
            created = await raw.get_json_post("/containers/create", config)
            cid = created["Id"]
            await raw.call("POST", f"/containers/{cid}/start")
            status = (await raw.get_json_post(f"/containers/{cid}/wait"))["StatusCode"]
            await raw.call("DELETE", f"/containers/{cid}")
            return int(status)

        return cycle

    def moby_async_cycle(moby: Any) -> Any:
        async def cycle() -> int:
            created = await moby.containers.create(image=IMAGE, cmd=CMD, labels=labels)
            await moby.containers.start(created.id)
            status = (await moby.containers.wait(created.id)).status_code
            await moby.containers.remove(created.id)
            return int(status)

        return cycle

    def aiodocker_cycle(aio: Any) -> Any:
        async def cycle() -> int:
            container = await aio.containers.create(config)
            await container.start()
            status = (await container.wait())["StatusCode"]
            await container.delete()
            return int(status)

        return cycle

    exited = expect_value(0)
    contenders = present(
        ctx.contender(c.RAW, raw_cycle, check=exited),
        ctx.contender(c.MOBY, moby_cycle, baseline=c.RAW, check=exited),
        ctx.contender(c.APICLIENT, apiclient_cycle, baseline=c.RAW, check=exited),
        ctx.contender(c.DOCKERCLIENT, dockerclient_cycle, baseline=c.RAW, check=exited),
        ctx.contender(c.RAW_ASYNC, raw_async_cycle, is_async=True, check=exited),
        ctx.contender(
            c.MOBY_ASYNC,
            moby_async_cycle,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=exited,
        ),
        ctx.contender(
            c.AIODOCKER,
            aiodocker_cycle,
            is_async=True,
            baseline=c.RAW_ASYNC,
            check=exited,
        ),
    )
    sizes = ctx.sizes
    return [
        measure_case(
            ctx.interleaver,
            "lifecycle",
            "create, start, wait, remove",
            contenders,
            sizes.lifecycle_repetitions,
            time_budget=sizes.case_budget,
        )
    ]
