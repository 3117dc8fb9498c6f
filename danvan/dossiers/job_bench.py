"""Measure a large dossier import run as a background job (decision 0042): a real worker
(`danvan qcluster`, on the broker the settings choose), the benchmark's synthetic province
and rows (danvan/dossiers/bench.py), the time to done, how often the progress moved as a page
polling it sees it, how long each poll took, and a second import cancelled at half (time from
«Huỷ» to cancelled, and nothing written).

Run on a throw-away database only:
    DANVAN_VAR_DIR=/tmp/bench-var DATABASE_URL=… python -m danvan.dossiers.job_bench 200000 [--sync]

(``--sync`` also times the same import without a job, in this process: the reference.)
"""

import csv
import io
import os
import random
import subprocess
import sys
import time

SUPERUSER = "bench.viecnen"


def _csv(rows) -> bytes:
    from danvan.dossiers import bench

    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(bench.HEADER)
    writer.writerows(rows)
    return out.getvalue().encode("utf-8")


def _watch(job_id: int, user, *, cancel_at: float | None = None, poll: float = 0.5) -> dict:
    from danvan.jobs.selectors import job_get
    from danvan.jobs.services import job_cancel

    started = time.perf_counter()
    seen, polls, cancelled_at = [], [], None
    while True:
        before = time.perf_counter()
        job = job_get(user, job_id)
        polls.append(time.perf_counter() - before)
        if not seen or seen[-1] != job.done:
            seen.append(job.done)
        if cancel_at is not None and cancelled_at is None and job.percent >= cancel_at * 100:
            cancelled_at = time.perf_counter()
            job_cancel(job=job)
        if job.finished:
            break
        time.sleep(poll)
    ended = time.perf_counter()
    return {
        "state": job.state,
        "seconds": ended - started,
        "progress_steps": len(seen),
        "poll_max": max(polls),
        "poll_median": sorted(polls)[len(polls) // 2],
        "cancel_to_stop": ended - cancelled_at if cancelled_at else None,
        "lines": job.result_lines,
        "message": job.message,
    }


def main(count: int, *, sync: bool = False) -> None:
    import django

    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "danvan.settings")
    django.setup()
    from django.contrib.auth import get_user_model
    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    from danvan.dossiers import bench
    from danvan.dossiers.models import Dossier
    from danvan.jobs.services import job_start
    from danvan.orgunits.models import OrgUnit

    root = OrgUnit.objects.filter(code="BN").first()
    units = list(OrgUnit.objects.filter(path__startswith="/BN/")) if root else bench._province(200)
    root = OrgUnit.objects.get(code="BN")
    user = get_user_model().objects.filter(username=SUPERUSER).first()
    if user is None:
        user = get_user_model().objects.create_superuser(SUPERUSER, password=None)
    codes = [u.code for u in units]
    weights = [1 / (rank + 1) ** 0.8 for rank in range(len(codes))]
    offset = Dossier.objects.count()
    rng = random.Random(offset)
    rows = list(bench._rows(rng, codes, weights, count, offset, bench._working_days()))
    data = _csv(rows)
    worker = subprocess.Popen([sys.executable, "-m", "danvan", "qcluster"], env=dict(os.environ))
    try:
        time.sleep(3)  # the cluster starts its processes
        before = Dossier.objects.count()
        job = job_start(
            kind="registers.import",
            user=user,
            unit=root,
            params={"register": "dossiers"},
            data=data,
            input_name="bench.csv",
        )
        full = _watch(job.pk, user)
        after = Dossier.objects.count()
        print(f"import: {full} written={after - before}")
        rows = list(bench._rows(rng, codes, weights, count, after, bench._working_days()))
        job = job_start(
            kind="registers.import",
            user=user,
            unit=root,
            params={"register": "dossiers"},
            data=_csv(rows),
            input_name="bench-huy.csv",
        )
        half = _watch(job.pk, user, cancel_at=0.5)
        print(f"cancel at half: {half} written={Dossier.objects.count() - after}")
        if sync:  # the same import in this process, no job: the reference under the same load
            from danvan.accounts.access import access_register_units
            from danvan.dossiers.spec import DOSSIERS
            from danvan.registers.importing import register_import

            rows = list(bench._rows(rng, codes, weights, count, after, bench._working_days()))
            started = time.perf_counter()
            register_import(DOSSIERS, _csv(rows), "x.csv", units=access_register_units(user))
            print(f"synchronous import: {time.perf_counter() - started:.1f} s")
    finally:
        worker.terminate()
        worker.wait(60)


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 200_000, sync="--sync" in sys.argv)
