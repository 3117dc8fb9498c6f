"""What reading a user's file may cost, decided in one place for every reader (decision 0039).

An upload is small, but what it holds may not be: a 3,6 MB .xlsx can inflate to 2 GiB of sheet
XML, a .csv can hold a million rows, an XML part can declare entities that expand a billion
times. Every reader of user files (``core.tabular`` for CSV and XLSX imports, the checker's
.txt/.docx/.pdf reader) asks this module *before* it expands anything:

- :func:`size_guard` — the bytes of a plain file (CSV, TXT) against ``MAX_EXPANDED_BYTES``;
- :func:`zip_guard` — an Office file's ZIP directory: entry count, total declared uncompressed
  size, each entry's compression ratio, each XML part parsed whole, and no DTD or entity
  declaration in any XML part (OOXML never has one; ``defusedxml``, which openpyxl uses once
  installed, refuses them again inside the parser). Python's ``zipfile`` never inflates an
  entry past its declared size (it stops and fails the CRC), so checking the directory bounds
  what any later reader can inflate;
- :func:`bounded_rows` — rows, columns and cells of a table, counted while it streams, so a
  reader stops at the first row past a limit instead of after the last;
- :func:`pages_guard` — the pages and characters of a PDF's text layer.

A refusal is :class:`UnsafeFile` (a ``DomainError``): what was too big, the limit, in
Vietnamese number format; each reader re-raises it as its own error type. Limits are the
module's constants, each overridable by a setting ``DANVAN_<NAME>`` (read when used, never at
import time).
"""

import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator

from danvan.core.errors import DomainError
from danvan.core.numbers import format_number

MAX_EXPANDED_BYTES = 200 * 1024 * 1024  # a plain file, or every ZIP entry together, inflated
MAX_XML_PART_BYTES = 50 * 1024 * 1024  # one XML part a reader parses whole (document, strings)
MAX_ZIP_ENTRIES = 5000
MAX_COMPRESSION_RATIO = 200  # real Office XML compresses 5–30×; bombs 500× and more
RATIO_FLOOR_BYTES = 1024 * 1024  # a tiny entry may compress well without being a threat
MAX_ROWS = 300_000  # lines of a table, blank ones included
MAX_COLUMNS = 200
MAX_CELLS = 6_000_000  # cells present in the rows read (e.g. 300.000 rows × 20 columns)
MAX_PDF_PAGES = 1000
MAX_PAGE_CHARS = 200_000  # characters of one PDF page's text layer (a dense A4 page: ~5.000)
PROLOG_BYTES = 64 * 1024  # how far into an XML part its DOCTYPE could hide before the root

DEFAULTS = {
    "MAX_EXPANDED_BYTES": MAX_EXPANDED_BYTES,
    "MAX_XML_PART_BYTES": MAX_XML_PART_BYTES,
    "MAX_ZIP_ENTRIES": MAX_ZIP_ENTRIES,
    "MAX_COMPRESSION_RATIO": MAX_COMPRESSION_RATIO,
    "MAX_ROWS": MAX_ROWS,
    "MAX_COLUMNS": MAX_COLUMNS,
    "MAX_CELLS": MAX_CELLS,
    "MAX_PDF_PAGES": MAX_PDF_PAGES,
    "MAX_PAGE_CHARS": MAX_PAGE_CHARS,
}

PROTECT = "DanVan từ chối để bảo vệ máy chủ."
FILE_TOO_LARGE = "Tệp «{name}» có {size}, vượt giới hạn {limit} mỗi tệp. " + PROTECT
ZIP_TOO_LARGE = (
    "Tệp «{name}» khi giải nén sẽ chiếm {size}, vượt giới hạn {limit}. "
    + PROTECT
    + " Hãy chia tệp thành nhiều tệp nhỏ hơn rồi nhập lại."
)
ZIP_TOO_MANY_ENTRIES = (
    "Tệp «{name}» chứa {count} thành phần nén, vượt giới hạn {limit}. "
    + PROTECT
    + " Hãy mở tệp trong Word hoặc Excel, lưu lại rồi thử lại."
)
ZIP_RATIO = (
    "Tệp «{name}» nén bất thường: phần «{member}» giải nén lớn gấp {ratio} lần "
    "(giới hạn {limit} lần), dấu hiệu của «bom nén». "
    + PROTECT
    + " Hãy mở tệp trong Word hoặc Excel, lưu lại rồi thử lại."
)
XML_PART_TOO_LARGE = (
    "Tệp «{name}»: phần «{member}» khi giải nén chiếm {size}, vượt giới hạn {limit} "
    "cho một phần. " + PROTECT
)
XML_ENTITIES = (
    "Tệp «{name}»: phần «{member}» có khai báo DOCTYPE/ENTITY của XML, điều mà tệp Word, "
    "Excel thật không bao giờ có (dấu hiệu tệp độc hại). " + PROTECT
)
XML_BROKEN = (
    "Tệp «{name}» bị hỏng: phần «{member}» không giải nén được hoặc không phải XML đọc được. "
    "Hãy mở tệp trong Word hoặc Excel, lưu lại rồi thử lại."
)
TOO_MANY_ROWS = (
    "Tệp «{name}» có hơn {limit} dòng; mỗi lần chỉ đọc đến {limit} dòng. "
    "Hãy chia tệp thành nhiều tệp nhỏ hơn rồi nhập lại."
)
TOO_MANY_COLUMNS = (
    "Tệp «{name}»: dòng {line} có {count} cột, vượt giới hạn {limit} cột. "
    "Hãy xóa các cột thừa rồi nhập lại."
)
TOO_MANY_CELLS = (
    "Tệp «{name}» có hơn {limit} ô dữ liệu (đến dòng {line}); mỗi lần chỉ đọc đến {limit} ô. "
    "Hãy chia tệp thành nhiều tệp nhỏ hơn hoặc xóa các cột thừa rồi nhập lại."
)
TOO_MANY_PAGES = "Tệp PDF «{name}» có {pages} trang; chỉ đọc văn bản đến {limit} trang."
PAGE_TOO_DENSE = (
    "Tệp PDF «{name}»: trang {page} có {count} ký tự, vượt giới hạn {limit} ký tự một trang. "
    + PROTECT
)


class UnsafeFile(DomainError):
    """Reading the file would cost more than the limits allow; ``message`` is Vietnamese.

    Readers re-raise it as their own error (``TableError``, ``ReadError``): a rule refusing the
    file, with the published code and status of ``DomainError`` (decision 0024)."""


def limit(name: str) -> int:
    """The limit ``name`` (e.g. ``"MAX_ROWS"``): the setting ``DANVAN_<name>`` or the default."""
    from django.conf import settings

    return int(getattr(settings, f"DANVAN_{name}", DEFAULTS[name]))


def size_text(num_bytes: int) -> str:
    """2.048,0 MB / 357 KB: sizes in messages, in Vietnamese number format."""
    megabytes = num_bytes / (1024 * 1024)
    if megabytes >= 1:
        return f"{format_number(megabytes, 1).removesuffix(',0')} MB"
    return f"{format_number(max(1, round(num_bytes / 1024)))} KB"


def count_text(count: int) -> str:
    return format_number(count)


# --- plain files ------------------------------------------------------------------------------
def size_guard(name: str, size: int) -> None:
    """Refuse a plain file (CSV, TXT) whose bytes alone pass ``MAX_EXPANDED_BYTES``."""
    most = limit("MAX_EXPANDED_BYTES")
    if size > most:
        raise UnsafeFile(
            FILE_TOO_LARGE.format(name=name, size=size_text(size), limit=size_text(most))
        )


# --- ZIP containers (.xlsx, .docx) ------------------------------------------------------------
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_DECLARATION = re.compile(rb"<!\s*(?:DOCTYPE|ENTITY)", re.IGNORECASE)
_ROOT_START = re.compile(rb"<[A-Za-z_]")  # the first element: no DTD may follow it


def zip_guard(
    name: str,
    archive: zipfile.ZipFile,
    *,
    streamed: Callable[[str], bool] = lambda member: False,
) -> None:
    """Refuse an Office file whose ZIP directory promises more than the limits allow, before
    any entry is inflated; then look at each XML part's prolog for a DTD.

    ``streamed(member)`` tells the entries the reader streams (an .xlsx worksheet, read row by
    row) from those a parser holds whole, which must each stay under ``MAX_XML_PART_BYTES``.
    """
    members = archive.infolist()
    most_entries = limit("MAX_ZIP_ENTRIES")
    if len(members) > most_entries:
        raise UnsafeFile(
            ZIP_TOO_MANY_ENTRIES.format(
                name=name, count=count_text(len(members)), limit=count_text(most_entries)
            )
        )
    total = sum(member.file_size for member in members)
    most_bytes = limit("MAX_EXPANDED_BYTES")
    if total > most_bytes:
        raise UnsafeFile(
            ZIP_TOO_LARGE.format(name=name, size=size_text(total), limit=size_text(most_bytes))
        )
    most_ratio = limit("MAX_COMPRESSION_RATIO")
    most_part = limit("MAX_XML_PART_BYTES")
    for member in members:
        ratio = member.file_size / max(1, member.compress_size)
        if member.file_size > RATIO_FLOOR_BYTES and ratio > most_ratio:
            raise UnsafeFile(
                ZIP_RATIO.format(
                    name=name,
                    member=member.filename,
                    ratio=count_text(int(ratio)),
                    limit=count_text(most_ratio),
                )
            )
        if member.file_size > most_part and not streamed(member.filename):
            raise UnsafeFile(
                XML_PART_TOO_LARGE.format(
                    name=name,
                    member=member.filename,
                    size=size_text(member.file_size),
                    limit=size_text(most_part),
                )
            )
    for member in members:
        if member.filename.lower().endswith(_XML_SUFFIXES) and not member.is_dir():
            _prolog_guard(name, archive, member)


def _prolog_guard(name: str, archive: zipfile.ZipFile, member: zipfile.ZipInfo) -> None:
    """Inflate an XML part only up to its first element and refuse a DOCTYPE or ENTITY there.

    A DTD can only stand before the root element, so the rest of the part need not be read.
    """
    try:
        with archive.open(member) as stream:
            head = stream.read(PROLOG_BYTES)
    except (zipfile.BadZipFile, OSError, ValueError, NotImplementedError, EOFError, RuntimeError):
        # RuntimeError: an encrypted entry, which OOXML never has.
        raise UnsafeFile(XML_BROKEN.format(name=name, member=member.filename)) from None
    except zlib.error:  # deflate data that does not inflate
        raise UnsafeFile(XML_BROKEN.format(name=name, member=member.filename)) from None
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):  # UTF-16, which OOXML allows
        head = head.decode("utf-16", errors="ignore").encode("utf-8")
    root = _ROOT_START.search(head)
    prolog = head[: root.start()] if root else head
    if _DECLARATION.search(prolog):
        raise UnsafeFile(XML_ENTITIES.format(name=name, member=member.filename))
    if root is None and len(head) >= PROLOG_BYTES:
        raise UnsafeFile(XML_BROKEN.format(name=name, member=member.filename))


# --- tables -----------------------------------------------------------------------------------
def bounded_rows(
    name: str, records: Iterable[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    """Pass (line, cells) records through, refusing at the first one past a limit: more than
    ``MAX_ROWS`` lines, a row of more than ``MAX_COLUMNS`` cells, more than ``MAX_CELLS`` cells
    in all. The records are a stream, so nothing past the limit is ever read."""
    most_rows, most_columns, most_cells = (
        limit("MAX_ROWS"),
        limit("MAX_COLUMNS"),
        limit("MAX_CELLS"),
    )
    cells_seen = 0
    for line, cells in records:
        if line > most_rows:
            raise UnsafeFile(TOO_MANY_ROWS.format(name=name, limit=count_text(most_rows)))
        if len(cells) > most_columns:
            # Trailing empty cells are formatting, not columns; only count up to the last value.
            width = _width(cells)
            if width > most_columns:
                raise UnsafeFile(
                    TOO_MANY_COLUMNS.format(
                        name=name,
                        line=count_text(line),
                        count=count_text(width),
                        limit=count_text(most_columns),
                    )
                )
            cells = cells[:width]
        cells_seen += len(cells)
        if cells_seen > most_cells:
            raise UnsafeFile(
                TOO_MANY_CELLS.format(
                    name=name, limit=count_text(most_cells), line=count_text(line)
                )
            )
        yield line, cells


def _width(cells: list[str]) -> int:
    for index in range(len(cells), 0, -1):
        if cells[index - 1]:
            return index
    return 0


# --- PDF --------------------------------------------------------------------------------------
def pages_guard(name: str, pages: int) -> None:
    most = limit("MAX_PDF_PAGES")
    if pages > most:
        raise UnsafeFile(
            TOO_MANY_PAGES.format(name=name, pages=count_text(pages), limit=count_text(most))
        )


def page_chars_guard(name: str, page: int, count: int) -> None:
    """One page's text layer, counted by PDFium before any of it is extracted."""
    most = limit("MAX_PAGE_CHARS")
    if count > most:
        raise UnsafeFile(
            PAGE_TOO_DENSE.format(
                name=name, page=count_text(page), count=count_text(count), limit=count_text(most)
            )
        )
