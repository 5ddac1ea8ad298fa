"""Import time of each library, from ``python -X importtime`` in fresh processes.

``moby_client`` loads its clients lazily, so besides ``import moby_client`` the
case times ``from moby_client import MobyClient, AsyncMobyClient``, which is
what a program using a client pays. A statement's time is the sum of the
cumulative times of the top-level imports it caused (the interpreter's own
start-up imports, learnt from ``-c pass``, are left out).
"""

from __future__ import annotations

import subprocess
import sys

from benchmarks.cases import Context
from benchmarks.harness import CaseResult, ContenderResult, Summary

STATEMENTS = {
    "import moby_client": "import moby_client",
    "moby_client clients": "from moby_client import MobyClient, AsyncMobyClient",
    "import docker": "import docker",
    "import aiodocker": "import aiodocker",
}
BASELINE = "import docker"
IMPORT_TIMEOUT = 60.0
PREFIX = "import time:"


def top_level_imports(importtime_output: str) -> dict[str, float]:
    """Top-level modules of ``-X importtime`` text and their cumulative seconds.

    Lines look like ``import time: self [us] | cumulative | imported package``;
    a top-level import has exactly one space before its name.
    """
    found: dict[str, float] = {}
    for line in importtime_output.splitlines():
        if not line.startswith(PREFIX):
            continue
        fields = line[len(PREFIX) :].split("|")
        if len(fields) != 3 or not fields[1].strip().isdigit():
            continue
        name = fields[2].rstrip()
        if name.startswith(" ") and not name.startswith("  "):
            found[name.strip()] = int(fields[1]) / 1e6
    return found


def _importtime_report(statement: str) -> str:
    """The ``-X importtime`` text of ``statement`` run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-X", "importtime", "-c", statement],
        capture_output=True,
        text=True,
        timeout=IMPORT_TIMEOUT,
        check=True,
    )
    return done.stderr


def importtime(statement: str) -> dict[str, float]:
    """Run ``statement`` in a fresh interpreter under ``-X importtime``."""
    return top_level_imports(_importtime_report(statement))


def heaviest_imports(statement: str, count: int = 15) -> str:
    """The modules with the largest own import time for ``statement``."""
    rows = []
    for line in _importtime_report(statement).splitlines():
        fields = line[len(PREFIX) :].split("|")
        if line.startswith(PREFIX) and len(fields) == 3 and fields[0].strip().isdigit():
            rows.append((int(fields[0]), int(fields[1]), fields[2].strip()))
    rows.sort(reverse=True)
    lines = [f"{'self [us]':>10} {'cumulative':>10}  module  ({statement})"]
    lines += [f"{own:>10} {total:>10}  {name}" for own, total, name in rows[:count]]
    return "\n".join(lines)


def statement_seconds(statement: str, start_up: set[str]) -> float:
    """Seconds of top-level imports that ``statement`` caused."""
    imports = importtime(statement)
    return sum(t for name, t in imports.items() if name not in start_up)


def run(ctx: Context) -> list[CaseResult]:
    """Several fresh-process imports per statement, interleaved."""
    start_up = set(importtime("pass"))
    names = list(STATEMENTS)
    samples: dict[str, list[float]] = {name: [] for name in names}
    failures: dict[str, str] = {}
    for repetition in range(ctx.sizes.import_runs):
        shift = repetition % len(names)
        for name in names[shift:] + names[:shift]:
            if name in failures:
                continue
            try:
                samples[name].append(statement_seconds(STATEMENTS[name], start_up))
            except subprocess.CalledProcessError as error:
                failures[name] = (error.stderr or "").strip().splitlines()[-1:][0]
    if not failures:
        ctx.profiles["import"] = heaviest_imports(STATEMENTS["moby_client clients"])
    contenders = [
        ContenderResult(
            name=name,
            summary=Summary(samples[name]),
            baseline=None if name == BASELINE else BASELINE,
            note=f"`{STATEMENTS[name]}`" if name == "moby_client clients" else "",
        )
        for name in names
        if samples[name]
    ]
    note = "Baseline: `import docker`. " + " ".join(
        f"{name} failed: {error}" for name, error in failures.items()
    )
    return [
        CaseResult(
            "import", "import time (fresh process)", contenders, note=note.strip()
        )
    ]
