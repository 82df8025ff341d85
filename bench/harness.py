"""Timing helpers: each figure is printed beside a raw-engine baseline measured in the same run."""

from __future__ import annotations

import json
import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass
class Result:
    name: str
    median_ms: float
    baseline: str
    baseline_median_ms: float
    runs: int

    def line(self) -> str:
        ratio = self.median_ms / self.baseline_median_ms if self.baseline_median_ms else None
        return json.dumps(
            {
                "name": self.name,
                "median_ms": round(self.median_ms, 3),
                "baseline": self.baseline,
                "baseline_median_ms": round(self.baseline_median_ms, 3),
                "ratio": None if ratio is None else round(ratio, 2),
                "runs": self.runs,
            }
        )


def median_ms(function: Callable[[], object], runs: int, warmup: int = 3) -> float:
    for _ in range(warmup):
        function()
    samples = []
    for _ in range(runs):
        start = time.perf_counter()
        function()
        samples.append((time.perf_counter() - start) * 1000)
    return statistics.median(samples)


def compare(name: str, function, baseline_name: str, baseline, runs: int = 200) -> Result:
    return Result(name, median_ms(function, runs), baseline_name, median_ms(baseline, runs), runs)
