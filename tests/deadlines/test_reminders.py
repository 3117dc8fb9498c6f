"""The day's run: each kind's daily work, reminders counted in working days (sent once), and
one digest per person per day. 2023: 29/04 (Saturday) to 03/05 (Wednesday) are days off."""

import datetime
from io import StringIO

import pytest
from django.core.management import CommandError, call_command

from danvan.calendars.models import CalendarDay
from danvan.deadlines import registry
from danvan.deadlines.models import DigestSent, ReminderSent
from danvan.deadlines.registry import DeadlineKind
from danvan.deadlines.reminders import (
    DIGEST,
    deadline_digests_send,
    deadline_reminders_run,
    deadline_reminders_send,
)
from danvan.deadlines.status import State
from danvan.notifications.models import Notification
from tests.plugin_deadline.models import KIND

D = datetime.date
DUE = D(2023, 5, 10)  # a Wednesday after the 29/04–03/05 holiday
pytestmark = pytest.mark.usefixtures("only_the_test_kind")


def _told(user):
    """The reminders ``user`` was sent (digests apart)."""
    told = Notification.objects.filter(user=user).exclude(subject__startswith="Việc cần làm")
    return list(told.order_by("pk"))


def _digests(user):
    return list(Notification.objects.filter(user=user, subject__startswith="Việc cần làm"))


def _reminders(day):
    return deadline_reminders_send(day)[KIND]


@pytest.fixture
def task(make_task, users):
    return make_task(due=DUE, remind_before=3, remind_after=1)


def test_three_working_days_before_10_05_2023_is_05_05_2023(task, users):
    # 09/05, 08/05, (06–07/05 weekend) 05/05: three working days before the due date.
    assert _reminders(D(2023, 5, 4)) == 0  # the day before sends nothing
    assert _reminders(D(2023, 5, 5)) == 1
    (note,) = _told(users["clerk_a"])
    assert note.subject == "Sắp đến hạn — Việc thử: Báo cáo sơ kết 6 tháng"
    assert note.body == (
        "Sở Nội vụ: «Báo cáo sơ kết 6 tháng» có hạn 10/05/2023, còn 3 ngày làm việc."
    )
    assert note.link == task.get_absolute_url()
    assert [n.subject for n in _told(users["head_a"])] == [note.subject]  # both keepers
    assert _told(users["clerk_b"]) == [] and _told(users["aggregator"]) == []


def test_running_twice_a_day_sends_once(task, users):
    assert _reminders(D(2023, 5, 5)) == 1
    assert _reminders(D(2023, 5, 5)) == 0
    assert len(_told(users["clerk_a"])) == 1
    assert ReminderSent.objects.count() == 1


def test_the_calendar_in_force_counts_an_administrators_day_off(task, users):
    CalendarDay.objects.create(day=D(2023, 5, 8), kind=CalendarDay.Kind.NGHI)
    assert _reminders(D(2023, 5, 5)) == 0
    assert _reminders(D(2023, 5, 4)) == 1  # 09/05, 05/05, 04/05


def test_on_the_day_and_one_working_day_after_while_still_open(task, users):
    assert _reminders(D(2023, 5, 10)) == 1
    assert _told(users["clerk_a"])[-1].subject.startswith("Hôm nay đến hạn — Việc thử")
    assert _told(users["clerk_a"])[-1].body == (
        "Sở Nội vụ: hôm nay (10/05/2023) là hạn của «Báo cáo sơ kết 6 tháng»."
    )
    assert _reminders(D(2023, 5, 11)) == 1
    assert _told(users["clerk_a"])[-1].body == (
        "Sở Nội vụ: «Báo cáo sơ kết 6 tháng» có hạn 10/05/2023, quá hạn 1 ngày làm việc, "
        "chưa hoàn thành."
    )
    assert _reminders(D(2023, 5, 12)) == 0


def test_after_the_due_date_counts_working_days_over_a_weekend(make_task, users):
    make_task(due=D(2023, 5, 12), remind_before=0, remind_on_day=False, remind_after=2)
    assert _reminders(D(2023, 5, 15)) == 0  # Friday → Monday is one working day
    assert _reminders(D(2023, 5, 16)) == 1


def test_nothing_for_done_or_cancelled_things_or_without_reminders(make_task, users):
    make_task(due=DUE, state=State.HOAN_THANH, done_on=D(2023, 5, 4))
    make_task(due=DUE, state=State.HUY, cancel_reason="Bỏ")
    make_task(due=DUE, remind_before=0, remind_on_day=False, remind_after=0)
    make_task(due=None)
    for day in (D(2023, 5, 5), DUE, D(2023, 5, 11)):
        assert _reminders(day) == 0
    assert not Notification.objects.filter(subject__contains="Việc thử").exists()


def test_a_child_unit_is_reminded_to_its_keepers_and_heads_granted_its_parent(make_task, users):
    make_task(unit="A1", due=DUE)
    assert _reminders(D(2023, 5, 5)) == 1
    assert len(_told(users["head_a"])) == 1  # lãnh đạo of A with its subtree
    assert _told(users["clerk_a"]) == []  # the clerk of A alone does not keep A1


def test_a_kind_with_its_own_reminders_and_daily_work(monkeypatch, users, tree):
    calls = []

    def daily(day):
        calls.append(("daily", day))
        return ["Đã tạo yêu cầu báo cáo 6 tháng"]

    def remind(day):
        calls.append(("remind", day))
        return 2

    own = DeadlineKind("thu.rieng", "Yêu cầu thử", lambda scope: [], daily=daily, remind=remind)
    monkeypatch.setitem(registry._KINDS, own.name, own)
    run = deadline_reminders_run(D(2023, 4, 28))
    assert calls == [("daily", D(2023, 4, 28)), ("remind", D(2023, 4, 28))]
    assert run.lines["thu.rieng"] == ["Đã tạo yêu cầu báo cáo 6 tháng"]
    assert run.reminders["thu.rieng"] == 2


def test_one_kinds_failing_daily_work_does_not_stop_the_others(monkeypatch, task, users):
    def broken(day):
        raise RuntimeError("hỏng")

    bad = DeadlineKind("thu.hong", "Loại hỏng", lambda scope: [], daily=broken, position=1)
    monkeypatch.setitem(registry._KINDS, bad.name, bad)
    run = deadline_reminders_run(D(2023, 5, 5))
    assert run.failures == ["Lỗi khi chạy việc hằng ngày của «Loại hỏng»: hỏng"]
    assert run.reminders[KIND] == 1
    with pytest.raises(CommandError, match="Có loại việc chạy lỗi"):
        call_command("reminders", "--date", "08/05/2023", stdout=StringIO(), stderr=StringIO())


# -- the digest ---------------------------------------------------------------------------


def test_one_digest_per_person_with_things_due_soon_or_overdue(make_task, users):
    make_task(title="Báo cáo sơ kết", due=DUE)  # 3 working days left on 05/05
    make_task(title="Hội nghị cán bộ", due=D(2023, 4, 20))  # overdue
    make_task(title="Việc còn xa", due=D(2023, 5, 15))  # 6 working days: not listed
    make_task(title="Việc của Sở Tư pháp", unit="B", due=DUE)
    day = D(2023, 5, 5)
    sent = deadline_digests_send(day)
    # Who sees A's things: the province's administrator and aggregator, A's clerk, head and
    # administrator; and B's clerk for B's.
    assert sent == 6
    (digest,) = _digests(users["clerk_a"])
    assert digest.subject == "Việc cần làm ngày 05/05/2023: 2 việc đến hạn hoặc quá hạn"
    assert digest.body.splitlines() == [
        "Việc thử: Hội nghị cán bộ (Sở Nội vụ) — hạn 20/04/2023, quá hạn 8 ngày làm việc",
        "Việc thử: Báo cáo sơ kết (Sở Nội vụ) — hạn 10/05/2023, còn 3 ngày làm việc",
    ]
    (of_b,) = _digests(users["clerk_b"])
    assert "Việc của Sở Tư pháp" in of_b.body and "Sở Nội vụ" not in of_b.body
    assert DigestSent.objects.get(user=users["clerk_a"], day=day).items == 2
    # Once a day: the same day again sends none; the next working day sends again.
    assert deadline_digests_send(day) == 0
    assert deadline_digests_send(D(2023, 5, 8)) == 6


def test_nobody_gets_an_empty_digest(make_task, users):
    make_task(due=D(2023, 6, 30))
    make_task(due=D(2023, 4, 20), state=State.HOAN_THANH, done_on=D(2023, 4, 19))
    assert deadline_digests_send(D(2023, 5, 5)) == 0
    assert not Notification.objects.exists()


def test_the_run_counts_reminders_per_kind_and_digests(task, users):
    counts = deadline_reminders_send(D(2023, 5, 5))
    assert counts[KIND] == 1 and counts[DIGEST] == 5
    again = deadline_reminders_send(D(2023, 5, 5))
    assert again[KIND] == 0 and again[DIGEST] == 0


# -- the command --------------------------------------------------------------------------


def test_the_reminders_command_says_what_it_did_in_vietnamese(task, users):
    out = StringIO()
    call_command("reminders", "--date", "05/05/2023", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0] == "Ngày 05/05/2023: sáp nhập có hiệu lực — không; đổi tên có hiệu lực — không."
    assert "Ngày 05/05/2023: đã gửi 1 lời nhắc — Việc thử." in lines
    assert "Ngày 05/05/2023: đã gửi 5 bản tổng hợp việc cần làm." in lines
    out = StringIO()
    call_command("reminders", "--date", "05/05/2023", stdout=out)
    assert "Ngày 05/05/2023: không có lời nhắc nào cần gửi." in out.getvalue()
    assert "không có bản tổng hợp việc cần làm nào cần gửi" in out.getvalue()


def test_the_command_prints_each_kinds_daily_lines(monkeypatch, users, tree):
    own = DeadlineKind(
        "thu.rieng",
        "Nhiệm vụ kế hoạch thử",
        lambda scope: [],
        daily=lambda day: [f"đã tạo yêu cầu báo cáo (ngày {day:%d/%m/%Y})"],
        remind=lambda day: 3,
    )
    monkeypatch.setitem(registry._KINDS, own.name, own)
    out = StringIO()
    call_command("reminders", "--date", "28/04/2023", stdout=out)
    text = out.getvalue()
    assert (
        "Ngày 28/04/2023 — Nhiệm vụ kế hoạch thử: đã tạo yêu cầu báo cáo (ngày 28/04/2023)" in text
    )
    assert "Ngày 28/04/2023: đã nhắc 3 đơn vị — Nhiệm vụ kế hoạch thử." in text


@pytest.mark.parametrize("typed", ["31/02/2023", "hôm nay", "2023/05/05"])
def test_a_bad_date_is_refused_in_vietnamese(db, typed):
    with pytest.raises(CommandError, match=typed.replace("/", "/")):
        call_command("reminders", "--date", typed)
