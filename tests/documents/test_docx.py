"""Word files read back: the layout rules of Nghị định 30/2020 and the figures of the engine."""

import datetime
import io
import unicodedata

import docx
import pytest
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml.ns import qn

from danvan.documents import render
from danvan.documents.builders import document_for_report
from danvan.documents.layout import render_docx
from danvan.reporting.figures import report_result


def _read(rendered) -> docx.Document:
    return docx.Document(io.BytesIO(rendered.content))


def _runs(paragraph):
    return [r for r in paragraph.runs if r.text.strip()]


def _find(document, text):
    for paragraph in document.paragraphs:
        if paragraph.text.strip() == text:
            return paragraph
    raise AssertionError(f"«{text}» không có trong văn bản")


@pytest.fixture
def report_docx(accepted_report):
    return _read(render.render_report(accepted_report, "docx"))


def test_page_is_a4_with_the_decrees_margins_and_numbers_from_page_two(report_docx):
    section = report_docx.sections[0]
    assert round(section.page_width.mm) == 210 and round(section.page_height.mm) == 297
    assert [round(m.mm) for m in (section.top_margin, section.bottom_margin)] == [20, 20]
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [30, 15]
    assert section.different_first_page_header_footer is True
    header = section.header.paragraphs[0]
    assert header.alignment == WD_ALIGN_PARAGRAPH.CENTER
    instructions = header._p.findall(".//" + qn("w:instrText"))
    assert [i.text.strip() for i in instructions] == ["PAGE"]
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()


def test_the_two_column_header(report_docx):
    left, right = report_docx.tables[0].rows[0].cells
    texts = [p.text for p in left.paragraphs if p.text]
    # The parent body with the usual abbreviation (Nghị định 30/2020, Phụ lục I, II.2.a).
    assert texts == ["UBND TỈNH THỬ", "SỞ NỘI VỤ", "Số: 128/BC-SNV"]
    parent, issuing = (_runs(p)[0] for p in left.paragraphs[:2])
    assert not parent.bold and issuing.bold
    assert parent.font.size.pt == 13 and issuing.font.size.pt == 13
    national, motto, *rest = [p for p in right.paragraphs if p.text]
    assert national.text == "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" and _runs(national)[0].bold
    assert motto.text == "Độc lập - Tự do - Hạnh phúc" and _runs(motto)[0].bold
    assert rest[0].text == "Thử, ngày 08 tháng 11 năm 2021" and _runs(rest[0])[0].italic
    # The rules under the issuing body and under the motto: bottom borders on short paragraphs.
    assert left._tc.findall(".//" + qn("w:bottom")) and right._tc.findall(".//" + qn("w:bottom"))


def test_type_summary_and_body(report_docx):
    kind = _find(report_docx, "BÁO CÁO")
    assert kind.alignment == WD_ALIGN_PARAGRAPH.CENTER and _runs(kind)[0].bold
    summary = _find(report_docx, "Kết quả thực hiện quy chế dân chủ ở cơ sở năm 2021")
    assert _runs(summary)[0].bold and summary.alignment == WD_ALIGN_PARAGRAPH.CENTER
    opening = next(p for p in report_docx.paragraphs if p.text.startswith("Thực hiện Văn bản"))
    assert opening.alignment == WD_ALIGN_PARAGRAPH.JUSTIFY
    assert round(opening.paragraph_format.first_line_indent.mm, 1) == 12.7
    assert _runs(opening)[0].font.size.pt == 14 and _runs(opening)[0].font.name == "Times New Roman"
    body = next(p for p in report_docx.paragraphs if p.text.startswith("Đơn vị có"))
    bold = [r.text for r in body.runs if r.bold]
    italic = [r.text for r in body.runs if r.italic]
    assert bold == ["06 phòng"] and italic == ["01 đơn vị"]
    assert _find(report_docx, "- Tổ chức hội nghị") and _find(report_docx, "2. Tăng cường")
    assert _runs(_find(report_docx, "III. KẾT QUẢ THỰC HIỆN"))[0].bold
    inline = report_docx.tables[1]
    assert [c.text for c in inline.rows[1].cells] == ["Hồ sơ", "3"]


def test_signature_block_and_recipients(report_docx):
    left, right = report_docx.tables[2].rows[0].cells
    title = left.paragraphs[0]
    assert title.text == "Nơi nhận:" and _runs(title)[0].bold and _runs(title)[0].italic
    assert _runs(title)[0].font.size.pt == 12
    assert [p.text for p in left.paragraphs[1:]] == ["- Sở Nội vụ (báo cáo);", "- Lưu: VT."]
    assert _runs(left.paragraphs[1])[0].font.size.pt == 11
    signed = [p for p in right.paragraphs if p.text]
    assert [p.text for p in signed] == ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "Nguyễn Văn An"]
    assert all(_runs(p)[0].bold for p in signed)


def test_the_appendix_holds_the_engines_figures(accepted_report, report_docx):
    caption = next(p for p in report_docx.paragraphs if p.text.startswith("(Kèm theo"))
    assert caption.text == "(Kèm theo Báo cáo số 128/BC-SNV ngày 08/11/2021 của Sở Nội vụ)"
    assert _runs(caption)[0].italic
    table = report_docx.tables[-1]
    assert [c.text for c in table.rows[0].cells] == [
        "STT",
        "Chỉ tiêu",
        "Đơn vị tính",
        "Số liệu",
        "Ghi chú",
    ]
    shown = {row.cells[1].text: row.cells[3].text for row in table.rows[1:]}
    result = report_result(accepted_report)
    assert shown["Tổng số hồ sơ tiếp nhận"] == str(result.value("HS_TIEP_NHAN")) == "3"
    assert shown["Tỷ lệ hồ sơ tiếp nhận trực tuyến"] == "2/3, đạt 66,67%"


def test_all_text_is_nfc(report_docx):
    texts = [p.text for p in report_docx.paragraphs]
    texts += [c.text for t in report_docx.tables for row in t.rows for c in row.cells]
    assert all(unicodedata.is_normalized("NFC", t) for t in texts)


def test_a_long_unit_name_is_broken_into_lines_of_the_fixed_header_cell(accepted_report):
    from danvan.orgunits.services import orgunit_rename

    orgunit_rename(
        unit=accepted_report.unit,
        name="Trung tâm Phục vụ hành chính công và Xúc tiến đầu tư tỉnh Thử",
        effective=datetime.date(2021, 1, 1),
    )
    document = document_for_report(accepted_report)
    read = docx.Document(io.BytesIO(render_docx(document)))
    widths = [round(c.width.mm) for c in read.tables[0].rows[0].cells]
    assert widths == [72, 93]
    lines = [p.text for p in read.tables[0].rows[0].cells[0].paragraphs if p.text]
    # Each line its own paragraph, broken before the place name, no lone word.
    assert lines[-2:] == ["TỈNH THỬ", "Số: 128/BC-SNV"] or len(lines) >= 3
    assert all(len(line.split()) > 1 for line in lines)


def test_the_administrators_header_lines_are_the_documents(accepted_report):
    from danvan.orgunits.services import orgunit_letterhead_set

    orgunit_letterhead_set(
        unit=accepted_report.unit,
        symbol="SNV",
        parent_header="ỦY BAN NHÂN DÂN\nTỈNH THỬ",
        issuer_header="SỞ\nNỘI VỤ",
        day=datetime.date(2021, 11, 8),
    )
    read = docx.Document(io.BytesIO(render_docx(document_for_report(accepted_report))))
    left = read.tables[0].rows[0].cells[0]
    assert [p.text for p in left.paragraphs if p.text][:4] == [
        "ỦY BAN NHÂN DÂN",
        "TỈNH THỬ",
        "SỞ",
        "NỘI VỤ",
    ]
    parent, issuer = _runs(left.paragraphs[1])[0], _runs(left.paragraphs[3])[0]
    assert not parent.bold and issuer.bold


def test_a_plan_and_a_consolidation_render(accepted_report, users, tree):
    from danvan.plans.services import plan_create, plan_item_add

    plan = plan_create(
        user=users["clerk_a"],
        unit=tree["A"],
        subject="Kế hoạch công tác dân vận năm 2023",
        number="05",
        symbol="KH-SNV",
        sections={"I": "<p>Mục đích</p>", "II": "<p>Nội dung</p>", "III": "<p>Tổ chức</p>"},
    )
    plan_item_add(user=users["clerk_a"], plan=plan, content="Báo cáo 6 tháng", unit=tree["A1"])
    read = _read(render.render_plan(plan, "docx"))
    assert _find(read, "KẾ HOẠCH") and _find(read, "II. NỘI DUNG")
    assert [c.text for c in read.tables[1].rows[1].cells] == [
        "1",
        "Báo cáo 6 tháng",
        "Phòng Xây dựng chính quyền",
        "",
    ]
    consolidated = _read(render.render_consolidation(accepted_report.request.consolidation, "docx"))
    assert _find(consolidated, "BÁO CÁO")
    left = consolidated.tables[0].rows[0].cells[0]
    assert "Số: 310/BC-UBND" in [p.text for p in left.paragraphs]
    signature = consolidated.tables[-2].rows[0].cells
    assert [p.text for p in signature[1].paragraphs if p.text] == [
        "TM. ỦY BAN NHÂN DÂN",
        "CHỦ TỊCH",
        "Trần Văn Bình",
    ]
    assert [p.text for p in signature[0].paragraphs][1:] == ["- Bộ Nội vụ;", "- Lưu: VT."]
    table = consolidated.tables[-1]
    shown = {row.cells[1].text: row.cells[3].text for row in table.rows[1:]}
    assert shown["Tổng số hồ sơ tiếp nhận"] == "3"


def test_an_unknown_format_is_refused(accepted_report):
    from danvan.core.errors import DomainError

    with pytest.raises(DomainError, match="chọn một trong: docx, pdf"):
        render.render_report(accepted_report, "odt")
