"""Peak memory of one contender reading one container's logs, in its own process.

Prints one JSON line: ``bytes`` read, ``rss_growth_mib`` (resident
high-water mark while reading, above the resident size just before) and, with
``--traced``, ``traced_peak_mib`` (peak of Python allocations during a second
read under ``tracemalloc``, which slows that read several times over).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tracemalloc
from typing import Any

from benchmarks.cases import MIB, Context, Sizes
from benchmarks.cases.logs import logs_contenders
from benchmarks.clients import Clients
from benchmarks.harness import Contender, Interleaver


def status_kib(field: str) -> int:
    """A ``kB`` figure from ``/proc/self/status``."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field + ":"):
                return int(line.split()[1])
    raise KeyError(field)


def reset_high_water_mark() -> bool:
    """Reset VmHWM to the current resident size (Linux ``clear_refs`` 5)."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
    except OSError:
        return False
    return True


def read_once(loop: asyncio.AbstractEventLoop, contender: Contender) -> Any:
    if contender.is_async:
        return loop.run_until_complete(contender.call())
    return contender.call()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--host", required=True)
    parser.add_argument("--container", required=True)
    parser.add_argument("--size", type=int, required=True)
    parser.add_argument("--contender", required=True)
    parser.add_argument(
        "--traced", action="store_true", help="also read under tracemalloc"
    )
    args = parser.parse_args()

    loop = asyncio.new_event_loop()
    clients = Clients(args.host, loop).start((args.contender,))
    context = Context(clients, Interleaver(loop), Sizes(), run_id="")
    chosen = [
        c
        for c in logs_contenders(context, args.container, args.size)
        if c.name == args.contender
    ]
    if not chosen:
        raise SystemExit(f"{args.contender}: {clients.unavailable}")
    contender = chosen[0]

    reset_high_water_mark()
    before = status_kib("VmRSS")
    count = read_once(loop, contender)
    growth = max(0, status_kib("VmHWM") - before)

    figures = {"bytes": float(count), "rss_growth_mib": round(growth / 1024, 1)}
    if args.traced:
        tracemalloc.start()
        read_once(loop, contender)
        _, traced_peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        figures["traced_peak_mib"] = round(traced_peak / MIB, 1)

    clients.close()
    loop.close()
    print(json.dumps(figures))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
