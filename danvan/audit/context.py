"""Who is acting right now: set once per request, API call or CLI run, read by the recorder.

A context variable (not a thread-local) so that it is correct under threads and async alike.
"""

import contextlib
import getpass
from contextvars import ContextVar
from dataclasses import dataclass


@dataclass(frozen=True)
class Actor:
    user_id: int | None
    username: str
    ip: str = ""
    user_agent: str = ""
    source: str = "web"  # web | api | cli | system


SYSTEM = Actor(user_id=None, username="hệ thống", source="system")
_current: ContextVar[Actor] = ContextVar("danvan_actor", default=SYSTEM)


def current_actor() -> Actor:
    return _current.get()


@contextlib.contextmanager
def acting_as(actor: Actor):
    token = _current.set(actor)
    try:
        yield actor
    finally:
        _current.reset(token)


def actor_from_request(request, *, user=None, source: str = "web") -> Actor:
    user = user if user is not None else getattr(request, "user", None)
    authenticated = bool(user is not None and user.is_authenticated)
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    ip = forwarded.split(",")[0].strip() if forwarded else request.META.get("REMOTE_ADDR", "")
    return Actor(
        user_id=user.pk if authenticated else None,
        username=user.get_username() if authenticated else "khách",
        ip=ip or "",
        user_agent=request.META.get("HTTP_USER_AGENT", "")[:300],
        source=source,
    )


@contextlib.contextmanager
def cli_actor():
    try:
        who = getpass.getuser()
    except Exception:  # noqa: BLE001 - no login name in some containers
        who = "không rõ"
    with acting_as(Actor(user_id=None, username=f"dòng lệnh: {who}", source="cli")) as actor:
        yield actor
