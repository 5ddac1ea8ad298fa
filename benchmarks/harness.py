"""Interleaved timing of contenders and the statistics reported for them.

Every repetition runs each contender once, in an order rotated by one place
per repetition (A B C, B C A, C A B …), so that slow drift of the machine or
the daemon spreads over all contenders instead of landing on one.
"""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

ASYNC_CALL_TIMEOUT = 300.0

SyncCall = Callable[[], Any]
AsyncCall = Callable[[], Awaitable[Any]]


@dataclass
class Contender:
    """One way of doing a case's work.

    Attributes:
        name: label in tables and charts, e.g. ``"MobyClient"``.
        call: does the work once; a coroutine function for async contenders.
        is_async: whether ``call`` must be awaited.
        baseline: name of the contender this one is compared with.
        check: validates the first result (so a broken contender cannot win).
        note: shown next to the contender in the results.
    """

    name: str
    call: SyncCall | AsyncCall
    is_async: bool = False
    baseline: str | None = None
    check: Callable[[Any], None] | None = None
    note: str = ""


@dataclass
class Summary:
    """Median and spread of one contender's samples (seconds per operation)."""

    samples: list[float]

    @property
    def median(self) -> float:
        return statistics.median(self.samples)

    @property
    def minimum(self) -> float:
        return min(self.samples)

    @property
    def maximum(self) -> float:
        return max(self.samples)

    @property
    def quartiles(self) -> tuple[float, float]:
        if len(self.samples) < 2:
            return self.samples[0], self.samples[0]
        q1, _, q3 = statistics.quantiles(self.samples, n=4, method="inclusive")
        return q1, q3


@dataclass
class ContenderResult:
    """What one contender measured in one case."""

    name: str
    summary: Summary
    baseline: str | None = None
    note: str = ""
    extra: dict[str, float] = field(default_factory=dict)


@dataclass
class CaseResult:
    """All contenders of one case.

    ``work`` is how much one sample did (bytes for a stream, operations for a
    batch); with it a time becomes a throughput in ``unit``.
    """

    case: str
    title: str
    contenders: list[ContenderResult]
    metric: str = "time"  # "time" (lower is better) or "throughput"
    work: float = 1.0
    unit: str = ""
    note: str = ""

    def get(self, name: str) -> ContenderResult | None:
        for contender in self.contenders:
            if contender.name == name:
                return contender
        return None

    def value(self, name: str) -> float | None:
        """The headline figure: median seconds, or median throughput."""
        contender = self.get(name)
        if contender is None:
            return None
        if self.metric == "throughput":
            return self.work / contender.summary.median
        return contender.summary.median

    def ratio(self, name: str) -> float | None:
        """Median time of ``name`` over the median time of its baseline."""
        contender = self.get(name)
        if contender is None or contender.baseline is None:
            return None
        baseline = self.get(contender.baseline)
        if baseline is None:
            return None
        return contender.summary.median / baseline.summary.median


class Interleaver:
    """Runs contenders round-robin, bounded in repetitions and in time."""

    def __init__(self, loop: asyncio.AbstractEventLoop) -> None:
        self.loop = loop

    def warm_up(self, contender: Contender) -> None:
        """Run once untimed (connections, negotiation), and check the result."""
        if contender.is_async:
            result = self.loop.run_until_complete(
                asyncio.wait_for(contender.call(), ASYNC_CALL_TIMEOUT)
            )
        else:
            result = contender.call()
        if contender.check is not None:
            contender.check(result)

    def time_once(self, contender: Contender, inner: int) -> float:
        """Seconds per call over ``inner`` back-to-back calls."""
        if contender.is_async:
            call: AsyncCall = contender.call

            async def timed() -> float:
                start = time.perf_counter()
                for _ in range(inner):
                    await call()
                return time.perf_counter() - start

            elapsed = self.loop.run_until_complete(
                asyncio.wait_for(timed(), ASYNC_CALL_TIMEOUT)
            )
        else:
            sync_call: SyncCall = contender.call
            start = time.perf_counter()
            for _ in range(inner):
                sync_call()
            elapsed = time.perf_counter() - start
        return elapsed / inner

    def run(
        self,
        contenders: list[Contender],
        repetitions: int,
        inner: int = 1,
        time_budget: float = 60.0,
        min_repetitions: int = 3,
    ) -> dict[str, list[float]]:
        """Sample every contender ``repetitions`` times, interleaved.

        Stops early once ``time_budget`` seconds are spent and every contender
        has ``min_repetitions`` samples.
        """
        for contender in contenders:
            self.warm_up(contender)
        samples: dict[str, list[float]] = {c.name: [] for c in contenders}
        deadline = time.monotonic() + time_budget
        for repetition in range(repetitions):
            shift = repetition % len(contenders)
            for contender in contenders[shift:] + contenders[:shift]:
                samples[contender.name].append(self.time_once(contender, inner))
            if repetition + 1 >= min_repetitions and time.monotonic() > deadline:
                break
        return samples


def measure_case(
    interleaver: Interleaver,
    case: str,
    title: str,
    contenders: list[Contender],
    repetitions: int,
    inner: int = 1,
    time_budget: float = 60.0,
    **case_fields: Any,
) -> CaseResult:
    """Interleave ``contenders`` and summarise them as one ``CaseResult``."""
    samples = interleaver.run(contenders, repetitions, inner, time_budget)
    results = [
        ContenderResult(
            name=c.name,
            summary=Summary(samples[c.name]),
            baseline=c.baseline,
            note=c.note,
        )
        for c in contenders
    ]
    return CaseResult(case=case, title=title, contenders=results, **case_fields)
