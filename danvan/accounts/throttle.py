"""Login throttling that cannot be used to lock a colleague out (decision 0041).

Failures are counted three ways (``LoginThrottle``):

- per **trusted device** of an account: a browser that has logged in as that account before
  carries a signed cookie (``danvan_thiet_bi``); its attempts are judged by its own counter
  only, so nobody else's failures, from the same office address or anywhere, can block it;
- per **account**, for attempts from browsers that never logged in as it;
- per **address**, for those same attempts (password spraying across accounts), with a higher
  limit because an office shares one address.

Below its limit a counter costs nothing; at the limit the next attempt must wait 1 minute, and
each further failure doubles the wait (2, 4, 8 … at most ``DANVAN_LOGIN_MAX_WAIT_MINUTES``).
Attempts during the wait are refused without checking the password and are not counted. A
success clears the counter it was judged by; a counter forgets after a day without failures.
Every lock-out is a ``LoginLockout`` row (audited); an administrator lifts it on the page
«Tạm khóa đăng nhập» or with ``danvan users unlock``.
"""

import datetime
import ipaddress
import secrets
from dataclasses import dataclass

from django.conf import settings
from django.contrib.auth import authenticate
from django.core import signing
from django.db import IntegrityError, transaction
from django.db.models import Q, QuerySet
from django.utils import timezone
from django.utils.formats import date_format

from danvan.accounts.models import LoginLockout, LoginThrottle, ThrottleScope
from danvan.core.errors import DomainError, TooManyRequests

DEVICE_COOKIE = "danvan_thiet_bi"
DEVICE_SALT = "danvan.accounts.device"
DEVICE_DAYS = 365
DEVICE_ACCOUNTS = 8  # a shared office PC remembers this many accounts

THROTTLED = (
    "Đăng nhập tạm bị chặn vì đã nhập sai mật khẩu nhiều lần. Hãy thử lại sau {at} "
    "(còn {wait}), hoặc nhờ quản trị mở khóa. Máy đã đăng nhập thành công trước đây "
    "không bị ảnh hưởng."
)
NOTHING_TO_LIFT = "Không có lần tạm khóa đăng nhập nào đang hiệu lực cho «{who}»."


class Throttled(TooManyRequests):
    """The attempt was refused before the password was checked: wait until ``until``."""

    def __init__(self, until: datetime.datetime):
        self.until = until
        super().__init__(throttled_message(until))


def _wait_text(seconds: float) -> str:
    minutes = max(1, round(seconds / 60))
    if minutes < 60:
        return f"{minutes} phút"
    hours, rest = divmod(minutes, 60)
    return f"{hours} giờ" + (f" {rest} phút" if rest else "")


def throttled_message(until: datetime.datetime) -> str:
    local = timezone.localtime(until)
    now = timezone.now()
    at = (
        date_format(local, "H:i")
        if local.date() == timezone.localdate()
        else (date_format(local, "H:i d/m/Y"))
    )
    return THROTTLED.format(at=at, wait=_wait_text((until - now).total_seconds()))


@dataclass(frozen=True)
class _Counter:
    scope: str
    key: str
    limit: int


def _limits() -> dict[str, int]:
    account = settings.DANVAN_LOGIN_FAILURE_LIMIT
    return {
        ThrottleScope.ACCOUNT: account,
        ThrottleScope.DEVICE: account,
        ThrottleScope.ADDRESS: settings.DANVAN_LOGIN_ADDRESS_LIMIT,
    }


def wait_after(failures: int, limit: int) -> datetime.timedelta:
    """The wait after ``failures`` failures: none below ``limit``, then 1, 2, 4 … minutes."""
    if failures < limit:
        return datetime.timedelta(0)
    minutes = min(2 ** min(failures - limit, 20), settings.DANVAN_LOGIN_MAX_WAIT_MINUTES)
    return datetime.timedelta(minutes=minutes)


def client_address(request) -> str:
    """The client's address: REMOTE_ADDR, or the proxy's X-Forwarded-For (its last entry, the
    one the proxy itself added) when the request comes from a trusted proxy."""
    remote = request.META.get("REMOTE_ADDR", "")
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    if forwarded and remote in settings.DANVAN_TRUSTED_PROXIES:
        remote = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(remote))
    except ValueError:
        return "không rõ"


def _normal(username: str) -> str:
    return (username or "").strip().casefold()[:150]


def _device(request) -> dict:
    """The signed device cookie: {"id": random, "accounts": [usernames]} or empty."""
    value = request.COOKIES.get(DEVICE_COOKIE)
    if not value:
        return {}
    try:
        data = signing.loads(value, salt=DEVICE_SALT, max_age=DEVICE_DAYS * 86400)
    except signing.BadSignature:
        return {}
    return data if isinstance(data, dict) and isinstance(data.get("accounts"), list) else {}


def _counters(request, username: str) -> tuple[list[_Counter], str]:
    limits = _limits()
    name = _normal(username)
    device = _device(request)
    if name and name in device.get("accounts", []):
        key = f"{device['id']}:{name}"
        return [_Counter(ThrottleScope.DEVICE, key, limits[ThrottleScope.DEVICE])], name
    address = client_address(request)
    return [
        _Counter(ThrottleScope.ACCOUNT, name, limits[ThrottleScope.ACCOUNT]),
        _Counter(ThrottleScope.ADDRESS, address, limits[ThrottleScope.ADDRESS]),
    ], name


def _forget_before() -> datetime.datetime:
    return timezone.now() - datetime.timedelta(hours=settings.DANVAN_LOGIN_FORGET_HOURS)


def _blocked_until(counters: list[_Counter]) -> datetime.datetime | None:
    now = timezone.now()
    query = Q()
    for counter in counters:
        query |= Q(scope=counter.scope, key=counter.key)
    until = (
        LoginThrottle.objects.filter(query, blocked_until__gt=now)
        .order_by("-blocked_until")
        .values_list("blocked_until", flat=True)
        .first()
    )
    return until


def _record_failure(request, counters: list[_Counter], username: str) -> None:
    now = timezone.now()
    address = client_address(request)
    for counter in counters:
        with transaction.atomic():
            try:
                row, _ = LoginThrottle.objects.select_for_update().get_or_create(
                    scope=counter.scope, key=counter.key, defaults={"username": username}
                )
            except IntegrityError:  # created meanwhile by a concurrent failure
                row = LoginThrottle.objects.select_for_update().get(
                    scope=counter.scope, key=counter.key
                )
            if row.last_failure_at and row.last_failure_at < _forget_before():
                row.failures = 0
            row.failures += 1
            row.last_failure_at, row.last_address = now, address
            wait = wait_after(row.failures, counter.limit)
            if wait:
                row.blocked_until = now + wait
                LoginLockout.objects.create(
                    scope=counter.scope,
                    key=counter.key,
                    username=username if counter.scope != ThrottleScope.ADDRESS else "",
                    address=address,
                    failures=row.failures,
                    until=row.blocked_until,
                )
            row.save()


def _clear(counter: _Counter) -> None:
    LoginThrottle.objects.filter(scope=counter.scope, key=counter.key).delete()


def login_attempt(request, username: str, password: str):
    """Check ``username``/``password`` through the throttle: the user, None for wrong
    credentials (counted), or ``Throttled`` before the password is even checked."""
    counters, name = _counters(request, username)
    until = _blocked_until(counters)
    if until is not None:
        raise Throttled(until)
    user = authenticate(request, username=username, password=password)
    if user is None:
        _record_failure(request, counters, name)
        return None
    for counter in counters:
        if counter.scope != ThrottleScope.ADDRESS:  # the office's other attempts still count
            _clear(counter)
    return user


def device_cookie_value(request, user) -> str:
    """The cookie that makes this browser a trusted device of ``user`` (kept for a year; a
    shared PC keeps the last few accounts)."""
    device = _device(request)
    name = _normal(user.get_username())
    accounts = [a for a in device.get("accounts", []) if a != name][-(DEVICE_ACCOUNTS - 1) :]
    data = {"id": device.get("id") or secrets.token_urlsafe(16), "accounts": [*accounts, name]}
    return signing.dumps(data, salt=DEVICE_SALT)


def device_cookie_set(response, request, user) -> None:
    response.set_cookie(
        DEVICE_COOKIE,
        device_cookie_value(request, user),
        max_age=DEVICE_DAYS * 86400,
        httponly=True,
        samesite="Lax",
        secure=settings.SESSION_COOKIE_SECURE,
    )


# --- what an administrator sees and lifts ---------------------------------------------------
def lockout_active(*, usernames: QuerySet | None, addresses: bool) -> QuerySet[LoginThrottle]:
    """Counters blocking now: of the accounts ``usernames`` (a queryset of usernames the
    administrator manages; None: all) and, with ``addresses``, of addresses and devices."""
    rows = LoginThrottle.objects.filter(blocked_until__gt=timezone.now())
    scoped = Q(scope__in=[ThrottleScope.ACCOUNT, ThrottleScope.DEVICE])
    if usernames is not None:
        scoped &= Q(username__in=usernames)
    query = scoped | Q(scope=ThrottleScope.ADDRESS) if addresses else scoped
    return rows.filter(query).order_by("-blocked_until")


def lockout_lift(*, throttle: LoginThrottle, by: str) -> None:
    """Lift a lock-out: the counter starts again from zero; its lock-outs record who lifted."""
    now = timezone.now()
    with transaction.atomic():
        for lockout in LoginLockout.objects.filter(
            scope=throttle.scope, key=throttle.key, until__gt=now, lifted_at__isnull=True
        ):
            lockout.lifted_at, lockout.lifted_by = now, by
            lockout.save(update_fields=["lifted_at", "lifted_by"])
        throttle.delete()


def lockout_lift_username(*, username: str, by: str) -> int:
    """Lift every active lock-out of an account (all its devices); the number lifted."""
    name = _normal(username)
    rows = list(lockout_active(usernames=None, addresses=False).filter(username=name))
    if not rows:
        raise DomainError(NOTHING_TO_LIFT.format(who=username))
    for row in rows:
        lockout_lift(throttle=row, by=by)
    return len(rows)


def lockout_lift_address(*, address: str, by: str) -> int:
    rows = list(
        LoginThrottle.objects.filter(
            scope=ThrottleScope.ADDRESS, key=address, blocked_until__gt=timezone.now()
        )
    )
    if not rows:
        raise DomainError(NOTHING_TO_LIFT.format(who=address))
    for row in rows:
        lockout_lift(throttle=row, by=by)
    return len(rows)
