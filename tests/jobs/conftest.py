import csv
import io

import pytest

from danvan.dossiers import bench
from danvan.jobs.registry import _KINDS, JobOutcome, job_kind_register


@pytest.fixture(autouse=True)
def _var_dir(settings, tmp_path):
    """Each test's job files (inputs, results, progress) in a folder of its own."""
    settings.VAR_DIR = tmp_path
    return tmp_path


def dossiers_csv(count: int, unit: str = "A", *, seed: int = 7, prefix: str = "J") -> bytes:
    """``count`` dossiers of ``unit``, made by the benchmark's generator."""
    import random

    rows = bench._rows(random.Random(seed), [unit], [1.0], count, 0, bench._working_days())
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(bench.HEADER)
    for row in rows:
        row[0] = prefix + row[0]
        writer.writerow(row)
    return out.getvalue().encode("utf-8")


@pytest.fixture
def test_kind():
    """A throw-away kind of job: ticks ``steps`` times (calling ``on_tick`` at each), then
    returns a line and a file."""
    from danvan.core.progress import progress_tick

    calls = {"ticks": [], "on_tick": None}

    def run(job, data):
        steps = job.params.get("steps", 4)
        for step in range(steps):
            if calls["on_tick"] is not None:
                calls["on_tick"](job, step)
            progress_tick(step, steps, f"Bước {step + 1}/{steps}")
            calls["ticks"].append(step)
        if job.params.get("fail"):
            from danvan.core.errors import DomainError

            raise DomainError("Không làm được việc thử.")
        if job.params.get("crash"):
            raise RuntimeError("boom")
        return JobOutcome(
            lines=[f"Đã làm {steps} bước."], file=data or b"ket qua", filename="ket-qua.txt"
        )

    job_kind_register("tests.count", "Việc thử", run)
    yield calls
    _KINDS.pop("tests.count", None)
