"""The benchmark harness's own logic, without a daemon.

The run against real daemons is ``tests/integration/test_bench_smoke.py``.
"""

from __future__ import annotations

import asyncio
import struct
from pathlib import Path

import pytest

from benchmarks.cases.imports import top_level_imports
from benchmarks.harness import (
    CaseResult,
    Contender,
    ContenderResult,
    Interleaver,
    Summary,
)
from benchmarks.raw import iter_stdcopy_payloads, socket_path
from benchmarks.report import (
    BEGIN,
    END,
    BenchRun,
    evaluate_targets,
    render_markdown,
    write_markdown,
)


def test_summary_median_spread_and_quartiles() -> None:
    summary = Summary([5.0, 1.0, 3.0, 2.0, 4.0])
    assert summary.median == 3.0
    assert (summary.minimum, summary.maximum) == (1.0, 5.0)
    assert summary.quartiles == (2.0, 4.0)
    assert Summary([7.0]).quartiles == (7.0, 7.0)


def test_interleaver_rotates_order_and_counts_every_repetition() -> None:
    loop = asyncio.new_event_loop()
    order: list[str] = []

    def record(name: str) -> Contender:
        return Contender(name, lambda: order.append(name))

    async def async_call() -> None:
        order.append("C")

    contenders = [record("A"), record("B"), Contender("C", async_call, is_async=True)]
    samples = Interleaver(loop).run(contenders, repetitions=3)
    loop.close()

    assert order[:3] == ["A", "B", "C"]  # the untimed warm-up round
    assert order[3:] == ["A", "B", "C", "B", "C", "A", "C", "A", "B"]
    assert {name: len(values) for name, values in samples.items()} == {
        "A": 3,
        "B": 3,
        "C": 3,
    }


def test_interleaver_stops_at_the_time_budget_after_the_minimum() -> None:
    loop = asyncio.new_event_loop()
    samples = Interleaver(loop).run(
        [Contender("A", lambda: None)], repetitions=1000, time_budget=0.0
    )
    loop.close()
    assert len(samples["A"]) == 3


def test_warm_up_check_rejects_a_wrong_result() -> None:
    def wrong(result: object) -> None:
        raise AssertionError(f"bad {result}")

    loop = asyncio.new_event_loop()
    with pytest.raises(AssertionError, match="bad 41"):
        Interleaver(loop).run([Contender("A", lambda: 41, check=wrong)], 3)
    loop.close()


def frames(*payloads: tuple[int, bytes]) -> bytes:
    return b"".join(
        struct.pack(">BxxxL", stream, len(data)) + data for stream, data in payloads
    )


def test_stdcopy_baseline_decodes_at_every_split() -> None:
    expected = [(1, b"hello\n"), (2, b""), (2, b"oops\n"), (1, b"x" * 300)]
    body = frames(*expected)
    for cut in range(len(body) + 1):
        chunks = [body[:cut], body[cut:]]
        assert list(iter_stdcopy_payloads(chunks)) == expected
    one_byte_chunks = [body[i : i + 1] for i in range(len(body))]
    assert list(iter_stdcopy_payloads(one_byte_chunks)) == expected


def test_raw_clients_refuse_anything_but_a_unix_socket() -> None:
    assert socket_path("unix:///run/moby-sid/docker.sock") == (
        "/run/moby-sid/docker.sock"
    )
    with pytest.raises(ValueError, match="unix sockets only"):
        socket_path("tcp://127.0.0.1:2376")


IMPORTTIME = """\
import time: self [us] | cumulative | imported package
import time:       250 |        250 |   _io
import time:        80 |        330 | encodings
import time:       900 |        900 |     docker.errors
import time:      1200 |       4100 |   docker.api
import time:      3000 |      70000 | docker
import time:       400 |      12000 | moby_client._config
"""


def test_top_level_imports_keep_only_unindented_modules() -> None:
    assert top_level_imports(IMPORTTIME) == {
        "encodings": 330e-6,
        "docker": 0.07,
        "moby_client._config": 0.012,
    }


def case(name: str, medians: dict[str, tuple[float, str | None]]) -> CaseResult:
    contenders = [
        ContenderResult(n, Summary([m * 0.9, m, m * 1.2]), baseline=b)
        for n, (m, b) in medians.items()
    ]
    return CaseResult(name, name, contenders)


def synthetic_run() -> BenchRun:
    raw, moby = "raw http.client", "MobyClient"
    results = [
        case("ping", {raw: (100e-6, None), moby: (140e-6, raw)}),
        case("inspect", {raw: (200e-6, None), moby: (400e-6, raw)}),
    ]
    return BenchRun(
        facts={"date": "2026-01-01 00:00 UTC", "cores": "2", "daemon": "Moby 20.10"},
        results=results,
        profiles={"inspect": "   ncalls  tottime  percall  cumtime\n  1  0.5  x.py"},
    )


def test_targets_follow_the_measured_ratios() -> None:
    targets = {t.goal: t for t in evaluate_targets(synthetic_run())}
    ping = targets["sync ping within 1.5x raw"]
    inspect = targets["sync inspect within 1.5x raw"]
    assert (ping.met, ping.measured) == (True, "1.40x raw")
    assert (inspect.met, inspect.measured) == (False, "2.00x raw")
    assert targets["async concurrent inspects ≥ 1.5x aiodocker throughput"].met is None


def test_markdown_shows_table_targets_and_the_missed_targets_profile() -> None:
    text = render_markdown(synthetic_run(), "benchmarks.png")
    assert text.startswith(BEGIN) and text.rstrip().endswith(END)
    assert "| MobyClient | 400 µs | 360 µs - 480 µs |" in text
    assert "| sync inspect within 1.5x raw | 2.00x raw | **missed** |" in text
    assert "1  0.5  x.py" in text
    assert "![time relative to the raw baseline](benchmarks.png)" in text


def test_write_markdown_replaces_only_the_generated_block(tmp_path: Path) -> None:
    page = tmp_path / "benchmarks.md"
    page.write_text(
        f"# Benchmarks\n\nHand-written intro.\n\n{BEGIN}\nold\n{END}\n\nOutro.\n"
    )
    write_markdown(page, synthetic_run(), None)
    text = page.read_text()
    assert text.startswith("# Benchmarks\n\nHand-written intro.\n\n" + BEGIN)
    assert text.endswith(END + "\n\nOutro.\n")
    assert "\nold\n" not in text
    assert text.count(BEGIN) == 1


def test_a_saved_run_renders_the_same_after_loading() -> None:
    from benchmarks.run import from_json, to_json

    run = synthetic_run()
    run.results[0].contenders[1].extra["rss_growth_mib"] = 2.0
    loaded = from_json(to_json(run))
    assert render_markdown(loaded, None) == render_markdown(run, None)
