"""The benchmark cases; each module's ``run(context)`` returns its results."""

from __future__ import annotations

import cProfile
import io
import pstats
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from benchmarks.clients import Clients
from benchmarks.harness import CaseResult, Contender, Interleaver

MIB = 1024 * 1024


@dataclass
class Sizes:
    """How much work each case does; ``--quick`` and the smoke test shrink it."""

    repetitions: int = 15
    inner: int = 20
    list_sizes: tuple[int, ...] = (100, 1000)
    list_repetitions: int = 9
    lifecycle_repetitions: int = 6
    concurrency: int = 1000
    concurrency_repetitions: int = 7
    log_bytes: int = 256 * MIB
    log_repetitions: int = 3
    import_runs: int = 9
    case_budget: float = 45.0
    memory_probe: bool = True
    traced_memory: bool = False
    profile: bool = True

    @classmethod
    def quick(cls) -> Sizes:
        return cls(
            repetitions=7,
            inner=5,
            list_sizes=(20, 100),
            list_repetitions=5,
            lifecycle_repetitions=3,
            concurrency=200,
            concurrency_repetitions=3,
            log_bytes=16 * MIB,
            log_repetitions=3,
            import_runs=3,
            case_budget=15.0,
            traced_memory=True,
        )

    @classmethod
    def tiny(cls) -> Sizes:
        return cls(
            repetitions=3,
            inner=2,
            list_sizes=(5,),
            list_repetitions=3,
            lifecycle_repetitions=3,
            concurrency=20,
            concurrency_repetitions=3,
            log_bytes=1 * MIB,
            log_repetitions=3,
            import_runs=3,
            case_budget=10.0,
            traced_memory=True,
        )


@dataclass
class Context:
    """What a case needs: clients, the timing loop, sizes and the run's label."""

    clients: Clients
    interleaver: Interleaver
    sizes: Sizes
    run_id: str
    profiles: dict[str, str] = field(default_factory=dict)

    @property
    def host(self) -> str:
        return self.clients.host

    def contender(
        self,
        name: str,
        make_call: Callable[[Any], Callable[[], Any]],
        *,
        is_async: bool = False,
        baseline: str | None = None,
        check: Callable[[Any], None] | None = None,
        note: str = "",
    ) -> Contender | None:
        """A contender using client ``name``, or ``None`` when it is missing."""
        client = self.clients.get(name)
        if client is None:
            return None
        return Contender(
            name=name,
            call=make_call(client),
            is_async=is_async,
            baseline=baseline,
            check=check,
            note=note,
        )

    def profile(self, key: str, contender: Contender | None, calls: int) -> None:
        """Keep the cProfile top entries of ``calls`` calls, for the results."""
        if contender is None or not self.sizes.profile:
            return
        profiler = cProfile.Profile()
        loop = self.interleaver.loop
        profiler.enable()
        for _ in range(calls):
            if contender.is_async:
                loop.run_until_complete(contender.call())
            else:
                contender.call()
        profiler.disable()
        out = io.StringIO()
        stats = pstats.Stats(profiler, stream=out).strip_dirs()
        stats.sort_stats("tottime").print_stats(14)
        text = out.getvalue()
        start = text.find("   ncalls")
        self.profiles[key] = text[start:].rstrip() if start >= 0 else text.rstrip()


def present(*contenders: Contender | None) -> list[Contender]:
    """The contenders whose clients are available."""
    return [c for c in contenders if c is not None]


def ident(obj: Any) -> str:
    """The ``Id`` of an inspect result, whatever the library wraps it in."""
    if isinstance(obj, dict):
        return str(obj.get("Id") or obj.get("id"))
    return str(obj.id)


def expect_length(count: int) -> Callable[[Any], None]:
    """A check that a list result has ``count`` items."""

    def check(result: Any) -> None:
        if len(result) != count:
            raise AssertionError(f"listed {len(result)} items, expected {count}")

    return check


def expect_value(expected: Any) -> Callable[[Any], None]:
    """A check that a result equals ``expected``."""

    def check(result: Any) -> None:
        if result != expected:
            raise AssertionError(f"got {result!r}, expected {expected!r}")

    return check


RunCase = Callable[[Context], list[CaseResult]]
