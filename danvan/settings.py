"""All of DanVan's settings, in one module, varied only by environment variables.

Embedded mode (no variables set) is safe to run on an office PC: SQLite in WAL mode under
``var/``, DEBUG off, a secret generated into ``var/secret_key`` on first start. Production sets
``DATABASE_URL=postgres://…`` and ``SECRET_KEY``; no code changes between the two.
"""

import datetime
import os
import secrets
from pathlib import Path

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = Path(os.environ.get("DANVAN_VAR_DIR", BASE_DIR / "var"))


def _env_bool(name: str, default: bool = False) -> bool:
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on", "co"}


def _env_list(name: str, default: str) -> list[str]:
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _embedded_secret_key() -> str:
    """Read the secret kept in var/, creating it on first run (never in the repository)."""
    VAR_DIR.mkdir(parents=True, exist_ok=True)
    path = VAR_DIR / "secret_key"
    if not path.exists():
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "w") as handle:
            handle.write(secrets.token_urlsafe(50))
    return path.read_text().strip()


SECRET_KEY = os.environ.get("SECRET_KEY") or _embedded_secret_key()
DEBUG = _env_bool("DEBUG")
ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS", "127.0.0.1,localhost")
CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS", "")

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_htmx",
    "django_prose_editor",
    "ninja",
    "django_q",
    "danvan.core",
    "danvan.worklist",
    "danvan.audit",
    "danvan.orgunits",
    "danvan.accounts",
    "danvan.periods",
    "danvan.calendars",
    "danvan.registers",
    "danvan.dossiers",
    "danvan.petitions",
    "danvan.activities",
    "danvan.indicators",
    "danvan.reporting",
    "danvan.notifications",
    "danvan.deadlines",
    "danvan.jobs",
    "danvan.inspections",
    "danvan.democracy",
    "danvan.emulation",
    "danvan.commendations",
    "danvan.plans",
    "danvan.documents",
    "danvan.checker",
    "danvan.demo",
]

MIDDLEWARE = [
    # Outermost: every error answer under /api/ leaves in the one shape (decision 0024).
    "danvan.core.middleware.ApiErrorBodyMiddleware",
    "danvan.core.middleware.StrictInputMiddleware",
    "danvan.core.middleware.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "danvan.core.middleware.SecurityHeadersMiddleware",
    # Every asset is served by the application itself: no CDN, no separate web server needed.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "danvan.audit.middleware.AuditContextMiddleware",
]

ROOT_URLCONF = "danvan.urls"
WSGI_APPLICATION = "danvan.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "danvan.accounts.context_processors.navigation",
                "danvan.notifications.context_processors.unread",
            ],
        },
    },
]

# --- Database -------------------------------------------------------------------------------
# Embedded default: SQLite in WAL mode (readers never block the one writer). PostgreSQL 15+
# through DATABASE_URL=postgres://user@host:port/db (psycopg 3).
_default_sqlite = f"sqlite:///{VAR_DIR / 'danvan.sqlite3'}"
DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or _default_sqlite, conn_max_age=60
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "init_command": (
            "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA foreign_keys=ON;"
        ),
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / "test-danvan.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# --- Authentication and security ---------------------------------------------------------
AUTHENTICATION_BACKENDS = ["django.contrib.auth.backends.ModelBackend"]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "danvan.accounts.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "login"
CSRF_FAILURE_VIEW = "danvan.core.views.csrf_failure"

# Login throttling (danvan/accounts/throttle.py, decision 0041): failures counted per account,
# per address and per trusted device (a browser that logged in as the account before); past a
# limit each failure doubles the wait (1, 2, 4 … minutes), never a hard lock a colleague could
# trigger from the office's shared address.
DANVAN_LOGIN_FAILURE_LIMIT = int(os.environ.get("DANVAN_LOGIN_FAILURE_LIMIT", "5"))
DANVAN_LOGIN_ADDRESS_LIMIT = int(os.environ.get("DANVAN_LOGIN_ADDRESS_LIMIT", "30"))
DANVAN_LOGIN_MAX_WAIT_MINUTES = int(os.environ.get("DANVAN_LOGIN_MAX_WAIT_MINUTES", "60"))
DANVAN_LOGIN_FORGET_HOURS = int(os.environ.get("DANVAN_LOGIN_FORGET_HOURS", "24"))
# Proxies whose X-Forwarded-For is believed (nginx on the same server).
DANVAN_TRUSTED_PROXIES = [
    a.strip() for a in os.environ.get("DANVAN_TRUSTED_PROXIES", "127.0.0.1,::1").split(",") if a
]

# Sessions end after 2 hours without activity and when the browser closes.
SESSION_COOKIE_AGE = int(os.environ.get("DANVAN_SESSION_SECONDS", str(2 * 3600)))
SESSION_SAVE_EVERY_REQUEST = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
# Intranets often run plain HTTP (cookies without Secure, no HSTS: `check --deploy` warns, as it
# should); production behind TLS sets DANVAN_HTTPS=1 (deploy/danvan.env.example, decision 0043):
# Secure cookies, HTTP → HTTPS redirect, HSTS for a year. nginx sets X-Forwarded-Proto, so only
# a proxy that overwrites that header may stand in front (docs/deployment.md).
_HTTPS = _env_bool("DANVAN_HTTPS")
SESSION_COOKIE_SECURE = _HTTPS
CSRF_COOKIE_SECURE = _HTTPS
SECURE_SSL_REDIRECT = _HTTPS and _env_bool("DANVAN_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = int(os.environ.get("DANVAN_HSTS_SECONDS", "31536000")) if _HTTPS else 0
# Opt-in: DanVan served on a host name of its own has no sub-hosts of its own, so both are safe
# there, and the production example turns them on; leave them off while DanVan shares a host
# name with sites that still run plain HTTP.
SECURE_HSTS_INCLUDE_SUBDOMAINS = _HTTPS and _env_bool("DANVAN_HSTS_INCLUDE_SUBDOMAINS")
SECURE_HSTS_PRELOAD = _HTTPS and _env_bool("DANVAN_HSTS_PRELOAD")
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if _HTTPS else None
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Request and upload size limits. Bodies above DANVAN_MAX_REQUEST_BYTES are refused with a
# Vietnamese message before Django reads them.
DANVAN_MAX_REQUEST_BYTES = int(os.environ.get("DANVAN_MAX_REQUEST_BYTES", str(10 * 1024 * 1024)))
DANVAN_MAX_UPLOAD_BYTES = int(os.environ.get("DANVAN_MAX_UPLOAD_BYTES", str(5 * 1024 * 1024)))
# One evidence file of a due thing (danvan.deadlines): at most the upload limit by default.
DANVAN_EVIDENCE_MAX_BYTES = int(
    os.environ.get("DANVAN_EVIDENCE_MAX_BYTES", str(DANVAN_MAX_UPLOAD_BYTES))
)
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
DATA_UPLOAD_MAX_NUMBER_FIELDS = 2000

# API tokens live this long (days) unless revoked.
# The dates a record may carry (danvan.core.parsing.record_date_range): from this day to 31/12
# of the year DANVAN_YEARS_AHEAD after the current one; outside is refused as a typing slip.
DANVAN_EARLIEST_DATE = datetime.date.fromisoformat(
    os.environ.get("DANVAN_EARLIEST_DATE", "1990-01-01")
)
DANVAN_YEARS_AHEAD = int(os.environ.get("DANVAN_YEARS_AHEAD", "1"))

DANVAN_API_TOKEN_DAYS = int(os.environ.get("DANVAN_API_TOKEN_DAYS", "30"))
# A plan item whose output is a report issues its request this many working days before its
# due date (each item may set its own).
DANVAN_PLAN_REQUEST_LEAD_DAYS = int(os.environ.get("DANVAN_PLAN_REQUEST_LEAD_DAYS", "5"))

# --- Language and formats ------------------------------------------------------------------
LANGUAGE_CODE = "vi"
LANGUAGES = [("vi", "Tiếng Việt")]
TIME_ZONE = os.environ.get("TIME_ZONE", "Asia/Ho_Chi_Minh")
USE_I18N = True
USE_TZ = True
USE_THOUSAND_SEPARATOR = True
FORMAT_MODULE_PATH = ["danvan.formats"]

STATIC_URL = "/static/"
STATIC_ROOT = VAR_DIR / "static"
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise expects it even when empty
# Uploaded files (evidence, conclusions): never served as static files, only through views that
# check the access gate first.
MEDIA_ROOT = VAR_DIR / "files"
MEDIA_URL = "/tep/"
# Serve straight from the apps' static folders (and django-htmx's copy of htmx), so a fresh
# clone needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

# Outgoing mail: the console in embedded mode; production sets EMAIL_URL-style variables.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
# With EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend: the mail server.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS")
EMAIL_USE_SSL = _env_bool("EMAIL_USE_SSL")
EMAIL_TIMEOUT = 30
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "danvan@localhost")
# Links in e-mails point here (the address users open DanVan at).
DANVAN_BASE_URL = os.environ.get("DANVAN_BASE_URL", "http://127.0.0.1:8000").rstrip("/")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

NINJA_PAGINATION_PER_PAGE = 100

# --- Background jobs (danvan.jobs, decision 0042) ----------------------------------------------
# django-q2: embedded, its queue lives in the database (the ORM broker, no extra server); in
# production DANVAN_TASKS_BROKER=redis://127.0.0.1:6379/N. `danvan qcluster` is the worker
# (`make run` starts it beside the web server).
DANVAN_TASKS_BROKER = os.environ.get("DANVAN_TASKS_BROKER", "").strip()
Q_CLUSTER = {
    "name": "danvan",
    "workers": int(os.environ.get("DANVAN_TASKS_WORKERS", "2")),
    "timeout": int(os.environ.get("DANVAN_TASKS_TIMEOUT", "3600")),  # seconds for one job
    "retry": int(os.environ.get("DANVAN_TASKS_TIMEOUT", "3600")) + 300,
    "max_attempts": 1,  # a job is run once; a failed one is started again by its user
    "ack_failures": True,
    "catch_up": False,  # a daily schedule missed while the server was off runs once, not N times
    "save_limit": 500,
    "poll": 0.5,
    "label": "Hàng đợi việc nền",
}
if DANVAN_TASKS_BROKER.startswith(("redis://", "rediss://", "unix://")):
    Q_CLUSTER["redis"] = DANVAN_TASKS_BROKER
else:
    Q_CLUSTER["orm"] = "default"
# An import with more data rows than this runs as a job with a progress bar.
DANVAN_IMPORT_BACKGROUND_ROWS = int(os.environ.get("DANVAN_IMPORT_BACKGROUND_ROWS", "5000"))
# «Tổng hợp» over more unit reports than this runs as a job.
DANVAN_CONSOLIDATION_BACKGROUND_REPORTS = int(
    os.environ.get("DANVAN_CONSOLIDATION_BACKGROUND_REPORTS", "200")
)
# The checker on uploads larger than this (bytes, all files together) runs as a job.
DANVAN_CHECKER_BACKGROUND_BYTES = int(
    os.environ.get("DANVAN_CHECKER_BACKGROUND_BYTES", str(1024 * 1024))
)
# At most this many LibreOffice conversions at once on this server (across all processes).
DANVAN_PDF_CONCURRENCY = int(os.environ.get("DANVAN_PDF_CONCURRENCY", "2"))
DANVAN_PDF_WAIT_SECONDS = int(os.environ.get("DANVAN_PDF_WAIT_SECONDS", "120"))
