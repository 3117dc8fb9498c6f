"""A job's files under VAR_DIR/jobs/<id>/: the input (an uploaded file), the result, and the
live progress and cancellation flag the worker and the pages share while the job runs (outside
the database, so that a job writing inside one long transaction still shows progress and can
be cancelled on SQLite, whose writer holds the only write lock)."""

import json
import os
import shutil
from pathlib import Path

from django.conf import settings


def job_dir(job_id: int) -> Path:
    return Path(settings.VAR_DIR) / "jobs" / str(int(job_id))


def _write_atomic(path: Path, data: bytes) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(path.name + ".tmp")
    temporary.write_bytes(data)
    os.replace(temporary, path)


def input_write(job_id: int, data: bytes) -> None:
    _write_atomic(job_dir(job_id) / "input", data)


def input_read(job_id: int) -> bytes | None:
    try:
        return (job_dir(job_id) / "input").read_bytes()
    except FileNotFoundError:
        return None


def input_remove(job_id: int) -> None:
    (job_dir(job_id) / "input").unlink(missing_ok=True)


def result_write(job_id: int, data: bytes) -> None:
    _write_atomic(job_dir(job_id) / "result", data)


def result_path(job_id: int) -> Path:
    return job_dir(job_id) / "result"


def progress_write(job_id: int, done: int, total: int, message: str) -> None:
    payload = {"done": done, "total": total, "message": message}
    _write_atomic(job_dir(job_id) / "progress.json", json.dumps(payload).encode())


def progress_read(job_id: int) -> dict | None:
    try:
        return json.loads((job_dir(job_id) / "progress.json").read_bytes())
    except (FileNotFoundError, ValueError):
        return None


def cancel_flag_set(job_id: int) -> None:
    path = job_dir(job_id) / "cancel"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.touch()


def cancel_flag_is_set(job_id: int) -> bool:
    return (job_dir(job_id) / "cancel").exists()


def live_files_remove(job_id: int) -> None:
    """After the job: the progress and the flag go, the result stays."""
    for name in ("progress.json", "cancel"):
        (job_dir(job_id) / name).unlink(missing_ok=True)


def job_files_remove(job_id: int) -> None:
    shutil.rmtree(job_dir(job_id), ignore_errors=True)
