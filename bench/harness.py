"""Timing helpers: each figure is printed beside a raw-engine baseline measured in the same run.

The figure and its baseline are measured alternately, run by run (A, B, A, B, ...), never all of A then all of B: on
a shared machine the load drifts, and alternating makes both sides see the same drift. The ratio reported is the
median of the per-pair ratios, which cancels that drift pair by pair instead of dividing two medians taken minutes
apart.
"""

from __future__ import annotations

import json
import os
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class Result:
    name: str
    median_ms: float
    baseline: str
    baseline_median_ms: float
    runs: int
    pair_ratio: float | None = None  # median of figure/baseline over the alternated pairs
    extra: dict = field(default_factory=dict)  # further figures of the same run (p95, ...)
    unit: str = "ms"  # "mib" for memory: the keys read median_mib, baseline_median_mib

    def line(self) -> str:
        """One JSON line: the figure, its baseline, their ratio and the machine's load when it was taken."""
        ratio = self.pair_ratio
        if ratio is None and self.baseline_median_ms:
            ratio = self.median_ms / self.baseline_median_ms
        return json.dumps(
            {
                "name": self.name,
                f"median_{self.unit}": round(self.median_ms, 3),
                "baseline": self.baseline,
                f"baseline_median_{self.unit}": round(self.baseline_median_ms, 3),
                "ratio": None if ratio is None else round(ratio, 2),
                "runs": self.runs,
                **self.extra,
                "load": machine_load(),
            },
            ensure_ascii=False,
        )


class Timed:
    """A step that measures itself and returns milliseconds: the part outside the timed window (resetting the
    counter after a call, say) is then left out of the figure."""

    def __init__(self, function: Callable[[], float]):
        self.function = function

    def __call__(self) -> float:
        return self.function()


def _once(function: Callable[[], object]) -> float:
    if isinstance(function, Timed):
        return function()
    start = time.perf_counter()
    function()
    return (time.perf_counter() - start) * 1000


def median_ms(function: Callable[[], object], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        _once(function)
    return statistics.median(_once(function) for _ in range(runs))


def alternate(
    function: Callable[[], object], baseline: Callable[[], object], runs: int, warmup: int = 3
) -> tuple[list[float], list[float]]:
    """Samples of both, taken A, B, A, B, ... (the order flips every pair so neither side always runs second)."""
    for _ in range(warmup):
        _once(function)
        _once(baseline)
    figure, base = [], []
    for run in range(runs):
        if run % 2:
            base.append(_once(baseline))
            figure.append(_once(function))
        else:
            figure.append(_once(function))
            base.append(_once(baseline))
    return figure, base


def pair_ratio(figure: list[float], base: list[float]) -> float | None:
    ratios = [a / b for a, b in zip(figure, base, strict=True) if b > 0]
    return statistics.median(ratios) if ratios else None


def compare(name: str, function, baseline_name: str, baseline, runs: int = 200, warmup: int = 3) -> Result:
    figure, base = alternate(function, baseline, runs, warmup)
    return Result(
        name, statistics.median(figure), baseline_name, statistics.median(base), runs, pair_ratio(figure, base)
    )


def percentile(samples: list[float], fraction: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def machine_load() -> str:
    """The load average when a suite starts: the figures of a shared machine mean little without it."""
    try:
        one, five, fifteen = os.getloadavg()
    except OSError:
        return "unknown"
    return f"{one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"
