"""Due rules as plans and laws write them, and the status a person reads."""

import calendar
import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.calendars.workdays import WorkingDayCalendar
from danvan.deadlines.rules import DueRule, Every
from danvan.deadlines.status import State, Status, status_on

D = datetime.date


@pytest.mark.parametrize(
    ("text", "rule"),
    [
        ("10/05/2023", DueRule(Every.ONCE, day=10, month=5, year=2023)),
        ("trước ngày 10/5/2023", DueRule(Every.ONCE, day=10, month=5, year=2023)),
        ("Trước ngày 10/5/2023.", DueRule(Every.ONCE, day=10, month=5, year=2023)),
        ("ngày 30/10/2023", DueRule(Every.ONCE, day=30, month=10, year=2023)),
        ("chậm nhất 30-10-2023", DueRule(Every.ONCE, day=30, month=10, year=2023)),
        ("trước ngày 10/5 hằng năm", DueRule(Every.YEAR, day=10, month=5)),
        ("Hằng năm, trước ngày 30/10", DueRule(Every.YEAR, day=30, month=10)),
        ("hang nam truoc ngay 30/10", DueRule(Every.YEAR, day=30, month=10)),
        ("29/2 hằng năm", DueRule(Every.YEAR, day=29, month=2)),
        ("hằng quý, trước ngày 15 tháng cuối quý", DueRule(Every.QUARTER, day=15, month=3)),
        ("Hằng quý, trước ngày 5 tháng đầu quý", DueRule(Every.QUARTER, day=5, month=1)),
        ("hằng quý, ngày 20 tháng thứ hai của quý", DueRule(Every.QUARTER, day=20, month=2)),
        ("hằng quý, trước ngày 20 tháng giữa quý", DueRule(Every.QUARTER, day=20, month=2)),
        ("hằng tháng, trước ngày 20", DueRule(Every.MONTH, day=20, month=1)),
        ("Hằng tháng chậm nhất ngày 25", DueRule(Every.MONTH, day=25, month=1)),
        (
            "05 ngày làm việc sau hội nghị",
            DueRule(Every.AFTER, working_days=5, event="hội nghị"),
        ),
        (
            "trong 10 ngày làm việc kể từ ngày ban hành",
            DueRule(Every.AFTER, working_days=10, event="ngày ban hành"),
        ),
    ],
)
def test_every_written_form_is_read(text, rule):
    assert DueRule.parse(text) == rule


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "không phải thời hạn hợp lệ"),
        ("sớm nhất có thể", "«sớm nhất có thể» không phải thời hạn hợp lệ"),
        ("10/5", "không phải thời hạn hợp lệ"),
        ("31/02/2023", "«31/02/2023»: ngày 31/2 không có thật"),
        ("32/1 hằng năm", "ngày 32/1 không có thật"),
        ("10/13/2023", "ngày 10/13 không có thật"),
        ("30/2 hằng năm", "ngày 30/2 không có thật"),
        ("hằng quý, trước ngày 32 tháng cuối quý", "ngày 32/3 không có thật"),
        ("hằng tháng, trước ngày 0", "ngày 0/1 không có thật"),
        ("hằng tuần", "không phải thời hạn hợp lệ"),
    ],
)
def test_every_bad_rule_is_refused_with_its_reason(text, message):
    with pytest.raises(ValueError, match=message):
        DueRule.parse(text)


RULES = st.one_of(
    st.builds(
        lambda d: DueRule.on(d), st.dates(min_value=D(2000, 1, 1), max_value=D(2099, 12, 31))
    ),
    st.builds(
        lambda m, d: DueRule(Every.YEAR, day=d, month=m),
        st.integers(1, 12),
        st.integers(1, 28),
    ),
    st.builds(
        lambda m, d: DueRule(Every.QUARTER, day=d, month=m), st.integers(1, 3), st.integers(1, 31)
    ),
    st.builds(lambda d: DueRule(Every.MONTH, day=d, month=1), st.integers(1, 31)),
    st.builds(
        lambda n, e: DueRule(Every.AFTER, working_days=n, event=e),
        st.integers(1, 999),
        st.sampled_from(["hội nghị", "ngày ban hành quyết định", "khi có kết luận"]),
    ),
)


@given(RULES)
def test_a_rule_written_back_reads_the_same(rule):
    assert DueRule.parse(rule.text) == rule


WINDOWS = st.tuples(
    st.dates(min_value=D(2020, 1, 1), max_value=D(2030, 12, 31)), st.integers(0, 800)
)


@given(RULES.filter(lambda r: r.every != Every.AFTER), WINDOWS)
def test_dates_between_are_in_the_window_sorted_and_fall_on_the_rule(rule, window):
    start, length = window
    end = start + datetime.timedelta(days=length)
    found = rule.dates_between(start, end)
    assert found == sorted(set(found))
    assert all(start <= d <= end for d in found)
    for d in found:
        assert d.day == min(rule.day, calendar.monthrange(d.year, d.month)[1])
        if rule.every == Every.YEAR:
            assert d.month == rule.month
        if rule.every == Every.QUARTER:
            assert (d.month - 1) % 3 + 1 == rule.month
    # Splitting the window in two finds the same dates.
    middle = start + datetime.timedelta(days=length // 2)
    halves = rule.dates_between(start, middle) + rule.dates_between(
        middle + datetime.timedelta(days=1), end
    )
    assert halves == found


@given(RULES.filter(lambda r: r.every in (Every.YEAR, Every.MONTH, Every.QUARTER)), WINDOWS)
def test_a_periodic_rule_falls_once_per_period(rule, window):
    start, length = window
    end = start + datetime.timedelta(days=length)
    found = rule.dates_between(start, end)
    per = {Every.YEAR: 12, Every.QUARTER: 3, Every.MONTH: 1}[rule.every]
    keys = [(d.year * 12 + d.month - 1) // per for d in found]
    assert len(keys) == len(set(keys))


def test_dates_of_rules_in_a_year_and_a_short_month():
    assert DueRule.parse("hằng quý, trước ngày 31 tháng cuối quý").in_year(2023) == [
        D(2023, 3, 31),
        D(2023, 6, 30),  # June has 30 days: its last
        D(2023, 9, 30),
        D(2023, 12, 31),
    ]
    assert DueRule.parse("29/2 hằng năm").in_year(2023) == [D(2023, 2, 28)]
    assert DueRule.parse("29/2 hằng năm").in_year(2024) == [D(2024, 2, 29)]
    assert DueRule.parse("trước ngày 10/5 hằng năm").first_on_or_after(D(2023, 5, 11)) == D(
        2024, 5, 10
    )
    assert DueRule.parse("10/05/2023").first_on_or_after(D(2023, 5, 11)) is None


def test_after_an_event_counts_working_days():
    rule = DueRule.parse("05 ngày làm việc sau hội nghị")
    assert rule.after(D(2023, 4, 27), WorkingDayCalendar()) == D(2023, 5, 9)  # over 29/4–3/5
    with pytest.raises(ValueError, match="cần ngày của sự kiện"):
        rule.dates_between(D(2023, 1, 1), D(2023, 12, 31))


def test_a_copied_plan_moves_its_dates_a_year():
    assert DueRule.parse("10/05/2023").moved_years(1) == DueRule.parse("10/05/2024")
    assert DueRule.parse("29/02/2024").moved_years(1) == DueRule.parse("28/02/2025")
    yearly = DueRule.parse("trước ngày 10/5 hằng năm")
    assert yearly.moved_years(1) == yearly


DUE = D(2023, 5, 10)


@pytest.mark.parametrize(
    ("state", "done_on", "day", "status"),
    [
        (State.CHUA_THUC_HIEN, None, D(2023, 5, 9), Status.CHUA_THUC_HIEN),
        (State.CHUA_THUC_HIEN, None, DUE, Status.CHUA_THUC_HIEN),  # the due day is on time
        (State.CHUA_THUC_HIEN, None, D(2023, 5, 11), Status.QUA_HAN),
        (State.DANG_THUC_HIEN, None, DUE, Status.DANG_THUC_HIEN),
        (State.DANG_THUC_HIEN, None, D(2023, 5, 11), Status.QUA_HAN),
        (State.HOAN_THANH, DUE, D(2024, 1, 1), Status.HOAN_THANH),  # done on the day
        (State.HOAN_THANH, D(2023, 5, 11), D(2023, 5, 11), Status.HOAN_THANH_QUA_HAN),
        (State.HOAN_THANH, D(2023, 4, 1), D(2023, 4, 1), Status.HOAN_THANH),
        (State.HUY, None, D(2024, 1, 1), Status.HUY),  # cancelled is never overdue
    ],
)
def test_status_on_edges(state, done_on, day, status):
    assert status_on(state, DUE, done_on, day) == status


def test_a_thing_without_a_due_date_is_never_overdue():
    assert status_on(State.CHUA_THUC_HIEN, None, None, D(2099, 1, 1)) == Status.CHUA_THUC_HIEN
    assert status_on(State.HOAN_THANH, None, D(2023, 1, 1), D(2099, 1, 1)) == Status.HOAN_THANH


def test_the_status_is_worked_out_on_the_day_one_looks():
    # Stored once, read on two days: it goes overdue overnight without any write.
    assert status_on(State.DANG_THUC_HIEN, DUE, None, DUE) == Status.DANG_THUC_HIEN
    assert status_on(State.DANG_THUC_HIEN, DUE, None, DUE + datetime.timedelta(1)) == (
        Status.QUA_HAN
    )
