"""Targets, text and Markdown renderings of a benchmark run."""

from __future__ import annotations

import platform
import subprocess
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

from benchmarks import clients as c
from benchmarks.harness import CaseResult

BEGIN = (
    "<!-- benchmark results: begin (written by python -m benchmarks --write-docs) -->"
)
END = "<!-- benchmark results: end -->"
FLAT_MEMORY_MIB = 32.0


@dataclass
class Target:
    """One goal, with the figure measured for it."""

    goal: str
    measured: str
    met: bool | None  # None: not measurable in this run
    profile_key: str | None = None


@dataclass
class BenchRun:
    """Everything one run produced."""

    facts: dict[str, str]
    results: list[CaseResult]
    unavailable: dict[str, str] = field(default_factory=dict)
    profiles: dict[str, str] = field(default_factory=dict)
    errors: dict[str, str] = field(default_factory=dict)
    seconds: float = 0.0
    run_id: str = ""

    def case(self, name: str) -> CaseResult | None:
        return next((r for r in self.results if r.case == name), None)


def _ratio_target(
    run: BenchRun, case: str, name: str, limit: float, goal: str
) -> Target:
    result = run.case(case)
    ratio = result.ratio(name) if result else None
    if ratio is None:
        return Target(goal, "not measured", None)
    return Target(goal, f"{ratio:.2f}x raw", ratio <= limit, case)


def _versus(
    run: BenchRun,
    case: str,
    name: str,
    other: str,
    limit: float,
    goal: str,
    higher_is_better: bool,
) -> Target:
    result = run.case(case)
    mine = result.value(name) if result else None
    theirs = result.value(other) if result else None
    if result is None or mine is None or theirs is None:
        return Target(goal, "not measured", None)
    ratio = mine / theirs
    met = ratio >= limit if higher_is_better else ratio <= limit
    word = "throughput" if higher_is_better else "time"
    return Target(goal, f"{ratio:.2f}x {other} {word}", met, case)


def _profile_title(key: str) -> str:
    if key == "import":
        return "`python -X importtime`, largest own times"
    return "cProfile of the moby_client contender, top entries by own time"


def evaluate_targets(run: BenchRun) -> list[Target]:
    """The project's performance goals against this run's figures."""
    targets = [
        _ratio_target(run, "ping", c.MOBY, 1.5, "sync ping within 1.5x raw"),
        _ratio_target(run, "inspect", c.MOBY, 1.5, "sync inspect within 1.5x raw"),
        _versus(
            run,
            "concurrent-inspect",
            c.MOBY_ASYNC,
            c.AIODOCKER,
            1.5,
            "async concurrent inspects ≥ 1.5x aiodocker throughput",
            True,
        ),
    ]
    logs = run.case("logs")
    for name, baseline, key in (
        (c.MOBY, c.RAW, "logs"),
        (c.MOBY_ASYNC, c.RAW_ASYNC, "logs-async"),
    ):
        goal = f"{name} logs ≥ 0.9x {baseline} MiB/s, flat memory"
        contender = logs.get(name) if logs else None
        ratio = logs.ratio(name) if logs else None
        if contender is None or ratio is None:
            targets.append(Target(goal, "not measured", None))
            continue
        speed = 1 / ratio
        growth = contender.extra.get("rss_growth_mib")
        memory = "" if growth is None else f", RSS +{growth:.0f} MiB"
        met = speed >= 0.9 and (growth is None or growth <= FLAT_MEMORY_MIB)
        targets.append(Target(goal, f"{speed:.2f}x raw{memory}", met, key))
    targets.append(
        _versus(
            run,
            "import",
            "moby_client clients",
            "import docker",
            1.0,
            "`from moby_client import MobyClient, AsyncMobyClient` no slower "
            "than `import docker`",
            False,
        )
    )
    targets.append(
        _versus(
            run,
            "import",
            "import moby_client",
            "import docker",
            1.0,
            "`import moby_client` no slower than `import docker`",
            False,
        )
    )
    largest = max(
        (r.work for r in run.results if r.case.startswith("list-")), default=0
    )
    targets.append(
        _versus(
            run,
            f"list-{int(largest)}",
            c.MOBY,
            c.APICLIENT,
            1.5,
            f"list of {int(largest) or 'the most'} containers into models within "
            "1.5x docker-py's dicts",
            False,
        )
    )
    return targets


def format_seconds(seconds: float) -> str:
    if seconds < 1e-3:
        return f"{seconds * 1e6:.0f} µs"
    if seconds < 1:
        return f"{seconds * 1e3:.2f} ms"
    return f"{seconds:.2f} s"


def format_value(result: CaseResult, seconds: float) -> str:
    if result.metric == "throughput":
        value = result.work / seconds
        return (
            f"{value:,.0f} {result.unit}"
            if value >= 100
            else f"{value:.1f} {result.unit}"
        )
    return format_seconds(seconds)


def case_rows(result: CaseResult) -> list[list[str]]:
    """Table rows: contender, median, spread, ratio, samples, memory, note."""
    rows = []
    for contender in result.contenders:
        summary = contender.summary
        # For throughput the slowest sample is the lowest figure.
        low, high = summary.minimum, summary.maximum
        q1, q3 = summary.quartiles
        if result.metric == "throughput":
            low, high, q1, q3 = high, low, q3, q1
        ratio = result.ratio(contender.name)
        ratio_text = (
            "1.00 (baseline)"
            if contender.baseline is None
            else (f"{ratio:.2f}" if ratio is not None else "—")
        )
        memory = ""
        if "rss_growth_mib" in contender.extra:
            memory = f"RSS +{contender.extra['rss_growth_mib']:.0f} MiB"
            if "traced_peak_mib" in contender.extra:
                memory += f", traced {contender.extra['traced_peak_mib']:.1f} MiB"
        rows.append(
            [
                contender.name,
                format_value(result, summary.median),
                f"{format_value(result, low)} - {format_value(result, high)}",
                f"{format_value(result, q1)} - {format_value(result, q3)}",
                ratio_text,
                str(len(summary.samples)),
                memory,
                contender.note,
            ]
        )
    return rows


HEADER = [
    "contender",
    "median",
    "min - max",
    "IQR",
    "time x baseline",
    "n",
    "peak memory",
    "note",
]


def _markdown_table(header: list[str], rows: list[list[str]]) -> list[str]:
    lines = [
        "| " + " | ".join(header) + " |",
        "|" + "|".join("---" for _ in header) + "|",
    ]
    lines += [
        "| " + " | ".join(cell.replace("|", "\\|") for cell in row) + " |"
        for row in rows
    ]
    return lines


def library_versions() -> dict[str, str]:
    versions = {}
    for name in (
        "moby-client",
        "docker",
        "aiodocker",
        "httpx",
        "httpcore",
        "pydantic",
        "aiohttp",
        "requests",
    ):
        try:
            versions[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            versions[name] = "not installed"
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"],
            capture_output=True,
            text=True,
            check=True,
            cwd=Path(__file__).parent,
        ).stdout.strip()
        versions["moby-client"] += f" (commit {commit})"
    except (OSError, subprocess.CalledProcessError):
        pass
    return versions


def render_markdown(run: BenchRun, chart_name: str | None) -> str:
    """The generated part of ``docs/benchmarks.md``."""
    facts = run.facts
    lines = [BEGIN, "", f"Measured {facts.get('date', '')} in {run.seconds:.0f} s.", ""]
    lines += [
        f"- Machine: {facts.get('cores')} cores ({facts.get('cpu')}), "
        f"Linux {facts.get('kernel')}, Python {facts.get('python')} "
        f"({platform.python_implementation()})",
        f"- Daemon: {facts.get('daemon')}, storage driver "
        f"{facts.get('storage_driver')}, over {facts.get('host')}",
        "- Libraries: " + ", ".join(f"{k} {v}" for k, v in library_versions().items()),
        "",
    ]
    if chart_name:
        lines += [f"![time relative to the raw baseline]({chart_name})", ""]

    lines += ["### Targets", ""]
    target_rows = []
    for target in evaluate_targets(run):
        state = {True: "met", False: "**missed**", None: "not measured"}[target.met]
        target_rows.append([target.goal, target.measured, state])
    lines += [*_markdown_table(["goal", "measured", "result"], target_rows), ""]

    lines += [
        "### Results",
        "",
        "Time x baseline: median time over the median time of the raw "
        "client of the same kind (`raw http.client` for sync, `raw asyncio` "
        "for async); below 1 is faster. For throughput cases the median, "
        "spread and IQR are throughputs.",
        "",
    ]
    for result in run.results:
        lines += [f"#### {result.title}", ""]
        lines += _markdown_table(HEADER, case_rows(result))
        if result.note:
            lines += ["", result.note]
        lines.append("")
    if run.unavailable or run.errors:
        lines += ["### Not measured", ""]
        for name, reason in {**run.unavailable, **run.errors}.items():
            lines.append(f"- {name}: `{reason}`")
        lines.append("")
    missed = [t for t in evaluate_targets(run) if t.met is False and t.profile_key]
    if missed:
        lines += ["### Profiles of the missed targets", ""]
        for target in missed:
            key = target.profile_key or ""
            profile = run.profiles.get(key)
            if profile:
                title = _profile_title(key)
                lines += [f"{target.goal} ({title}):", "", "```", profile, "```", ""]
    lines.append(END)
    return "\n".join(lines) + "\n"


def write_markdown(path: Path, run: BenchRun, chart_name: str | None) -> None:
    """Replace the generated block of ``path`` (or create the file)."""
    block = render_markdown(run, chart_name)
    if path.exists():
        text = path.read_text()
        if BEGIN in text and END in text:
            head, rest = text.split(BEGIN, 1)
            tail = rest.split(END, 1)[1]
            path.write_text(head + block.rstrip("\n") + tail)
            return
        path.write_text(text.rstrip("\n") + "\n\n" + block)
        return
    path.write_text("# Benchmarks\n\n" + block)


def render_text(run: BenchRun) -> str:
    """A plain-text summary for the terminal."""
    lines = []
    for result in run.results:
        lines.append(f"== {result.title}")
        for row in case_rows(result):
            lines.append(
                f"  {row[0]:<22} {row[1]:>16}  [{row[2]}]  x{row[4]}"
                f"  n={row[5]} {row[6]}"
            )
    lines.append("== targets")
    for target in evaluate_targets(run):
        state = {True: "met", False: "MISSED", None: "not measured"}[target.met]
        lines.append(f"  {state:<12} {target.goal}: {target.measured}")
    for name, reason in {**run.unavailable, **run.errors}.items():
        lines.append(f"  not measured: {name}: {reason}")
    return "\n".join(lines)
