"""The one import pipeline every file import runs, and the upload page that shows its outcome.

read the file (CSV/XLSX, core/tabular) → map its headers (Vietnamese headers or technical
names; an unknown column is refused unless the user asked to ignore it) → parse every cell
(core/parsing, through the spec's column parsers) → cross-field checks → every problem reported
as (line, column header, value, reason) → all or nothing inside one transaction. Importers match
records by their key, so a re-imported file changes nothing and says so.

An importer is an ``ImportSpec`` (its columns) plus a check and a write step: see
``import_run``.
"""

import io
import logging
import re
import secrets
import zipfile
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import IntegrityError, OperationalError, transaction
from django.shortcuts import redirect, render

from danvan.core.errors import Busy, DomainError
from danvan.core.forms import UploadForm
from danvan.core.locks import LockName, lock_hold
from danvan.core.numbers import format_number
from danvan.core.progress import progress_span, progress_tick
from danvan.core.tabular import Table, read_table

logger = logging.getLogger(__name__)

NO_ROWS = "Tệp không có dòng dữ liệu nào."
REQUIRED_VALUE = "bắt buộc, không được để trống"
UNKNOWN_COLUMNS = (
    "Tệp có cột không có trong mẫu nhập: {columns}. Các cột được nhận: {accepted}. "
    "Hãy sửa tiêu đề cột cho đúng, hoặc {how} nếu không cần lấy các cột này."
)
IGNORE_HOW_PAGE = "đánh dấu «Bỏ qua các cột này» rồi bấm «Kiểm tra và nhập»"
IGNORE_HOW_CLI = "chạy lại lệnh với --ignore-columns"
IGNORED_COLUMNS = "Đã bỏ qua các cột: {columns}."
NOTHING_CHANGED = "Tệp không có gì mới: dữ liệu đã có đúng như trong tệp, không có gì thay đổi."
IGNORE_LABEL = "Bỏ qua các cột này"
UPLOAD_GONE = "Tệp đã chọn không còn giữ trên máy chủ; hãy chọn lại tệp."
# Progress of an import run as a background job (danvan.core.progress; decision 0042).
PROGRESS_EVERY = 1000  # rows between two ticks
CHECKING = "Đang kiểm tra dòng {done}/{total}…"
WRITING = "Đã kiểm tra {total} dòng, đang ghi vào cơ sở dữ liệu…"
WRITTEN = "Đã ghi {total} dòng, đang hoàn tất…"
WRITTEN_MEANWHILE = (
    "Trong lúc kiểm tra tệp, một thao tác khác đã ghi một số mã của tệp này; lần nhập này "
    "chưa ghi gì. Hãy nhập lại tệp: các dòng đã có sẽ được đối chiếu và cập nhật."
)
DATABASE_BUSY = (
    "Cơ sở dữ liệu đang bận ghi một lần nhập lớn khác; lần nhập này chưa ghi gì. "
    "Hãy thử lại sau ít phút."
)


def quoted(names: Iterable[str]) -> str:
    return ", ".join(f"«{name}»" for name in names)


@dataclass(frozen=True)
class Problem:
    """One bad cell or row: where (line as Excel shows it, column), what, and why."""

    line: int
    column: str  # the Vietnamese header once ImportRejected has named it
    value: str
    message: str
    code: str = ""  # the technical column name (``kenh_nop``), for scripts and experts

    def __str__(self):
        where = f"Dòng {self.line}" + (f', cột "{self.column}"' if self.column else "")
        return f"{where}: {self.message}."


def _header(headers: Mapping[str, Sequence[str] | str], column: str) -> str:
    names = headers.get(column)
    if not names:
        return column
    return names if isinstance(names, str) else names[0]


class ImportRejected(DomainError):
    """The file was refused whole; ``problems`` lists every bad row. With ``headers``
    (technical name → Vietnamese headers, the first one shown), each problem names its
    column as people read it in the file; the technical name stays in ``code``."""

    def __init__(
        self,
        problems: list[Problem],
        headers: Mapping[str, Sequence[str] | str] | None = None,
    ):
        if headers is not None:
            problems = [
                replace(p, column=_header(headers, p.column), code=p.code or p.column)
                for p in problems
            ]
        self.problems = sorted(problems, key=lambda p: (p.line, p.column))
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"Tệp có {len(problems)} lỗi, chưa nhập gì:\n{lines}")


class UnknownColumns(DomainError):
    """The file has columns the import does not know; nothing was read from it. ``columns``
    are the headers as written in the file, ``accepted`` the headers the import reads."""

    def __init__(self, columns: Sequence[str], accepted: Sequence[str], *, how: str = ""):
        self.columns = tuple(columns)
        self.accepted = tuple(accepted)
        super().__init__(
            UNKNOWN_COLUMNS.format(
                columns=quoted(self.columns),
                accepted=", ".join(self.accepted),
                how=how or IGNORE_HOW_PAGE,
            )
        )


def _text(value: str) -> str:
    return value.strip()


@dataclass(frozen=True)
class ImportColumn:
    """A column of an import file: its technical name, its Vietnamese headers (the first is
    the one shown), how a cell is read (a parser of core/parsing or any callable raising
    ValueError or DomainError with a Vietnamese reason) and whether it must be in the file
    and filled in."""

    name: str
    headers: tuple[str, ...]
    parse: Callable[[str], Any] = _text
    required: bool = False


@dataclass(frozen=True)
class ImportSpec:
    """What an import reads. ``required`` columns must be present in the header row (and
    filled in, for ImportColumn.required); ``row_parse`` replaces the per-cell parsing when a
    record needs more than its cells (registers resolve units the user may write to): it takes
    the present cells and returns (values, [(column, value, reason)])."""

    columns: tuple[ImportColumn, ...]
    required: frozenset[str] = frozenset()
    row_parse: Callable[[dict], tuple[dict, list[tuple[str, str, str]]]] | None = None

    @property
    def headers(self) -> dict[str, list[str]]:
        return {c.name: list(c.headers) for c in self.columns}

    @property
    def required_columns(self) -> set[str]:
        return set(self.required) | {c.name for c in self.columns if c.required}

    @classmethod
    def from_headers(
        cls,
        headers: Mapping[str, Sequence[str]],
        *,
        parsers: Mapping[str, Callable[[str], Any]] | None = None,
        required: Iterable[str] = (),
        row_parse=None,
    ) -> "ImportSpec":
        parsers = parsers or {}
        required = frozenset(required)
        columns = tuple(
            ImportColumn(name, tuple(names), parsers.get(name, _text), name in required)
            for name, names in headers.items()
        )
        return cls(columns, required, row_parse)


@dataclass(frozen=True)
class ImportRow:
    line: int
    values: dict  # parsed values of the present columns, by technical name
    raw: dict  # the cells as written, by technical name
    ok: bool  # every cell of the row parsed


@dataclass(frozen=True)
class ImportFile:
    """A read and parsed file: every row (``good_rows`` for the ones without problems), the
    problems found so far, the columns present and the headers that were ignored."""

    table: Table
    rows: list[ImportRow]
    problems: list[Problem]
    ignored: tuple[str, ...]

    @property
    def columns(self) -> set[str]:
        return set(self.table.columns)

    @property
    def good_rows(self) -> list[ImportRow]:
        return [row for row in self.rows if row.ok]


@dataclass
class ImportOutcome:
    """What every import result says besides its counts."""

    ignored_columns: tuple[str, ...] = field(default=(), kw_only=True)

    @property
    def ignored_message(self) -> str:
        if not self.ignored_columns:
            return ""
        return IGNORED_COLUMNS.format(columns=quoted(self.ignored_columns))

    @property
    def changed(self) -> bool:  # overridden by each result
        return True

    @property
    def nothing_changed_message(self) -> str:
        return "" if self.changed else NOTHING_CHANGED


def _parse_cells(spec: ImportSpec, present: set[str], row) -> tuple[dict, list[Problem]]:
    values, problems = {}, []
    for column in spec.columns:
        if column.name not in present:
            continue
        text = row.values.get(column.name, "")
        if column.required and not text.strip():
            problems.append(Problem(row.line, column.name, "", REQUIRED_VALUE))
            continue
        try:
            values[column.name] = column.parse(text)
        except ValueError as error:
            problems.append(Problem(row.line, column.name, text, str(error)))
        except DomainError as error:
            problems.append(Problem(row.line, column.name, text, error.message))
    return values, problems


def import_read(
    spec: ImportSpec,
    data: bytes,
    filename: str,
    *,
    ignore_columns: bool = False,
    ignore_how: str = "",
) -> ImportFile:
    """Read and parse the whole file. Raises TableError (unreadable, missing columns …),
    UnknownColumns (unless ``ignore_columns``) or DomainError (no rows); cell problems are
    collected in the result, not raised, so cross-field checks can add theirs."""
    table = read_table(data, filename, spec.headers, required=spec.required_columns)
    if table.ignored_columns and not ignore_columns:
        accepted = [c.headers[0] for c in spec.columns]
        raise UnknownColumns(table.ignored_columns, accepted, how=ignore_how)
    if not table.rows:
        raise DomainError(NO_ROWS)
    present = set(table.columns)
    rows, problems = [], []
    count = len(table.rows)
    for index, row in enumerate(table.rows):
        if index % PROGRESS_EVERY == 0:  # a tick is also where a cancelled job stops
            progress_tick(index, 2 * count, _progress_text(CHECKING, index, count))
        cells = {name: value for name, value in row.values.items() if name in present}
        if spec.row_parse is not None:
            values, found = spec.row_parse(cells)
            found = [Problem(row.line, column, value, why) for column, value, why in found]
        else:
            values, found = _parse_cells(spec, present, row)
        problems += found
        rows.append(ImportRow(row.line, values, cells, ok=not found))
    return ImportFile(table, rows, problems, table.ignored_columns if ignore_columns else ())


ImportLocks = Callable[[ImportFile], Iterable[LockName]]


def import_lock(key: str, label: str) -> ImportLocks:
    """One lock for the whole import (the org tree, accounts, procedures …)."""
    return lambda file: [LockName(f"import:{key}", label)]


def import_run(
    spec: ImportSpec,
    data: bytes,
    filename: str,
    *,
    write: Callable[[ImportFile], ImportOutcome],
    locks: ImportLocks,
    check: Callable[[ImportFile], list[Problem]] | None = None,
    ignore_columns: bool = False,
    ignore_how: str = "",
) -> ImportOutcome:
    """The whole pipeline: read and parse (``import_read``), take the import's ``locks`` (one
    per register and unit written to: a concurrent import of an overlapping file is refused
    with ``Busy``), ``check`` the rows against each other and the database, refuse the file
    with every problem (ImportRejected), else ``write`` it inside one transaction. The outcome
    names the ignored columns. Whatever refuses the file, nothing is written."""
    file = import_read(spec, data, filename, ignore_columns=ignore_columns, ignore_how=ignore_how)
    with lock_hold(locks(file)):
        problems = list(file.problems)
        if check is not None:
            problems += check(file)
        if problems:
            raise ImportRejected(problems, spec.headers)
        count = len(file.rows)
        progress_tick(count, 2 * count, _progress_text(WRITING, count, count))
        try:
            with transaction.atomic():
                with progress_span(count, 2 * count - 1, 2 * count):
                    outcome = write(file)
                # The last tick inside the transaction: a job cancelled while writing rolls
                # back here.
                progress_tick(2 * count, 2 * count, _progress_text(WRITTEN, count, count))
        except IntegrityError as error:
            logger.warning("import refused at write: %s", error)
            # A key written by something that holds no import lock (a form, the API) between
            # the check and the write: the transaction is rolled back whole.
            raise DomainError(WRITTEN_MEANWHILE) from error
        except OperationalError as error:
            if "locked" not in str(error).lower():  # SQLite's one writer, busy past its timeout
                raise
            raise DomainError(DATABASE_BUSY) from error
    outcome.ignored_columns = file.ignored
    return outcome


def _progress_text(template: str, done: int, total: int) -> str:
    return template.format(done=format_number(done), total=format_number(total))


# --- the upload page ---------------------------------------------------------------------------
_PENDING_KEY = "danvan_import_pending"


def _pending_dir() -> Path:
    path = Path(settings.VAR_DIR) / "import-pending"
    path.mkdir(parents=True, exist_ok=True)
    return path


def _pending_keep(request, data: bytes, filename: str) -> str:
    """Keep a refused upload server-side for one re-submission: a random token, remembered in
    the user's own session (another user's token is not accepted), the bytes under VAR_DIR."""
    token = secrets.token_urlsafe(24)
    (_pending_dir() / token).write_bytes(data)
    pending = dict(request.session.get(_PENDING_KEY, {}))
    for old in list(pending)[:-4]:  # at most a few per session
        (_pending_dir() / old).unlink(missing_ok=True)
        pending.pop(old)
    pending[token] = filename
    request.session[_PENDING_KEY] = pending
    return token


def _pending_take(request, token: str) -> tuple[bytes, str] | None:
    pending = dict(request.session.get(_PENDING_KEY, {}))
    filename = pending.pop(token, None) if token else None
    if filename is None:
        return None
    path = _pending_dir() / token
    request.session[_PENDING_KEY] = pending
    try:
        data = path.read_bytes()
    except OSError:
        return None
    path.unlink(missing_ok=True)
    return data, filename


def import_row_estimate(data: bytes, filename: str) -> int:
    """About how many rows a file has, without reading it: CSV lines, or the row count an XLSX
    sheet declares (0 when it declares none: the file is then imported in the request)."""
    if not filename.lower().endswith((".xlsx", ".xlsm")):
        return data.count(b"\n")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            sheets = sorted(n for n in archive.namelist() if n.startswith("xl/worksheets/sheet"))
            if not sheets:
                return 0
            with archive.open(sheets[0]) as sheet:
                head = sheet.read(4096).decode("utf-8", errors="replace")
    except (zipfile.BadZipFile, OSError, RuntimeError):
        return 0
    found = re.search(r'<(?:\w+:)?dimension ref="[A-Z]+\d+:[A-Z]+(\d+)"', head)
    return int(found.group(1)) if found else 0


def import_upload_page(
    request,
    template: str,
    run: Callable[..., object],
    context: dict | None = None,
    *,
    background: Callable[..., str] | None = None,
):
    """GET shows the upload form; POST runs ``run(data, filename, ignore_columns=…)`` on the
    uploaded file. A rejected file answers 400 with every problem listed and nothing changed.
    A file refused for unknown columns is kept server-side: the page names the columns and
    offers «Bỏ qua các cột này», and re-submitting with it ticked imports the kept file.

    With ``background``, a file of more than DANVAN_IMPORT_BACKGROUND_ROWS rows is not
    imported in the request: ``background(data, filename, ignore_columns=…)`` starts a job
    (danvan.jobs) and returns the job page's address, where the browser is sent."""
    kept = request.POST.get("tep_da_giu", "") if request.method == "POST" else ""
    ignore = request.POST.get("bo_qua_cot") == "1"
    files = request.FILES or None
    form = UploadForm(request.POST or None, files)
    if kept and not request.FILES:
        form.fields["file"].required = False
    problems, result, unknown, busy = [], None, None, False
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data.get("file")
        if upload:
            data, filename = upload.read(), upload.name
        else:
            taken = _pending_take(request, kept)
            data, filename = taken if taken else (None, "")
            if taken is None:
                form.add_error("file", UPLOAD_GONE)
        limit = settings.DANVAN_IMPORT_BACKGROUND_ROWS
        large = data is not None and import_row_estimate(data, filename) > limit
        if large and background is not None:
            return redirect(background(data, filename, ignore_columns=ignore))
        if data is not None:
            try:
                result = run(data, filename, ignore_columns=ignore)
            except UnknownColumns as error:
                unknown = {
                    "columns": error.columns,
                    "message": error.message,
                    "token": _pending_keep(request, data, filename),
                    "filename": filename,
                    "label": IGNORE_LABEL,
                }
            except ImportRejected as error:
                problems = error.problems
            except Busy as error:  # another import of the same register and unit is running
                form.add_error("file", error.message)
                busy = True
            except DomainError as error:  # unreadable file, missing columns, empty …
                form.add_error("file", error.message)
    if unknown:  # the kept file is re-submitted without choosing it again
        form.fields["file"].required = False
    page = {
        **(context or {}),
        "form": form,
        "problems": problems,
        "result": result,
        "unknown_columns": unknown,
    }
    # An unreadable file (too big once inflated, broken, empty …) is refused like a bad row.
    refused = bool(problems or unknown or (request.method == "POST" and form.errors))
    return render(request, template, page, status=409 if busy else 400 if refused else 200)
