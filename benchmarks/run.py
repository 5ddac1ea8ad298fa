"""Command line and orchestration of the benchmark run.

python -m benchmarks [--quick] [--host unix:///var/run/docker.sock]
                     [--cases ping,logs,…] [--write-docs] [--json PATH]
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import sys
import time
from pathlib import Path

from benchmarks.cases import (
    Context,
    Sizes,
    calls,
    concurrency,
    imports,
    lifecycle,
    listing,
    logs,
)
from benchmarks.clients import RAW, Clients, describe_failure
from benchmarks.daemon import machine_facts, new_run_id, remove_containers
from benchmarks.harness import CaseResult, ContenderResult, Interleaver, Summary
from benchmarks.report import BenchRun, render_text, write_markdown

DEFAULT_HOST = "unix:///var/run/docker.sock"
DOCS = Path(__file__).resolve().parent.parent / "docs"

CASES = {
    "calls": calls.run,
    "list": listing.run,
    "lifecycle": lifecycle.run,
    "concurrency": concurrency.run,
    "logs": logs.run,
    "import": imports.run,
}


def run_benchmarks(
    host: str,
    sizes: Sizes,
    cases: tuple[str, ...] = tuple(CASES),
    progress: bool = False,
) -> BenchRun:
    """Run the chosen cases against ``host`` and clean up after them."""
    started = time.monotonic()
    loop = asyncio.new_event_loop()
    clients = Clients(host, loop).start()
    run_id = new_run_id()
    context = Context(clients, Interleaver(loop), sizes, run_id)
    facts = machine_facts(clients.get(RAW))
    facts["host"] = host
    run = BenchRun(facts=facts, results=[], run_id=run_id)
    try:
        for name in cases:
            if progress:
                print(f"-- {name}", file=sys.stderr, flush=True)
            try:
                run.results.extend(CASES[name](context))
            except Exception as error:  # one broken case must not lose the others
                run.errors[f"case {name}"] = describe_failure(error)
    finally:
        clients.close()
        loop.close()
        try:
            remove_containers(host, run_id)
        except OSError as error:
            run.errors["cleanup"] = describe_failure(error)
    run.unavailable = dict(clients.unavailable)
    run.profiles = context.profiles
    run.seconds = time.monotonic() - started
    return run


def write_docs(run: BenchRun, docs: Path) -> None:
    """Write ``benchmarks.md`` (generated block only) and ``benchmarks.png``."""
    from benchmarks.chart import write_chart

    docs.mkdir(parents=True, exist_ok=True)
    write_chart(run.results, docs / "benchmarks.png")
    write_markdown(docs / "benchmarks.md", run, "benchmarks.png")


def to_json(run: BenchRun) -> str:
    """The run's raw samples and facts as JSON."""
    return json.dumps(dataclasses.asdict(run), indent=1, default=str)


def from_json(text: str) -> BenchRun:
    """A run saved with ``--json``, to render its results again."""
    data = json.loads(text)
    results = []
    for case in data.pop("results"):
        contenders = [
            ContenderResult(
                name=c["name"],
                summary=Summary(c["summary"]["samples"]),
                baseline=c["baseline"],
                note=c["note"],
                extra=c["extra"],
            )
            for c in case.pop("contenders")
        ]
        results.append(CaseResult(contenders=contenders, **case))
    return BenchRun(results=results, **data)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m benchmarks", description="moby_client benchmarks"
    )
    parser.add_argument(
        "--host",
        default=DEFAULT_HOST,
        help="unix:// socket of the daemon (default: %(default)s)",
    )
    parser.add_argument("--quick", action="store_true", help="smaller sizes")
    parser.add_argument(
        "--cases",
        default=",".join(CASES),
        help="comma-separated subset of: " + ", ".join(CASES),
    )
    parser.add_argument(
        "--write-docs",
        action="store_true",
        help="write docs/benchmarks.md and docs/benchmarks.png",
    )
    parser.add_argument("--docs-dir", type=Path, default=DOCS)
    parser.add_argument("--json", type=Path, help="also save all samples here")
    parser.add_argument(
        "--from-json",
        type=Path,
        help="render a run saved with --json instead of measuring",
    )
    args = parser.parse_args(argv)

    cases = tuple(name.strip() for name in args.cases.split(",") if name.strip())
    unknown = [name for name in cases if name not in CASES]
    if unknown:
        parser.error(f"unknown cases: {unknown}")
    sizes = Sizes.quick() if args.quick else Sizes()
    if args.from_json:
        run = from_json(args.from_json.read_text())
    else:
        run = run_benchmarks(args.host, sizes, cases, progress=True)
    print(render_text(run))
    if args.json:
        args.json.write_text(to_json(run))
    if args.write_docs:
        write_docs(run, args.docs_dir)
    return 1 if run.errors else 0
