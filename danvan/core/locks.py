"""Named exclusive locks across threads, processes and (on PostgreSQL) servers.

An import holds one lock per (register, unit) it writes to while it checks the file against
the database and writes it, so two imports of overlapping files never both insert the same
key: the second is refused at once with a Vietnamese message (``Busy``) and writes nothing.

- PostgreSQL: session advisory locks (``pg_try_advisory_lock``), shared by every server that
  uses the database; a process that dies loses its connection and with it its locks.
- SQLite (one server by nature): ``flock`` on a file per name under ``VAR_DIR/locks``; the
  kernel drops the lock when the process dies, so a ``kill -9`` never leaves a stale lock.

A lock is never waited for: waiting behind a 200.000-row import would hold a web worker for
minutes, and the user can simply try again (decision 0041).
"""

import fcntl
import hashlib
import os
from collections.abc import Iterable, Iterator
from contextlib import ExitStack, contextmanager
from dataclasses import dataclass
from pathlib import Path

from django.conf import settings
from django.db import connection

from danvan.core.errors import Busy

BUSY = (
    "Đang có một lần nhập khác vào {what}; lần nhập này chưa ghi gì. "
    "Hãy đợi lần nhập kia xong (thường trong vài phút) rồi nhập lại."
)


@dataclass(frozen=True, order=True)
class LockName:
    """What is locked: a stable ``key`` (``import:dossiers:H01``) and how a user reads it
    (``sổ «Hồ sơ một cửa» của đơn vị «UBND huyện A»``)."""

    key: str
    label: str = ""


def _number(key: str) -> int:
    """A signed 64-bit number for PostgreSQL's advisory lock space."""
    return int.from_bytes(hashlib.sha256(key.encode()).digest()[:8], "big", signed=True)


@contextmanager
def _postgres_lock(name: LockName) -> Iterator[bool]:
    number = _number(name.key)
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_try_advisory_lock(%s)", [number])
        (held,) = cursor.fetchone()
    try:
        yield bool(held)
    finally:
        if held:
            with connection.cursor() as cursor:
                cursor.execute("SELECT pg_advisory_unlock(%s)", [number])


def _lock_dir() -> Path:
    path = Path(settings.VAR_DIR) / "locks"
    path.mkdir(parents=True, exist_ok=True)
    return path


@contextmanager
def _file_lock(name: LockName) -> Iterator[bool]:
    # One file per key (hashed: keys carry unit codes and Vietnamese slugs); an open file
    # description of its own, so two threads of one process exclude each other too.
    path = _lock_dir() / (hashlib.sha256(name.key.encode()).hexdigest()[:32] + ".lock")
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            yield False
            return
        try:
            yield True
        finally:
            fcntl.flock(fd, fcntl.LOCK_UN)
    finally:
        os.close(fd)


@contextmanager
def lock_hold(names: Iterable[LockName], *, message: str = BUSY) -> Iterator[None]:
    """Hold every lock of ``names`` (taken in key order, so two holders of overlapping sets
    never deadlock) or none: the first that is held elsewhere raises ``Busy`` naming it, after
    releasing the ones already taken."""
    take = _postgres_lock if connection.vendor == "postgresql" else _file_lock
    unique = sorted({name.key: name for name in names}.values())
    with ExitStack() as stack:
        for name in unique:
            if not stack.enter_context(take(name)):
                raise Busy(message.format(what=name.label or name.key), name)
        yield
