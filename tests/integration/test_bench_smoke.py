"""The benchmark harness on tiny sizes against each real daemon, so it cannot rot.

Three repetitions, five listed containers, 1 MiB of logs and twenty
concurrent inspects: every case runs, every contender's first result is
checked (list length, log bytes, exit code, inspected id), and the Markdown
and chart are written. docker-py, aiodocker and matplotlib come with the
``bench`` extra; without them their contenders are reported as not measured
and the chart is skipped.
"""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from benchmarks import clients as c
from benchmarks.cases import MIB, Sizes
from benchmarks.daemon import BENCH_LABEL, filter_query
from benchmarks.raw import RawClient
from benchmarks.report import BEGIN, END, render_text
from benchmarks.run import CASES, run_benchmarks, write_docs

OPTIONAL = {c.APICLIENT: "docker", c.DOCKERCLIENT: "docker", c.AIODOCKER: "aiodocker"}


def installed(module: str) -> bool:
    return importlib.util.find_spec(module) is not None


def expected_contenders() -> set[str]:
    names = {c.RAW, c.RAW_ASYNC, c.MOBY, c.MOBY_ASYNC}
    return names | {name for name, module in OPTIONAL.items() if installed(module)}


def test_tiny_run_measures_every_case_and_writes_the_docs(
    moby_host: str, busybox_image: str, tmp_path: Path
) -> None:
    if not moby_host.startswith("unix://"):
        pytest.skip("the benchmarks run over local unix sockets only")
    sizes = Sizes.tiny()
    sizes.profile = False

    run = run_benchmarks(moby_host, sizes)

    assert run.errors == {}, render_text(run)
    assert set(run.unavailable) <= set(OPTIONAL)
    measured = {r.case for r in run.results}
    assert measured == {
        "ping",
        "version",
        "inspect",
        "images",
        "list-5",
        "lifecycle",
        "concurrent-inspect",
        "logs",
        "import",
    }
    assert set(CASES) == {"calls", "list", "lifecycle", "concurrency", "logs", "import"}
    seen = {contender.name for r in run.results for contender in r.contenders}
    assert expected_contenders() <= seen
    for result in run.results:
        for contender in result.contenders:
            assert len(contender.summary.samples) == 3, (result.case, contender.name)
            assert contender.summary.minimum > 0
            if contender.baseline is not None:
                assert result.ratio(contender.name) is not None

    logs = next(r for r in run.results if r.case == "logs")
    for contender in logs.contenders:
        assert contender.extra["bytes"] == MIB, contender.name
        assert contender.extra["rss_growth_mib"] >= 0
    assert logs.work == 1.0  # MiB per sample

    raw = RawClient(moby_host)
    query = filter_query({"label": [f"{BENCH_LABEL}={run.run_id}"]})
    left = raw.get_json(f"/containers/json?all=1&filters={query}")
    raw.close()
    assert run.run_id and left == []

    if not installed("matplotlib"):
        pytest.skip("matplotlib (bench extra) is not installed: chart not drawn")
    write_docs(run, tmp_path)
    page = (tmp_path / "benchmarks.md").read_text()
    assert BEGIN in page and END in page
    assert "#### container list, 5 containers" in page
    assert "| MobyClient |" in page
    assert (tmp_path / "benchmarks.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
