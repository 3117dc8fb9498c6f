"""Speed of the checker for ``danvan bench``: a 30-page report, checked whole, against a
baseline doing the irreducible part in the same process (decode the bytes, split sentences
and find every number with one regular expression)."""

import textwrap
import unicodedata
from pathlib import Path

from danvan.checker.engine import check_file
from danvan.checker.figures import COUNT_RE, split_sentences
from danvan.checker.reading import CHARS_PER_PAGE, normalise
from danvan.core.bench import median_seconds

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "checker" / "corpus"
REAL = CORPUS.parent / "real"  # real reports retold, with their tables
FALLBACK = (
    "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 150 hồ sơ, tiếp nhận mới 1.100 "
    "hồ sơ); đã giải quyết 1.180 hồ sơ, đang giải quyết 70 hồ sơ. Tỷ lệ trước và đúng hạn là "
    "1.160/1.180, đạt 98,3%. Thực hiện Nghị định số 04/2015/NĐ-CP ngày 09/01/2015.\n\n"
)


def sample_report(pages: int = 30) -> bytes:
    """A report of ``pages`` A4 pages made of the real corpus and the labelled set (or a fixed
    paragraph where neither is there)."""
    paths = sorted(REAL.glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] or [FALLBACK]
    out, size, index = [], 0, 0
    while size < pages * CHARS_PER_PAGE:
        text = texts[index % len(texts)]
        out.append(text)
        size += len(text)
        index += 1
    return "\n\n".join(out)[: pages * CHARS_PER_PAGE].encode("utf-8")


def _ascii(text: str) -> str:
    """Vietnamese without diacritics, for a PDF drawn with a standard font (no embedding)."""
    folded = unicodedata.normalize("NFD", text.replace("đ", "d").replace("Đ", "D"))
    return "".join(c for c in folded if c.isascii() and (c.isprintable() or c == "\n"))


def sample_pdf(pages: int = 30) -> bytes:
    """The sample report as a PDF with a text layer, 55 lines of 95 characters a page."""
    lines = []
    for paragraph in _ascii(sample_report(pages).decode("utf-8")).split("\n"):
        lines.extend(textwrap.wrap(paragraph, 95) or [""])
    per_page = 55
    chunks = [lines[i : i + per_page] for i in range(0, len(lines), per_page)][:pages]
    escape = str.maketrans({"(": "[", ")": "]", "\\": "/"})
    objects = [
        "<< /Type /Catalog /Pages 2 0 R >>",
        "",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    kids = []
    for chunk in chunks:
        body = (
            "BT /F1 9 Tf 40 810 Td 14 TL "
            + " ".join(f"({line.translate(escape)}) '" for line in chunk)
            + " ET"
        )
        objects.append(f"<< /Length {len(body)} >>\nstream\n{body}\nendstream")
        objects.append(
            f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {len(objects)} 0 R"
            " /Resources << /Font << /F1 3 0 R >> >> >>"
        )
        kids.append(len(objects))
    objects[1] = (
        f"<< /Type /Pages /Kids [{' '.join(f'{k} 0 R' for k in kids)}] /Count {len(kids)} >>"
    )
    out, offsets = b"%PDF-1.4\n", []
    for number, obj in enumerate(objects, start=1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{obj}\nendobj\n".encode("latin-1")
    xref = len(out)
    out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += (
        f"trailer\n<< /Size {len(objects) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n"
    ).encode()
    return out


def _baseline(data: bytes) -> int:
    text = normalise(data.decode("utf-8"))
    return len(split_sentences(text)) + sum(1 for _ in COUNT_RE.finditer(text))


def run(pages: int = 30, repeat: int = 7) -> dict:
    data = sample_report(pages)
    pdf = sample_pdf(pages)
    subject = median_seconds(lambda: check_file("bench.txt", data), repeat)
    baseline = median_seconds(lambda: _baseline(data), repeat)
    pdf_subject = median_seconds(lambda: check_file("bench.pdf", pdf), repeat)
    return {
        "pages": pages,
        "subject_s": subject,
        "baseline_s": baseline,
        "pages_per_second": pages / subject,
        "ratio": subject / baseline,
        "pdf_s": pdf_subject,
    }
