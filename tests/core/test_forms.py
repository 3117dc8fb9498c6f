"""The one date field of every form: dd/mm/yyyy in, dd/mm/yyyy out, Vietnamese errors."""

import datetime

import pytest
from django import forms

from danvan.core.forms import BAD_FORM_DATE, DateField


class _Form(forms.Form):
    day = DateField(label="Ngày báo cáo")


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("05/12/2026", datetime.date(2026, 12, 5)),  # day first, never month first
        ("5/12/2026", datetime.date(2026, 12, 5)),
        ("5/1/2026", datetime.date(2026, 1, 5)),
        (" 29/02/2024 ", datetime.date(2024, 2, 29)),  # leap day; spaces around are fine
        ("31/12/2026", datetime.date(2026, 12, 31)),
    ],
)
def test_accepted_dates(typed, expected):
    form = _Form({"day": typed})
    assert form.is_valid(), form.errors
    assert form.cleaned_data["day"] == expected


@pytest.mark.parametrize(
    "typed",
    ["31/02/2026", "29/02/2026", "32/01/2026", "05/13/2026", "2026-12-05", "05/12/26", "hôm nay"],
)
def test_refused_dates_get_the_vietnamese_message_and_stay_as_typed(typed):
    form = _Form({"day": typed})
    assert not form.is_valid()
    assert form.errors["day"] == [BAD_FORM_DATE]
    assert BAD_FORM_DATE == "Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy"
    assert f'value="{typed}"' in str(form["day"])  # shown back exactly as typed


def test_a_date_value_is_shown_as_dd_mm_yyyy():
    shown = str(_Form(initial={"day": datetime.date(2026, 12, 5)})["day"])
    assert 'value="05/12/2026"' in shown
    assert 'class="date-input"' in shown and 'placeholder="dd/mm/yyyy"' in shown


def test_a_posted_date_round_trips_through_the_form():
    bound = _Form({"day": "05/12/2026"})
    assert bound.is_valid()
    assert 'value="05/12/2026"' in str(bound["day"])
    again = _Form(initial={"day": bound.cleaned_data["day"]})
    assert 'value="05/12/2026"' in str(again["day"])
