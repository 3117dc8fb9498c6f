"""Report types over the API (list, detail with versions), requests naming a type by code with
a window of several years, and the registers a type lists in the report page and Word file
(through the test register plugin: reporting never names a domain app)."""

import datetime
import io
import json

import pytest
from django.urls import reverse
from docx import Document as Docx

from danvan.core.errors import DomainError
from danvan.documents.builders import document_for_report
from danvan.documents.layout import render_docx
from danvan.reporting import services, type_services
from danvan.reporting.listings import report_listings
from danvan.reporting.models import ReportRequest
from danvan.reporting.outlines import report_outline
from tests.plugin_register.models import TreePlanting

D = datetime.date


def _json(client, method, path, body=None):
    response = getattr(client, method)(
        path, json.dumps(body) if body is not None else "", content_type="application/json"
    )
    return response.status_code, response.json()


def test_the_types_are_listed_and_detailed_over_the_api(users, api_client):
    client = api_client(users["clerk_a"])
    status, listed = _json(client, "get", "/api/v1/report-types/")
    assert status == 200
    codes = [t["code"] for t in listed]
    assert {"BC_DINH_KY", "BC_SO_KET", "BC_TONG_KET", "BC_CHUYEN_DE"} <= set(codes)
    status, detail = _json(client, "get", "/api/v1/report-types/BC_SO_KET/")
    assert status == 200 and detail["name"] == "Báo cáo sơ kết"
    version = detail["versions"][0]
    assert version["number"] == detail["current_version"] == 1
    labels = [(h["key"], h["label"], h["level"]) for h in version["headings"]]
    assert ("IV.1", "1. Ưu điểm", 2) in labels
    assert "    1. Ưu điểm" in version["outline_text"].splitlines()
    status, missing = _json(client, "get", "/api/v1/report-types/BC_KHONG/")
    assert status == 404 and "Không có loại báo cáo" in missing["detail"]
    schema = client.get("/api/v1/openapi.json").json()
    assert "/api/v1/report-types/" in schema["paths"]
    assert "/api/v1/report-types/{report_type}/" in schema["paths"]


def test_a_request_names_its_type_by_code_with_a_window_of_years(users, tree, api_client):
    client = api_client(users["aggregator"])
    body = {
        "issuer": "P",
        "number": "611",
        "symbol": "SNV-CCVC",
        "issued_on": "2022-04-09",
        "subject": "Sơ kết 03 năm thực hiện phong trào",
        "period": "2022",
        "deadline": "2022-04-25",
        "targets": ["A"],
        "window_start": "2019-10-01",
        "window_end": "2022-04-09",
        "report_type": "BC_SO_KET",
    }
    status, created = _json(client, "post", "/api/v1/reporting/requests/", body)
    assert status == 201, created
    assert created["report_type"] == "BC_SO_KET"
    assert created["window_start"] == "2019-10-01" and created["window_end"] == "2022-04-09"
    request = ReportRequest.objects.get(pk=created["id"])
    report = services.report_open(user=users["clerk_a"], request=request, unit=tree["A"])
    assert [h.key for h in report_outline(report)] == [
        "I",
        "II",
        "III",
        "IV",
        "IV.1",
        "IV.2",
        "IV.3",
        "V",
        "VI",
    ]
    status, refused = _json(
        client, "post", "/api/v1/reporting/requests/", {**body, "report_type": "BC_KHONG"}
    )
    assert status == 400 and "BC_KHONG" in refused["detail"]
    assert ReportRequest.objects.count() == 1
    # Without a type: the standard one.
    status, plain = _json(
        client,
        "post",
        "/api/v1/reporting/requests/",
        {**body, "number": "612", "report_type": None},
    )
    assert status == 201 and plain["report_type"] == "BC_DINH_KY"


def _listing_type(admin, registers):
    return type_services.report_type_create(
        user=admin,
        code="BC_CAY",
        name="Báo cáo trồng cây",
        document_kind="BÁO CÁO",
        outline_text="I. Tình hình\nII. Kết quả",
        figures_section="II",
        form_code="",
        appendix_registers=registers,
        note="",
    )


def _plant(unit, code, day, trees):
    TreePlanting.objects.create(unit=unit, code=code, planted_on=day, trees=trees)


@pytest.mark.parametrize(
    "registers, message",
    [
        (["khong-co"], "Không có sổ «khong-co»."),
        ([{"register": "tree-plantings", "columns": ["lạ"]}], "không có cột «lạ»"),
        ([{"register": "khong-co", "columns": ["ma"]}], "Không có sổ «khong-co»."),
    ],
)
def test_a_type_naming_an_unknown_register_or_column_is_refused(users, registers, message):
    with pytest.raises(DomainError, match=message):
        _listing_type(users["admin"], registers)


def test_the_type_lists_the_register_records_of_the_unit_in_the_window(users, tree, client):
    version = _listing_type(
        users["admin"], [{"register": "tree-plantings", "columns": ["ma", "so_cay"]}]
    )
    _plant(tree["A"], "TC-1", D(2019, 10, 1), 30)  # first day of the window
    _plant(tree["A"], "TC-2", D(2022, 4, 9), 15)  # last day
    _plant(tree["A"], "TC-0", D(2019, 9, 30), 99)  # the day before: not listed
    _plant(tree["B"], "TC-B", D(2021, 1, 1), 7)  # another unit: not listed
    request = services.request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="700",
        symbol="SNV",
        issued_on=D(2022, 4, 9),
        subject="Trồng cây",
        period="2022",
        window=(D(2019, 10, 1), D(2022, 4, 9)),
        deadline=D(2022, 4, 25),
        targets=[tree["A"]],
        report_type=version.report_type.code,
    )
    report = services.report_open(user=users["clerk_a"], request=request, unit=tree["A"])
    (listing,) = report_listings(report)
    assert listing.title == "Sổ trồng cây"
    assert listing.header == ["STT", "Mã đợt trồng", "Số cây"]
    assert listing.body == [["1", "TC-1", "30"], ["2", "TC-2", "15"]]
    client.force_login(users["clerk_a"])
    page = client.get(reverse("reporting:report", args=[report.pk])).content.decode()
    assert "Sổ trồng cây" in page and "TC-2" in page and "TC-0" not in page and "TC-B" not in page
    docx = Docx(io.BytesIO(render_docx(document_for_report(report))))
    texts = [p.text for p in docx.paragraphs]
    assert any("SỔ TRỒNG CÂY" in t for t in texts)
    cells = [[c.text for c in row.cells] for table in docx.tables for row in table.rows]
    assert ["1", "TC-1", "30"] in cells and ["2", "TC-2", "15"] in cells
    assert not any("TC-0" in c or "TC-B" in c for row in cells for c in row)


def test_a_so_ket_request_is_consolidated_up_two_levels_by_its_headings(users, tree):
    """P asks A for a sơ kết; A asks its department A1 (the same type); A1's nested heading
    «IV.2 Hạn chế» travels to A's consolidation, up to P's report and P's consolidation."""
    from danvan.reporting.services import (
        consolidation_build,
        consolidation_forward,
        report_review,
        report_save,
        report_submit,
    )
    from tests.conftest import make_user

    top = services.request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="611",
        symbol="SNV-CCVC",
        issued_on=D(2022, 4, 9),
        subject="Sơ kết 03 năm",
        period="2022",
        window=(D(2019, 10, 1), D(2022, 4, 9)),
        deadline=D(2022, 4, 25),
        targets=[tree["A"]],
        report_type="BC_SO_KET",
    )
    aggregator_a = make_user("tonghop.a", "tong_hop", tree["A"], subtree=True)
    clerk_a1 = make_user("chuyenvien.a1", "chuyen_vien", tree["A1"])
    head_a1 = make_user("lanhdao.a1", "lanh_dao", tree["A1"])
    child = services.request_issue(
        user=aggregator_a,
        issuer=tree["A"],
        number="45",
        symbol="SNV-VP",
        issued_on=D(2022, 4, 10),
        subject="Sơ kết 03 năm (phục vụ tổng hợp)",
        period="2022",
        window=(D(2019, 10, 1), D(2022, 4, 9)),
        deadline=D(2022, 4, 20),
        targets=[tree["A1"]],
        parent=top,
        report_type="BC_SO_KET",
    )
    a1 = services.report_open(user=clerk_a1, request=child, unit=tree["A1"])
    a1 = report_save(
        user=clerk_a1,
        report=a1,
        expected_version=a1.version,
        sections={**a1.sections, "IV.2": "<p>Hạn chế của phòng A1.</p>"},
    )
    a1 = report_submit(user=head_a1, report=a1)
    report_review(user=aggregator_a, report=a1, accept=True)
    built = consolidation_build(user=aggregator_a, request=child)
    assert "IV.2" in built.sections and "Hạn chế của phòng A1." in built.sections["IV.2"]
    assert "Hạn chế của phòng A1." not in built.sections["IV.1"]
    upward = consolidation_forward(user=aggregator_a, consolidation=built)
    assert "Hạn chế của phòng A1." in upward.sections["IV.2"]
    upward = report_submit(user=users["head_a"], report=upward)
    report_review(user=users["aggregator"], report=upward, accept=True)
    province = consolidation_build(user=users["aggregator"], request=top)
    assert list(province.sections)[:5] == ["I", "II", "III", "IV", "IV.1"]
    assert "Hạn chế của phòng A1." in province.sections["IV.2"]


def test_a_deactivated_type_is_not_offered_and_its_requests_keep_their_version(users, tree):
    version = _listing_type(users["admin"], [])
    kept = services.request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="801",
        symbol="SNV",
        issued_on=D(2022, 4, 9),
        subject="Trồng cây",
        period="2022",
        deadline=D(2022, 4, 25),
        targets=[tree["A"]],
        report_type="BC_CAY",
    )
    type_services.report_type_update(
        user=users["admin"],
        report_type=version.report_type,
        active=False,
        name="Báo cáo trồng cây",
        document_kind="BÁO CÁO",
        outline_text="I. Khác",
        figures_section="",
        form_code="",
        appendix_registers=[],
    )
    with pytest.raises(DomainError, match="đã ngừng dùng"):
        services.request_issue(
            user=users["aggregator"],
            issuer=tree["P"],
            number="802",
            symbol="SNV",
            issued_on=D(2022, 4, 9),
            subject="Trồng cây",
            period="2022",
            deadline=D(2022, 4, 25),
            targets=[tree["A"]],
            report_type="BC_CAY",
        )
    kept = ReportRequest.objects.get(pk=kept.pk)
    assert kept.report_type == version and kept.report_type.number == 1
    report = services.report_open(user=users["clerk_a"], request=kept, unit=tree["A"])
    assert list(report.sections) == ["I", "II"]
