"""The report's and the request's dates read dd/mm/yyyy, also when shown back."""

import datetime

from danvan.reporting.forms import ReportForm, RequestForm


def test_report_date_is_shown_back_as_typed_and_as_saved():
    saved = ReportForm(initial={"report_date": datetime.date(2026, 12, 5), "version": 1})
    assert 'value="05/12/2026"' in str(saved["report_date"])
    typed = ReportForm({"report_date": "05/12/2026", "version": "1"})
    assert typed.is_valid(), typed.errors
    assert typed.cleaned_data["report_date"] == datetime.date(2026, 12, 5)
    assert 'value="05/12/2026"' in str(typed["report_date"])


def test_a_bad_period_is_named_under_its_own_field():
    form = RequestForm({"period": "2026-M13"})
    assert not form.is_valid()
    assert "2026-M13" in form.errors["period"][0]
    assert form.errors["period"][0].startswith("Mã kỳ báo cáo không hợp lệ")
    assert not any("2026-M13" in e for e in form.non_field_errors())
