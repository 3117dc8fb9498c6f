"""The engine's lines on the home page: open things of kinds shown there, overdue or due within
10 working days; the keepers' own action, someone else's thing to watch."""

import dataclasses
import datetime

import pytest
from django.utils import timezone

from danvan.deadlines import registry
from danvan.deadlines.status import State
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for
from tests.plugin_deadline.kind import TASKS
from tests.plugin_deadline.models import KIND

pytestmark = pytest.mark.usefixtures("only_the_test_kind")

D = datetime.date
TODAY = D(2023, 5, 5)


def _mine(user, day=TODAY):
    return [i for i in worklist_for(user, day) if i.source == "deadlines"]


def test_overdue_and_due_within_ten_working_days_are_listed(make_task, users):
    late = make_task(title="Hội nghị cán bộ", due=D(2023, 4, 20))
    soon = make_task(title="Báo cáo sơ kết", due=D(2023, 5, 19))  # 10 working days
    make_task(title="Còn xa", due=D(2023, 5, 22))  # 11 working days
    make_task(title="Xong rồi", due=D(2023, 4, 20), state=State.HOAN_THANH, done_on=TODAY)
    make_task(title="Không hạn", due=None)
    items = _mine(users["clerk_a"])
    assert [i.title for i in items] == ["Hội nghị cán bộ", "Báo cáo sơ kết"]
    first, second = items
    assert (first.key, first.kind, first.url, first.unit) == (
        f"plugin_deadline.task:{late.pk}",
        "Việc thử",
        late.get_absolute_url(),
        "Sở Nội vụ",
    )
    assert (first.group, first.status, first.when) == (
        Group.NOW,
        "Quá hạn",
        "quá hạn 8 ngày làm việc",
    )
    assert (second.group, second.due, second.when) == (
        Group.SOON,
        soon.due_on,
        "còn 10 ngày làm việc",
    )


def test_someone_who_oversees_the_unit_watches_it(make_task, users):
    make_task(due=D(2023, 5, 8))
    (item,) = _mine(users["aggregator"])
    assert item.group == Group.WATCH
    (own,) = _mine(users["head_a"])
    assert own.group == Group.NOW
    assert _mine(users["clerk_b"]) == []


def test_a_kind_not_shown_on_the_home_page_is_left_out(monkeypatch, make_task, users):
    make_task(due=D(2023, 5, 8))
    monkeypatch.setitem(registry._KINDS, KIND, dataclasses.replace(TASKS, on_home=False))
    assert _mine(users["clerk_a"]) == []


def test_the_home_page_shows_them(make_task, users, login):
    make_task(title="Báo cáo sơ kết 6 tháng của Sở", due=timezone.localdate())
    page = login(users["clerk_a"]).get("/").content.decode()
    assert "Báo cáo sơ kết 6 tháng của Sở" in page and "Việc thử" in page
