"""Build .docx, .pdf and hostile files in memory for the checker's tests."""

import io
import zipfile


def make_docx(paragraphs: list[str], table: list[list[str]] | None = None, after=()) -> bytes:
    import docx

    document = docx.Document()
    for text in paragraphs:
        document.add_paragraph(text)
    if table:
        grid = document.add_table(rows=len(table), cols=len(table[0]))
        for r, row in enumerate(table):
            for c, value in enumerate(row):
                grid.cell(r, c).text = value
    for text in after:
        document.add_paragraph(text)
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def make_pdf(lines: list[str]) -> bytes:
    """A one-page PDF with a text layer (Helvetica, ASCII text); no lines → a 'scan'."""
    if lines:
        body = (
            "BT /F1 11 Tf 50 800 Td 14 TL "
            + " ".join(f"({line.replace('(', '[').replace(')', ']')}) '" for line in lines)
            + " ET"
        )
    else:
        body = "0.5 g 50 50 400 600 re f"  # a grey rectangle: pixels, no text
    return _pdf(body)


def make_zip_bomb(megabytes: int = 8) -> bytes:
    """A '.docx' whose document.xml inflates from a few KB to ``megabytes`` MB of zeros."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", b"\0" * (megabytes * 1024 * 1024))
    return out.getvalue()


def make_zip(members: dict[str, str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in members.items():
            archive.writestr(name, text)
    return out.getvalue()


def make_pdf_table(rows: list[list[str]], widths: int = 110) -> bytes:
    """A one-page PDF whose text layer is a table: each cell drawn at its column's x, each row
    on its own baseline (ASCII text, Helvetica), as Word or LibreOffice lay a table out."""
    ops = ["BT /F1 11 Tf"]
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            ops.append(f"1 0 0 1 {50 + c * widths} {780 - r * 20} Tm ({value}) Tj")
    ops.append("ET")
    body = " ".join(ops)
    return _pdf(body)


def _pdf(body: str) -> bytes:
    """One A4 page whose content stream is ``body``, with Helvetica as /F1."""
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        "/Resources << /Font << /F1 5 0 R >> >> >>",
        f"<< /Length {len(body)} >>\nstream\n{body}\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    for offset in offsets:
        out += f"{offset:010d} 00000 n \n".encode()
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out
