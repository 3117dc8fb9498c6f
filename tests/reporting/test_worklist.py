"""The reporting workflow's due things, per role and status, in working days; nobody sees
another unit's."""

import datetime

import pytest

from danvan.reporting.services import (
    report_open,
    report_review,
    report_send_to_head,
    report_submit,
)
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for
from tests.conftest import make_user

D = datetime.date
FRIDAY = D(2021, 11, 5)  # the deadline, Wednesday 10/11/2021, is 3 working days away


def _reporting(user, today=FRIDAY):
    return [i for i in worklist_for(user, today=today) if i.source == "reporting"]


def _one(user, today=FRIDAY):
    (item,) = _reporting(user, today)
    return item


def test_a_request_not_yet_answered(users, request_2021):
    item = _one(users["clerk_a"])
    assert (item.kind, item.status) == ("Yêu cầu báo cáo", "Chưa soạn báo cáo")
    assert item.unit == "Sở Nội vụ"
    assert item.url == f"/bao-cao/{request_2021.pk}/"
    assert (item.due, item.days_left, item.when) == (D(2021, 11, 10), 3, "còn 3 ngày làm việc")
    assert item.group == Group.SOON
    assert item.extra == "Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021"


def test_urgent_then_overdue_in_working_days(users, request_2021):
    assert _one(users["clerk_a"], D(2021, 11, 9)).group == Group.NOW  # 1 day left
    late = _one(users["clerk_a"], D(2021, 11, 15))  # Monday after: Thu, Fri, Mon
    assert (late.overdue, late.when, late.group) == (True, "quá hạn 3 ngày làm việc", Group.NOW)


def test_the_draft_is_the_clerks_and_the_head_waits(users, request_2021, tree):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    mine = _one(users["clerk_a"])
    assert (mine.kind, mine.group) == ("Báo cáo dự thảo", Group.SOON)
    assert mine.url == f"/bao-cao/bao-cao/{report.pk}/"
    head = _one(users["head_a"])
    assert (head.status, head.group) == ("Chuyên viên đang soạn", Group.WAITING)


def test_sent_to_the_head_the_head_acts_and_the_clerk_waits(users, request_2021, tree):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_send_to_head(user=users["clerk_a"], report=report)
    head = _one(users["head_a"])
    assert (head.kind, head.status) == ("Báo cáo chờ lãnh đạo duyệt", "Chờ bạn duyệt và gửi")
    assert head.group == Group.SOON
    clerk = _one(users["clerk_a"])
    assert (clerk.status, clerk.group) == ("Đã trình lãnh đạo", Group.WAITING)


def test_submitted_waits_for_the_aggregator_who_must_decide(users, request_2021, tree):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_submit(user=users["head_a"], report=report)
    clerk = _one(users["clerk_a"])
    assert (clerk.status, clerk.group, clerk.due) == (
        "Chờ cơ quan tổng hợp tiếp nhận",
        Group.WAITING,
        None,
    )
    items = {i.kind: i for i in _reporting(users["aggregator"])}
    accept = items["Báo cáo chờ tiếp nhận"]
    assert (accept.unit, accept.group) == ("Sở Nội vụ", Group.NOW)
    assert accept.url == f"/bao-cao/bao-cao/{report.pk}/"
    issued = items["Yêu cầu đã phát hành"]
    assert (issued.status, issued.group) == ("2/3 đơn vị chưa gửi báo cáo", Group.WAITING)


def test_returned_shows_the_comment_and_accepted_leaves_the_list(users, request_2021, tree):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report = report_submit(user=users["head_a"], report=report)
    report = report_review(
        user=users["aggregator"], report=report, accept=False, comment="Bổ sung số liệu đơn thư"
    )
    item = _one(users["clerk_a"])
    assert item.kind == "Báo cáo bị trả lại"
    assert item.extra == "Ý kiến của cơ quan tổng hợp: Bổ sung số liệu đơn thư"
    report = report_submit(user=users["head_a"], report=report)
    report_review(user=users["aggregator"], report=report, accept=True)
    assert _reporting(users["clerk_a"]) == []
    assert "Báo cáo chờ tiếp nhận" not in {i.kind for i in _reporting(users["aggregator"])}


def test_nobody_sees_another_units_reports(users, request_2021, tree):
    report = report_open(user=users["clerk_a"], request=request_2021, unit=tree["A"])
    report_submit(user=users["head_a"], report=report)
    outsiders = [
        users["clerk_b"],
        make_user("lanhdao.b", "lanh_dao", tree["B"]),
        make_user("tonghop.x", "tong_hop", tree["X"], subtree=True),
        users["admin_a"],  # an administrator keeps no reports
    ]
    for user in outsiders:
        for item in worklist_for(user, today=FRIDAY):
            assert item.unit != "Sở Nội vụ", (user.username, item)
            assert item.url != f"/bao-cao/bao-cao/{report.pk}/", (user.username, item)
            assert item.key != f"reporting.unitreport:{report.pk}", (user.username, item)
    assert [i.unit for i in _reporting(users["clerk_b"])] == ["Sở Tư pháp Bí Mật"]


@pytest.mark.parametrize("who", ["clerk_a", "head_a", "aggregator", "admin"])
def test_the_home_page_and_the_api_show_the_same_items(users, request_2021, login, api_client, who):
    from django.utils import timezone

    user = users[who]
    expected = [i.title for i in worklist_for(user, today=timezone.localdate())]
    listed = api_client(user).get("/api/v1/worklist/").json()
    assert [i["title"] for i in listed] == expected
    page = login(user).get("/").content.decode()
    for item in listed:
        assert f'href="{item["url"]}"' in page


def test_a_unit_closed_since_has_no_request_to_answer(users, tree):
    from danvan.orgunits.services import orgunit_create
    from danvan.reporting.services import request_issue

    closed = orgunit_create(
        code="C",
        name="Sở đã giải thể",
        kind="so_nganh",
        parent=tree["P"],
        valid_from=D(2020, 1, 1),
    )
    clerk = make_user("chuyenvien.c", "chuyen_vien", closed)
    # Issued while the unit worked (a closed unit cannot be a target), closed afterwards.
    request_issue(
        user=users["aggregator"],
        issuer=tree["P"],
        number="3",
        symbol="SNV",
        issued_on=D(2021, 10, 20),
        subject="Báo cáo của đơn vị đã giải thể",
        period="2021",
        deadline=D(2021, 11, 10),
        targets=[closed],
    )
    type(closed).objects.filter(pk=closed.pk).update(valid_to=D(2021, 11, 1))
    assert [i.title for i in _reporting(clerk, D(2021, 10, 25))] == [
        "Báo cáo của đơn vị đã giải thể"
    ]
    assert _reporting(clerk) == []
