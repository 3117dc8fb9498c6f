"""Login throttling (accounts/throttle.py): increasing waits per account and per address, a
browser that logged in before is never blocked by other people's failures, an administrator
lifts a lock-out, and every lock-out is in the audit trail."""

import datetime
import json

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client
from django.utils import timezone

from danvan.accounts.models import LoginLockout, LoginThrottle, ThrottleScope
from danvan.accounts.throttle import DEVICE_COOKIE, wait_after
from danvan.audit.models import AuditEvent
from tests.conftest import PASSWORD

OFFICE = "10.1.2.3"  # one address for a whole office (NAT)


def _browser(address=OFFICE) -> Client:
    return Client(REMOTE_ADDR=address)


def _try(client, username, password):
    return client.post("/dang-nhap/", {"username": username, "password": password})


def _fail(client, username, times):
    for _ in range(times):
        response = _try(client, username, "sai-mat-khau")
        assert response.status_code in (200, 429)
    return response


def _log_out(client):
    """Log out as a browser does: the device cookie stays (the test client drops them all)."""
    device = client.cookies[DEVICE_COOKIE].value
    assert client.post("/dang-xuat/").status_code == 302
    client.cookies[DEVICE_COOKIE] = device


def _expire_waits():
    """Move every wait into the past, as if the user had waited it out."""
    past = timezone.now() - datetime.timedelta(seconds=1)
    LoginThrottle.objects.filter(blocked_until__isnull=False).update(blocked_until=past)


def test_waits_grow_from_one_minute_and_are_capped(settings):
    settings.DANVAN_LOGIN_MAX_WAIT_MINUTES = 60
    minutes = [wait_after(n, 5).total_seconds() / 60 for n in range(3, 14)]
    assert minutes == [0, 0, 1, 2, 4, 8, 16, 32, 60, 60, 60]


def test_the_sixth_attempt_waits_a_minute_then_each_failure_doubles_the_wait(users):
    browser = _browser()
    _fail(browser, "quantri", 5)
    refused = _try(browser, "quantri", PASSWORD)  # even the right password waits
    assert refused.status_code == 429
    page = refused.content.decode()
    assert "Đăng nhập tạm bị chặn" in page and "còn 1 phút" in page
    row = LoginThrottle.objects.get(scope=ThrottleScope.ACCOUNT, key="quantri")
    assert row.failures == 5  # attempts during the wait are not counted
    _expire_waits()
    _fail(browser, "quantri", 1)
    assert "còn 2 phút" in _try(browser, "quantri", PASSWORD).content.decode()
    _expire_waits()
    _fail(browser, "quantri", 1)
    assert "còn 4 phút" in _try(browser, "quantri", PASSWORD).content.decode()
    _expire_waits()
    assert _try(browser, "quantri", PASSWORD).status_code == 302
    assert not LoginThrottle.objects.filter(scope=ThrottleScope.ACCOUNT, key="quantri").exists()


def test_a_colleague_behind_the_same_address_cannot_lock_me_out(users):
    mine = _browser()
    assert _try(mine, "chuyenvien.a", PASSWORD).status_code == 302  # my PC, used before
    assert DEVICE_COOKIE in mine.cookies
    _log_out(mine)
    mischief = _browser()  # another PC of the same office, same address
    _fail(mischief, "chuyenvien.a", 12)
    assert _try(mischief, "chuyenvien.a", PASSWORD).status_code == 429
    # My browser is judged by its own counter: it logs in at once.
    assert _try(mine, "chuyenvien.a", PASSWORD).status_code == 302


def test_my_own_failures_on_my_pc_still_count(users):
    mine = _browser()
    assert _try(mine, "chuyenvien.a", PASSWORD).status_code == 302
    _log_out(mine)
    _fail(mine, "chuyenvien.a", 5)
    assert _try(mine, "chuyenvien.a", PASSWORD).status_code == 429
    assert LoginThrottle.objects.filter(scope=ThrottleScope.DEVICE).count() == 1


def test_a_forged_device_cookie_is_ignored(users):
    forged = _browser()
    forged.cookies[DEVICE_COOKIE] = '{"id": "x", "accounts": ["quantri"]}'
    _fail(forged, "quantri", 5)
    assert _try(forged, "quantri", PASSWORD).status_code == 429
    assert not LoginThrottle.objects.filter(scope=ThrottleScope.DEVICE).exists()


def test_spraying_many_accounts_from_one_address_slows_that_address(users, settings):
    settings.DANVAN_LOGIN_ADDRESS_LIMIT = 8
    trusted = _browser()
    assert _try(trusted, "lanhdao.a", PASSWORD).status_code == 302
    _log_out(trusted)
    sprayer = _browser()
    for index in range(8):  # 8 different accounts, one failure each: no account counter trips
        _try(sprayer, f"khong-co-{index}", "sai")
    refused = _try(sprayer, "chuyenvien.b", PASSWORD)
    assert refused.status_code == 429
    assert _try(_browser("10.9.9.9"), "chuyenvien.b", PASSWORD).status_code == 302  # elsewhere
    assert _try(trusted, "lanhdao.a", PASSWORD).status_code == 302  # a known PC of the office


def test_a_forwarded_address_is_believed_only_from_the_trusted_proxy(users):
    spoofing = Client(REMOTE_ADDR="10.5.5.5", HTTP_X_FORWARDED_FOR="1.1.1.1")
    _fail(spoofing, "khong-co", 1)
    assert LoginThrottle.objects.filter(scope=ThrottleScope.ADDRESS, key="10.5.5.5").exists()
    proxied = Client(REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="9.9.9.9, 10.6.6.6")
    _fail(proxied, "khong-co", 1)
    assert LoginThrottle.objects.filter(scope=ThrottleScope.ADDRESS, key="10.6.6.6").exists()


def test_the_api_token_endpoint_shares_the_throttle_and_answers_429(users):
    client = _browser()
    _fail(client, "quantri", 5)
    response = client.post(
        "/api/v1/auth/token",
        data=json.dumps({"username": "quantri", "password": PASSWORD}),
        content_type="application/json",
    )
    assert response.status_code == 429
    body = response.json()
    assert "Đăng nhập tạm bị chặn" in body["detail"] and body["code"] == "qua_nhieu_lan_thu"
    assert "token" not in body


def test_lockouts_are_audited_and_an_administrator_lifts_them(users, login):
    _fail(_browser(), "chuyenvien.a", 5)
    lockout = LoginLockout.objects.get()
    assert (lockout.username, lockout.address, lockout.failures) == ("chuyenvien.a", OFFICE, 5)
    created = AuditEvent.objects.filter(model="accounts.loginlockout", action="create")
    assert created.count() == 1
    admin = login(users["admin"])
    page = admin.get("/nguoi-dung/tam-khoa/").content.decode()
    assert "chuyenvien.a" in page and OFFICE in page  # a province administrator sees addresses
    row = LoginThrottle.objects.get(scope=ThrottleScope.ACCOUNT, key="chuyenvien.a")
    response = admin.post("/nguoi-dung/tam-khoa/", {"khoa": row.pk}, follow=True)
    assert "Đã mở khóa đăng nhập cho «chuyenvien.a»" in response.content.decode()
    lockout.refresh_from_db()
    assert lockout.lifted_by == "quantri" and lockout.lifted_at is not None
    lifted = AuditEvent.objects.filter(model="accounts.loginlockout", action="update").get()
    assert lifted.username == "quantri"
    assert _try(_browser(), "chuyenvien.a", PASSWORD).status_code == 302


def test_an_administrator_sees_and_lifts_only_the_accounts_they_manage(users, login, settings):
    settings.DANVAN_LOGIN_ADDRESS_LIMIT = 10
    _fail(_browser(), "chuyenvien.b", 5)  # unit B: outside the admin of unit A
    _fail(_browser(), "chuyenvien.a", 5)
    admin_a = login(users["admin_a"])
    page = admin_a.get("/nguoi-dung/tam-khoa/").content.decode()
    assert "chuyenvien.a" in page and "chuyenvien.b" not in page
    assert "Địa chỉ mạng" not in page  # addresses belong to the province's administrators
    assert "Địa chỉ mạng" in login(users["admin"]).get("/nguoi-dung/tam-khoa/").content.decode()
    other = LoginThrottle.objects.get(scope=ThrottleScope.ACCOUNT, key="chuyenvien.b")
    assert admin_a.post("/nguoi-dung/tam-khoa/", {"khoa": other.pk}).status_code == 404
    address = LoginThrottle.objects.get(scope=ThrottleScope.ADDRESS)
    assert admin_a.post("/nguoi-dung/tam-khoa/", {"khoa": address.pk}).status_code == 404
    assert LoginThrottle.objects.filter(pk=other.pk).exists()
    clerk = login(users["clerk_a"])
    assert clerk.get("/nguoi-dung/tam-khoa/").status_code == 403


def test_the_cli_lists_and_lifts_lockouts(users, capsys):
    _fail(_browser(), "chuyenvien.a", 5)
    call_command("users", "lockouts")
    out = capsys.readouterr().out
    assert "chuyenvien.a — 5 lần sai" in out
    call_command("users", "unlock", "chuyenvien.a")
    assert "Đã mở khóa đăng nhập cho «chuyenvien.a»" in capsys.readouterr().out
    assert LoginLockout.objects.get(username="chuyenvien.a").lifted_by.startswith("dòng lệnh")
    with pytest.raises(CommandError, match="Không có lần tạm khóa đăng nhập nào"):
        call_command("users", "unlock", "chuyenvien.a")
    with pytest.raises(CommandError, match="Cần đúng một trong hai"):
        call_command("users", "unlock")
