"""Every document type's first page, looked at as a person would: LibreOffice turns the Word
file into PDF, pdftoppm into a PNG (kept under test-artifacts/pages/), and the checks read
what the page shows — the two header columns apart, each header line where the administrator
broke it, "Số: 45/BC-BQL", the ward's "Quy Nhơn, ngày 05 tháng 12 năm 2026" — and that no
heading is the last line of a page. The Word file is read back with python-docx for the same
facts."""

import datetime
import io
import os
import shutil
import subprocess
from pathlib import Path

import docx
import pdfplumber
import pytest
from PIL import Image

from danvan.documents import render
from danvan.documents.pdf import soffice
from danvan.orgunits.services import orgunit_create
from danvan.reporting.services import (
    consolidation_build,
    consolidation_save,
    report_open,
    report_review,
    report_save,
    report_submit,
    request_issue,
)
from tests.conftest import make_user

D = datetime.date
PAGES = Path(__file__).resolve().parents[2] / "test-artifacts" / "pages"
MM = 72 / 25.4  # PDF points per millimetre
LEFT_MARGIN_MM, HEADER_LEFT_MM = 30, 72
BOUNDARY = (LEFT_MARGIN_MM + HEADER_LEFT_MM) * MM  # between the two header columns
DAY = D(2026, 12, 5)

BOARD_PARENT = ["UBND TỈNH GIA LAI"]
BOARD_ISSUER = ["BAN QUẢN LÝ", "KHU KINH TẾ"]
WARD_ISSUER = ["ỦY BAN NHÂN DÂN", "PHƯỜNG QUY NHƠN"]
CLOSING_LEAD = "Trên đây là"


@pytest.fixture
def libreoffice():
    if soffice() is None or shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true nhưng thiếu LibreOffice hoặc pdftoppm (xem .ci/run)")
        pytest.skip(
            "Bỏ qua kiểm thử trang PNG: máy này chưa cài LibreOffice (soffice) hoặc pdftoppm"
        )


def _long_sections(seed: int) -> dict:
    """Many headings between paragraphs of uneven length: some would fall at a page's foot."""
    sections = {}
    for n, key in enumerate(["I", "II", "III", "IV", "V"]):
        parts = []
        for k in range(1, 7):
            words = " ".join(
                ["Nội dung công tác dân vận chính quyền được triển khai"]
                * ((k * 3 + n * 5 + seed) % 11 + 1)
            )
            parts.append(f"<p><strong>{k}. Tiêu đề mục {key}.{k}</strong></p><p>{words}.</p>")
        sections[key] = "".join(parts)
    sections["V"] = ""  # an empty last section: its heading still keeps with what follows
    return sections


@pytest.fixture
def province(db):
    p = orgunit_create(code="GL", name="Ủy ban nhân dân tỉnh Gia Lai", kind="tinh", symbol="UBND")
    board = orgunit_create(
        code="BQL",
        name="Ban Quản lý Khu kinh tế tỉnh Gia Lai",
        kind="so_nganh",
        parent=p,
        symbol="BQL",
        parent_header="\n".join(BOARD_PARENT),
        issuer_header="\n".join(BOARD_ISSUER),
    )
    ward = orgunit_create(
        code="W", name="Ủy ban nhân dân phường Quy Nhơn", kind="ubnd_xa", parent=p, symbol="UBND"
    )
    office = orgunit_create(
        code="W.VP", name="Văn phòng HĐND và UBND phường", kind="phong", parent=ward, symbol="VP"
    )
    people = {
        "admin": make_user("qt", "quan_tri", p, subtree=True),
        "board_clerk": make_user("cv.bql", "chuyen_vien", board),
        "ward_aggregator": make_user("th.w", "tong_hop", ward, subtree=True),
        "office_clerk": make_user("cv.vp", "chuyen_vien", office),
        "office_head": make_user("ld.vp", "lanh_dao", office),
        "aggregator": make_user("th", "tong_hop", p, subtree=True),
    }
    return {"P": p, "board": board, "ward": ward, "office": office, **people}


SIGNED = {
    "signer_authority": "KT.",
    "signer_authority_title": "Trưởng ban",
    "signer_title": "Phó Trưởng ban",
    "signer_name": "Nguyễn Văn An",
    "recipients": "- Sở Nội vụ;\n- Lưu: VT.",
}


@pytest.fixture
def board_report(province):
    request = request_issue(
        user=province["aggregator"],
        issuer=province["P"],
        number="1995",
        symbol="UBND-NC",
        issued_on=D(2026, 11, 20),
        subject="Báo cáo kết quả công tác dân vận chính quyền năm 2026",
        period="2026",
        deadline=D(2026, 12, 10),
        targets=[province["board"]],
    )
    report = report_open(user=province["board_clerk"], request=request, unit=province["board"])
    return report_save(
        user=province["board_clerk"],
        report=report,
        expected_version=report.version,
        sections=_long_sections(0),
        number="45",
        report_date=DAY,
        **SIGNED,
    )


@pytest.fixture
def ward_consolidation(province):
    request = request_issue(
        user=province["ward_aggregator"],
        issuer=province["ward"],
        number="12",
        symbol="UBND-VP",
        issued_on=D(2026, 11, 20),
        subject="Báo cáo kết quả thực hiện dân chủ ở cơ sở năm 2026",
        period="2026",
        deadline=D(2026, 12, 1),
        targets=[province["office"]],
    )
    report = report_open(user=province["office_clerk"], request=request, unit=province["office"])
    report = report_save(
        user=province["office_clerk"],
        report=report,
        expected_version=report.version,
        sections=_long_sections(3),
        number="3",
        report_date=D(2026, 11, 28),
        **SIGNED,
    )
    report = report_submit(user=province["office_head"], report=report)
    report_review(user=province["ward_aggregator"], report=report, accept=True)
    consolidation = consolidation_build(user=province["ward_aggregator"], request=request)
    return consolidation_save(
        user=province["ward_aggregator"],
        consolidation=consolidation,
        expected_version=consolidation.version,
        sections=_long_sections(5),
        number="7",
        report_date=DAY,
        **SIGNED,
    )


# --- reading a rendered page ------------------------------------------------------------------


def _lines(words, *, left: bool):
    """The text lines of one header column, top to bottom, words joined by spaces."""
    chosen = [w for w in words if (w["x1"] <= BOUNDARY) == left]
    rows: dict[int, list] = {}
    for word in chosen:
        rows.setdefault(round(word["top"] / 3), []).append(word)
    return [
        " ".join(w["text"] for w in sorted(r, key=lambda w: w["x0"]))
        for _, r in sorted(rows.items())
    ]


def _header_words(page):
    """Words above the type of document (or the appendix title): the two-column header."""
    words = page.extract_words()
    title = [w for w in words if w["text"] in ("BÁO", "KẾ", "PHỤ")]
    limit = min(w["top"] for w in title) if title else page.height / 4
    return [w for w in words if w["top"] < limit - 1]


def _page_lines(page):
    """(text, all bold?) per line of the page, top to bottom."""
    out = []
    for line in page.extract_text_lines(return_chars=True):
        chars = [c for c in line["chars"] if c["text"].strip()]
        out.append((line["text"], bool(chars) and all("Bold" in c["fontname"] for c in chars)))
    return out


def _look(name: str, pdf_bytes: bytes):
    """Writes the PDF and its first page as PNG under test-artifacts/pages/."""
    PAGES.mkdir(parents=True, exist_ok=True)
    path = PAGES / f"{name}.pdf"
    path.write_bytes(pdf_bytes)
    subprocess.run(
        ["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(PAGES / name)],
        check=True,
    )
    return Image.open(sorted(PAGES.glob(f"{name}-*1.png"))[0]).convert("L")


def _check_first_page(name, pdf_bytes, *, left_lines, number_line, date_line):
    image = _look(name, pdf_bytes)
    with pdfplumber.open(io.BytesIO(pdf_bytes)) as pdf:
        first = pdf.pages[0]
        header = _header_words(first)
        # No word of the header straddles the two columns.
        straddling = [w["text"] for w in header if w["x0"] < BOUNDARY < w["x1"]]
        assert not straddling, f"{name}: chữ đè lên ranh giới hai cột: {straddling}"
        left = _lines(header, left=True)
        right = _lines(header, left=False)
        bottom = max(w["bottom"] for w in header)
        pages = list(pdf.pages)
        body = [_page_lines(p) for p in pages]
    # Each left line exactly as the administrator broke it; the number line under them.
    assert left == left_lines + ([number_line] if number_line else []), f"{name}: {left}"
    assert right[:2] == ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"]
    assert right[-1] == date_line, f"{name}: {right}"
    # In the picture: a blank vertical band separates the columns over the whole header.
    scale = image.width / first.width
    rows = range(int(first.chars[0]["top"] * scale), int(bottom * scale))
    x = int(BOUNDARY * scale)
    band = [
        column
        for column in range(x - 6, x + 7)
        if all(image.getpixel((column, row)) > 160 for row in rows)
    ]
    assert band, f"{name}: hai cột tiêu đề chạm nhau trên ảnh trang đầu"
    # A header line of fragments ("KINH / TẾ") would show as a line of one short word.
    assert all(len(line.split()) >= 2 or line in ("SỞ", "VĂN PHÒNG") for line in left)
    return body


def _check_no_heading_at_a_pages_foot(name, body):
    signature = next(n for n, lines in enumerate(body) if any("Nơi nhận" in t for t, _ in lines))
    assert signature >= 1, f"{name}: văn bản mẫu phải dài hơn một trang"
    for number, lines in enumerate(body[:signature], start=1):
        text, bold = lines[-1]
        assert not bold, f"{name}: trang {number} kết thúc bằng tiêu đề «{text}»"


# --- the four document types --------------------------------------------------------------------


def test_unit_report_first_page(board_report, libreoffice):
    rendered = render.render_report(board_report, "pdf")
    body = _check_first_page(
        "bao-cao-don-vi",
        rendered.content,
        left_lines=BOARD_PARENT + BOARD_ISSUER,
        number_line="Số: 45/BC-BQL",
        date_line="Gia Lai, ngày 05 tháng 12 năm 2026",
    )
    _check_no_heading_at_a_pages_foot("bao-cao-don-vi", body)


def test_consolidated_report_of_a_ward_first_page(ward_consolidation, libreoffice):
    rendered = render.render_consolidation(ward_consolidation, "pdf")
    body = _check_first_page(
        "bao-cao-tong-hop",
        rendered.content,
        left_lines=WARD_ISSUER,  # broken by the layout before the place name
        number_line="Số: 07/BC-UBND",
        date_line="Quy Nhơn, ngày 05 tháng 12 năm 2026",
    )
    _check_no_heading_at_a_pages_foot("bao-cao-tong-hop", body)


def test_appendix_first_page(province, libreoffice):
    from danvan.indicators.selectors import indicators_scope

    scope = indicators_scope(province["admin"], "W", "2026")
    rendered = render.render_appendix(scope, "pdf")
    _check_first_page(
        "phu-luc",
        rendered.content,
        left_lines=WARD_ISSUER,
        number_line="",
        date_line="Quy Nhơn, ngày tháng năm",
    )


def test_plan_first_page(province, libreoffice):
    from danvan.plans.services import plan_create, plan_item_add

    plan = plan_create(
        user=province["board_clerk"],
        unit=province["board"],
        subject="Kế hoạch công tác dân vận năm 2027",
        number="3",
        issued_on=DAY,
        sections=_long_sections(7),
    )
    plan_item_add(
        user=province["board_clerk"], plan=plan, content="Báo cáo 6 tháng", unit=province["board"]
    )
    rendered = render.render_plan(plan, "pdf")
    body = _check_first_page(
        "ke-hoach",
        rendered.content,
        left_lines=BOARD_PARENT + BOARD_ISSUER,
        number_line="Số: 03/KH-BQL",
        date_line="Gia Lai, ngày 05 tháng 12 năm 2026",
    )
    _check_no_heading_at_a_pages_foot("ke-hoach", body)


# --- the same facts in the Word file ------------------------------------------------------------


def _word(rendered):
    return docx.Document(io.BytesIO(rendered.content))


def test_the_word_files_say_the_same(board_report, ward_consolidation):
    report = _word(render.render_report(board_report, "docx"))
    left, right = report.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [
        *BOARD_PARENT,
        *BOARD_ISSUER,
        "Số: 45/BC-BQL",
    ]
    assert [p.text for p in right.paragraphs if p.text][-1] == "Gia Lai, ngày 05 tháng 12 năm 2026"
    consolidated = _word(render.render_consolidation(ward_consolidation, "docx"))
    left, right = consolidated.tables[0].rows[0].cells
    assert [p.text for p in left.paragraphs if p.text] == [*WARD_ISSUER, "Số: 07/BC-UBND"]
    assert [p.text for p in right.paragraphs if p.text][-1] == (
        "Quy Nhơn, ngày 05 tháng 12 năm 2026"
    )
    for document in (report, consolidated):
        headings = [
            p
            for p in document.paragraphs
            if p.text.strip()
            and all(r.bold for r in p.runs if r.text.strip())
            and p.text.strip()[:2] in ("I.", "II", "IV", "V.", "1.", "2.", "3.")
        ]
        assert headings and all(p.paragraph_format.keep_with_next for p in headings)
        closing = next(p for p in document.paragraphs if p.text.startswith(CLOSING_LEAD))
        assert closing.paragraph_format.keep_with_next  # leads into the signature block
        assert document.styles["Normal"].paragraph_format.widow_control
