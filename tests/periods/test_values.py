"""Reporting periods and their data windows (danvan.periods.values)."""

import unicodedata
from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.periods import values
from danvan.periods.values import (
    MSG_INVALID_CODE,
    Period,
    PeriodError,
    PeriodKind,
    Window,
    WindowRule,
    period_window,
    periods_of_year,
)

ONE_DAY = timedelta(days=1)
Y, H, N, Q, M = (
    PeriodKind.YEAR,
    PeriodKind.HALF,
    PeriodKind.NINE_MONTHS,
    PeriodKind.QUARTER,
    PeriodKind.MONTH,
)


def all_periods_of(year):
    return [p for kind in PeriodKind for p in periods_of_year(year, kind)]


periods = st.builds(
    lambda kind, year, data: Period(kind, year, data.draw(st.integers(1, kind.per_year))),
    st.sampled_from(list(PeriodKind)),
    st.integers(1901, 2998),
    st.data(),
)


# -- parsing and codes --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "expected"),
    [
        ("2021", Period(Y, 2021)),
        ("2021-H1", Period(H, 2021, 1)),
        ("2021-H2", Period(H, 2021, 2)),
        ("2021-9M", Period(N, 2021)),
        ("2021-Q3", Period(Q, 2021, 3)),
        ("2021-M09", Period(M, 2021, 9)),
        ("2021-M12", Period(M, 2021, 12)),
        ("2021-q4", Period(Q, 2021, 4)),
        ("2021-h2", Period(H, 2021, 2)),
        ("2021-9m", Period(N, 2021)),
        ("2021-m01", Period(M, 2021, 1)),
        ("  2021-Q1 \t\n", Period(Q, 2021, 1)),
        ("1900", Period(Y, 1900)),
        ("2999-M12", Period(M, 2999, 12)),
    ],
)
def test_parse(code, expected):
    assert Period.parse(code) == expected


@pytest.mark.parametrize(
    "code",
    [
        "",
        "   ",
        "21",
        "02021",
        "2021-",
        "2021-Q5",
        "2021-Q0",
        "2021-H3",
        "2021-H0",
        "2021-M13",
        "2021-M00",
        "2021-M9",
        "2021-M009",
        "2021-6M",
        "2021-9",
        "2021Q3",
        "2021 - Q3",
        "2021-Q 3",
        "Q3-2021",
        "2021-Q3-M07",
        "năm 2021",
        "２０２１",  # full-width digits
        "٢٠٢١",  # Arabic-Indic digits
        "2021-Q３",
    ],
)
def test_parse_rejects_malformed_codes(code):
    with pytest.raises(PeriodError) as excinfo:
        Period.parse(code)
    assert str(excinfo.value) == MSG_INVALID_CODE.format(code=code.strip())


def test_parse_error_message_is_vietnamese_and_exact():
    with pytest.raises(PeriodError) as excinfo:
        Period.parse("2021-Q5")
    assert str(excinfo.value) == (
        "Mã kỳ báo cáo không hợp lệ: «2021-Q5». "
        "Dạng đúng: 2021, 2021-H1, 2021-H2, 2021-9M, 2021-Q3, 2021-M09."
    )


def test_period_error_is_a_value_error():
    assert issubclass(PeriodError, ValueError)
    with pytest.raises(ValueError):
        Period.parse("nope")


@pytest.mark.parametrize("code", ["1899", "3000", "0000", "1899-Q4", "3000-M01"])
def test_parse_rejects_years_out_of_range(code):
    with pytest.raises(PeriodError, match="1900 đến 2999"):
        Period.parse(code)


@pytest.mark.parametrize("not_a_code", [None, 2021, b"2021"])
def test_parse_rejects_non_strings(not_a_code):
    with pytest.raises(PeriodError):
        Period.parse(not_a_code)


@pytest.mark.parametrize(
    ("period", "code"),
    [
        (Period(Y, 2021), "2021"),
        (Period(H, 2021, 1), "2021-H1"),
        (Period(H, 2021, 2), "2021-H2"),
        (Period(N, 2021), "2021-9M"),
        (Period(Q, 2021, 3), "2021-Q3"),
        (Period(M, 2021, 9), "2021-M09"),
        (Period(M, 2021, 10), "2021-M10"),
    ],
)
def test_code_and_str(period, code):
    assert period.code == code
    assert str(period) == code
    assert f"{period}" == code


@given(periods)
def test_code_round_trips(period):
    assert Period.parse(period.code) == period
    assert Period.parse(period.code.lower()) == period
    assert Period.parse(f"  {period.code} ") == period


# -- construction and validation ----------------------------------------------------------


def test_index_defaults_to_one_and_kind_accepts_its_value():
    assert Period(Y, 2021).index == 1
    assert Period("quarter", 2021, 2) == Period(Q, 2021, 2)
    assert Period("quarter", 2021, 2).kind is PeriodKind.QUARTER


@pytest.mark.parametrize(
    ("kind", "index"),
    [(Y, 0), (Y, 2), (N, 2), (H, 0), (H, 3), (Q, 0), (Q, 5), (M, 0), (M, 13), (M, -1)],
)
def test_invalid_index(kind, index):
    with pytest.raises(PeriodError, match="Số thứ tự kỳ báo cáo không hợp lệ"):
        Period(kind, 2021, index)


@pytest.mark.parametrize("year", [1899, 3000, 0, -2021])
def test_invalid_year(year):
    with pytest.raises(PeriodError):
        Period(Y, year)


def test_invalid_kind():
    with pytest.raises(PeriodError, match="Loại kỳ báo cáo không hợp lệ"):
        Period("week", 2021, 1)


@pytest.mark.parametrize(("year", "index"), [("2021", 1), (2021.0, 1), (2021, "1"), (True, 1)])
def test_wrong_types(year, index):
    with pytest.raises(TypeError):
        Period(Q, year, index)


def test_periods_are_immutable_and_hashable():
    p = Period.parse("2021-Q3")
    with pytest.raises(AttributeError):
        p.year = 2022
    assert {p, Period(Q, 2021, 3)} == {p}
    assert {p: "x"}[Period.parse("2021-q3")] == "x"
    assert Period(Q, 2021, 1) != Period(M, 2021, 1)
    assert Period(Y, 2021) != Period(N, 2021)


def test_kind_metadata():
    assert [k.per_year for k in PeriodKind] == [1, 2, 1, 4, 12]
    assert [k.months for k in PeriodKind] == [12, 6, 9, 3, 1]
    assert [k.label for k in PeriodKind] == ["Năm", "6 tháng", "9 tháng", "Quý", "Tháng"]


# -- labels -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "label", "title"),
    [
        ("2021", "năm 2021", "Năm 2021"),
        ("2021-H1", "6 tháng đầu năm 2021", "6 tháng đầu năm 2021"),
        ("2021-H2", "6 tháng cuối năm 2021", "6 tháng cuối năm 2021"),
        ("2021-9M", "9 tháng đầu năm 2021", "9 tháng đầu năm 2021"),
        ("2021-Q1", "quý I năm 2021", "Quý I năm 2021"),
        ("2021-Q2", "quý II năm 2021", "Quý II năm 2021"),
        ("2021-Q3", "quý III năm 2021", "Quý III năm 2021"),
        ("2021-Q4", "quý IV năm 2021", "Quý IV năm 2021"),
        ("2021-M09", "tháng 9 năm 2021", "Tháng 9 năm 2021"),
        ("2021-M01", "tháng 1 năm 2021", "Tháng 1 năm 2021"),
        ("2021-M12", "tháng 12 năm 2021", "Tháng 12 năm 2021"),
    ],
)
def test_label_and_title(code, label, title):
    period = Period.parse(code)
    assert period.label == label
    assert period.title == title


def test_user_facing_text_is_nfc():
    texts = [p.label for p in all_periods_of(2021)] + [p.title for p in all_periods_of(2021)]
    texts += [k.label for k in PeriodKind] + [r.label for r in WindowRule]
    texts += [v for k, v in vars(values).items() if k.startswith("MSG_")]
    for text in texts:
        assert unicodedata.is_normalized("NFC", text), text


# -- navigation ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("code", "previous"),
    [
        ("2021", "2020"),
        ("2021-H1", "2020-H2"),
        ("2021-H2", "2021-H1"),
        ("2021-9M", "2020-9M"),
        ("2021-Q1", "2020-Q4"),
        ("2021-Q3", "2021-Q2"),
        ("2021-M01", "2020-M12"),
        ("2021-M09", "2021-M08"),
    ],
)
def test_previous_and_next(code, previous):
    assert Period.parse(code).previous() == Period.parse(previous)
    assert Period.parse(previous).next() == Period.parse(code)


@pytest.mark.parametrize(
    ("code", "last_year"),
    [
        ("2021", "2020"),
        ("2021-H2", "2020-H2"),
        ("2021-9M", "2020-9M"),
        ("2021-Q1", "2020-Q1"),
        ("2021-M09", "2020-M09"),
    ],
)
def test_same_period_last_year(code, last_year):
    assert Period.parse(code).same_period_last_year() == Period.parse(last_year)


def test_navigation_stays_within_supported_years():
    with pytest.raises(PeriodError):
        Period.parse("1900-Q1").previous()
    with pytest.raises(PeriodError):
        Period.parse("1900-H2").same_period_last_year()
    with pytest.raises(PeriodError):
        Period.parse("2999-M12").next()


@given(periods)
def test_previous_steps_back_one_period_of_the_same_kind(period):
    previous = period.previous()
    assert previous.kind is period.kind
    assert previous < period
    assert previous.next() == period
    # Stepping back through a whole year lands on the same period last year.
    p = period
    for _ in range(period.kind.per_year):
        p = p.previous()
    assert p == period.same_period_last_year()


# -- ordering and listing -----------------------------------------------------------------


def test_ordering_is_chronological_longest_first():
    codes = ["2021-M02", "2021-Q1", "2021", "2021-H2", "2021-H1", "2021-9M", "2021-M01"]
    codes += ["2020-M12", "2022"]
    ordered = [p.code for p in sorted(Period.parse(c) for c in codes)]
    assert ordered == [
        "2020-M12",
        "2021",
        "2021-9M",
        "2021-H1",
        "2021-Q1",
        "2021-M01",
        "2021-M02",
        "2021-H2",
        "2022",
    ]


def test_ordering_is_total_and_consistent_with_equality():
    ps = all_periods_of(2021)
    for a in ps:
        for b in ps:
            assert (a < b) + (a == b) + (a > b) == 1
            assert (a <= b) == (a < b or a == b)


def test_comparing_with_other_types_is_an_error():
    with pytest.raises(TypeError):
        _ = Period.parse("2021") < "2022"
    assert Period.parse("2021") != "2021"


def test_periods_of_year():
    assert [p.code for p in periods_of_year(2021, Y)] == ["2021"]
    assert [p.code for p in periods_of_year(2021, H)] == ["2021-H1", "2021-H2"]
    assert [p.code for p in periods_of_year(2021, N)] == ["2021-9M"]
    assert [p.code for p in periods_of_year(2021, "quarter")] == [f"2021-Q{i}" for i in range(1, 5)]
    months = periods_of_year(2021, M)
    assert [p.code for p in months] == [f"2021-M{i:02d}" for i in range(1, 13)]
    assert months == sorted(months)
    with pytest.raises(PeriodError):
        periods_of_year(2021, "week")


def test_calendar_months():
    assert [(p.first_month, p.last_month) for p in all_periods_of(2021)] == [
        (1, 12),
        (1, 6),
        (7, 12),
        (1, 9),
        (1, 3),
        (4, 6),
        (7, 9),
        (10, 12),
        *[(m, m) for m in range(1, 13)],
    ]


# -- windows ------------------------------------------------------------------------------


def test_window_basics():
    w = Window(date(2020, 12, 15), date(2021, 6, 14))
    assert w.label == "15/12/2020 – 14/06/2021"
    assert str(w) == w.label
    assert w.days == 182  # 17 days of December + 31 + 28 + 31 + 30 + 31 + 14
    assert w.contains(date(2020, 12, 15))
    assert w.contains(date(2021, 6, 14))
    assert not w.contains(date(2020, 12, 14))
    assert not w.contains(date(2021, 6, 15))
    assert date(2021, 1, 1) in w
    assert date(2021, 7, 1) not in w
    assert datetime(2021, 1, 1) not in w


def test_single_day_window():
    w = Window(date(2021, 1, 1), date(2021, 1, 1))
    assert w.days == 1
    assert w.label == "01/01/2021 – 01/01/2021"


def test_window_rejects_reversed_dates_in_vietnamese():
    with pytest.raises(PeriodError) as excinfo:
        Window(date(2021, 6, 15), date(2021, 6, 14))
    assert str(excinfo.value) == (
        "Ngày bắt đầu (15/06/2021) không được sau ngày kết thúc (14/06/2021)."
    )


@pytest.mark.parametrize(
    ("start", "end"),
    [("2021-01-01", date(2021, 2, 1)), (datetime(2021, 1, 1), date(2021, 2, 1)), (None, None)],
)
def test_window_rejects_non_dates(start, end):
    with pytest.raises(TypeError):
        Window(start, end)


def test_window_is_immutable_and_hashable():
    w = Window(date(2021, 1, 1), date(2021, 3, 31))
    with pytest.raises(AttributeError):
        w.start = date(2021, 2, 1)
    assert {w, Window(date(2021, 1, 1), date(2021, 3, 31))} == {w}


def test_rule_labels():
    assert WindowRule.ND09 == "nd09"
    assert WindowRule.CALENDAR == "calendar"
    assert WindowRule.ND09.label == "Theo Nghị định 09/2019/NĐ-CP (chốt số liệu ngày 14)"
    assert WindowRule.CALENDAR.label == "Theo năm dương lịch"


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2021", date(2020, 12, 15), date(2021, 12, 14)),
        ("2021-H1", date(2020, 12, 15), date(2021, 6, 14)),
        ("2021-H2", date(2021, 6, 15), date(2021, 12, 14)),
        ("2021-9M", date(2020, 12, 15), date(2021, 9, 14)),
        ("2021-Q1", date(2020, 12, 15), date(2021, 3, 14)),
        ("2021-Q2", date(2021, 3, 15), date(2021, 6, 14)),
        ("2021-Q3", date(2021, 6, 15), date(2021, 9, 14)),
        ("2021-Q4", date(2021, 9, 15), date(2021, 12, 14)),
        ("2021-M01", date(2020, 12, 15), date(2021, 1, 14)),
        ("2021-M03", date(2021, 2, 15), date(2021, 3, 14)),
        ("2021-M12", date(2021, 11, 15), date(2021, 12, 14)),
    ],
)
def test_nd09_windows(code, start, end):
    assert period_window(Period.parse(code)) == Window(start, end)
    assert period_window(code, WindowRule.ND09) == Window(start, end)
    assert period_window(code, "nd09") == Window(start, end)


def test_nd09_window_labels():
    assert period_window("2021-H1").label == "15/12/2020 – 14/06/2021"
    assert period_window("2021").label == "15/12/2020 – 14/12/2021"


@pytest.mark.parametrize(
    ("code", "start", "end"),
    [
        ("2021", date(2021, 1, 1), date(2021, 12, 31)),
        ("2021-H1", date(2021, 1, 1), date(2021, 6, 30)),
        ("2021-H2", date(2021, 7, 1), date(2021, 12, 31)),
        ("2021-9M", date(2021, 1, 1), date(2021, 9, 30)),
        ("2021-Q1", date(2021, 1, 1), date(2021, 3, 31)),
        ("2021-Q2", date(2021, 4, 1), date(2021, 6, 30)),
        ("2021-Q3", date(2021, 7, 1), date(2021, 9, 30)),
        ("2021-Q4", date(2021, 10, 1), date(2021, 12, 31)),
        ("2021-M02", date(2021, 2, 1), date(2021, 2, 28)),
        ("2024-M02", date(2024, 2, 1), date(2024, 2, 29)),
        ("2100-M02", date(2100, 2, 1), date(2100, 2, 28)),
        ("2000-M02", date(2000, 2, 1), date(2000, 2, 29)),
        ("2021-M04", date(2021, 4, 1), date(2021, 4, 30)),
    ],
)
def test_calendar_windows(code, start, end):
    assert period_window(code, WindowRule.CALENDAR) == Window(start, end)


def test_window_at_the_edges_of_the_supported_years():
    assert period_window("1900-M01") == Window(date(1899, 12, 15), date(1900, 1, 14))
    assert period_window("2999", "calendar") == Window(date(2999, 1, 1), date(2999, 12, 31))


def test_override_wins_over_the_rule():
    own = (date(2021, 1, 10), date(2021, 5, 31))
    for rule in WindowRule:
        assert period_window("2021-H1", rule, override=own) == Window(*own)


def test_override_is_validated():
    with pytest.raises(PeriodError):
        period_window("2021", override=(date(2021, 5, 31), date(2021, 1, 10)))


def test_unknown_rule():
    with pytest.raises(PeriodError, match="không hợp lệ"):
        period_window("2021", "lunar")


def test_period_window_parses_codes():
    with pytest.raises(PeriodError):
        period_window("2021-Q5")


@given(periods, st.sampled_from(list(WindowRule)))
def test_windows_of_consecutive_periods_tile(period, rule):
    """Halves, quarters and months leave no gap and no overlap between them."""
    if period.kind in (Y, N):
        return
    window = period_window(period, rule)
    following = period_window(period.next(), rule)
    assert following.start - window.end == ONE_DAY


@given(periods)
def test_window_shapes(period):
    calendar = period_window(period, WindowRule.CALENDAR)
    assert calendar.start == date(period.year, period.first_month, 1)
    assert (calendar.end.year, calendar.end.month) == (period.year, period.last_month)
    assert (calendar.end + ONE_DAY).day == 1

    nd09 = period_window(period, WindowRule.ND09)
    assert nd09.start == (calendar.start - ONE_DAY).replace(day=15)
    assert nd09.end == date(period.year, period.last_month, 14)
    assert nd09.contains(calendar.start)
    assert not nd09.contains(calendar.end)


@given(periods)
def test_year_and_nine_month_windows_follow_the_year(period):
    year_window = period_window(Period(Y, period.year))
    assert year_window.contains(period_window(period).start)
    assert year_window.contains(period_window(period).end)
