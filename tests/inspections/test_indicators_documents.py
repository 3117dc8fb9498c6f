"""The figures of recommendations (4 of 6 remedied → 66,7%) with their records, and the two
documents read back with python-docx."""

import datetime
import io

import docx
import pytest

from danvan.documents import render as documents
from danvan.indicators.engine import indicator_records, indicators_compute
from danvan.indicators.values import Ratio
from danvan.inspections import services
from danvan.inspections.models import Result
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from tests.inspections.conftest import TODAY

D = datetime.date
YEAR_2023 = Window(D(2023, 1, 1), D(2023, 12, 31))


@pytest.fixture
def six(make_rec, people):
    recs = [make_rec(f"KN-{n}", due=D(2023, 9, 1 + n)) for n in range(1, 7)]
    for rec in recs[:4]:
        rec = services.recommendation_report(
            user=people["clerk_b"],
            recommendation=rec,
            result=Result.DA_KHAC_PHUC,
            text=f"Đã khắc phục {rec.code}",
            reported_on=D(2023, 8, 20),
            today=TODAY,
        )
        services.recommendation_close(
            user=people["inspector"],
            recommendation=rec,
            done_on=D(2023, 8, 25),
            evidence="Biên bản kiểm tra lại",
            today=TODAY,
        )
    services.recommendation_report(
        user=people["clerk_b"],
        recommendation=recs[4],
        result=Result.DANG_KHAC_PHUC,
        text="Đang dự thảo quy chế",
        reported_on=D(2023, 9, 1),
        today=TODAY,
    )
    return recs


def test_four_of_six_closed_is_66_7_percent(six, tree):
    units = OrgUnit.objects.filter(code="B")
    result = indicators_compute(units, YEAR_2023)
    assert result.values["KT_KIEN_NGHI"] == 6
    assert result.values["KT_KIEN_NGHI_DA_KHAC_PHUC"] == 4
    ratio = result.ratios["TL_KIEN_NGHI_KHAC_PHUC"]
    assert ratio == Ratio(4, 6)
    assert str(ratio) == "4/6, đạt 66,7%"
    # The inspecting unit's own figures do not count the recommendations it made to others.
    assert (
        indicators_compute(OrgUnit.objects.filter(code="A"), YEAR_2023).values["KT_KIEN_NGHI"] == 0
    )
    # The province sums its units' parts.
    province = OrgUnit.objects.filter(path__startswith=tree["P"].path)
    assert indicators_compute(province, YEAR_2023).ratios["TL_KIEN_NGHI_KHAC_PHUC"] == Ratio(4, 6)
    # Drill-down: the records behind each part.
    numerator = indicator_records(units, YEAR_2023, "TL_KIEN_NGHI_KHAC_PHUC")
    assert sorted(numerator.values_list("code", flat=True)) == ["KN-1", "KN-2", "KN-3", "KN-4"]
    shortfall = indicator_records(units, YEAR_2023, "TL_KIEN_NGHI_KHAC_PHUC", "khong_dat")
    assert sorted(shortfall.values_list("code", flat=True)) == ["KN-5", "KN-6"]


def test_windows_count_by_due_date_and_by_closing_date(six):
    units = OrgUnit.objects.filter(code="B")
    august = indicators_compute(units, Window(D(2023, 8, 1), D(2023, 8, 31))).values
    assert (august["KT_KIEN_NGHI"], august["KT_KIEN_NGHI_DA_KHAC_PHUC"]) == (0, 4)
    september = indicators_compute(units, Window(D(2023, 9, 1), D(2023, 9, 30))).values
    assert (september["KT_KIEN_NGHI"], september["KT_KIEN_NGHI_DA_KHAC_PHUC"]) == (6, 0)


def _read(rendered) -> tuple[list[str], list[list[str]]]:
    document = docx.Document(io.BytesIO(rendered.content))
    paragraphs = [p.text for p in document.paragraphs]
    cells = [[c.text for c in row.cells] for t in document.tables for row in t.rows]
    return paragraphs, cells


def test_the_conclusion_notice_lists_each_recommendation(six, inspection):
    rendered = documents.render_inspection_notice(
        inspection, inspection.recommendations.order_by("code"), "docx"
    )
    assert rendered.filename == "thong-bao-ket-luan-KT-A-2023.docx"
    paragraphs, cells = _read(rendered)
    assert "THÔNG BÁO" in paragraphs
    assert any("Kết luận kiểm tra công tác cải cách hành chính" in p for p in paragraphs)
    assert any(p.startswith("Căn cứ kế hoạch số 25/KH-SNV") for p in paragraphs)
    assert "Niêm yết thủ tục chưa đầy đủ." in paragraphs
    assert any("Trưởng đoàn: Nguyễn Văn Kiểm." in p for p in paragraphs)
    rows = [r for r in cells if r and r[0].isdigit()]
    assert len(rows) == 6
    assert rows[0][1:] == ["Niêm yết đầy đủ thủ tục hành chính", "Sở Tư pháp Bí Mật", "02/09/2023"]


def test_the_remediation_report_says_what_was_done(six, inspection, tree):
    records = list(inspection.recommendations.filter(unit=tree["B"]).order_by("code"))
    rendered = documents.render_remediation_report(inspection, tree["B"], records, "docx")
    paragraphs, cells = _read(rendered)
    assert "BÁO CÁO" in paragraphs
    assert any("Kết quả khắc phục các kiến nghị sau kiểm tra" in p for p in paragraphs)
    rows = {r[0]: r[1:] for r in cells if r and r[0].isdigit()}
    assert rows["1"][1:] == ["Đã khắc phục KN-1", "Đã khắc phục (25/08/2023)"]
    assert rows["5"][1:] == ["Đang dự thảo quy chế", "Đang khắc phục"]
    assert rows["6"][1:] == ["(chưa báo cáo)", "Chưa báo cáo"]
    assert any("đã khắc phục 4 kiến nghị" in p for p in paragraphs)


def test_documents_refuse_other_formats(six, inspection):
    from danvan.core.errors import DomainError

    with pytest.raises(DomainError, match="Không xuất được dạng «xlsx»"):
        documents.render_inspection_notice(inspection, [], "xlsx")
