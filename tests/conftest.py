"""Shared fixtures: a small province tree and one user per role, built through the services
(so the audit trail and paths are exercised exactly as in production)."""

import datetime
import os

import pytest
from django.db import connection
from django.test import Client

from danvan.accounts.models import Role
from danvan.accounts.services import api_token_create, user_create
from danvan.orgunits.services import orgunit_create
from danvan.registers.custom import custom_fields_changed

PASSWORD = "Mat-khau-thu-2025"


def pytest_configure(config):
    # The run's settings are tests.settings (DanVan's plus the plug-in register of
    # tests/plugin_register); a `danvan …` child process inherits them and must find them too.
    root = str(config.rootpath)
    os.environ["PYTHONPATH"] = os.pathsep.join(
        [root, *filter(None, [os.environ.get("PYTHONPATH")])]
    )
    # On CI a PostgreSQL run that cannot connect must fail, never quietly fall back.
    url = os.environ.get("DATABASE_URL", "")
    if url.startswith("postgres") and os.environ.get("CI") == "true":
        import psycopg

        try:
            psycopg.connect(url.replace("postgres://", "postgresql://"), connect_timeout=10).close()
        except Exception as error:  # noqa: BLE001
            pytest.exit(f"PostgreSQL không kết nối được ({url}): {error}", returncode=1)


@pytest.fixture(autouse=True)
def _custom_fields_cache():
    """Custom fields are cached per process; a test's rolled-back fields must not leak."""
    custom_fields_changed()
    yield
    custom_fields_changed()


@pytest.fixture
def tree(db):
    """P (tỉnh) → A (sở) → A1 (phòng); P → B (sở); P → X (xã)."""
    p = orgunit_create(code="P", name="Ủy ban nhân dân tỉnh Thử", kind="tinh")
    a = orgunit_create(code="A", name="Sở Nội vụ", kind="so_nganh", parent=p)
    a1 = orgunit_create(code="A1", name="Phòng Xây dựng chính quyền", kind="phong", parent=a)
    b = orgunit_create(code="B", name="Sở Tư pháp Bí Mật", kind="so_nganh", parent=p)
    x = orgunit_create(
        code="X",
        name="Ủy ban nhân dân xã Hòa Bình",
        kind="ubnd_xa",
        parent=p,
        valid_from=datetime.date(2025, 7, 1),
    )
    return {"P": p, "A": a, "A1": a1, "B": b, "X": x}


def make_user(username, role, unit, subtree=False, **kwargs):
    return user_create(
        username=username,
        password=PASSWORD,
        full_name=kwargs.get("full_name", ""),
        grants=[(Role(role), unit, subtree)] if role else [],
    )


@pytest.fixture
def users(tree):
    return {
        "admin": make_user("quantri", "quan_tri", tree["P"], subtree=True),
        "aggregator": make_user("tonghop", "tong_hop", tree["P"], subtree=True),
        "clerk_a": make_user("chuyenvien.a", "chuyen_vien", tree["A"]),
        "head_a": make_user("lanhdao.a", "lanh_dao", tree["A"], subtree=True),
        "clerk_b": make_user("chuyenvien.b", "chuyen_vien", tree["B"]),
        "admin_a": make_user("quantri.a", "quan_tri", tree["A"], subtree=True),
    }


@pytest.fixture
def login():
    """A logged-in test client for a user (force_login skips the throttled login form)."""

    def _login(user) -> Client:
        client = Client()
        client.force_login(user)
        return client

    return _login


@pytest.fixture
def api_client():
    def _client(user) -> Client:
        return Client(HTTP_AUTHORIZATION=f"Bearer {api_token_create(user=user)}")

    return _client


@pytest.fixture
def db_vendor(db):
    return connection.vendor


@pytest.fixture(autouse=True)
def _fast_password_hashing(settings):
    # PBKDF2's deliberate slowness protects real passwords, not test fixtures.
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True)
def _fresh_catalogue():
    # Each test's database starts afresh; so does this process's catalogue of indicators.
    from danvan.indicators.engine import catalogue_invalidate

    catalogue_invalidate()
    yield
    catalogue_invalidate()
