"""Download buttons, API endpoints and `danvan render`: the same files, behind the gate."""

import io

import docx
import openpyxl
import pytest
from django.core.management import CommandError, call_command

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def test_the_pages_offer_and_serve_the_files(accepted_report, users, login):
    clerk = login(users["clerk_a"])
    page = clerk.get(f"/bao-cao/bao-cao/{accepted_report.pk}/").content.decode()
    assert f"/van-ban/bao-cao/{accepted_report.pk}/docx/" in page
    response = clerk.get(f"/van-ban/bao-cao/{accepted_report.pk}/docx/")
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    assert 'filename="bao-cao-A-2021.docx"' in response["Content-Disposition"]
    docx.Document(io.BytesIO(response.content))
    aggregator = login(users["aggregator"])
    request_id = accepted_report.request_id
    page = aggregator.get(f"/bao-cao/{request_id}/tong-hop/").content.decode()
    assert f"/van-ban/tong-hop/{request_id}/xlsx/" in page
    response = aggregator.get(f"/van-ban/tong-hop/{request_id}/xlsx/")
    assert response["Content-Type"] == XLSX
    openpyxl.load_workbook(io.BytesIO(response.content))
    page = aggregator.get("/chi-tieu/?don_vi=A&ky=2021").content.decode()
    assert "/van-ban/phu-luc/xlsx/?don_vi=A&amp;ky=2021" in page
    response = aggregator.get("/van-ban/phu-luc/docx/?don_vi=A&ky=2021&cap_duoi=on")
    assert response.status_code == 200 and response["Content-Type"] == DOCX


def test_bad_requests_get_a_clear_message(accepted_report, users, login):
    clerk = login(users["clerk_a"])
    response = clerk.get(f"/van-ban/bao-cao/{accepted_report.pk}/odt/")
    assert response.status_code == 400 and "chọn một trong: docx, pdf" in response.content.decode()
    response = clerk.get("/van-ban/phu-luc/docx/?don_vi=A&ky=2021-Q9")
    assert response.status_code == 400
    assert clerk.get("/van-ban/phu-luc/docx/?don_vi=B&ky=2021").status_code == 404
    # A clerk is not the issuer's aggregator or head: no consolidated report for them.
    assert clerk.get(f"/van-ban/tong-hop/{accepted_report.request_id}/docx/").status_code == 404


def test_the_api_serves_the_same_files(accepted_report, users, api_client):
    client = api_client(users["aggregator"])
    response = client.get(f"/api/v1/documents/reports/{accepted_report.pk}/docx")
    assert response.status_code == 200 and response["Content-Type"] == DOCX
    response = client.get("/api/v1/documents/appendix/xlsx?unit=A&period=2021")
    assert response.status_code == 200 and response["Content-Type"] == XLSX
    response = client.get(f"/api/v1/documents/consolidations/{accepted_report.request_id}/odt")
    assert response.status_code == 400
    outsider = api_client(users["clerk_b"])
    assert outsider.get(f"/api/v1/documents/reports/{accepted_report.pk}/docx").status_code == 404


def test_the_command_line(accepted_report, tmp_path, capsys):
    target = tmp_path / "bao-cao.docx"
    call_command("render", "report", "--id", str(accepted_report.pk), "-o", str(target))
    assert "Đã ghi" in capsys.readouterr().out
    docx.Document(str(target))
    sheet = tmp_path / "phu-luc.xlsx"
    call_command(
        "render",
        "appendix",
        "--unit",
        "A",
        "--period",
        "2021",
        "--format",
        "xlsx",
        "-o",
        str(sheet),
    )
    openpyxl.load_workbook(str(sheet))
    with pytest.raises(CommandError, match="Không có báo cáo số 999999"):
        call_command("render", "report", "--id", "999999", "-o", str(target))
    with pytest.raises(CommandError, match="Kỳ báo cáo|không hợp lệ"):
        call_command("render", "appendix", "--unit", "A", "--period", "2021-X", "-o", str(sheet))
