"""The production configuration of docs/deployment.md: with deploy/danvan.env.example (its
placeholders filled in) `danvan check --deploy` finds nothing, the session cookie is Secure and
responses carry HSTS; the example lists every variable the settings read, and nginx accepts the
bodies DanVan accepts."""

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEPLOY = ROOT / "deploy"
PLACEHOLDER = "ĐIỀN"


def _example() -> dict[str, str]:
    """The variables set (not commented out) in the example, quotes removed as systemd does."""
    values = {}
    for line in (DEPLOY / "danvan.env.example").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        name, _, value = line.partition("=")
        values[name.strip()] = value.strip().removeprefix('"').removesuffix('"')
    return values


def _production_env(tmp_path: Path) -> dict[str, str]:
    """The example as an operator fills it in: a real secret; this machine's paths."""
    # The server's own environment only: nothing of this test run's (its database, the browser
    # tests' DJANGO_ALLOW_ASYNC_UNSAFE, which check --deploy rightly refuses).
    env = {
        k: v for k, v in os.environ.items() if not k.startswith(("DANVAN_", "DATABASE_", "DJANGO_"))
    }
    env.update(_example())
    env["SECRET_KEY"] = secrets.token_urlsafe(50)
    env["DANVAN_VAR_DIR"] = str(tmp_path / "var")
    env["DJANGO_SETTINGS_MODULE"] = "danvan.settings"
    return env


def _run(args: list[str], env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
        check=False,
    )


def test_check_deploy_is_clean_with_the_documented_production_environment(tmp_path):
    result = _run(
        ["-m", "danvan", "check", "--deploy", "--fail-level", "DEBUG"], _production_env(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert "System check identified no issues (0 silenced)." in result.stdout


def test_the_examples_placeholder_secret_is_caught_by_check_deploy(tmp_path):
    env = _production_env(tmp_path)
    env["SECRET_KEY"] = _example()["SECRET_KEY"]
    assert PLACEHOLDER in env["SECRET_KEY"]
    result = _run(["-m", "danvan", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode != 0 and "security.W009" in result.stderr


@pytest.mark.parametrize("unset", ["DANVAN_HTTPS", "DANVAN_HSTS_INCLUDE_SUBDOMAINS"])
def test_without_https_or_its_hsts_options_check_deploy_warns(tmp_path, unset):
    """The check above can fail: each setting it relies on is needed."""
    env = _production_env(tmp_path)
    env.pop(unset)
    result = _run(["-m", "danvan", "check", "--deploy", "--fail-level", "WARNING"], env)
    assert result.returncode != 0 and "security.W0" in result.stderr


LOGIN_SCRIPT = """
import json, django
django.setup()
from django.core.management import call_command
from django.test import Client
call_command("migrate", verbosity=0)
from danvan.accounts.services import user_create
user_create(username="quantri", password="Mat-khau-thu-2025", full_name="", grants=[])
host = "{host}"
client = Client(HTTP_HOST=host)
plain = client.get("/dang-nhap/")
page = client.get("/dang-nhap/", secure=True, HTTP_X_FORWARDED_PROTO="https")
login = client.post(
    "/dang-nhap/",
    {{"username": "quantri", "password": "Mat-khau-thu-2025"}},
    secure=True,
    HTTP_X_FORWARDED_PROTO="https",
)
cookie = login.cookies["sessionid"]
print(json.dumps({{
    "plain": [plain.status_code, plain.headers.get("Location", "")],
    "hsts": page.headers.get("Strict-Transport-Security", ""),
    "login": login.status_code,
    "session_secure": bool(cookie["secure"]),
    "session_httponly": bool(cookie["httponly"]),
    "csrf_secure": bool(page.cookies["csrftoken"]["secure"]) if "csrftoken" in page.cookies
    else None,
}}))
"""


def test_behind_tls_the_session_cookie_is_secure_and_responses_carry_hsts(tmp_path):
    env = _production_env(tmp_path)
    env["DATABASE_URL"] = f"sqlite:///{tmp_path / 'danvan.sqlite3'}"  # this machine has no PG user
    host = env["ALLOWED_HOSTS"].split(",")[0]
    result = _run(["-c", LOGIN_SCRIPT.format(host=host)], env)
    assert result.returncode == 0, result.stderr[-3000:]
    seen = json.loads(result.stdout.strip().splitlines()[-1])
    assert seen["plain"] == [301, f"https://{host}/dang-nhap/"]
    assert seen["hsts"] == "max-age=31536000; includeSubDomains; preload"
    assert seen["login"] == 302
    assert seen["session_secure"] is True and seen["session_httponly"] is True
    assert seen["csrf_secure"] in (True, None)


def test_the_example_lists_every_variable_the_settings_read():
    source = (ROOT / "danvan" / "settings.py").read_text(encoding="utf-8")
    read = set(re.findall(r'(?:os\.environ\.get|_env_bool|_env_list)\(\s*"([A-Z0-9_]+)"', source))
    text = (DEPLOY / "danvan.env.example").read_text(encoding="utf-8")
    listed = set(re.findall(r"^#? ?([A-Z][A-Z0-9_]+)=", text, flags=re.MULTILINE))
    assert len(read) > 20
    assert sorted(read - listed) == []


def test_nginx_accepts_exactly_the_bodies_danvan_accepts():
    nginx = (DEPLOY / "nginx-danvan.conf").read_text(encoding="utf-8")
    size = re.search(r"^\s*client_max_body_size (\d+)([km]?);", nginx, flags=re.MULTILINE)
    factor = {"": 1, "k": 1024, "m": 1024 * 1024}[size.group(2)]
    assert int(size.group(1)) * factor == int(_example()["DANVAN_MAX_REQUEST_BYTES"])


def test_the_units_run_the_commands_and_paths_the_guide_names():
    web = (DEPLOY / "danvan-web.service").read_text(encoding="utf-8")
    assert "--workers 4 --threads 4" in web and "EnvironmentFile=/etc/danvan/danvan.env" in web
    worker = (DEPLOY / "danvan-worker.service").read_text(encoding="utf-8")
    assert "ExecStart=/opt/danvan/.venv/bin/danvan qcluster" in worker
    backup = (DEPLOY / "danvan-backup.service").read_text(encoding="utf-8")
    assert "danvan backup" in backup and "Type=oneshot" in backup
    assert "OnCalendar=" in (DEPLOY / "danvan-backup.timer").read_text(encoding="utf-8")
    guide = (ROOT / "docs" / "deployment.md").read_text(encoding="utf-8")
    for name in sorted(p.name for p in DEPLOY.iterdir()):
        assert name in guide, f"docs/deployment.md does not mention deploy/{name}"


def test_the_example_reads_the_same_in_sh_as_in_systemd():
    """deploy/danvan-manage sources the file with sh; systemd's EnvironmentFile strips quotes."""
    names = sorted(_example())
    script = (
        'set -a; . "$1"; set +a; for n in '
        + " ".join(names)
        + '; do eval "echo \\"$n=\\$$n\\""; done'
    )
    result = subprocess.run(
        ["sh", "-c", script, "sh", str(DEPLOY / "danvan.env.example")],
        capture_output=True,
        text=True,
        env={"PATH": os.environ.get("PATH", "/usr/bin:/bin")},
        timeout=30,
        check=True,
    )
    seen = dict(line.split("=", 1) for line in result.stdout.splitlines())
    assert seen == _example()
    assert seen["DEFAULT_FROM_EMAIL"] == "DanVan <danvan@example.gov.vn>"
