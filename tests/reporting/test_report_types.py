"""Report types as data: outlines typed as text, versions, requests of a type, their drafts,
consolidation and Word file."""

import datetime
import io

import pytest
from django.urls import reverse
from docx import Document as Docx
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.core.errors import DomainError, Forbidden
from danvan.documents.builders import document_for_report
from danvan.documents.layout import render_docx
from danvan.reporting import services, type_services
from danvan.reporting.models import ReportRequest, ReportType
from danvan.reporting.outlines import (
    outline_from_text,
    outline_headings,
    outline_text,
    report_outline,
)

D = datetime.date
REVIEW_TEXT = """I. Đặc điểm tình hình
II. Công tác triển khai thực hiện phong trào thi đua
III. Kết quả đạt được
IV. Đánh giá chung
    1. Ưu điểm
    2. Hạn chế
    3. Nguyên nhân
V. Phương hướng, nhiệm vụ
VI. Kiến nghị, đề xuất"""


def test_an_outline_typed_as_text_nests_by_its_numbers():
    outline = outline_from_text(REVIEW_TEXT)
    headings = outline_headings(outline)
    assert [h.key for h in headings] == [
        "I", "II", "III", "IV", "IV.1", "IV.2", "IV.3", "V", "VI"
    ]  # fmt: skip
    assert headings[4].label == "1. Ưu điểm" and headings[4].level == 2
    assert outline_from_text(outline_text(outline)) == outline
    deeper = outline_headings(outline_from_text("I. A\n1. B\na) C\nb) D\n2. E"))
    assert [(h.key, h.label) for h in deeper] == [
        ("I", "I. A"), ("I.1", "1. B"), ("I.1.a", "a) C"), ("I.1.b", "b) D"), ("I.2", "2. E")
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "ít nhất một mục"),
        ("Đặc điểm tình hình", "không bắt đầu bằng số mục"),
        ("I.", "chưa có tên"),
        ("1. Ưu điểm", "phải nằm dưới một mục cấp trên"),
        ("I. A\na) B", "phải nằm dưới một mục cấp trên"),
        ("I. A\nI. B", "trùng"),
        ("I. " + "x" * 301, "dài quá"),
    ],
)
def test_a_bad_outline_is_refused_with_its_line(text, message):
    with pytest.raises(DomainError) as error:
        outline_from_text(text)
    assert message in error.value.message


_TITLES = (
    st.text(alphabet=st.sampled_from("abcdeđơưạảấầểệỗ ĐẠIHỌC"), min_size=1, max_size=30)
    .map(str.strip)
    .filter(bool)
)


@given(st.lists(st.tuples(_TITLES, st.lists(_TITLES, max_size=3)), min_size=1, max_size=8))
@settings(deadline=None)  # a loaded machine must not fail it on time alone
def test_outlines_round_trip(tree):
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII"]
    lines = []
    for n, (title, children) in enumerate(tree):
        lines.append(f"{roman[n]}. {title}")
        lines += [f"    {m}. {child}" for m, child in enumerate(children, start=1)]
    outline = outline_from_text("\n".join(lines))
    assert outline_from_text(outline_text(outline)) == outline
    assert len(outline_headings(outline)) == len(lines)


def test_the_shipped_types_and_existing_requests(db):
    codes = set(ReportType.objects.values_list("code", flat=True))
    assert {"BC_DINH_KY", "BC_SO_KET", "BC_TONG_KET", "BC_CHUYEN_DE"} <= codes
    standard = ReportType.objects.get(code="BC_DINH_KY").versions.get(number=1)
    assert [h.label for h in outline_headings(standard.outline)][2] == "III. KẾT QUẢ THỰC HIỆN"


def _type(user, code="BC_THU", text=REVIEW_TEXT, **extra):
    return type_services.report_type_create(
        user=user,
        code=code,
        name="Báo cáo sơ kết phong trào",
        document_kind="báo cáo",
        outline_text=text,
        figures_section="III",
        form_code="",
        appendix_registers=extra.get("appendix_registers", []),
        note="",
    )


def test_only_a_province_administrator_edits_types(db, users):
    with pytest.raises(Forbidden):
        _type(users["clerk_a"])
    with pytest.raises(Forbidden):
        _type(users["aggregator"])
    version = _type(users["admin"])
    assert version.number == 1 and version.report_type.document_kind == "BÁO CÁO"
    with pytest.raises(DomainError, match="Đã có loại báo cáo"):
        _type(users["admin"])
    with pytest.raises(DomainError, match="không có trong đề cương"):
        type_services.report_type_update(
            user=users["admin"],
            report_type=version.report_type,
            name="X",
            document_kind="BÁO CÁO",
            outline_text="I. Một\nII. Hai",
            figures_section="III",
            form_code="",
            appendix_registers=["khong-co"],
        )
    assert version.report_type.versions.count() == 1  # the refused save changed nothing


def _issue(users, tree, version):
    return services.request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="611",
        symbol="SNV-CCVC",
        issued_on=D(2022, 4, 9),
        subject="Sơ kết 03 năm thực hiện phong trào thi đua",
        period="2022",
        window=(D(2019, 10, 1), D(2022, 4, 9)),
        deadline=D(2022, 4, 25),
        targets=[tree["A"]],
        report_type=version,
    )


def test_a_request_of_a_type_opens_its_outline_and_keeps_its_version(db, users, tree):
    version = _type(users["admin"])
    request = _issue(users, tree, version.report_type.code)
    assert request.report_type == version
    report = services.report_open(user=users["clerk_a"], request=request, unit=tree["A"])
    assert list(report.sections) == ["I", "II", "III", "IV", "IV.1", "IV.2", "IV.3", "V", "VI"]
    assert "data-chi-tieu=" in report.sections["III"]  # the figures open section III
    report = services.report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        sections={"IV.2": "<p>Quy chế chưa sửa đổi kịp thời.</p>", "ZZ": "<p>lạ</p>"},
    )
    assert report.sections["IV.2"] == "<p>Quy chế chưa sửa đổi kịp thời.</p>"
    assert "ZZ" not in report.sections
    # A later version of the type does not change the request's outline.
    type_services.report_type_update(
        user=users["admin"],
        report_type=version.report_type,
        name="Báo cáo sơ kết",
        document_kind="BÁO CÁO",
        outline_text="I. Một\nII. Hai\nIII. Ba",
        figures_section="III",
        form_code="",
        appendix_registers=[],
    )
    request = ReportRequest.objects.get(pk=request.pk)
    assert [h.key for h in report_outline(report)][4] == "IV.1"
    assert request.report_type.number == 1
    # The Word file: the type's headings, numbered by level.
    docx = Docx(io.BytesIO(render_docx(document_for_report(report))))
    texts = [p.text for p in docx.paragraphs]
    assert "BÁO CÁO" in texts
    assert "IV. Đánh giá chung" in texts and "2. Hạn chế" in texts
    assert "Quy chế chưa sửa đổi kịp thời." in texts


def test_an_unknown_type_is_refused(db, users, tree):
    with pytest.raises(DomainError, match="Không có loại báo cáo «BC_KHONG»"):
        _issue(users, tree, "BC_KHONG")
    assert not ReportRequest.objects.filter(number="611").exists()


def test_the_type_pages(db, users, client):
    client.force_login(users["clerk_a"])
    page = client.get(reverse("reporting:types"))
    assert page.status_code == 200 and "Báo cáo sơ kết" in page.content.decode()
    assert "Thêm loại báo cáo" not in page.content.decode()
    refused = client.post(reverse("reporting:types"), {"code": "BC_X"})
    assert refused.status_code == 403
    client.force_login(users["admin"])
    typed = "I. Một\n1. Con"
    bad = client.post(
        reverse("reporting:types"),
        {
            "code": "BC_X",
            "name": "X",
            "document_kind": "BÁO CÁO",
            "outline_text": "I. Một\nII. Một\nI. Lại",
        },
    )
    assert "trùng" in bad.content.decode() and "I. Lại" in bad.content.decode()
    done = client.post(
        reverse("reporting:types"),
        {"code": "BC_X", "name": "X", "document_kind": "BÁO CÁO", "outline_text": typed},
    )
    assert done.status_code == 302
    page = client.get(reverse("reporting:type", args=["BC_X"]))
    assert "1. Con" in page.content.decode()
