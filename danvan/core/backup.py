"""Backup and restore of one DanVan installation (decision 0043).

An archive is a .zip that any engine can read back:

- ``manifest.json``: the format, DanVan's version, the schema (every applied migration, per app,
  and the latest of each), when and on which engine it was taken, the rows of each model and the
  SHA-256 and size of every other member;
- ``data/NNN-app.model.jsonl``: each model's rows in Django's JSON-lines serialisation, one model
  per member, written in the order of their foreign keys (a model after the models it points
  to), streamed row by row;
- ``files/…``: the uploaded files under ``MEDIA_ROOT``.

``backup_create`` reads everything inside one transaction (REPEATABLE READ, READ ONLY on
PostgreSQL; one deferred read transaction on SQLite in WAL mode, which never blocks the writer),
so the archive is one consistent moment. ``backup_restore`` first reads the whole archive and
checks every checksum, the schema and that the database is empty (or ``force``); only then, in
one transaction, it empties every table, loads every row, checks the counts and the foreign keys
and resets PostgreSQL's sequences; the uploaded files are swapped in after the commit. Any
refusal is a Vietnamese message and changes nothing.
"""

import datetime
import hashlib
import io
import json
import os
import shutil
import tempfile
import zipfile
import zlib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path, PurePosixPath

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.cache import caches
from django.core.exceptions import ValidationError
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.core.serializers.jsonl import Serializer as JSONLSerializer
from django.db import DatabaseError, IntegrityError, connection, models, transaction
from django.db.migrations.loader import MigrationLoader
from django.db.migrations.recorder import MigrationRecorder
from django.dispatch import Signal
from django.utils import timezone

from danvan.core.errors import DomainError

FORMAT = "danvan-backup"
FORMAT_VERSION = 1
MANIFEST = "manifest.json"
BATCH = 1000
# Sessions are not data: a restored server starts with everybody logged out.
SKIPPED = {"sessions.session"}

# Sent after a restore committed: a module that caches rows of the database in this process
# (catalogues, custom fields) connects to it and drops its cache (no save signal is sent).
backup_restored = Signal()

NOT_A_BACKUP = "«{path}» không phải tệp sao lưu DanVan ({why}). Không có gì bị thay đổi."
NOT_FOUND = "Không tìm thấy tệp sao lưu «{path}»."
CORRUPTED = (
    "Tệp sao lưu bị hỏng: thành phần «{name}» không khớp mã kiểm tra SHA-256 ghi trong "
    "manifest.json. Không có gì bị thay đổi; hãy dùng một bản sao lưu khác."
)
MISSING_MEMBER = (
    "Tệp sao lưu thiếu thành phần «{name}» ghi trong manifest.json. Không có gì bị thay đổi."
)
EXTRA_MEMBER = (
    "Tệp sao lưu có thành phần «{name}» không ghi trong manifest.json (tệp đã bị sửa). "
    "Không có gì bị thay đổi."
)
UNSAFE_NAME = "Tệp sao lưu có đường dẫn không an toàn «{name}». Không có gì bị thay đổi."
NEWER_FORMAT = (
    "Tệp sao lưu có định dạng {found}, mới hơn định dạng {known} mà phiên bản DanVan này đọc "
    "được. Hãy nâng cấp DanVan rồi phục hồi lại. Không có gì bị thay đổi."
)
NEWER_SCHEMA = (
    "Tệp sao lưu được tạo từ phiên bản DanVan mới hơn ({version}): lược đồ của nó có migration "
    "«{migration}» mà phiên bản này chưa có. Hãy nâng cấp DanVan lên phiên bản đó "
    "(docs/deployment.md, mục «Nâng cấp») rồi phục hồi lại. Không có gì bị thay đổi."
)
OLDER_SCHEMA = (
    "Tệp sao lưu cũ hơn CSDL này ({version}): CSDL đã có migration «{migration}» mà tệp không "
    "có. Hãy phục hồi vào một CSDL mới tạo bằng đúng phiên bản DanVan đã tạo tệp (createdb, "
    "danvan migrate, danvan restore), rồi nâng cấp (danvan migrate). Không có gì bị thay đổi."
)
NOT_MIGRATED = (
    "CSDL chưa chạy migration «{migration}» mà tệp sao lưu có: chạy «danvan migrate» rồi "
    "phục hồi lại. Không có gì bị thay đổi."
)
UNKNOWN_MODEL = (
    "Tệp sao lưu có dữ liệu của «{model}», phiên bản DanVan này không có bảng đó. "
    "Không có gì bị thay đổi."
)
NOT_EMPTY = (
    "CSDL đang có dữ liệu ({users} tài khoản, {events} sự kiện nhật ký). Phục hồi sẽ xóa "
    "toàn bộ dữ liệu hiện có: chạy lại với --force nếu chắc chắn. Không có gì bị thay đổi."
)
COUNT_MISMATCH = (
    "Phục hồi «{model}» được {found} dòng, tệp sao lưu ghi {expected} dòng: đã hủy toàn bộ, "
    "không có gì bị thay đổi."
)
LOAD_FAILED = (
    "Không nạp được dữ liệu của tệp sao lưu ({error}): đã hủy toàn bộ, không có gì bị thay đổi."
)
NESTED = "Không sao lưu được bên trong một giao dịch đang mở."


class BackupError(DomainError):
    """A backup or restore refused: the message says why and that nothing changed."""

    code = "sao_luu_khong_hop_le"


@dataclass(frozen=True)
class BackupSummary:
    path: Path
    models: int
    rows: int
    files: int
    bytes: int


@dataclass(frozen=True)
class RestoreSummary:
    created_at: str
    engine: str
    version: str
    models: int
    rows: int
    files: int


# --- What is backed up --------------------------------------------------------------------


def backup_models() -> list[type[models.Model]]:
    """Every concrete model with its own table (m2m tables included), each after the models
    its foreign keys point to (cycles and self-references are left to deferred constraints)."""
    candidates = [
        model
        for model in apps.get_models(include_auto_created=True)
        if model._meta.managed and not model._meta.proxy and model._meta.label_lower not in SKIPPED
    ]
    candidates.sort(key=lambda model: model._meta.label_lower)
    wanted = set(candidates)
    needs = {
        model: {
            field.related_model
            for field in model._meta.local_fields
            if field.is_relation and field.related_model in wanted and field.related_model != model
        }
        for model in candidates
    }
    ordered: list[type[models.Model]] = []
    placed: set[type[models.Model]] = set()
    pending = list(candidates)
    while pending:
        ready = [model for model in pending if needs[model] <= placed] or pending[:1]
        for model in ready:
            ordered.append(model)
            placed.add(model)
            pending.remove(model)
    return ordered


def _fields(model: type[models.Model]) -> list[str]:
    """The columns of the model's own table (m2m relations travel as their own tables)."""
    return [field.name for field in model._meta.local_fields if not field.primary_key]


def danvan_version() -> str:
    try:
        return metadata.version("danvan")
    except metadata.PackageNotFoundError:
        return "không rõ"


def _applied_migrations() -> dict[str, list[str]]:
    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


# --- Backup --------------------------------------------------------------------------------


@contextmanager
def _snapshot() -> Iterator[None]:
    """One consistent read of the whole database."""
    if connection.in_atomic_block:
        raise BackupError(NESTED)
    if connection.vendor == "postgresql":
        with transaction.atomic():
            with connection.cursor() as cursor:
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            yield
    elif connection.vendor == "sqlite":
        # Django opens SQLite transactions IMMEDIATE (a write lock); a backup only reads, so it
        # opens a deferred one: its first SELECT fixes the snapshot and writers go on (WAL).
        connection.ensure_connection()
        with connection.cursor() as cursor:
            cursor.execute("BEGIN DEFERRED")
            try:
                cursor.execute("SELECT count(*) FROM django_migrations")
                yield
            finally:
                cursor.execute("ROLLBACK")
    else:  # another engine: its default isolation inside one transaction
        with transaction.atomic():
            yield


class _HashingWriter(io.RawIOBase):
    """Passes bytes to a zip member and keeps their SHA-256 and size."""

    def __init__(self, target):
        self.target = target
        self.sha = hashlib.sha256()
        self.size = 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.sha.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)


@contextmanager
def _member(archive: zipfile.ZipFile, name: str, members: dict) -> Iterator[_HashingWriter]:
    with archive.open(name, "w", force_zip64=True) as raw:
        writer = _HashingWriter(raw)
        yield writer
    members[name] = {"sha256": writer.sha.hexdigest(), "bytes": writer.size}


def _media_files(root: Path) -> list[Path]:
    if not root.is_dir():
        return []
    return sorted(path for path in root.rglob("*") if path.is_file() and not path.is_symlink())


def backup_create(*, path: str | os.PathLike) -> BackupSummary:
    """Write the archive to ``path`` (through a temporary file beside it, so a half-written
    archive never carries the final name)."""
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, partial = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".partial", dir=target.parent)
    os.close(fd)
    members: dict[str, dict] = {}
    counts: dict[str, int] = {}
    media = Path(settings.MEDIA_ROOT)
    try:
        with zipfile.ZipFile(partial, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            with _snapshot():
                created_at = timezone.now()
                schema = _applied_migrations()
                for number, model in enumerate(backup_models(), start=1):
                    label = model._meta.label_lower
                    name = f"data/{number:03d}-{label}.jsonl"
                    rows = model._base_manager.order_by("pk")
                    with _member(archive, name, members) as raw:
                        buffered = io.BufferedWriter(raw, buffer_size=1024 * 1024)
                        text = io.TextIOWrapper(buffered, encoding="utf-8", newline="\n")
                        counter = _Counter(rows.iterator(chunk_size=BATCH))
                        _Serializer().serialize(
                            counter,
                            stream=text,
                            fields=_fields(model),
                            cls=_Encoder,
                            sort_keys=True,
                        )
                        text.flush()
                        text.detach().detach()  # flushed; the zip member closes itself
                    counts[label] = counter.count
            files = _media_files(media)
            for file in files:
                name = "files/" + file.relative_to(media).as_posix()
                with _member(archive, name, members) as raw, file.open("rb") as source:
                    shutil.copyfileobj(source, raw, 1024 * 1024)
            manifest = {
                "format": FORMAT,
                "format_version": FORMAT_VERSION,
                "danvan_version": danvan_version(),
                "created_at": created_at.isoformat(),
                "engine": connection.vendor,
                "schema": {app: names[-1] for app, names in schema.items()},
                "migrations": schema,
                "models": counts,
                "files": len(files),
                "members": members,
            }
            archive.writestr(MANIFEST, json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, target)
    finally:
        if os.path.exists(partial):
            os.unlink(partial)
    return BackupSummary(
        path=target,
        models=len(counts),
        rows=sum(counts.values()),
        files=len(files),
        bytes=target.stat().st_size,
    )


class _Encoder(DjangoJSONEncoder):
    """Django's encoder, but datetimes and times keep their microseconds (it cuts them to
    milliseconds): a restored row is the row that was saved."""

    def default(self, o):
        if isinstance(o, datetime.datetime | datetime.time):
            return o.isoformat()
        return super().default(o)


class _Serializer(JSONLSerializer):
    """Django's JSON lines, one ``json.dumps`` a row: Python's C encoder, several times faster
    than ``json.dump``'s pure-Python chunks (the bytes are the same)."""

    def end_object(self, obj):
        self.stream.write(json.dumps(self.get_dump_object(obj), **self.json_kwargs) + "\n")
        self._current = None


class _Counter:
    """Counts the rows a serialiser takes from a queryset iterator."""

    def __init__(self, rows):
        self.rows = rows
        self.count = 0

    def __iter__(self):
        for row in self.rows:
            self.count += 1
            yield row


# --- Restore -------------------------------------------------------------------------------


def _open(path: Path) -> zipfile.ZipFile:
    if not path.is_file():
        raise BackupError(NOT_FOUND.format(path=path))
    try:
        return zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError) as error:
        raise BackupError(NOT_A_BACKUP.format(path=path, why=f"không đọc được dạng zip: {error}"))


def _manifest(archive: zipfile.ZipFile, path: Path) -> dict:
    try:
        manifest = json.loads(archive.read(MANIFEST).decode("utf-8"))
    except KeyError:
        raise BackupError(NOT_A_BACKUP.format(path=path, why="thiếu manifest.json"))
    except (zipfile.BadZipFile, UnicodeDecodeError, ValueError, OSError, zlib.error) as error:
        raise BackupError(NOT_A_BACKUP.format(path=path, why=f"manifest.json hỏng: {error}"))
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BackupError(NOT_A_BACKUP.format(path=path, why="manifest.json không đúng định dạng"))
    found = manifest.get("format_version")
    if not isinstance(found, int) or found > FORMAT_VERSION:
        raise BackupError(NEWER_FORMAT.format(found=found, known=FORMAT_VERSION))
    return manifest


def _safe(name: str) -> bool:
    parts = PurePosixPath(name).parts
    return bool(parts) and not name.startswith("/") and ".." not in parts and "\\" not in name


def _verify_members(archive: zipfile.ZipFile, manifest: dict) -> None:
    listed = manifest.get("members") or {}
    present = {info.filename for info in archive.infolist() if not info.is_dir()}
    for name in sorted(present - {MANIFEST}):
        if name not in listed:
            raise BackupError(EXTRA_MEMBER.format(name=name))
    for name, expected in sorted(listed.items()):
        if not _safe(name) or not (name.startswith("data/") or name.startswith("files/")):
            raise BackupError(UNSAFE_NAME.format(name=name))
        if name not in present:
            raise BackupError(MISSING_MEMBER.format(name=name))
        sha = hashlib.sha256()
        try:
            with archive.open(name) as member:
                while chunk := member.read(1024 * 1024):
                    sha.update(chunk)
        except (zipfile.BadZipFile, OSError, EOFError, zlib.error):
            raise BackupError(CORRUPTED.format(name=name))
        if sha.hexdigest() != expected.get("sha256"):
            raise BackupError(CORRUPTED.format(name=name))


def _verify_schema(manifest: dict) -> None:
    version = manifest.get("danvan_version", "không rõ")
    theirs = {(app, name) for app, names in manifest["migrations"].items() for name in names}
    known = set(MigrationLoader(connection, ignore_no_migrations=True).disk_migrations)
    for app, name in sorted(theirs - known):
        raise BackupError(NEWER_SCHEMA.format(version=version, migration=f"{app}.{name}"))
    ours = {(app, name) for app, names in _applied_migrations().items() for name in names}
    for app, name in sorted(ours - theirs):
        raise BackupError(OLDER_SCHEMA.format(version=version, migration=f"{app}.{name}"))
    for app, name in sorted(theirs - ours):
        raise BackupError(NOT_MIGRATED.format(migration=f"{app}.{name}"))


def _data_members(manifest: dict) -> list[tuple[str, type[models.Model]]]:
    out = []
    for name in sorted(n for n in manifest["members"] if n.startswith("data/")):
        label = PurePosixPath(name).name.split("-", 1)[1].removesuffix(".jsonl")
        try:
            out.append((name, apps.get_model(label)))
        except (LookupError, ValueError):
            raise BackupError(UNKNOWN_MODEL.format(model=label))
    return out


def database_is_empty() -> tuple[int, int]:
    """(accounts, audit events): a freshly migrated database has neither (its migrations seed
    catalogues, never accounts or audited changes); anything else holds someone's data."""
    users = get_user_model()._base_manager.count()
    events = 0
    if apps.is_installed("danvan.audit"):
        events = apps.get_model("audit", "AuditEvent")._base_manager.count()
    return users, events


def _wipe() -> None:
    tables = connection.introspection.django_table_names(only_existing=True, include_views=False)
    statements = connection.ops.sql_flush(no_style(), tables, allow_cascade=False)
    with connection.cursor() as cursor:
        for sql in statements:
            cursor.execute(sql)


class _Rows:
    """Turns a model's JSON lines back into database values, as Django's deserialiser and
    insert compiler do (``to_python`` of the field, or of the target field for a foreign key,
    then ``get_db_prep_save``), without building model instances: a raw insert, like
    ``loaddata``'s, so no signal runs and no ``auto_now`` date is renewed."""

    def __init__(self, model: type[models.Model]):
        self.model = model
        quote = connection.ops.quote_name
        self.fields = list(model._meta.local_concrete_fields)
        self.readers: list[tuple[str | None, Callable]] = []
        for field in self.fields:
            if field.primary_key:
                self.readers.append((None, field.to_python))
            elif field.remote_field is not None:
                target = field.target_field  # type: ignore[attr-defined]
                self.readers.append((field.name, target.to_python))
            else:
                self.readers.append((field.name, field.to_python))
        columns = ", ".join(quote(field.column) for field in self.fields)
        marks = ", ".join(["%s"] * len(self.fields))
        # Names from the model's own metadata, quoted by the engine; values are parameters.
        table = quote(model._meta.db_table)
        self.sql = f"INSERT INTO {table} ({columns}) VALUES ({marks})"  # noqa: S608

    def values(self, line: str) -> list:
        data = json.loads(line)
        if data.get("model") != self.model._meta.label_lower:
            raise ValueError(f"dòng của «{data.get('model')}» trong tệp của bảng khác")
        given = data["fields"]
        row = []
        for field, (name, to_python) in zip(self.fields, self.readers, strict=True):
            raw = data["pk"] if name is None else given[name]
            value = None if raw is None else to_python(raw)
            row.append(field.get_db_prep_save(value, connection))
        return row


def _load(archive: zipfile.ZipFile, manifest: dict, members) -> int:
    total = 0
    for name, model in members:
        label = model._meta.label_lower
        rows = _Rows(model)
        loaded = 0
        with archive.open(name) as raw, connection.cursor() as cursor:
            batch: list[list] = []
            for line in io.TextIOWrapper(raw, encoding="utf-8"):
                if not line.strip():
                    continue
                batch.append(rows.values(line))
                if len(batch) >= BATCH:
                    cursor.executemany(rows.sql, batch)
                    loaded += len(batch)
                    batch = []
            if batch:
                cursor.executemany(rows.sql, batch)
                loaded += len(batch)
        expected = manifest["models"].get(label, 0)
        found = model._base_manager.count()
        if loaded != expected or found != expected:
            raise BackupError(COUNT_MISMATCH.format(model=label, found=found, expected=expected))
        total += loaded
    return total


def _extract_files(archive: zipfile.ZipFile, manifest: dict, media: Path) -> tuple[Path, int]:
    media.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{media.name}.restoring-", dir=media.parent))
    count = 0
    for name in sorted(n for n in manifest["members"] if n.startswith("files/")):
        target = staging.joinpath(*PurePosixPath(name).parts[1:])
        target.parent.mkdir(parents=True, exist_ok=True)
        with archive.open(name) as source, target.open("wb") as out:
            shutil.copyfileobj(source, out, 1024 * 1024)
        count += 1
    return staging, count


def _swap_in(staging: Path, media: Path) -> None:
    old = None
    if media.exists():
        old = media.with_name(f".{media.name}.before-restore-{os.getpid()}")
        os.replace(media, old)
    os.replace(staging, media)
    if old is not None:
        shutil.rmtree(old, ignore_errors=True)


def backup_restore(*, path: str | os.PathLike, force: bool = False) -> RestoreSummary:
    """Replace the database's data and the uploaded files with the archive's, all or nothing.

    The server's web and worker processes should be stopped first (docs/deployment.md): they
    keep caches of catalogues that a restore replaces."""
    source = Path(path)
    with _open(source) as archive:
        manifest = _manifest(archive, source)
        _verify_members(archive, manifest)
        _verify_schema(manifest)
        members = _data_members(manifest)
        users, events = database_is_empty()
        if (users or events) and not force:
            raise BackupError(NOT_EMPTY.format(users=users, events=events))
        media = Path(settings.MEDIA_ROOT)
        staging, files = _extract_files(archive, manifest, media)
        try:
            with transaction.atomic():
                _wipe()
                rows = _load(archive, manifest, members)
                if connection.vendor == "sqlite":
                    connection.check_constraints()
                models_loaded = [model for _, model in members]
                with connection.cursor() as cursor:
                    for sql in connection.ops.sequence_reset_sql(no_style(), models_loaded):
                        cursor.execute(sql)
        except (IntegrityError, DatabaseError, ValueError, KeyError, ValidationError) as error:
            shutil.rmtree(staging, ignore_errors=True)
            raise BackupError(LOAD_FAILED.format(error=str(error).strip().splitlines()[0]))
        except BaseException:
            shutil.rmtree(staging, ignore_errors=True)
            raise
    _swap_in(staging, media)
    ContentType.objects.clear_cache()
    for cache in caches.all():
        cache.clear()
    backup_restored.send(sender=RestoreSummary)
    return RestoreSummary(
        created_at=_when(manifest.get("created_at", "")),
        engine=manifest.get("engine", ""),
        version=manifest.get("danvan_version", ""),
        models=len(members),
        rows=rows,
        files=files,
    )


def _when(text: str) -> str:
    try:
        moment = datetime.datetime.fromisoformat(text)
    except ValueError:
        return text
    return timezone.localtime(moment).strftime("%d/%m/%Y %H:%M")
