"""The results chart: time relative to the raw baseline, one panel per case."""

from __future__ import annotations

import math
from pathlib import Path

from benchmarks.harness import CaseResult

COLOURS = {
    "raw http.client": "#7f7f7f",
    "raw asyncio": "#b0b0b0",
    "MobyClient": "#1f77b4",
    "AsyncMobyClient": "#6baed6",
    "docker.APIClient": "#d62728",
    "docker.DockerClient": "#ff9896",
    "aiodocker": "#2ca02c",
    "import moby_client": "#1f77b4",
    "moby_client clients": "#6baed6",
    "import docker": "#d62728",
    "import aiodocker": "#2ca02c",
}


def _relative(result: CaseResult, name: str) -> tuple[float, float, float] | None:
    """(median, first quartile, third quartile) of ``name``'s time, relative.

    Each figure is divided by the median time of the contender's baseline.
    """
    contender = result.get(name)
    if contender is None:
        return None
    reference = result.get(contender.baseline) if contender.baseline else contender
    if reference is None:
        return None
    base = reference.summary.median
    summary = contender.summary
    q1, q3 = summary.quartiles
    return summary.median / base, q1 / base, q3 / base


def write_chart(results: list[CaseResult], path: Path) -> None:
    """Draw one horizontal bar panel per case and save a PNG (Agg backend)."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    columns = 2
    rows = math.ceil(len(results) / columns)
    figure, axes = plt.subplots(rows, columns, figsize=(12, 2.6 * rows), squeeze=False)
    for axis, result in zip(axes.flat, results, strict=False):
        names, medians, lows, highs = [], [], [], []
        for contender in result.contenders:
            relative = _relative(result, contender.name)
            if relative is None:
                continue
            names.append(contender.name)
            medians.append(relative[0])
            lows.append(relative[0] - relative[1])
            highs.append(relative[2] - relative[0])
        positions = list(range(len(names)))
        axis.barh(
            positions,
            medians,
            xerr=[lows, highs],
            capsize=3,
            color=[COLOURS.get(n, "#9467bd") for n in names],
        )
        axis.set_yticks(positions, names, fontsize=8)
        axis.invert_yaxis()
        axis.axvline(1.0, color="black", linewidth=0.8, linestyle="--")
        axis.set_title(result.title, fontsize=9)
        axis.tick_params(axis="x", labelsize=8)
        ends = [m + h for m, h in zip(medians, highs, strict=True)]
        for position, value, end in zip(positions, medians, ends, strict=True):
            axis.text(end, position, f"  {value:.2f}x", va="center", fontsize=7)
        axis.set_xlim(0, max([*ends, 1.0]) * 1.25)
    for axis in list(axes.flat)[len(results) :]:
        axis.set_visible(False)
    figure.suptitle(
        "Median time relative to the baseline (1.0 = raw client of the "
        "same kind; import: docker); whiskers show the IQR; lower is faster",
        fontsize=10,
    )
    figure.tight_layout()
    figure.savefig(path, dpi=110)
    plt.close(figure)
