import importlib
import json

import pytest
from django.conf import settings
from django.test import Client, override_settings

from danvan.core.middleware import CONTENT_SECURITY_POLICY
from tests.conftest import PASSWORD


def test_secure_headers_and_csp_without_inline_scripts(db):
    response = Client().get("/dang-nhap/")
    assert response.status_code == 200
    assert response["Content-Security-Policy"] == CONTENT_SECURITY_POLICY
    assert "'unsafe-inline'" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert response["X-Frame-Options"] == "DENY"
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    html = response.content.decode()
    # Every <script> has a src on our own origin: no inline code, no CDN.
    import re

    scripts = re.findall(r"<script([^>]*)>", html)
    assert scripts and all('src="/static/' in attrs for attrs in scripts)
    assert "http://" not in html and "https://" not in html


def test_static_assets_are_served_by_the_app(db):
    client = Client()
    for path in (
        "/static/core/danvan.css",
        "/static/django_htmx/htmx-2.min.js",
        "/static/core/app.js",
    ):
        assert client.get(path).status_code == 200, path


def test_login_form_requires_csrf_token(users):
    client = Client(enforce_csrf_checks=True)
    response = client.post("/dang-nhap/", {"username": "quantri", "password": PASSWORD})
    assert response.status_code == 403
    assert "Biểu mẫu hết hạn" in response.content.decode()


def test_login_works_and_wrong_password_is_vietnamese(users):
    client = Client()
    bad = client.post("/dang-nhap/", {"username": "quantri", "password": "sai"})
    assert bad.status_code == 200 and "Sai tên đăng nhập hoặc mật khẩu" in bad.content.decode()
    good = client.post("/dang-nhap/", {"username": "quantri", "password": PASSWORD})
    assert good.status_code == 302 and good["Location"] == "/"


def test_login_is_throttled_after_repeated_failures(users):
    client = Client()
    for _ in range(settings.DANVAN_LOGIN_FAILURE_LIMIT):
        client.post("/dang-nhap/", {"username": "quantri", "password": "sai-mat-khau"})
    locked = client.post("/dang-nhap/", {"username": "quantri", "password": PASSWORD})
    assert locked.status_code == 429
    assert "Đăng nhập tạm bị chặn" in locked.content.decode()
    # The API's token endpoint is throttled by the same counter.
    api = client.post(
        "/api/v1/auth/token",
        data=json.dumps({"username": "quantri", "password": PASSWORD}),
        content_type="application/json",
    )
    assert api.status_code == 429
    assert "nhập sai mật khẩu nhiều lần" in api.json()["detail"]
    assert "token" not in api.json()


def test_oversize_request_is_refused_before_reading_it(users, login):
    client = login(users["admin"])
    limit = settings.DANVAN_MAX_REQUEST_BYTES
    response = client.post(
        "/don-vi/nhap/", data=b"x" * (limit + 1), content_type="application/octet-stream"
    )
    assert response.status_code == 413
    assert "quá lớn" in response.content.decode()


@override_settings(DANVAN_MAX_UPLOAD_BYTES=100)
def test_oversize_upload_gets_a_vietnamese_message_and_changes_nothing(users, login):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from danvan.orgunits.models import OrgUnit

    before = OrgUnit.objects.count()
    data = b"ma_don_vi,ten_don_vi,loai,ma_don_vi_cha\n" + b"Z,Z,phong,P\n" * 20
    response = login(users["admin"]).post(
        "/don-vi/nhap/", {"file": SimpleUploadedFile("lon.csv", data)}
    )
    assert "quá lớn" in response.content.decode()
    assert OrgUnit.objects.count() == before


def test_sessions_expire_and_cookies_are_protected():
    assert settings.SESSION_COOKIE_AGE <= 8 * 3600
    assert settings.SESSION_EXPIRE_AT_BROWSER_CLOSE
    assert settings.SESSION_COOKIE_HTTPONLY
    assert settings.SESSION_SAVE_EVERY_REQUEST  # idle time, not login time, ends a session


def test_password_validators_are_on():
    names = [v["NAME"].rsplit(".", 1)[1] for v in settings.AUTH_PASSWORD_VALIDATORS]
    assert {"MinimumLengthValidator", "CommonPasswordValidator"} <= set(names)


def test_debug_is_off_unless_asked_and_secret_is_generated_into_var(tmp_path, monkeypatch):
    monkeypatch.delenv("DEBUG", raising=False)
    monkeypatch.delenv("SECRET_KEY", raising=False)
    monkeypatch.setenv("DANVAN_VAR_DIR", str(tmp_path))
    from danvan import settings as settings_module

    fresh = importlib.reload(settings_module)
    try:
        assert fresh.DEBUG is False
        secret_file = tmp_path / "secret_key"
        assert secret_file.read_text().strip() == fresh.SECRET_KEY
        assert len(fresh.SECRET_KEY) >= 50
        assert oct(secret_file.stat().st_mode)[-3:] == "600"
        # A second start reads the same secret rather than making a new one.
        assert importlib.reload(settings_module).SECRET_KEY == fresh.SECRET_KEY
        monkeypatch.setenv("DEBUG", "true")
        assert importlib.reload(settings_module).DEBUG is True
    finally:
        monkeypatch.undo()
        importlib.reload(settings_module)


@pytest.mark.parametrize("path", ["/don-vi/", "/nguoi-dung/", "/nhat-ky/", "/lich/", "/"])
def test_pages_require_login(db, path):
    response = Client().get(path)
    assert response.status_code == 302 and response["Location"].startswith("/dang-nhap/")
