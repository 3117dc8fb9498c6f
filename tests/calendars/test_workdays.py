"""Working-day calendar (danvan.calendars.workdays).

Expected values were checked against the ``holidays`` package (``holidays.VN``) and the
official Tết schedules for civil servants, 2021–2026:

==== ======================== ===================================================
Year Days off (inclusive)      Notes
==== ======================== ===================================================
2021 Wed 10/02 – Tue 16/02     package: 10/02–16/02
2022 Sat 29/01 – Sun 06/02     package: Mon 31/01–Fri 04/02, weekends either side
2023 Fri 20/01 – Thu 26/01     package: 20/01–26/01
2024 Thu 08/02 – Wed 14/02     package: 08/02–14/02
2025 Sat 25/01 – Sun 02/02     package: Mon 27/01–Sat 01/02; Monday 27/01 was swapped
                               for the make-up Saturday 15/02, which only an
                               administrator's extra working day can express
2026 Sat 14/02 – Sun 22/02     package: Mon 16/02–Fri 20/02
==== ======================== ===================================================
"""

import unicodedata
from datetime import date, datetime, timedelta

import holidays
import pytest
from hypothesis import given
from hypothesis import strategies as st

from danvan.calendars import workdays
from danvan.calendars.workdays import (
    ADMIN_DAY_OFF_NAME,
    COMPENSATORY_DAY_OFF_NAME,
    WorkingDayCalendar,
    add_working_days,
    default_calendar,
    working_days_between,
)

ONE_DAY = timedelta(days=1)

# (first day off, last day off) of each Tết break, weekends included.
TET_BREAKS = {
    2021: (date(2021, 2, 10), date(2021, 2, 16)),
    2022: (date(2022, 1, 29), date(2022, 2, 6)),
    2023: (date(2023, 1, 20), date(2023, 1, 26)),
    2024: (date(2024, 2, 8), date(2024, 2, 14)),
    2025: (date(2025, 1, 25), date(2025, 2, 2)),
    2026: (date(2026, 2, 14), date(2026, 2, 22)),
}

# The Tết days the package itself lists as holidays.
PACKAGE_TET_DAYS = {
    2021: (date(2021, 2, 10), date(2021, 2, 16)),
    2022: (date(2022, 1, 31), date(2022, 2, 4)),
    2023: (date(2023, 1, 20), date(2023, 1, 26)),
    2024: (date(2024, 2, 8), date(2024, 2, 14)),
    2025: (date(2025, 1, 27), date(2025, 2, 1)),
    2026: (date(2026, 2, 16), date(2026, 2, 20)),
}

MAKE_UP_SATURDAY_2025 = date(2025, 2, 15)


def days(first, last):
    d = first
    while d <= last:
        yield d
        d += ONE_DAY


def naive_between(cal, a, b):
    if b >= a:
        return sum(cal.is_working_day(d) for d in days(a + ONE_DAY, b))
    return -sum(cal.is_working_day(d) for d in days(b, a - ONE_DAY))


@pytest.fixture
def cal():
    return WorkingDayCalendar()


# -- the package's data, as these tests assume it ------------------------------------------


@pytest.mark.parametrize("year", sorted(PACKAGE_TET_DAYS))
def test_package_lists_the_tet_days(year):
    vn = holidays.VN(years=year, language="vi")
    first, last = PACKAGE_TET_DAYS[year]
    tet = {d for d in vn if first - timedelta(days=10) <= d <= last + timedelta(days=10)}
    assert tet == set(days(first, last))
    assert vn[date(year, 1, 1)] == "Tết Dương lịch"


def test_package_weekend_workdays():
    assert date(2024, 5, 4) in holidays.VN(years=2024).weekend_workdays
    assert date(2025, 4, 26) in holidays.VN(years=2025).weekend_workdays
    assert MAKE_UP_SATURDAY_2025 not in holidays.VN(years=2025).weekend_workdays


# -- is_working_day -----------------------------------------------------------------------


@pytest.mark.parametrize("year", sorted(TET_BREAKS))
def test_tet_breaks(year):
    first, last = TET_BREAKS[year]
    # 2025's official break starts with a Monday swapped for a make-up Saturday.
    cal = WorkingDayCalendar(extra_working_days={MAKE_UP_SATURDAY_2025})
    assert all(not cal.is_working_day(d) for d in days(first, last))
    assert cal.is_working_day(first - ONE_DAY)
    assert cal.is_working_day(last + ONE_DAY)
    assert cal.working_days_between(first - ONE_DAY, last + ONE_DAY) == 1


def test_ordinary_weeks(cal):
    week = list(days(date(2021, 3, 1), date(2021, 3, 7)))  # Monday to Sunday, no holiday
    assert [cal.is_working_day(d) for d in week] == [True] * 5 + [False] * 2
    assert [cal.holiday_name(d) for d in week] == [None] * 7


def test_package_compensatory_days_and_weekend_workdays(cal):
    # 2024: Monday 29/04 off in exchange for Saturday 04/05, then 30/04 and 01/05.
    assert not cal.is_working_day(date(2024, 4, 29))
    assert cal.holiday_name(date(2024, 4, 29)) == "Ngày nghỉ (thay cho ngày 04/05/2024)"
    assert cal.is_working_day(date(2024, 5, 4))
    assert cal.holiday_name(date(2024, 5, 4)) is None
    assert not cal.is_working_day(date(2024, 5, 5))
    # 2025: Friday 02/05 off in exchange for Saturday 26/04.
    assert cal.is_working_day(date(2025, 4, 26))
    assert not cal.is_working_day(date(2025, 5, 2))
    assert cal.working_days_between(date(2025, 4, 25), date(2025, 5, 5)) == 4  # 26, 28, 29/4, 5/5
    # 2022: New Year's Day on a Saturday, compensated on Monday 03/01.
    assert cal.holiday_name(date(2022, 1, 3)) == "Tết Dương lịch (nghỉ bù)"
    assert cal.add_working_days(date(2021, 12, 31), 1) == date(2022, 1, 4)


def test_holiday_names(cal):
    assert cal.holiday_name(date(2021, 2, 12)) == "Tết Nguyên Đán"
    assert cal.holiday_name(date(2021, 2, 11)) == "Giao thừa Tết Nguyên Đán"
    assert cal.holiday_name(date(2024, 2, 14)) == "Mùng năm Tết Nguyên Đán"
    assert cal.holiday_name(date(2025, 9, 2)) == "Quốc khánh"
    assert cal.holiday_name(date(2025, 4, 30)) == "Ngày Chiến thắng"
    assert cal.holiday_name(date(2025, 2, 1)) == "Mùng bốn Tết Nguyên Đán"  # a Saturday
    assert cal.holiday_name(date(2022, 1, 29)) is None  # plain weekend inside the break
    assert cal.holiday_name(date(2021, 2, 17)) is None


# -- the brief's examples -----------------------------------------------------------------


def test_examples():
    assert add_working_days(date(2021, 2, 9), 1) == date(2021, 2, 17)
    assert working_days_between(date(2024, 2, 7), date(2024, 2, 15)) == 1
    assert add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 23)
    assert add_working_days(date(2022, 1, 28), 1) == date(2022, 2, 7)
    assert add_working_days(date(2023, 1, 19), 1) == date(2023, 1, 27)
    assert add_working_days(date(2025, 1, 24), 1) == date(2025, 2, 3)


# -- administrator extras -----------------------------------------------------------------


def test_2025_make_up_saturday_needs_an_admin_extra():
    package_only = WorkingDayCalendar()
    assert not package_only.is_working_day(MAKE_UP_SATURDAY_2025)
    assert package_only.add_working_days(date(2025, 2, 14), 1) == date(2025, 2, 17)

    official = WorkingDayCalendar(extra_working_days={MAKE_UP_SATURDAY_2025})
    assert official.is_working_day(MAKE_UP_SATURDAY_2025)
    assert official.holiday_name(MAKE_UP_SATURDAY_2025) is None
    assert official.add_working_days(date(2025, 2, 14), 1) == MAKE_UP_SATURDAY_2025
    assert official.add_working_days(date(2025, 2, 14), 2) == date(2025, 2, 17)
    # Ten working days after the break: 03–07/02, 10–14/02, then the make-up Saturday.
    assert package_only.add_working_days(date(2025, 2, 2), 11) == date(2025, 2, 17)
    assert official.add_working_days(date(2025, 2, 2), 11) == MAKE_UP_SATURDAY_2025
    assert official.working_days_between(date(2025, 2, 2), date(2025, 2, 17)) == 12
    assert package_only.working_days_between(date(2025, 2, 2), date(2025, 2, 17)) == 11


def test_admin_day_off_is_skipped():
    monday = date(2026, 2, 23)  # first day back after Tết 2026
    cal = WorkingDayCalendar(extra_days_off={monday}, names={monday: COMPENSATORY_DAY_OFF_NAME})
    assert not cal.is_working_day(monday)
    assert cal.holiday_name(monday) == "Nghỉ bù"
    assert cal.add_working_days(date(2026, 2, 13), 1) == date(2026, 2, 24)
    assert cal.working_days_between(date(2026, 2, 13), date(2026, 2, 24)) == 1
    assert cal.add_working_days(date(2026, 2, 24), -1) == date(2026, 2, 13)


def test_admin_day_off_default_name():
    friday = date(2021, 3, 5)
    cal = WorkingDayCalendar(extra_days_off=[friday])
    assert cal.holiday_name(friday) == ADMIN_DAY_OFF_NAME == "Ngày nghỉ do quản trị thêm"
    assert cal.add_working_days(date(2021, 3, 4), 1) == date(2021, 3, 8)


def test_extra_working_day_beats_everything():
    tet = date(2024, 2, 12)  # Mùng ba, a Monday
    sunday = date(2024, 3, 3)
    cal = WorkingDayCalendar(extra_days_off={sunday, tet}, extra_working_days={sunday, tet})
    assert cal.is_working_day(tet)
    assert cal.is_working_day(sunday)
    assert cal.holiday_name(tet) is None


def test_admin_day_off_on_a_holiday_takes_the_admin_name():
    tet = date(2024, 2, 12)
    cal = WorkingDayCalendar(extra_days_off={tet}, names={tet: "Nghỉ Tết của tỉnh"})
    assert cal.holiday_name(tet) == "Nghỉ Tết của tỉnh"
    assert WorkingDayCalendar(extra_days_off={tet}).holiday_name(tet) == ADMIN_DAY_OFF_NAME


def test_extras_accept_any_iterable_and_are_exposed():
    cal = WorkingDayCalendar(
        extra_days_off=(d for d in [date(2021, 3, 5)]), extra_working_days=[date(2021, 3, 6)]
    )
    assert cal.extra_days_off == frozenset({date(2021, 3, 5)})
    assert cal.extra_working_days == frozenset({date(2021, 3, 6)})
    assert "2021, 3, 5" in repr(cal)


# -- days_off -----------------------------------------------------------------------------


def test_days_off_lists_the_package_holidays(cal):
    vn = holidays.VN(years=2025, language="vi")
    assert cal.days_off(2025) == sorted(vn.items())
    assert (date(2025, 1, 29), "Tết Nguyên Đán") in cal.days_off(2025)


def test_days_off_with_extras():
    compensatory = date(2025, 9, 3)
    cal = WorkingDayCalendar(
        extra_days_off={compensatory, date(2024, 12, 31)},
        extra_working_days={date(2025, 1, 27), MAKE_UP_SATURDAY_2025},
        names={compensatory: COMPENSATORY_DAY_OFF_NAME},
    )
    listed = cal.days_off(2025)
    assert listed == sorted(listed)
    assert (compensatory, "Nghỉ bù") in listed
    assert date(2025, 1, 27) not in dict(listed)  # swapped into a working day
    assert date(2024, 12, 31) not in dict(listed)  # another year
    assert (date(2024, 12, 31), ADMIN_DAY_OFF_NAME) in cal.days_off(2024)
    assert all(not cal.is_working_day(d) for d, _ in listed)


def test_names_are_vietnamese_nfc(cal):
    names = [name for year in range(2021, 2027) for _, name in cal.days_off(year)]
    names += [ADMIN_DAY_OFF_NAME, COMPENSATORY_DAY_OFF_NAME]
    assert all(unicodedata.is_normalized("NFC", name) for name in names)


# -- add_working_days and working_days_between --------------------------------------------


def test_zero_and_negative(cal):
    saturday = date(2021, 3, 6)
    assert cal.add_working_days(saturday, 0) == saturday
    assert cal.add_working_days(saturday, 1) == date(2021, 3, 8)
    assert cal.add_working_days(saturday, -1) == date(2021, 3, 5)
    assert cal.add_working_days(date(2021, 2, 17), -1) == date(2021, 2, 9)
    assert cal.add_working_days(date(2021, 3, 8), -5) == date(2021, 3, 1)
    assert cal.working_days_between(saturday, saturday) == 0
    assert cal.working_days_between(saturday, date(2021, 3, 7)) == 0
    assert cal.working_days_between(date(2021, 3, 8), date(2021, 3, 1)) == -5
    assert cal.working_days_between(saturday, date(2021, 3, 5)) == -1
    assert cal.working_days_between(date(2021, 2, 17), date(2021, 2, 9)) == -1


def test_long_spans(cal):
    # 2023 had 365 days: 105 weekend days and 11 public holidays on weekdays.
    off_weekdays = [d for d, _ in cal.days_off(2023) if d.weekday() < 5]
    assert len(off_weekdays) == 11
    assert cal.working_days_between(date(2022, 12, 31), date(2023, 12, 31)) == 365 - 105 - 11
    assert cal.working_days_between(date(2020, 1, 1), date(2027, 12, 31)) == naive_between(
        cal, date(2020, 1, 1), date(2027, 12, 31)
    )


def test_module_functions_use_the_default_calendar_or_the_given_one():
    assert default_calendar() is default_calendar()
    custom = WorkingDayCalendar(extra_working_days={MAKE_UP_SATURDAY_2025})
    assert add_working_days(date(2025, 2, 14), 1) == date(2025, 2, 17)
    assert add_working_days(date(2025, 2, 14), 1, custom) == MAKE_UP_SATURDAY_2025
    assert working_days_between(date(2025, 2, 14), date(2025, 2, 16)) == 0
    assert working_days_between(date(2025, 2, 14), date(2025, 2, 16), calendar=custom) == 1


@pytest.mark.parametrize(
    "call",
    [
        lambda c: c.is_working_day(datetime(2021, 2, 10)),
        lambda c: c.holiday_name("2021-02-10"),
        lambda c: c.add_working_days(datetime(2021, 2, 9), 1),
        lambda c: c.add_working_days(date(2021, 2, 9), 1.0),
        lambda c: c.add_working_days(date(2021, 2, 9), True),
        lambda c: c.working_days_between(date(2021, 2, 9), None),
        lambda c: WorkingDayCalendar(extra_days_off=["2021-02-10"]),
    ],
)
def test_rejects_non_dates(cal, call):
    with pytest.raises(TypeError):
        call(cal)


def test_package_lookups_are_cached_per_year():
    workdays._package_year.cache_clear()
    cal = WorkingDayCalendar()
    cal.add_working_days(date(2021, 1, 1), 300)
    cal.add_working_days(date(2021, 1, 1), 300)
    WorkingDayCalendar().is_working_day(date(2021, 6, 1))
    # The package is asked once per year (2021 and 2022), whatever the number of calls.
    assert workdays._package_year.cache_info().misses == 2


# -- properties ---------------------------------------------------------------------------

dates = st.dates(min_value=date(2020, 1, 1), max_value=date(2027, 12, 31))
calendars = st.sampled_from(
    [
        WorkingDayCalendar(),
        WorkingDayCalendar(extra_working_days={MAKE_UP_SATURDAY_2025}),
        WorkingDayCalendar(
            extra_days_off={date(2023, 1, 27), date(2024, 12, 31), date(2026, 2, 23)},
            extra_working_days={date(2022, 1, 29), MAKE_UP_SATURDAY_2025},
        ),
    ]
)


@given(dates, st.integers(0, 300), calendars)
def test_round_trip(a, n, cal):
    b = cal.add_working_days(a, n)
    assert cal.working_days_between(a, b) == n
    assert working_days_between(a, add_working_days(a, n)) == n
    assert b >= a
    if n:
        assert cal.is_working_day(b)
        # b is the first day with n working days: the day before has only n - 1.
        assert cal.working_days_between(a, b - ONE_DAY) == n - 1


@given(dates, st.integers(-300, 0), calendars)
def test_round_trip_backwards(a, n, cal):
    b = cal.add_working_days(a, n)
    assert cal.working_days_between(a, b) == n
    assert b <= a
    if n:
        assert cal.is_working_day(b)
        assert cal.working_days_between(a, b + ONE_DAY) == n + 1


@given(dates, dates, calendars)
def test_between_matches_a_day_by_day_count(a, b, cal):
    if abs((b - a).days) > 400:
        b = a + timedelta(days=(b - a).days % 400)
    assert cal.working_days_between(a, b) == naive_between(cal, a, b)


@given(dates, st.integers(0, 300), st.integers(0, 300))
def test_add_composes(a, m, n):
    cal = default_calendar()
    assert cal.add_working_days(cal.add_working_days(a, m), n) == cal.add_working_days(a, m + n)


@given(dates, st.integers(-300, 300))
def test_there_and_back_again(a, n):
    cal = default_calendar()
    back = cal.add_working_days(cal.add_working_days(a, n), -n)
    if cal.is_working_day(a) or n == 0:
        assert back == a
    else:
        # From a day off the trip overshoots to the nearest working day beyond it.
        assert back == cal.add_working_days(a, -1 if n > 0 else 1)


def test_2023_reunification_and_labour_days_off_follow_the_governments_notice():
    """In 2023 Giỗ Tổ Hùng Vương (10/3 âm lịch) fell on Saturday 29/4 and 30/4 on a Sunday: civil
    servants were off from Saturday 29/04 to Wednesday 03/05/2023 (02/05 and 03/05 compensatory
    days off), with no make-up Saturday. So 5 working days before 10/05/2023 is 28/04/2023."""
    calendar = WorkingDayCalendar()
    off = [date(2023, 4, 29) + timedelta(days=i) for i in range(5)]
    assert [calendar.is_working_day(d) for d in off] == [False] * 5
    assert calendar.is_working_day(date(2023, 4, 28))
    assert calendar.is_working_day(date(2023, 5, 4))
    assert not calendar.is_working_day(date(2023, 5, 6))  # an ordinary Saturday
    assert calendar.add_working_days(date(2023, 5, 10), -5) == date(2023, 4, 28)
    assert calendar.add_working_days(date(2023, 5, 10), -4) == date(2023, 5, 4)


def test_days_left_is_signed_and_says_when_a_date_is_past():
    calendar = WorkingDayCalendar()
    assert calendar.days_left(date(2023, 5, 10), date(2023, 5, 5)) == (3, False)
    assert calendar.days_left(date(2023, 5, 10), date(2023, 5, 10)) == (0, False)
    assert calendar.days_left(date(2023, 4, 28), date(2023, 5, 4)) == (-1, True)
    # Due on a Saturday, seen on the Sunday: past, though no working day has gone by.
    assert calendar.days_left(date(2023, 5, 6), date(2023, 5, 7)) == (0, True)
