"""A due thing's days left are working days of the calendar in force, and its group follows
from whose action it is and how close the deadline is."""

import datetime

import pytest

from danvan.calendars.workdays import WorkingDayCalendar
from danvan.worklist.items import Group, WorklistContext

D = datetime.date


def _item(today, due, calendar=None, **kwargs):
    ctx = WorklistContext(user=None, today=today, calendar=calendar or WorkingDayCalendar())
    return ctx.item(source="t", key="k", kind="Việc", title="Thử", url="/", due=due, **kwargs)


@pytest.mark.parametrize(
    ("today", "due", "days_left", "overdue", "when", "group"),
    [
        # Deadline today (a Friday).
        (D(2021, 11, 5), D(2021, 11, 5), 0, False, "hạn cuối hôm nay", Group.NOW),
        # Tomorrow's deadline is Monday: one working day over the weekend.
        (D(2021, 11, 5), D(2021, 11, 8), 1, False, "còn 1 ngày làm việc", Group.NOW),
        # Across Quốc khánh (2–3/9/2021 off) and the weekend: Monday is 1 working day away.
        (D(2021, 9, 1), D(2021, 9, 6), 1, False, "còn 1 ngày làm việc", Group.NOW),
        # Three working days away: not urgent yet.
        (D(2021, 11, 5), D(2021, 11, 10), 3, False, "còn 3 ngày làm việc", Group.SOON),
        # Friday's deadline seen on Monday: overdue by one working day.
        (D(2021, 11, 8), D(2021, 11, 5), -1, True, "quá hạn 1 ngày làm việc", Group.NOW),
        # Saturday's deadline seen on Sunday: past, but no working day has gone by.
        (D(2021, 11, 7), D(2021, 11, 6), 0, True, "đã quá hạn", Group.NOW),
        # Years late: thousands written as Vietnamese do.
        (D(2026, 12, 1), D(2021, 11, 10), -1263, True, "quá hạn 1.263 ngày làm việc", Group.NOW),
    ],
)
def test_days_left_are_working_days(today, due, days_left, overdue, when, group):
    item = _item(today, due)
    assert (item.days_left, item.overdue, item.when, item.group) == (
        days_left,
        overdue,
        when,
        group,
    )


def test_the_administrators_days_off_count():
    """A province's own day off (Monday 8/11/2021) pushes Friday's "1 day" to 2."""
    calendar = WorkingDayCalendar(extra_days_off=[D(2021, 11, 8)])
    assert _item(D(2021, 11, 5), D(2021, 11, 9), calendar).days_left == 1
    assert _item(D(2021, 11, 5), D(2021, 11, 9)).days_left == 2


def test_someone_elses_action_waits_and_an_undated_action_is_now():
    assert _item(D(2021, 11, 5), D(2021, 11, 5), mine=False).group == Group.WAITING
    assert _item(D(2021, 11, 5), None).group == Group.NOW
    assert _item(D(2021, 11, 5), None).when == ""
    assert _item(D(2021, 11, 5), None, group=Group.WATCH).group == Group.WATCH


def test_as_dict_is_what_the_api_returns():
    data = _item(D(2021, 11, 8), D(2021, 11, 5), unit="Sở Nội vụ", extra="Ý kiến").as_dict()
    assert data["group"] == "can_lam_ngay" and data["group_label"] == "Cần làm ngay"
    assert data["when"] == "quá hạn 1 ngày làm việc" and data["days_left"] == -1
    assert data["unit"] == "Sở Nội vụ" and data["extra"] == "Ý kiến"
