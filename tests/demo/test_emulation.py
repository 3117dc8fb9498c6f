"""The demo's office-culture movement: what the records hold is what the review's figures say."""

import datetime

from danvan.commendations.models import Commendation, Proposal, ProposalStatus
from danvan.demo.emulation import MOVEMENT, REVIEW_CODES, REVIEW_TYPE
from danvan.demo.loader import demo_load
from danvan.emulation.models import Criterion, Movement, MovementReview, Registration
from danvan.indicators.engine import catalogue, indicators_compute
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.reporting.models import ReportRequest, Status, UnitReport

D = datetime.date


def test_the_movement_follows_the_sample(db):
    demo_load()
    movement = Movement.objects.get(code=MOVEMENT)
    assert (movement.starts_on, movement.ends_on) == (D(2019, 10, 1), D(2025, 12, 31))
    assert "19/KH-BQL ngày 01/10/2019" in movement.launch_document
    assert movement.participants.count() == 7
    by_indicator = movement.criteria.get(method=Criterion.Method.INDICATOR)
    assert (by_indicator.indicator_code, by_indicator.operator) == ("TL_DUNG_HAN", ">=")
    registrations = Registration.objects.filter(movement=movement)
    assert [registrations.filter(year=y).count() for y in (2020, 2021, 2022)] == [18, 18, 18]
    # Three years registered, two assessed: 2022 waits for December.
    assert not registrations.filter(year=2022).exclude(result="").exists()
    assert registrations.filter(year=2021, result="khong_dat").count() == 2
    assert all(r.assessments.exists() for r in registrations.exclude(result=""))
    reviews = MovementReview.objects.filter(movement=movement)
    assert sorted(reviews.values_list("kind", flat=True)) == ["so_ket", "tong_ket"]


def test_the_review_request_and_report(db):
    demo_load()
    request = ReportRequest.objects.get(number="611", symbol="SNV-CCVC")
    assert (request.window_start, request.window_end) == (D(2019, 10, 1), D(2022, 4, 9))
    assert request.report_type.report_type.code == REVIEW_TYPE
    outline = request.report_type.outline
    assert [h["title"] for h in outline] == [
        "Đặc điểm tình hình",
        "Công tác triển khai thực hiện phong trào thi đua",
        "Kết quả đạt được",
        "Đánh giá chung",
        "Phương hướng, nhiệm vụ",
        "Kiến nghị, đề xuất",
    ]
    assert [c["title"] for c in outline[3]["children"]] == ["Ưu điểm", "Hạn chế", "Nguyên nhân"]
    report = UnitReport.objects.get(request=request, unit__code="BQLKKT")
    assert report.status == Status.SUBMITTED and report.number == "42/BC-BQL"
    assert report.sections["IV.2"] and report.sections["VI"]
    # The proposal waiting at the Department, and the one it decided.
    statuses = set(Proposal.objects.values_list("status", flat=True))
    assert statuses == {ProposalStatus.SUBMITTED, ProposalStatus.DECIDED}


def test_the_review_figures_come_from_the_records(db):
    demo_load()
    known = catalogue()
    assert [code for code in REVIEW_CODES if code not in known] == []
    board = OrgUnit.objects.filter(code="BQLKKT")
    window = Window(D(2019, 10, 1), D(2022, 4, 9))
    result = indicators_compute(board, window, single_unit=True)
    registered = Registration.objects.filter(registered_on__range=(window.start, window.end))
    passed = registered.filter(
        result__in=["dat", "xuat_sac"], assessed_on__range=(window.start, window.end)
    )
    assert result.value("TD_DANG_KY_TAP_THE") == registered.filter(subject_kind="tap_the").count()
    assert result.value("TD_DANG_KY_CA_NHAN") == 36
    assert result.value("TD_DAT_TAP_THE") == passed.filter(subject_kind="tap_the").count() == 11
    assert result.value("TD_DAT_CA_NHAN") == 22
    # 33 of 54 registrations assessed "đạt" or better: the ratio of the summed parts.
    ratio = result.value("TL_TD_DAT")
    assert (ratio.numerator, ratio.denominator) == (33, 54)
    assert round(float(ratio.percent), 1) == 61.1
    collective = Commendation.objects.filter(subject_kind="tap_the", decided_on__lte=window.end)
    assert result.value("KT_KHEN_THUONG_TAP_THE") == collective.count() == 2
    assert result.value("KT_KHEN_THUONG_CA_NHAN") == 6
    assert result.value("CQ_DAT_CHUAN_VAN_HOA") == 2
    assert result.value("KT_VAN_HOA_CONG_SO") == 2
