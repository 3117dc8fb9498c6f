"""PDF through LibreOffice, read back with pdfplumber, and looked at: the pages are rendered
to PNG (kept under test-artifacts/pages/ for CI) and the first page's header is not blank."""

import io
import os
import shutil
import subprocess
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from danvan.core.errors import DomainError
from danvan.documents import render
from danvan.documents.pdf import NO_LIBREOFFICE, docx_to_pdf, soffice

PAGES = Path(__file__).resolve().parents[2] / "test-artifacts" / "pages"


@pytest.fixture
def libreoffice():
    if soffice() is None or shutil.which("pdftoppm") is None:
        if os.environ.get("CI") == "true":
            pytest.fail("CI=true nhưng thiếu LibreOffice hoặc pdftoppm (xem .ci/run)")
        pytest.skip("Bỏ qua kiểm thử PDF: máy này chưa cài LibreOffice (soffice) hoặc pdftoppm")


def test_a_report_as_pdf_reads_like_the_word_file(accepted_report, libreoffice):
    rendered = render.render_report(accepted_report, "pdf")
    assert rendered.content.startswith(b"%PDF") and rendered.content_type == "application/pdf"
    with pdfplumber.open(io.BytesIO(rendered.content)) as pdf:
        first = pdf.pages[0]
        assert round(first.width) == 595 and round(first.height) == 842  # A4 in points
        text = first.extract_text()
        assert "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" in text
        assert "Độc lập - Tự do - Hạnh phúc" in text
        assert "Số: 128/BC-SNV" in text and "BÁO CÁO" in text
        words = first.extract_words()
        assert min(w["x0"] for w in words) == pytest.approx(30 / 25.4 * 72, abs=4)
        last = pdf.pages[-1].extract_text()
        assert "PHỤ LỤC TỔNG HỢP SỐ LIỆU" in "".join(p.extract_text() for p in pdf.pages)
        assert len(pdf.pages) >= 2 and last.strip().splitlines()[0].strip().isdigit()
        # No page number on page one.
        assert not text.strip().splitlines()[0].strip().isdigit()
    PAGES.mkdir(parents=True, exist_ok=True)
    pdf_path = PAGES / "bao-cao.pdf"
    pdf_path.write_bytes(rendered.content)
    subprocess.run(
        ["pdftoppm", "-r", "50", "-png", str(pdf_path), str(PAGES / "bao-cao")], check=True
    )
    first_png = sorted(PAGES.glob("bao-cao-*1.png"))[0]
    page = Image.open(first_png).convert("L")
    header = page.crop((0, 0, page.width, page.height // 5))
    dark = sum(1 for value in header.get_flattened_data() if value < 128)
    assert dark > 500, "the first page's header region is blank"


def test_appendix_and_plan_as_pdf(accepted_report, users, tree, libreoffice):
    from danvan.indicators.selectors import indicators_scope
    from danvan.plans.services import plan_create

    scope = indicators_scope(users["admin"], "A", "2021")
    with pdfplumber.open(io.BytesIO(render.render_appendix(scope, "pdf").content)) as pdf:
        assert "PHỤ LỤC SỐ LIỆU" in pdf.pages[0].extract_text()
    plan = plan_create(user=users["clerk_a"], unit=tree["A"], subject="Kế hoạch năm 2023")
    with pdfplumber.open(io.BytesIO(render.render_plan(plan, "pdf").content)) as pdf:
        assert "KẾ HOẠCH" in pdf.pages[0].extract_text()


def test_without_libreoffice_the_message_is_clear(settings):
    settings.DANVAN_SOFFICE = "/khong/co/soffice"
    with pytest.raises(DomainError) as caught:
        docx_to_pdf(b"PK")
    assert caught.value.message == NO_LIBREOFFICE


def test_without_libreoffice_the_download_says_so(accepted_report, users, login, settings):
    settings.DANVAN_SOFFICE = "/khong/co/soffice"
    response = login(users["clerk_a"]).get(f"/van-ban/bao-cao/{accepted_report.pk}/pdf/")
    assert response.status_code == 503
    assert "chưa cài LibreOffice" in response.content.decode()
