"""Hostile Office files, made on the spot for the tests and ``danvan bench`` (never read from
anywhere): the .xlsx "zip bomb" of issue 15 whose sheet XML inflates to ~2 GiB from ~3,6 MB (and
the ~357 KB one, ~194 MiB), a .docx bomb, and "billion laughs" entity bombs inside the sheet XML
or the document XML. ``core.safefiles`` must refuse each (decision 0039).

The bomb is a real, valid ZIP (right sizes and CRC-32): its sheet is one deflate stream made of
the same block repeated. Each block ends with a full flush, which resets the compressor, so the
compressed bytes of the block are computed once and written N times; the CRC-32 is computed
over the N repetitions of the plain chunk. Building the 2 GiB bomb takes about a second and a
few MB of memory.
"""

import io
import struct
import zipfile
import zlib
from xml.sax.saxutils import escape

MIB = 1024 * 1024

CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    "</Types>"
)
ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="xl/workbook.xml" Type="http://schemas.openxmlformats.org/'
    'officeDocument/2006/relationships/officeDocument"/></Relationships>'
)
WORKBOOK = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
    'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
    '<sheets><sheet name="Hồ sơ" sheetId="1" r:id="rId1"/></sheets></workbook>'
)
WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Target="worksheets/sheet1.xml" Type="http://schemas.openxmlformats.'
    'org/officeDocument/2006/relationships/worksheet"/></Relationships>'
)
SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
)
SHEET_TAIL = "</sheetData></worksheet>"


def _row(cells: list[str]) -> str:
    return (
        "<row>"
        + "".join(f'<c t="inlineStr"><is><t>{escape(text)}</t></is></c>' for text in cells)
        + "</row>"
    )


class _Member:
    """One stored ZIP entry: its name, deflated bytes (as chunks), CRC-32 and plain size."""

    def __init__(self, name: str, chunks, crc: int, size: int):
        self.name, self.chunks, self.crc, self.size = name, chunks, crc, size

    @classmethod
    def of(cls, name: str, text: str | bytes) -> "_Member":
        data = text.encode("utf-8") if isinstance(text, str) else text
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        body = compressor.compress(data) + compressor.flush()
        return cls(name, [body], zlib.crc32(data), len(data))

    @property
    def compressed(self) -> int:
        return sum(len(chunk) for chunk in self.chunks)


def _zip(members: list[_Member]) -> bytes:
    """A ZIP written by hand (deflate, no ZIP64: every size here stays under 4 GiB)."""
    out = io.BytesIO()
    directory = []
    for member in members:
        name = member.name.encode("utf-8")
        offset = out.tell()
        header = struct.pack(
            "<4s5H3L2H",
            b"PK\x03\x04",
            20,
            0x800,  # UTF-8 names
            8,  # deflate
            0,
            0x21,
            member.crc,
            member.compressed,
            member.size,
            len(name),
            0,
        )
        out.write(header + name)
        for chunk in member.chunks:
            out.write(chunk)
        directory.append(
            struct.pack(
                "<4s6H3L5H2L",
                b"PK\x01\x02",
                20,
                20,
                0x800,
                8,
                0,
                0x21,
                member.crc,
                member.compressed,
                member.size,
                len(name),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
            + name
        )
    start = out.tell()
    for entry in directory:
        out.write(entry)
    size = out.tell() - start
    out.write(
        struct.pack("<4s4H2LH", b"PK\x05\x06", 0, 0, len(members), len(members), size, start, 0)
    )
    return out.getvalue()


def _repeated_member(name: str, head: str, chunk: bytes, repeats: int, tail: str) -> _Member:
    compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
    head_bytes, tail_bytes = head.encode(), tail.encode()
    first = compressor.compress(head_bytes) + compressor.flush(zlib.Z_FULL_FLUSH)
    block = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    again = compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)
    assert block == again  # a full flush forgets the past: every repetition deflates alike
    last = compressor.compress(tail_bytes) + compressor.flush()
    crc = zlib.crc32(head_bytes)
    for _ in range(repeats):
        crc = zlib.crc32(chunk, crc)
    crc = zlib.crc32(tail_bytes, crc)
    size = len(head_bytes) + repeats * len(chunk) + len(tail_bytes)
    return _Member(name, [first, *([block] * repeats), last], crc, size)


def _bomb_chunk() -> bytes:
    """About 1 MiB of sheet rows: a sixth rows of 150 numeric cells, the rest empty rows,
    which deflates ~590× (as the file seen in the wild: 2 GiB from 3,6 MB)."""
    full = ("<row>" + "<c><v>1</v></c>" * 150 + "</row>").encode()
    empty = b"<row/>"
    return full * (MIB // 6 // len(full)) + empty * (MIB * 5 // 6 // len(empty))


def xlsx_bomb(headers: list[str], *, mebibytes: int = 2048) -> bytes:
    """An .xlsx whose first sheet, headed by ``headers``, inflates to ``mebibytes`` MiB of
    rows: 2048 gives ~3,6 MB on disk, 194 gives ~357 KB."""
    chunk = _bomb_chunk()
    head = SHEET_HEAD + _row(headers)
    sheet = _repeated_member(
        "xl/worksheets/sheet1.xml", head, chunk, mebibytes * MIB // len(chunk), SHEET_TAIL
    )
    return _zip(
        [
            _Member.of("[Content_Types].xml", CONTENT_TYPES),
            _Member.of("_rels/.rels", ROOT_RELS),
            _Member.of("xl/workbook.xml", WORKBOOK),
            _Member.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            sheet,
        ]
    )


def xlsx_of_sheet(sheet_xml: str) -> bytes:
    """A minimal .xlsx whose one sheet is ``sheet_xml`` as given (for entity bombs)."""
    return _zip(
        [
            _Member.of("[Content_Types].xml", CONTENT_TYPES),
            _Member.of("_rels/.rels", ROOT_RELS),
            _Member.of("xl/workbook.xml", WORKBOOK),
            _Member.of("xl/_rels/workbook.xml.rels", WORKBOOK_RELS),
            _Member.of("xl/worksheets/sheet1.xml", sheet_xml),
        ]
    )


LAUGHS_DTD = (
    '<!DOCTYPE lolz [<!ENTITY lol "lol">'
    + "".join(
        f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
        for i in range(1, 10)
    )
    + "]>"
)


def billion_laughs_sheet(headers: list[str]) -> str:
    """A sheet whose one data cell is ``&lol9;``: 10⁹ "lol" once expanded (~3 GB)."""
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + LAUGHS_DTD
        + SHEET_HEAD.split("?>", 1)[1]
        + _row(headers)
        + '<row><c t="inlineStr"><is><t>&lol9;</t></is></c></row>'
        + SHEET_TAIL
    )


def docx_billion_laughs() -> bytes:
    """A .docx whose document.xml holds ``&lol9;`` under a DTD."""
    document = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        + LAUGHS_DTD
        + '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p></w:body></w:document>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", document)
    return out.getvalue()


def docx_bomb(*, mebibytes: int = 1024) -> bytes:
    """A .docx whose document.xml inflates to ``mebibytes`` MiB of one repeated paragraph."""
    paragraph = "<w:p><w:r><w:t>Tiếp nhận 12 hồ sơ.</w:t></w:r></w:p>".encode()
    chunk = paragraph * (MIB // len(paragraph))
    head = (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body>"
    )
    document = _repeated_member(
        "word/document.xml", head, chunk, mebibytes * MIB // len(chunk), "</w:body></w:document>"
    )
    return _zip([_Member.of("[Content_Types].xml", "<Types/>"), document])
