"""`danvan bench`: speed as ratios against a baseline measured in the same process.

Machines here are noisy, so absolute seconds mean little; each scenario is timed beside a
baseline doing the irreducible part of the same work (the hand-written query, the naive
loop), and the ratio is what we track. This module is the harness; each app keeps its own
scenarios (danvan/orgunits/bench.py: the foundation; reporting, documents, checker, dossiers)
and the ``bench`` command (danvan/demo) runs them all.
"""

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Scenario:
    name: str
    subject: Callable[[], object]
    baseline: Callable[[], object]
    note: str


def median_seconds(fn: Callable[[], object], repeat: int) -> float:
    fn()  # warm caches and connections before timing
    samples = []
    for _ in range(repeat):
        started = time.perf_counter()
        fn()
        samples.append(time.perf_counter() - started)
    return statistics.median(samples)


def measure(found: list[Scenario], repeat: int) -> list[dict]:
    """Median time of each scenario and of its baseline, and their ratio."""
    results = []
    for scenario in found:
        baseline = median_seconds(scenario.baseline, repeat)
        subject = median_seconds(scenario.subject, repeat)
        results.append(
            {
                "name": scenario.name,
                "note": scenario.note,
                "baseline_ms": baseline * 1000,
                "subject_ms": subject * 1000,
                "ratio": subject / baseline if baseline else float("inf"),
            }
        )
    return results
