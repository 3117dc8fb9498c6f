"""Named locks: one holder at a time, all or none of a set, released on error and when the
holding process dies (the kernel or PostgreSQL drops it), on both engines."""

import subprocess
import sys
import threading

import pytest
from django.conf import settings
from django.db import connection

from danvan.core.locks import Busy, LockName, lock_hold

A = LockName("test:a", "sổ A")
B = LockName("test:b", "sổ B")


def _in_thread(names):
    """Try the locks from another thread (another connection on PostgreSQL, another open
    file on SQLite): True if taken, else the refusal's message."""
    outcome = {}

    def run():
        try:
            with lock_hold(names):
                outcome["value"] = True
        except Busy as error:
            outcome["value"] = error.message
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(30)
    return outcome["value"]


@pytest.mark.django_db(transaction=True)
def test_a_held_lock_refuses_a_second_holder_with_a_vietnamese_message():
    with lock_hold([A]):
        refused = _in_thread([A])
        assert "Đang có một lần nhập khác vào sổ A" in refused
        assert "chưa ghi gì" in refused
        assert _in_thread([B]) is True  # another name is free
    assert _in_thread([A]) is True  # released at the end of the block


@pytest.mark.django_db(transaction=True)
def test_a_set_is_taken_whole_or_not_at_all():
    with lock_hold([B]):
        assert "sổ B" in _in_thread([A, B])  # B is held: A was released again
        assert _in_thread([A]) is True


@pytest.mark.django_db(transaction=True)
def test_a_lock_is_released_when_the_block_fails():
    with pytest.raises(RuntimeError), lock_hold([A]):
        raise RuntimeError("échec")
    assert _in_thread([A]) is True


@pytest.mark.django_db(transaction=True)
def test_a_lock_held_by_a_killed_process_is_free_again(tmp_path):
    """kill -9 of the holder never leaves a stale lock (the import would refuse forever)."""
    if connection.vendor == "postgresql":
        holder = (
            "import psycopg, sys, time, hashlib\n"
            "from danvan.core.locks import _number\n"
            f"c = psycopg.connect({_pg_dsn()!r}); c.autocommit = True\n"
            "c.execute('SELECT pg_advisory_lock(%s)', [_number('test:a')])\n"
            "print('held', flush=True); time.sleep(60)\n"
        )
    else:
        holder = (
            "import fcntl, hashlib, os, time\n"
            f"path = os.path.join({str(settings.VAR_DIR)!r}, 'locks', "
            "hashlib.sha256(b'test:a').hexdigest()[:32] + '.lock')\n"
            "os.makedirs(os.path.dirname(path), exist_ok=True)\n"
            "fd = os.open(path, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\n"
            "print('held', flush=True); time.sleep(60)\n"
        )
    process = subprocess.Popen([sys.executable, "-c", holder], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().strip() == "held"
        assert "sổ A" in _in_thread([A])
    finally:
        process.kill()
        process.wait()
    assert _in_thread([A]) is True


def _pg_dsn() -> str:
    params = connection.get_connection_params()
    return " ".join(
        f"{key}={params[name]}"
        for key, name in [
            ("host", "host"),
            ("port", "port"),
            ("user", "user"),
            ("dbname", "dbname"),
        ]
        if params.get(name)
    )
