"""Read a report file (.txt, .docx, .pdf) into NFC text, refusing what we cannot read with a
Vietnamese message that says what to do.

The type is told by the content (``%PDF-``, a ZIP holding ``word/document.xml``), not by the
name. Text files may be UTF-8 (with or without BOM), UTF-16 or one of the legacy Vietnamese
encodings (:func:`danvan.core.textfiles.decode_text`: Windows-1258, TCVN3); the encoding found
is reported. Every limit on what reading may cost is :mod:`danvan.core.safefiles`, the rule the
imports follow too: a .docx is a ZIP whose directory (sizes, entries, compression ratio) and XML
prologs (no DTD, no entity) are checked before anything is parsed, so a "zip bomb" or a "billion
laughs" is refused without inflating it; a PDF's pages and each page's characters are counted
before its text is extracted.
"""

import codecs
import io
import re
import unicodedata
import zipfile
from dataclasses import dataclass

from danvan.core.errors import DomainError
from danvan.core.safefiles import UnsafeFile, page_chars_guard, pages_guard, zip_guard
from danvan.core.textfiles import TextDecodeError, decode_text

MAX_FILE_BYTES = 20 * 1024 * 1024  # the CLI refuses bigger files before reading them
CHARS_PER_PAGE = 3000  # an A4 page of 13-pt Times, roughly

EMPTY = "Tệp «{name}» rỗng, không có gì để kiểm tra."
TOO_LARGE = "Tệp «{name}» quá lớn ({size}); chỉ kiểm tra tệp đến {limit}."
BINARY = (
    "Tệp «{name}» không phải văn bản đọc được (.txt, .docx hoặc .pdf có lớp chữ). "
    "Hãy mở tệp bằng Word và lưu thành .docx."
)
UNKNOWN_ENCODING = (
    "Không nhận ra bảng mã của tệp «{name}». Hãy lưu lại dưới dạng văn bản UTF-8 "
    "(trong Notepad: Lưu thành → Mã hóa UTF-8) rồi kiểm tra lại."
)
OLD_WORD = (
    "Tệp «{name}» là Word 97-2003 (.doc), chưa đọc được. Hãy mở bằng Word và lưu thành .docx."
)
NOT_DOCX = "Tệp «{name}» là tệp nén ZIP nhưng không phải văn bản Word .docx."
BAD_DOCX = "Tệp «{name}» bị hỏng, không đọc được như văn bản Word .docx."
BAD_PDF = "Tệp PDF «{name}» bị hỏng hoặc có mật khẩu, không đọc được."
SCANNED_PDF = (
    "Tệp PDF «{name}» không có lớp chữ (có thể là bản quét, ảnh chụp), nên không đọc được số "
    "liệu. Hãy dùng bản Word (.docx) hoặc PDF xuất từ Word."
)

ENCODING_LABELS = {
    "utf-8": "UTF-8",
    "utf-8-sig": "UTF-8 (có BOM)",
    "utf-16": "UTF-16",
    "cp1258": "Windows-1258",
    "tcvn3": "TCVN3 (ABC)",
}


class ReadError(DomainError):
    """The file cannot be read; ``message`` is Vietnamese and says what to do."""


@dataclass(frozen=True)
class Document:
    name: str
    text: str
    kind: str  # txt | docx | pdf
    encoding: str | None = None  # for text files: which encoding was found (label)
    pages: int | None = None  # for PDF: real pages; otherwise an estimate

    @property
    def page_estimate(self) -> float:
        return self.pages or max(1.0, len(self.text) / CHARS_PER_PAGE)


def human_size(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB".replace(".", ",")
    return f"{max(1, size // 1024)} KB"


def normalise(text: str) -> str:
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\ufeff", "")
    return unicodedata.normalize("NFC", text)


def read_document(name: str, data: bytes, *, max_bytes: int = MAX_FILE_BYTES) -> Document:
    if len(data) > max_bytes:
        raise ReadError(
            TOO_LARGE.format(name=name, size=human_size(len(data)), limit=human_size(max_bytes))
        )
    if not data.strip():
        raise ReadError(EMPTY.format(name=name))
    try:
        return _read_any(name, data)
    except UnsafeFile as error:  # a limit of core.safefiles: the same rule for every reader
        raise ReadError(error.message) from error


def _read_any(name: str, data: bytes) -> Document:
    if data.startswith(b"%PDF-"):
        document = _read_pdf(name, data)
    elif data.startswith(b"PK\x03\x04"):
        document = _read_docx(name, data)
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        raise ReadError(OLD_WORD.format(name=name))
    else:
        document = _read_text(name, data)
    if not document.text.strip():
        raise ReadError(EMPTY.format(name=name))
    return document


# --- plain text -------------------------------------------------------------------------------
def _utf16(data: bytes) -> str | None:
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return data.decode("utf-16")
    sample = data[:4096]
    half = len(sample) // 2
    if half < 4:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * half and even <= 0.02 * half:
        return data.decode("utf-16-le")
    if even >= 0.3 * half and odd <= 0.02 * half:
        return data.decode("utf-16-be")
    return None


def _read_text(name: str, data: bytes) -> Document:
    try:
        utf16 = _utf16(data)
    except UnicodeDecodeError:
        raise ReadError(UNKNOWN_ENCODING.format(name=name)) from None
    if utf16 is not None:
        return Document(name, normalise(utf16), "txt", ENCODING_LABELS["utf-16"])
    try:
        decoded = decode_text(data)
    except TextDecodeError as error:
        binary = "nhị phân" in error.message
        raise ReadError((BINARY if binary else UNKNOWN_ENCODING).format(name=name)) from None
    return Document(name, normalise(decoded.text), "txt", ENCODING_LABELS[decoded.encoding])


# --- Word .docx -------------------------------------------------------------------------------
_LIST_START = re.compile(r"^\s*(?:[-+•*–]|[a-zđ]\)|\d{1,2}\.)\s")


def _read_docx(name: str, data: bytes) -> Document:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except (zipfile.BadZipFile, ValueError, OSError):
        raise ReadError(BAD_DOCX.format(name=name)) from None
    with archive:
        if "word/document.xml" not in archive.namelist():
            raise ReadError(NOT_DOCX.format(name=name))
        try:
            zip_guard(name, archive)  # python-docx parses every part whole
        except (zipfile.BadZipFile, ValueError, OSError):
            raise ReadError(BAD_DOCX.format(name=name)) from None
    import docx
    from docx.table import Table

    try:
        document = docx.Document(io.BytesIO(data))
        blocks = []
        for item in document.iter_inner_content():
            if isinstance(item, Table):
                blocks.append(("table", _table_text(item)))
            else:
                blocks.append(("p", item.text))
    except Exception:  # noqa: BLE001 — python-docx raises many kinds on a damaged file
        raise ReadError(BAD_DOCX.format(name=name)) from None
    out = []
    for index, (kind, text) in enumerate(blocks):
        if index:
            # List items stay on consecutive lines (one block), as in a typed report.
            joined = kind == "p" and _LIST_START.match(text) and blocks[index - 1][0] == "p"
            out.append("\n" if joined else "\n\n")
        out.append(text)
    return Document(name, normalise("".join(out)), "docx")


def _table_text(table) -> str:
    rows = []
    for row in table.rows:
        cells, seen = [], set()
        for cell in row.cells:
            if id(cell._tc) in seen:  # a merged cell: its text once, then its other columns empty
                cells.append("")
                continue
            seen.add(id(cell._tc))
            cells.append(" ".join(cell.text.split()))
        rows.append("\t".join(cells))
    return "\n".join(rows)


# --- PDF --------------------------------------------------------------------------------------
_CONTINUES = re.compile(r"^[a-zà-ỹđ(“\"0-9]", re.IGNORECASE)


def unwrap_lines(page_text: str) -> str:
    """Join the lines a PDF wrapped inside a paragraph; keep headings, list items, ends."""
    lines = page_text.split("\n")
    out = lines[:1]
    for line in lines[1:]:
        previous = out[-1]
        stripped = line.lstrip()
        ends = previous.rstrip().endswith((".", ":", ";", "!", "?")) or not previous.strip()
        if (
            not ends
            and "\t" not in line
            and "\t" not in previous
            and stripped
            and not _LIST_START.match(line)
            and not re.match(r"^[IVX]+\.\s", stripped)
            and _CONTINUES.match(stripped)
            and (stripped[0].islower() or stripped[0].isdigit())
        ):
            out[-1] = previous.rstrip() + " " + stripped
        else:
            out.append(line)
    return "\n".join(out)


# A gap between two runs of one line wider than this many characters: another cell. Measured
# against a PDFium rectangle's width per character (spaces included), or, for runs built from
# single characters, against a glyph's average advance (about two and a half word spaces).
CELL_GAP = 1.5
CELL_GAP_ADVANCE = 1.2


def _cells(line: list[tuple]) -> list[list]:
    """[left, right, text] per cell of one line: segments joined by a space, or started anew
    where the gap is wider than :data:`CELL_GAP` characters."""
    line.sort(key=lambda s: s[0])
    cells = [[line[0][0], line[0][2], line[0][4]]]
    for previous, segment in zip(line, line[1:], strict=False):
        width = previous[5] / CELL_GAP
        gap = segment[0] - previous[2]
        cell = cells[-1]
        if gap > CELL_GAP * width:
            cells.append([segment[0], segment[2], segment[4]])
            continue
        if gap < 0.2 * width and not previous[4].endswith(" "):
            cell[2] += segment[4]  # one word cut into two runs by kerning ("T" + "iếp")
        else:
            cell[2] = cell[2].rstrip() + " " + segment[4].lstrip()
        cell[1] = segment[2]
    return cells


def _continues(row: list[list], cells: list[list]) -> list[int] | None:
    """The row's columns a line's cells fall under, when the line is the second line of some
    of the row's cells (a cell's text wrapped inside it): fewer cells, none a bare figure,
    each under one of the row's cells and no wider than its column. Else None."""
    if len(row) < 2 or len(cells) >= len(row):
        return None
    columns = []
    for left, right, text in cells:
        if re.fullmatch(r"[\d.,%\s]+", text):
            return None
        column = next(
            (
                i
                for i, cell in enumerate(row)
                if cell[0] - 2 <= left and (i + 1 == len(row) or left < row[i + 1][0] - 2)
            ),
            None,
        )
        if column is None:
            return None
        if column + 1 < len(row) and right > row[column + 1][0] + 2:
            return None  # wider than its column: a paragraph after the table, not a wrap
        columns.append(column)
    return columns


def _segments(textpage) -> list[tuple]:
    """Runs of characters on one line, each ``(left, bottom, right, top, text, cell gap)``.

    PDFium's own rectangles (one C call each) when the text bounded by them, put together, is
    the page's text; else (a printer that draws each accented letter as its own text object,
    as Chromium does: its rectangles split at every «ả» and their bounded texts overlap) runs
    rebuilt from each character's box."""
    segments = []
    for index in range(textpage.count_rects()):
        left, bottom, right, top = textpage.get_rect(index)
        text = textpage.get_text_bounded(left, bottom, right, top).replace("\r\n", " ")
        if text.strip():
            width = (right - left) / max(1, len(text))
            segments.append((left, bottom, right, top, text.strip("\r\n"), CELL_GAP * width))
    page = re.sub(r"\s+", "", textpage.get_text_range())
    if "".join(re.sub(r"\s+", "", s[4]) for s in segments) == page:
        return segments
    return _segments_from_characters(textpage)


def _segments_from_characters(textpage) -> list[tuple]:
    """Runs rebuilt from PDFium's character boxes in reading order: a run ends at a line
    break, where the next glyph is not on the run's line, or where the gap before it is wider
    than :data:`CELL_GAP_ADVANCE` glyphs."""
    import ctypes

    import pypdfium2.raw as pdfium_c  # type: ignore[import-untyped]

    count = textpage.count_chars()
    text = textpage.get_text_range(0, count) if count else ""
    if len(text) != count:  # characters outside the BMP: one call a character instead
        text = "".join(textpage.get_text_range(i, 1) or " " for i in range(count))
    left, right, bottom, top = (ctypes.c_double() for _ in range(4))
    refs = tuple(ctypes.byref(v) for v in (left, right, bottom, top))
    loose = pdfium_c.FS_RECTF()
    raw = textpage.raw
    segments: list[tuple] = []
    run: list = []  # [left, bottom, right, top, text, glyphs' advance, glyphs]

    def close() -> None:
        if run and run[4].strip():
            advance = run[5] / run[6]
            cell_gap = CELL_GAP_ADVANCE * advance
            segments.append((run[0], run[1], run[2], run[3], run[4].rstrip(), cell_gap))

    for index, char in enumerate(text):
        if char in "\r\n":
            close()
            run = []
            continue
        if char.isspace():
            if run:
                run[4] += " " if not run[4].endswith(" ") else ""
            continue
        # Height from the glyph's own box (as PDFium's rectangles); width from its advance
        # (the loose box), so a narrow «I» or «1» does not look like a gap after it.
        pdfium_c.FPDFText_GetCharBox(raw, index, *refs)
        pdfium_c.FPDFText_GetLooseCharBox(raw, index, ctypes.byref(loose))
        box = (min(left.value, loose.left), bottom.value, max(right.value, loose.right), top.value)
        if run:
            width = run[5] / run[6]
            # On the run's line when the boxes overlap in height: a comma or a low dot
            # sits below the letters' middle but still reaches the baseline.
            same_line = box[1] <= run[3] and box[3] >= run[1] - 0.5
            gap = box[0] - run[2]
            if same_line and -width <= gap <= CELL_GAP_ADVANCE * width:
                run[1], run[2], run[3] = (
                    min(run[1], box[1]),
                    max(run[2], box[2]),
                    max(run[3], box[3]),
                )
                run[4] += char
                run[5] += box[2] - box[0]
                run[6] += 1
                continue
            close()
        run = [box[0], box[1], box[2], box[3], char, box[2] - box[0], 1]
    close()
    return segments


def page_lines(textpage) -> str:
    """The page's text rebuilt from PDFium's text segments (each a run of characters on one
    line, with its box): segments on one line joined by a space, or by a tab where the gap
    between them is wider than :data:`CELL_GAP` characters — so a table keeps its cells apart
    while a paragraph stays a paragraph; a cell whose text wraps onto a second line is joined
    back into its row; a wider gap between lines than inside a paragraph starts a new one."""
    segments = _segments(textpage)
    lines: list[list[tuple]] = []
    for segment in sorted(segments, key=lambda s: (-(s[1] + s[3]) / 2, s[0])):
        middle, height = (segment[1] + segment[3]) / 2, segment[3] - segment[1]
        line = lines[-1] if lines else None
        if line and abs((line[0][1] + line[0][3]) / 2 - middle) <= max(2.0, height / 2):
            line.append(segment)
        else:
            lines.append([segment])
    heights = sorted(seg[3] - seg[1] for line in lines for seg in line[:1])
    usual = heights[len(heights) // 2] if heights else 0
    rows: list[list[list]] = []  # cells of each output line; [] for a blank line
    tops = [max(seg[3] for seg in line) for line in lines]
    bottoms = [min(seg[1] for seg in line) for line in lines]
    cells_of = [_cells(line) for line in lines]
    carried: list[tuple[int, str]] = []  # a wrapped cell's first line, for the next row
    for index, cells in enumerate(cells_of):
        gap = bottoms[index - 1] - tops[index] if index else 0
        last = rows[-1] if rows else []
        if carried:
            # A cell centred in a taller row: its first line came above the row's figures.
            for column, text in carried:
                if column < len(cells):
                    cells[column][2] = text + " " + cells[column][2].lstrip()
            carried = []
        columns = _continues(last, cells) if usual and gap <= 1.2 * usual else None
        if columns is not None:
            following = cells_of[index + 1] if index + 1 < len(cells_of) else []
            gap_next = bottoms[index] - tops[index + 1] if following else None
            if (
                gap_next is not None
                and gap_next < gap
                and len(following) == len(last)
                and _continues(following, cells) == columns
            ):
                carried = [
                    (c, text.strip()) for c, (_, _, text) in zip(columns, cells, strict=True)
                ]
                continue
            for column, (_, _, text) in zip(columns, cells, strict=True):
                last[column][2] = last[column][2].rstrip() + " " + text.strip()
            continue
        if usual and gap > 0.9 * usual and not (len(cells) > 1 and len(last) > 1):
            rows.append([])  # a new paragraph
        rows.append(cells)
    return "\n".join("\t".join(c[2].strip() for c in cells) for cells in rows)


_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _read_pdf(name: str, data: bytes) -> Document:
    """The text layer through PDFium (pypdfium2): ~100 pages a second where pdfminer-based
    readers manage about 5, which would break the one-second budget of a 30-page report."""
    import pypdfium2 as pdfium

    try:
        pdf = pdfium.PdfDocument(data)
    except Exception:  # noqa: BLE001 — PdfiumError and friends on a damaged or locked file
        raise ReadError(BAD_PDF.format(name=name)) from None
    try:
        pages = len(pdf)
        pages_guard(name, pages)
        texts = []
        for index in range(pages):
            page = pdf[index]
            textpage = page.get_textpage()
            page_chars_guard(name, index + 1, textpage.count_chars())
            raw = page_lines(textpage) or textpage.get_text_range().replace("\r\n", "\n")
            texts.append(unwrap_lines(_CONTROL.sub("", raw)))
            textpage.close()
            page.close()
    except (ReadError, UnsafeFile):
        raise
    except Exception:  # noqa: BLE001
        raise ReadError(BAD_PDF.format(name=name)) from None
    finally:
        pdf.close()
    text = normalise("\n\n".join(t for t in texts if t.strip()))
    if not text.strip():
        raise ReadError(SCANNED_PDF.format(name=name))
    return Document(name, text, "pdf", pages=pages)
