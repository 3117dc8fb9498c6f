"""A real worker (`danvan qcluster` in its own process) runs a job handed over by id, on the
database broker (embedded) and on Redis (production). Redis uses a database number of its own,
flushed before and after."""

import os
import subprocess
import sys
import time

import pytest
from django.conf import settings
from django.db import connection
from django_q.conf import Conf

from danvan.dossiers.models import Dossier
from danvan.jobs.models import Job
from danvan.jobs.services import job_start
from tests.jobs.conftest import dossiers_csv

pytestmark = pytest.mark.django_db(transaction=True)
REDIS_URL = os.environ.get("DANVAN_TEST_REDIS", "redis://127.0.0.1:6379/13")


def _database_url() -> str:
    settings = connection.settings_dict
    if connection.vendor == "sqlite":
        return f"sqlite:///{settings['NAME']}"
    user, host, port = settings["USER"], settings["HOST"], settings["PORT"] or 5432
    password = f":{settings['PASSWORD']}" if settings["PASSWORD"] else ""
    return f"postgres://{user}{password}@{host}:{port}/{settings['NAME']}"


def _worker(var_dir, broker: str) -> subprocess.Popen:
    env = {
        **os.environ,
        "DATABASE_URL": _database_url(),
        "DANVAN_VAR_DIR": str(var_dir),
        "SECRET_KEY": settings.SECRET_KEY,  # the queue's messages are signed with it
        "DANVAN_TASKS_SYNC": "0",
        "DANVAN_TASKS_BROKER": broker,
        "DANVAN_TASKS_WORKERS": "1",
    }
    return subprocess.Popen(
        [sys.executable, "-m", "danvan", "qcluster"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )


def _stop(worker: subprocess.Popen) -> str:
    worker.terminate()
    try:
        output, _ = worker.communicate(timeout=30)
    except subprocess.TimeoutExpired:
        worker.kill()
        output, _ = worker.communicate()
    return output.decode(errors="replace")


def _wait_finished(job: Job, seconds: float = 90) -> Job:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job.refresh_from_db()
        if job.finished:
            return job
        time.sleep(0.3)
    return job


def _run_through(broker: str, users, tree, var_dir, monkeypatch):
    monkeypatch.setattr(Conf, "SYNC", False)
    if broker:
        monkeypatch.setattr(Conf, "ORM", None)
        monkeypatch.setattr(Conf, "REDIS", broker)
    else:
        monkeypatch.setattr(Conf, "ORM", "default")
    worker = _worker(var_dir, broker)
    try:
        job = job_start(
            kind="registers.import",
            user=users["head_a"],
            unit=tree["A"],
            params={"register": "dossiers"},
            data=dossiers_csv(300),
            input_name="ho-so.csv",
        )
        job = _wait_finished(job)
    finally:
        output = _stop(worker)
    assert job.state == Job.State.DONE, output
    assert job.result_lines[0] == "Thêm mới 300, cập nhật 0, không đổi 0 bản ghi."
    assert job.started_at is not None and job.finished_at >= job.started_at
    assert Dossier.objects.filter(unit=tree["A"]).count() == 300


def test_a_worker_runs_a_job_from_the_database_queue(users, tree, _var_dir, monkeypatch):
    _run_through("", users, tree, _var_dir, monkeypatch)


@pytest.fixture
def redis_db():
    import redis

    client = redis.from_url(REDIS_URL)
    try:
        client.ping()
    except redis.ConnectionError:
        if os.environ.get("CI") == "true":
            pytest.fail(f"CI=true nhưng Redis không trả lời tại {REDIS_URL}")
        pytest.skip(f"Bỏ qua: Redis không trả lời tại {REDIS_URL}")
    client.flushdb()
    yield REDIS_URL
    client.flushdb()


def test_a_worker_runs_a_job_from_redis(users, tree, _var_dir, monkeypatch, redis_db):
    _run_through(redis_db, users, tree, _var_dir, monkeypatch)
