"""Consolidation against hand-computed values: counts summed, ratios from summed parts,
typed-in rates listed per unit, the previous period, the narrative, and upward."""

import datetime
from decimal import Decimal

import pytest

from danvan.core.errors import DomainError
from danvan.indicators.models import TypedIndicator, TypedValue
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.figures import report_result
from danvan.reporting.models import Status
from danvan.reporting.services import (
    ConsolidationConflict,
    consolidation_build,
    consolidation_forward,
    consolidation_save,
    report_open,
    report_review,
    report_save,
    report_submit,
    request_issue,
)
from tests.conftest import make_user
from tests.reporting.conftest import dossiers

D = datetime.date


def _typed(unit, code, value):
    TypedValue.objects.create(
        indicator=TypedIndicator.objects.get(code=code), unit=unit, period="2021", value=value
    )


def _deliver(users, request, unit, clerk, head, text, *, accept=True):
    report = report_open(user=clerk, request=request, unit=unit)
    report = report_save(
        user=clerk,
        report=report,
        expected_version=report.version,
        sections={**report.sections, "I": text, "IV": f"Đánh giá của {unit.code}"},
    )
    report = report_submit(user=head, report=report)
    if accept:
        report = report_review(user=users["aggregator"], report=report, accept=True)
    return report


@pytest.fixture
def delivered(users, tree, request_2021):
    # A: 2 of 3 online; B: 1 of 5 online. Hand-computed total: 3 of 8 = 37,50%
    # (the average of 66,67% and 20,00% would be 43,33%: wrong).
    dossiers(tree["A"], "A", online=2, offline=1)
    dossiers(tree["B"], "B", online=1, offline=4)
    dossiers(tree["A"], "A", online=1, offline=1, year=2020)  # previous period: 2 dossiers
    _typed(tree["A"], "DVC_TONG", Decimal(10))
    _typed(tree["B"], "DVC_TONG", Decimal(15))
    _typed(tree["A"], "GRDP_TANG_TRUONG", Decimal("7.5"))
    _typed(tree["B"], "GRDP_TANG_TRUONG", Decimal("6.2"))
    head_b = make_user("lanhdao.b", "lanh_dao", tree["B"])
    a = _deliver(users, request_2021, tree["A"], users["clerk_a"], users["head_a"], "Nội dung A")
    b = _deliver(
        users, request_2021, tree["B"], users["clerk_b"], head_b, "Nội dung B", accept=False
    )
    return a, b


def test_accepted_reports_only_by_default(users, request_2021, delivered):
    built = consolidation_build(user=users["aggregator"], request=request_2021)
    assert built.figures["reports"] == [delivered[0].pk]
    assert built.figures["values"]["HS_MOI"] == 3


def test_counts_are_summed_and_ratios_recomputed_from_the_summed_parts(
    users, request_2021, delivered
):
    built = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    assert built.figures["values"]["HS_MOI"] == 8
    assert built.figures["values"]["HS_TRUC_TUYEN"] == 3
    assert built.figures["values"]["DVC_TONG"] == 25
    comparison = consolidation_comparison(built)
    assert str(comparison.result.value("TL_TRUC_TUYEN")) == "3/8, đạt 37,50%"
    # A rate typed in by each unit is listed per unit, never summed or averaged.
    assert "GRDP_TANG_TRUONG" not in built.figures["values"]
    assert sorted(built.figures["listed"]["GRDP_TANG_TRUONG"]) == [["A", 7.5], ["B", 6.2]]
    rows = {code: values for code, _, values in comparison.units}
    columns = [c.code for c in comparison.columns]
    assert rows["A"][columns.index("TL_TRUC_TUYEN")] == "2/3, đạt 66,67%"
    assert rows["B"][columns.index("TL_TRUC_TUYEN")] == "1/5, đạt 20,00%"


def test_the_previous_period_and_the_difference(users, request_2021, delivered):
    built = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    comparison = consolidation_comparison(built)
    assert comparison.previous_label == "năm 2020"
    assert comparison.previous["HS_TIEP_NHAN"] == "2"
    # 2020's two dossiers are still pending, so 2021 carries them over: 2 + 8 = 10.
    assert comparison.differences["HS_TIEP_NHAN"] == "+8"
    assert comparison.differences["TL_TRUC_TUYEN"] == "−12,50 điểm %".replace("−", "-")


def test_the_figures_summed_are_those_the_units_submitted(users, tree, request_2021):
    dossiers(tree["A"], "A", online=2, offline=1)
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report = report_save(
        user=users["clerk_a"],
        report=report,
        expected_version=report.version,
        overrides={"HS_TRUC_TUYEN": {"value": "3", "reason": "Nhập nhầm kênh"}},
    )
    report = report_submit(user=users["head_a"], report=report)
    report_review(user=users["aggregator"], report=report, accept=True)
    dossiers(tree["A"], "A-SAU", online=0, offline=4)  # after submission: not in the report
    built = consolidation_build(user=users["aggregator"], request=request_2021)
    assert built.figures["values"]["HS_TRUC_TUYEN"] == 3
    assert built.figures["values"]["HS_MOI"] == 3


def test_the_narrative_is_gathered_by_section_and_edits_survive_a_rebuild(
    users, request_2021, delivered
):
    built = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    assert "<strong>Sở Nội vụ:</strong></p><p>Nội dung A</p>" in built.sections["I"]
    assert "Sở Tư pháp Bí Mật:" in built.sections["I"] and "Nội dung B" in built.sections["I"]
    assert "Đánh giá của A" in built.sections["IV"] and "Đánh giá của B" in built.sections["IV"]
    assert "so-lieu" in built.sections["III"]  # the consolidated figures, linked
    edited = consolidation_save(
        user=users["aggregator"],
        consolidation=built,
        expected_version=built.version,
        sections={**built.sections, "I": "Văn bản chung của tỉnh"},
    )
    rebuilt = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    assert rebuilt.sections["I"] == "<p>Văn bản chung của tỉnh</p>"
    assert rebuilt.version == edited.version + 1
    with pytest.raises(ConsolidationConflict):
        consolidation_save(
            user=users["aggregator"],
            consolidation=rebuilt,
            expected_version=edited.version,
            sections={"I": "Bản cũ"},
        )
    reset = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True, reset_text=True
    )
    assert "Nội dung A" in reset.sections["I"]


def test_only_the_issuers_aggregator_consolidates_and_only_what_was_delivered(users, request_2021):
    with pytest.raises(DomainError, match="Chưa có báo cáo nào"):
        consolidation_build(user=users["aggregator"], request=request_2021)
    with pytest.raises(DomainError, match="người tổng hợp"):
        consolidation_build(user=users["head_a"], request=request_2021)


def test_a_subtrees_consolidation_is_submitted_upward(users, tree, request_2021):
    """P asks A; A asks its department A1; A consolidates A1 and sends that up to P."""
    aggregator_a = make_user("tonghop.a", "tong_hop", tree["A"], subtree=True)
    clerk_a1 = make_user("chuyenvien.a1", "chuyen_vien", tree["A1"])
    head_a1 = make_user("lanhdao.a1", "lanh_dao", tree["A1"])
    dossiers(tree["A1"], "A1", online=4, offline=1)
    child = request_issue(
        user=aggregator_a,
        issuer=tree["A"],
        number="45",
        symbol="SNV-VP",
        issued_on=D(2021, 11, 1),
        subject="Báo cáo phục vụ tổng hợp năm 2021",
        period="2021",
        deadline=D(2021, 11, 5),
        targets=[tree["A1"]],
        parent=request_2021,
    )
    a1 = report_open(user=clerk_a1, request=child, unit=tree["A1"])
    a1 = report_submit(user=head_a1, report=a1)
    report_review(user=aggregator_a, report=a1, accept=True)
    built = consolidation_build(user=aggregator_a, request=child)
    upward = consolidation_forward(user=aggregator_a, consolidation=built)
    assert (upward.request, upward.unit, upward.status) == (request_2021, tree["A"], "draft")
    assert upward.consolidation == built
    assert report_result(upward).value("HS_MOI") == 5
    upward = report_submit(user=users["head_a"], report=upward)
    assert upward.status == Status.SUBMITTED
    assert upward.figures["values"]["HS_MOI"] == 5
    with pytest.raises(DomainError, match="đang đã gửi"):
        consolidation_forward(user=aggregator_a, consolidation=built)


def test_a_request_without_a_parent_has_nowhere_to_go_up(users, request_2021, delivered):
    built = consolidation_build(user=users["aggregator"], request=request_2021)
    with pytest.raises(DomainError, match="không theo yêu cầu nào của cấp trên"):
        consolidation_forward(user=users["aggregator"], consolidation=built)


def test_legacy_figures_stand_for_a_year_before_danvan(users, tree, request_2021):
    """2020 was never entered in the registers of B; its legacy report's figures were
    confirmed through the checker, and the comparison uses them."""
    from django.utils import timezone

    from danvan.checker.models import LegacyValue

    dossiers(tree["A"], "A", online=2, offline=1)
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_review(
        user=users["aggregator"],
        report=report_submit(user=users["head_a"], report=report),
        accept=True,
    )
    for code, value in (("HS_TIEP_NHAN", 40), ("HS_TRUC_TUYEN", 10), ("HS_MOI", 40)):
        LegacyValue.objects.create(
            unit=tree["A"],
            period_code="2020",
            indicator_code=code,
            value=Decimal(value),
            source_name="bao-cao-2020.docx",
            confirmed_at=timezone.now(),
        )
    comparison = consolidation_comparison(
        consolidation_build(user=users["aggregator"], request=request_2021)
    )
    assert comparison.previous["HS_TIEP_NHAN"] == "40"
    assert comparison.previous["TL_TRUC_TUYEN"] == "10/40, đạt 25,00%"
    assert comparison.differences["HS_TIEP_NHAN"] == "-37"


def _matrix_row(comparison, code):
    return next(r for r in comparison.matrix if r.code == code)


def test_the_comparison_has_indicators_as_rows_and_units_as_columns(users, request_2021, delivered):
    built = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    comparison = consolidation_comparison(built)
    assert [h.code for h in comparison.heads] == ["A", "B"]
    row = _matrix_row(comparison, "TL_TRUC_TUYEN")
    assert row.label and row.label != row.code
    # 84,2% style: one decimal, the parts in the tooltip; the total from the summed parts.
    assert [(c.shown, c.title) for c in row.cells] == [("66,7%", "2/3"), ("20,0%", "1/5")]
    assert (row.total.shown, row.total.title) == ("37,5%", "3/8")
    assert [c.shown for c in _matrix_row(comparison, "HS_TRUC_TUYEN").cells] == ["2", "1"]
    assert any(r.heading for r in comparison.matrix)


def test_the_unit_filter_keeps_the_chosen_units_only(users, request_2021, delivered):
    built = consolidation_build(
        user=users["aggregator"], request=request_2021, include_submitted=True
    )
    only_b = consolidation_comparison(built, unit_codes=["B"])
    assert [h.code for h in only_b.heads] == ["B"]
    assert [h.code for h in only_b.all_heads] == ["A", "B"]
    row = _matrix_row(only_b, "HS_TRUC_TUYEN")
    assert [c.shown for c in row.cells] == ["1"] and row.total.shown == "3"
    # Unknown codes are ignored; nothing left means every unit.
    assert [h.code for h in consolidation_comparison(built, unit_codes=["ZZ"]).heads] == [
        "A",
        "B",
    ]


def test_the_page_shows_labels_and_keeps_codes_for_experts(
    users, tree, request_2021, delivered, login
):
    from tests.visible_text import visible_text

    consolidation_build(user=users["aggregator"], request=request_2021, include_submitted=True)
    client = login(users["aggregator"])
    url = f"/bao-cao/{request_2021.pk}/tong-hop/"
    html = client.get(url).content.decode()
    table = html[
        html.index('id="so-sanh-don-vi"') : html.index(
            "</table>", html.index('id="so-sanh-don-vi"')
        )
    ]
    text = visible_text("<table " + table + "</table>")
    assert "Sở Nội vụ" in text and "Sở Tư pháp Bí Mật" in text
    label = _matrix_row(consolidation_comparison(request_2021.consolidation), "TL_TRUC_TUYEN").label
    assert label in text and "37,5%" in text
    for code in ("HS_TRUC_TUYEN", "TL_TRUC_TUYEN", "HS_TIEP_NHAN"):
        assert code not in text  # in a hidden «Mã» column and tooltips only
    assert 'class="ma">TL_TRUC_TUYEN</td>' in table and 'title="Mã: TL_TRUC_TUYEN"' in table
    # The filter works without JavaScript: a GET form.
    filtered = client.get(url, {"don_vi": "B", "ma": "1"}).content.decode()
    start = filtered.index('id="so-sanh-don-vi"')
    table = filtered[start : filtered.index("</table>", start)]
    assert "Sở Tư pháp Bí Mật" in table and 'title="Sở Nội vụ"' not in table
    assert "so-sanh co-ma hien-ma" in filtered  # «Hiện mã» asked for: the column is shown
    assert 'name="don_vi" value="B" checked' in filtered
