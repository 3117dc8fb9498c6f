"""Administrator-defined indicators in reports: frozen at submission, summed in the
consolidation (the ratio from the summed parts), kept with their old label once changed or
retired."""

import datetime

from danvan.indicators.catalogue_services import (
    typed_indicator_create,
    typed_indicator_retire,
    typed_indicator_update,
)
from danvan.indicators.form_services import form_version_create, form_version_text
from danvan.indicators.forms_catalogue import form_version_current
from danvan.indicators.models import TypedIndicator
from danvan.indicators.services import typed_values_set
from danvan.periods.values import Period
from danvan.reporting.consolidation import consolidation_comparison
from danvan.reporting.figures import report_form_rows, report_result
from danvan.reporting.services import consolidation_build, request_issue
from tests.conftest import make_user
from tests.reporting.test_consolidation import _deliver

D = datetime.date


def _define(admin):
    common = {"unit": "người", "value_type": "so_nguyen", "additive": True}
    typed_indicator_create(
        user=admin, data={**common, "code": "SO_DV_THAM_DU", "label": "Số đảng viên tham dự"}
    )
    typed_indicator_create(
        user=admin, data={**common, "code": "TONG_DANG_VIEN", "label": "Tổng số đảng viên"}
    )
    typed_indicator_create(
        user=admin,
        data={
            "code": "TL_DV_THAM_DU",
            "label": "Tỷ lệ đảng viên tham dự",
            "ratio_numerator": "SO_DV_THAM_DU",
            "ratio_denominator": "TONG_DANG_VIEN",
        },
    )
    current = form_version_current()
    text = (
        form_version_text(current) + "\n# Đảng viên\nSO_DV_THAM_DU\nTONG_DANG_VIEN\nTL_DV_THAM_DU"
    )
    form_version_create(version=current, text=text, valid_from=None)


def _enter(unit, attended, members):
    by_code = {t.code: t for t in TypedIndicator.objects.all()}
    typed_values_set(
        unit=unit,
        period=Period.parse("2021"),
        entries={by_code["SO_DV_THAM_DU"]: attended, by_code["TONG_DANG_VIEN"]: members},
    )


def _row(rows, code):
    return next(row for row in rows if row.code == code)


def test_a_submitted_report_keeps_a_retired_indicator_with_its_old_label(users, tree):
    admin = users["admin"]
    _define(admin)
    request = request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="21",
        symbol="HD-BTC",
        issued_on=D(2021, 10, 29),
        subject="Báo cáo tình hình đảng viên năm 2021",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[tree["A"], tree["B"]],
    )
    _enter(tree["A"], "159", "171")  # 93,0%
    _enter(tree["B"], "10", "20")  # 50,0%: the average of the two would be 71,5%
    head_b = make_user("lanhdao.b", "lanh_dao", tree["B"])
    a = _deliver(users, request, tree["A"], users["clerk_a"], users["head_a"], "Nội dung A")
    _deliver(users, request, tree["B"], users["clerk_b"], head_b, "Nội dung B")

    # Afterwards the administrator renames an item and retires the ratio.
    attended = TypedIndicator.objects.get(code="SO_DV_THAM_DU")
    typed_indicator_update(user=admin, indicator=attended, data={"label": "Tên mới"})
    ratio = TypedIndicator.objects.get(code="TL_DV_THAM_DU")
    typed_indicator_retire(user=admin, indicator=ratio, valid_to="31/12/2021")
    _enter(tree["A"], "1", "1")  # what the unit types now does not move the frozen figures

    rows = report_form_rows(a, report_result(a))
    assert _row(rows, "SO_DV_THAM_DU").label == "Số đảng viên tham dự"  # as submitted
    assert _row(rows, "SO_DV_THAM_DU").shown == "159"
    assert _row(rows, "TL_DV_THAM_DU").shown == "159/171, đạt 93,0%"

    built = consolidation_build(user=users["aggregator"], request=request)
    assert built.figures["values"]["SO_DV_THAM_DU"] == 169
    assert built.figures["values"]["TONG_DANG_VIEN"] == 191
    comparison = consolidation_comparison(built)
    assert str(comparison.result.value("TL_DV_THAM_DU")) == "169/191, đạt 88,5%"
