"""Read an uploaded table (CSV or XLSX) into rows keyed by technical column names.

Users prepare imports in Excel, so this module accepts what Excel actually produces: CSV with
``,`` or ``;`` (Vietnamese regional settings use ``;``) or tabs, in UTF-8 or a legacy Vietnamese
encoding, and .xlsx workbooks. Headers are the Vietnamese display names, matched loosely (case,
spaces, diacritics). Every row keeps the line number the user sees in Excel, so validation
errors can point at the right row. Every refusal is a TableError with a Vietnamese message.
"""

import csv
import datetime
import io
import itertools
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from pathlib import PurePath

from openpyxl import load_workbook

from danvan.core.dates import format_date
from danvan.core.errors import DomainError
from danvan.core.exporting import csv_value_read
from danvan.core.safefiles import UnsafeFile, bounded_rows, size_guard, zip_guard
from danvan.core.textfiles import BINARY_FILE_MESSAGE, TextDecodeError, decode_text

NOT_TABLE_MESSAGE = (
    "Tệp không phải CSV hoặc XLSX. Hãy chọn tệp bảng tính dạng .csv hoặc .xlsx rồi nhập lại."
)
LEGACY_XLS_MESSAGE = (
    "Tệp là bảng tính Excel đời cũ (.xls) hoặc tệp Excel có đặt mật khẩu nên không đọc được. "
    "Hãy mở tệp trong Excel (bỏ mật khẩu nếu có), chọn Lưu thành → Sổ làm việc Excel (.xlsx) "
    "rồi nhập lại."
)
MARKUP_MESSAGE = (
    "Tệp là trang web hoặc XML chứ không phải CSV hay XLSX (nhiều phần mềm xuất tệp .xls kiểu "
    "này). Hãy mở tệp trong Excel, chọn Lưu thành → Sổ làm việc Excel (.xlsx) rồi nhập lại."
)
BROKEN_XLSX_MESSAGE = (
    "Không đọc được tệp XLSX, tệp có thể bị hỏng. Hãy mở tệp trong Excel, lưu lại rồi nhập lại."
)
BROKEN_CSV_MESSAGE = (
    "Tệp CSV bị lỗi định dạng ở dòng {line} (có thể do dấu ngoặc kép không đóng). "
    "Hãy mở tệp trong Excel, lưu lại dưới dạng CSV UTF-8 rồi nhập lại."
)
EMPTY_FILE_MESSAGE = "Tệp trống: không có dòng tiêu đề và dữ liệu nào."
NO_ROWS_MESSAGE = "Tệp chỉ có dòng tiêu đề (dòng {line}), chưa có dòng dữ liệu nào."
MISSING_COLUMNS_MESSAGE = (
    "Tệp thiếu cột bắt buộc: {columns}. Dòng tiêu đề (dòng {line}) phải có đủ các cột này."
)
DUPLICATE_COLUMN_MESSAGE = (
    "Cột «{header}» bị lặp ở dòng tiêu đề (cột {first} và cột {second}). "
    "Hãy xóa hoặc đổi tên một cột rồi nhập lại."
)

_ZIP_SIGNATURE = b"PK\x03\x04"
_OLE_SIGNATURE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .xls, and password-protected .xlsx
_OTHER_BINARY_SIGNATURES = (
    b"%PDF",
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"RIFF",  # WebP and other RIFF containers
    b"II*\x00",  # TIFF
    b"MM\x00*",
    b"{\\rtf",
    b"\x1f\x8b",  # gzip
    b"Rar!",
    b"7z\xbc\xaf",
)
_CSV_DELIMITERS = (",", ";", "\t")
_HEADER_SEARCH_ROWS = 20  # how far down a title block may push the header row
_EXCEL_SEP_RE = re.compile(r"sep=(.)(?:\r\n|\n|\r|$)")  # Excel's optional first line "sep=;"


class TableError(DomainError):
    """The file cannot be read as a table; ``message`` is Vietnamese and says what to do."""


@dataclass(frozen=True)
class Row:
    """One data row: ``line`` is the row number the user sees (the header is usually line 1)."""

    line: int
    values: dict[str, str]


@dataclass(frozen=True)
class Table:
    """The rows of the file, keyed by the technical names of the recognised columns."""

    columns: tuple[str, ...]
    rows: list[Row]
    encoding: str
    ignored_columns: tuple[str, ...] = ()


# --- header matching --------------------------------------------------------------------------
def _normalise_header(text: str) -> str:
    """Compare headers as a person would: NFC, case-insensitive, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split()).casefold()


def _ascii_key(text: str) -> str:
    """Reduce a header to ASCII: "Mã đơn vị", "MA DON VI" and "ma_don_vi" give "ma_don_vi"."""
    decomposed = unicodedata.normalize("NFD", _normalise_header(text).replace("đ", "d"))
    bare = "".join(char for char in decomposed if not unicodedata.combining(char))
    return re.sub(r"[^0-9a-z]+", "_", bare).strip("_")


def _header_lookup(columns: Mapping[str, Sequence[str]]) -> dict[str, str]:
    """Map every accepted spelling of every header to its technical name.

    Exact (NFC, case-folded) spellings always win. The diacritic-free spelling is only
    accepted when it is unambiguous: "Số" and "Sổ" both become "so", so neither gets it.
    """
    exact: dict[str, str] = {}
    loose: dict[str, set[str]] = {}
    for name, headers in columns.items():
        for header in (*headers, name):
            exact.setdefault(_normalise_header(header), name)
            loose.setdefault(_ascii_key(header), set()).add(name)
    lookup = {key: next(iter(names)) for key, names in loose.items() if len(names) == 1 and key}
    lookup.update(exact)
    return lookup


def _match_header(header: str, lookup: Mapping[str, str]) -> str | None:
    return lookup.get(_normalise_header(header)) or lookup.get(_ascii_key(header))


def _column_letter(index: int) -> str:
    """0 → "A", 27 → "AB": the column names users see in Excel."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(ord("A") + remainder) + letters
    return letters


@dataclass(frozen=True)
class _Header:
    positions: dict[str, int]  # technical name → 0-based cell index
    ignored: tuple[str, ...]


def _read_header(
    cells: Sequence[str], lookup: Mapping[str, str], columns: Mapping[str, Sequence[str]]
) -> _Header:
    positions: dict[str, int] = {}
    ignored: list[str] = []
    for index, header in enumerate(cells):
        if not header:
            continue  # Excel leaves empty header cells beside the table; nothing to import
        name = _match_header(header, lookup)
        if name is None:
            ignored.append(header)
        elif name in positions:
            first = positions[name]
            raise TableError(
                DUPLICATE_COLUMN_MESSAGE.format(
                    header=_display_name(name, columns),
                    first=_column_letter(first),
                    second=_column_letter(index),
                )
            )
        else:
            positions[name] = index
    return _Header(positions, tuple(ignored))


def _display_name(name: str, columns: Mapping[str, Sequence[str]]) -> str:
    headers = columns.get(name) or [name]
    return headers[0]


# --- cell values ------------------------------------------------------------------------------
def _cell_text(value: object) -> str:
    """A cell as the text the user typed: "12" not "12.0", dates as dd/mm/yyyy."""
    if value is None:
        return ""
    if isinstance(value, bool):  # before int: bool is an int
        return "TRUE" if value else "FALSE"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        return _float_text(value)
    if isinstance(value, datetime.datetime):
        if value.time() == datetime.time():
            return format_date(value)
        # A time of day is information too; keep it rather than silently drop it.
        return f"{format_date(value)} {value:%H:%M}"
    if isinstance(value, datetime.date):
        return format_date(value)
    if isinstance(value, datetime.time):
        return f"{value:%H:%M}" if not value.second else f"{value:%H:%M:%S}"
    return unicodedata.normalize("NFC", str(value)).strip()


def _float_text(value: float) -> str:
    if value.is_integer():
        return str(int(value))
    # Excel shows at most 15 significant digits; past that a float is binary noise.
    text = format(value, ".15g")
    return format(Decimal(text), "f") if "e" in text else text


# --- rows -------------------------------------------------------------------------------------
def _build_table(
    records: Iterable[tuple[int, list[str]]],
    columns: Mapping[str, Sequence[str]],
    required: set[str],
    encoding: str,
) -> Table:
    """Turn (line, cells) records into a Table, finding the header among the first rows."""
    lookup = _header_lookup(columns)
    found = _find_header(iter(records), lookup)
    if found is None:
        raise TableError(EMPTY_FILE_MESSAGE)
    header_line, header_cells, iterator = found
    header = _read_header(header_cells, lookup, columns)
    missing = [name for name in columns if name in required and name not in header.positions]
    if missing:
        listed = ", ".join(f"«{_display_name(name, columns)}» ({name})" for name in missing)
        raise TableError(MISSING_COLUMNS_MESSAGE.format(columns=listed, line=header_line))
    rows = [
        Row(line, {name: _cell(cells, index) for name, index in header.positions.items()})
        for line, cells in iterator
        if any(cells)  # an entirely blank row is spacing, not a record; its number still counts
    ]
    if not rows:
        raise TableError(NO_ROWS_MESSAGE.format(line=header_line))
    return Table(
        columns=tuple(header.positions),
        rows=rows,
        encoding=encoding,
        ignored_columns=header.ignored,
    )


def _find_header(
    records: Iterator[tuple[int, list[str]]], lookup: Mapping[str, str]
) -> tuple[int, list[str], Iterator[tuple[int, list[str]]]] | None:
    """Find the header row and return it with an iterator over the records after it.

    Vietnamese templates often put a title ("DANH SÁCH ĐƠN VỊ") and an empty row above the
    header, so the header is the row among the first few with the most known column names;
    if none has any, it is the first non-blank row (and the caller reports missing columns).
    """
    seen: list[tuple[int, list[str]]] = []
    non_blank = 0
    for record in records:
        seen.append(record)
        non_blank += any(record[1])
        if non_blank >= _HEADER_SEARCH_ROWS:
            break
    candidates = [index for index, (_, cells) in enumerate(seen) if any(cells)]
    if not candidates:
        return None
    best = max(candidates, key=lambda index: _known_count(seen[index][1], lookup))
    line, cells = seen[best]
    return line, cells, itertools.chain(seen[best + 1 :], records)


def _known_count(cells: Iterable[str], lookup: Mapping[str, str]) -> int:
    return sum(1 for cell in cells if cell and _match_header(cell, lookup) is not None)


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""


# --- CSV --------------------------------------------------------------------------------------
def _sniff_delimiter(text: str, lookup: Mapping[str, str]) -> str:
    """Pick the delimiter that splits the header into the most known columns, then cells."""

    def score(delimiter: str) -> tuple[int, int]:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        known = width = rows = 0
        try:
            for cells in reader:
                # Cells of the first non-empty line, even if all blank (";;;" is 4 cells).
                width = width or len(cells)
                stripped = [cell.strip() for cell in cells]
                if not any(stripped):
                    continue
                known = max(known, _known_count(stripped, lookup))
                rows += 1
                if rows >= _HEADER_SEARCH_ROWS:
                    break
        except csv.Error:
            pass  # this delimiter cannot parse the start; the reader reports any real error
        return known, width

    # max() keeps the first of equals, so a one-column file counts as comma-separated.
    return max(_CSV_DELIMITERS, key=score)


def _csv_cell(cell: str) -> str:
    """A CSV cell as typed; ``'=…`` that a DanVan export made inert reads back as ``=…``."""
    return csv_value_read(unicodedata.normalize("NFC", cell).strip()).strip()


def _csv_records(text: str, delimiter: str, first_line: int) -> Iterator[tuple[int, list[str]]]:
    """Number records as Excel numbers rows: a quoted cell spanning lines is still one row."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    line = first_line - 1
    try:
        for cells in reader:
            line += 1
            yield line, [_csv_cell(cell) for cell in cells]
    except csv.Error:
        # The record after the last good one is the broken one.
        raise TableError(BROKEN_CSV_MESSAGE.format(line=line + 1)) from None


def _read_csv(
    data: bytes, filename: str, columns: Mapping[str, Sequence[str]], required: set[str]
) -> Table:
    try:
        decoded = decode_text(data)
    except TextDecodeError as error:
        # In this context "not a text file" means "not a CSV or XLSX".
        message = NOT_TABLE_MESSAGE if error.message == BINARY_FILE_MESSAGE else error.message
        raise TableError(message) from error
    text = decoded.text
    if not text.strip():
        raise TableError(EMPTY_FILE_MESSAGE)
    if _looks_like_markup(text):
        raise TableError(MARKUP_MESSAGE)
    lookup = _header_lookup(columns)
    sep = _EXCEL_SEP_RE.match(text)
    if sep and sep.group(1) in _CSV_DELIMITERS:
        # Excel honours and hides this line, so row numbers start after it.
        delimiter, text = sep.group(1), text[sep.end() :]
    else:
        delimiter = _sniff_delimiter(text, lookup)
    records = bounded_rows(filename, _csv_records(text, delimiter, first_line=1))
    return _build_table(records, columns, required, decoded.encoding)


def _looks_like_markup(text: str) -> bool:
    """HTML or SpreadsheetML saved as ".xls" by web applications and older exporters."""
    head = text.lstrip()[:1024].casefold()
    return head.startswith("<") and any(
        tag in head for tag in ("<html", "<table", "<?xml", "<!doctype", "<workbook")
    )


# --- XLSX -------------------------------------------------------------------------------------
def _is_worksheet(member: str) -> bool:
    """Worksheets are read row by row (read-only mode), never held whole."""
    return member.startswith("xl/worksheets/") and member.endswith(".xml")


def _read_xlsx(
    data: bytes, filename: str, columns: Mapping[str, Sequence[str]], required: set[str]
) -> Table:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            names = set(archive.namelist())
            if "xl/workbook.xml" not in names:
                raise TableError(NOT_TABLE_MESSAGE)  # a .docx, .ods or other ZIP
            # Before openpyxl sees the file: its directory must promise nothing too big.
            zip_guard(filename, archive, streamed=_is_worksheet)
    except (zipfile.BadZipFile, OSError, ValueError):
        raise TableError(BROKEN_XLSX_MESSAGE) from None
    try:
        with warnings.catch_warnings():
            # e.g. "Workbook contains no default style": noise about files from other tools.
            warnings.simplefilter("ignore", UserWarning)
            workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception:  # openpyxl reports a corrupt file through many exception types
        raise TableError(BROKEN_XLSX_MESSAGE) from None
    try:
        if not workbook.worksheets:
            raise TableError(EMPTY_FILE_MESSAGE)
        sheet = workbook.worksheets[0]
        # Some exporters write a wrong size into the file; read every cell actually present.
        sheet.reset_dimensions()
        records = (
            (line, [_cell_text(value) for value in values])
            for line, values in enumerate(sheet.iter_rows(min_row=1, values_only=True), start=1)
        )
        return _build_table(bounded_rows(filename, records), columns, required, "xlsx")
    finally:
        workbook.close()


# --- entry point ------------------------------------------------------------------------------
def read_table(
    data: bytes,
    filename: str,
    columns: Mapping[str, Sequence[str]],
    *,
    required: set[str] | None = None,
) -> Table:
    """Read a CSV or XLSX upload into a Table, or raise TableError with a Vietnamese message.

    ``columns`` maps each technical name to its accepted display headers, the first being the
    one named in messages. The format is decided by the content; ``filename`` only refines the
    message when a file named .xlsx turns out not to be one.
    """
    required = set(required or ())
    unknown = required - set(columns)
    if unknown:
        raise ValueError(f"required columns not in columns: {sorted(unknown)}")
    try:
        return _read_any(data, PurePath(filename).name, columns, required)
    except UnsafeFile as error:  # a limit of core.safefiles: the same rule for every reader
        raise TableError(error.message) from error


def _read_any(
    data: bytes, filename: str, columns: Mapping[str, Sequence[str]], required: set[str]
) -> Table:
    if data.startswith(_ZIP_SIGNATURE):
        return _read_xlsx(data, filename, columns, required)
    if data.startswith(_OLE_SIGNATURE):
        raise TableError(LEGACY_XLS_MESSAGE)
    if data.startswith(_OTHER_BINARY_SIGNATURES):
        raise TableError(NOT_TABLE_MESSAGE)
    size_guard(filename, len(data))
    if not data.strip():
        raise TableError(EMPTY_FILE_MESSAGE)
    try:
        return _read_csv(data, filename, columns, required)
    except TableError as error:
        if error.message == NOT_TABLE_MESSAGE and PurePath(filename).suffix.lower() == ".xlsx":
            raise TableError(BROKEN_XLSX_MESSAGE) from error
        raise
