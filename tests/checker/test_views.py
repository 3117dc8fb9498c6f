"""The checker's pages: upload several files, the highlighted result, a workflow report's
check through the access gate, the button on the report page."""

import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.reporting.models import ReportRequest, RequestTarget, UnitReport
from tests.checker.helpers import make_docx
from tests.visible_text import visible_text

WRONG = "Tỷ lệ đúng hạn: 315/372 là 84,2% <b>đậm</b>."


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


@pytest.fixture
def report(tree):
    request = ReportRequest.objects.create(
        number="7",
        symbol="SNV-XDCQ",
        issued_on=datetime.date(2024, 10, 1),
        issuer=tree["P"],
        subject="Báo cáo công tác dân vận năm 2024",
        period="2024",
        deadline=datetime.date(2024, 11, 1),
    )
    RequestTarget.objects.create(request=request, unit=tree["A"])
    return UnitReport.objects.create(
        request=request,
        unit=tree["A"],
        sections={
            "II": "<p>Tiếp nhận 30 đơn, trong đó 45 đơn khiếu nại.</p>",
            "I": "<p>Đạt 45/67 &amp; 67,2%.</p><p>Họp ngày 31/4/2024.</p>",
        },
    )


def test_page_needs_login(client, db):
    response = client.get("/kiem-tra/")
    assert response.status_code == 302 and "/dang-nhap/" in response["Location"]


def test_upload_several_files_shows_each_result(users, login):
    client = login(users["clerk_a"])
    page = client.get("/kiem-tra/")
    assert page.status_code == 200 and "multiple" in page.content.decode()
    response = client.post(
        "/kiem-tra/",
        {
            "files": [
                upload("sai.txt", WRONG.encode("utf-8")),
                upload(
                    "bao-cao.docx",
                    make_docx(["Ban hành 25 văn bản, gồm: 10 kế hoạch, 8 công văn."]),
                ),
                upload("rong.txt", b"   "),
            ]
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "sai.txt" in html and "bao-cao.docx" in html and "rong.txt" in html
    assert "315/372 là 84,68%, không phải 84,2%." in html
    assert '<mark class="loi" id="t1-loi-1"' in html and ">315/372 là 84,2%</mark>" in html
    assert "&lt;b&gt;đậm&lt;/b&gt;" in html and "<b>đậm</b>" not in html  # user text escaped
    assert "Các thành phần cộng lại là 18, không phải 25" in html
    assert "rỗng, không có gì để kiểm tra" in html
    assert "Bảng mã UTF-8" in html


def test_a_too_large_upload_is_refused_in_vietnamese(users, login, settings):
    settings.DANVAN_MAX_UPLOAD_BYTES = 100
    client = login(users["clerk_a"])
    response = client.post("/kiem-tra/", {"files": [upload("lon.txt", b"a" * 200)]})
    assert "quá lớn" in response.content.decode()


def test_report_check_joins_sections_in_order(users, login, report):
    client = login(users["clerk_a"])
    html = client.get(f"/kiem-tra/bao-cao/{report.pk}/").content.decode()
    assert "Kiểm tra báo cáo của Sở Nội vụ" in html
    text = html[html.index('class="van-ban"') :]
    assert text.index("45/67 &amp; 67,2%") < text.index("30 đơn")  # section I before II
    assert "Thành phần 45 lớn hơn tổng số 30." in html
    assert "Ngày 31/4/2024 không có thật" in html


def test_report_check_goes_through_the_gate(users, login, report):
    assert login(users["clerk_b"]).get(f"/kiem-tra/bao-cao/{report.pk}/").status_code == 404
    assert login(users["aggregator"]).get(f"/kiem-tra/bao-cao/{report.pk}/").status_code == 200


def test_the_report_page_has_the_check_button(users, login, report):
    html = login(users["clerk_a"]).get(f"/bao-cao/bao-cao/{report.pk}/").content.decode()
    assert f'href="/kiem-tra/bao-cao/{report.pk}/"' in html
    assert "Kiểm tra báo cáo này" in html


def test_navigation_links_the_checker(users, login):
    html = login(users["clerk_a"]).get("/").content.decode()
    assert 'href="/kiem-tra/">Kiểm tra báo cáo</a>' in html


def test_bad_files_through_the_page_get_a_message_not_a_crash(users, login):
    from tests.checker.helpers import make_pdf, make_zip_bomb

    response = login(users["clerk_a"]).post(
        "/kiem-tra/",
        {
            "files": [
                upload("bom.docx", make_zip_bomb(8)),
                upload("scan.pdf", make_pdf([])),
                upload("anh.png", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
            ]
        },
    )
    html = response.content.decode()
    assert response.status_code == 200
    assert "bom nén" in html
    assert "không có lớp chữ" in html
    assert "không phải văn bản đọc được" in html


def test_a_request_over_the_size_limit_gets_the_vietnamese_413(users, login, settings):
    settings.DANVAN_MAX_REQUEST_BYTES = 10_000
    response = login(users["clerk_a"]).post(
        "/kiem-tra/", {"files": [upload("lon.txt", b"1 " * 20_000)]}
    )
    assert response.status_code == 413
    assert "quá lớn" in response.content.decode()


def test_the_figures_table_speaks_vietnamese(users, login):
    response = login(users["clerk_a"]).post(
        "/kiem-tra/",
        {"files": [upload("a.txt", "Đạt 45/67, bằng 67,2%; 60.000.000 đồng.".encode())]},
    )
    html = response.content.decode()
    assert "<td>45/67</td><td>tử số/mẫu số</td>" in html
    assert "<td>60.000.000 đồng</td><td>số tiền</td>" in html


def test_a_workflow_report_is_checked_with_its_outline_headings():
    from danvan.checker.selectors import sections_text

    text = sections_text({"III": "<ul><li>Tiếp nhận 524 hồ sơ</li></ul>", "I": "<p>Tình hình</p>"})
    assert text == (
        "I. ĐẶC ĐIỂM TÌNH HÌNH\nTình hình\n\nIII. KẾT QUẢ THỰC HIỆN\n- Tiếp nhận 524 hồ sơ"
    )


def test_findings_are_named_in_vietnamese_with_the_code_only_as_a_tooltip(users, login):
    client = login(users["clerk_a"])
    response = client.post("/kiem-tra/", {"files": [upload("sai.txt", WRONG.encode("utf-8"))]})
    html = response.content.decode()
    text = visible_text(html)
    assert "Tỷ lệ không khớp với tử số, mẫu số" in text
    assert "ratio_mismatch" not in text
    assert 'title="Mã quy tắc: ratio_mismatch"' in html
