"""Petitions past their legal deadline and unresolved, on the home page of the unit's people."""

import datetime

from danvan.petitions.models import Petition
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for

D = datetime.date
TODAY = D(2021, 11, 8)


def _petition(unit, code, deadline, resolved=None):
    return Petition.objects.create(
        code=code,
        unit=unit,
        kind="khieu_nai",
        received_on=D(2021, 9, 1),
        handling="thu_ly",
        accepted_on=D(2021, 9, 5),
        deadline=deadline,
        resolved_on=resolved,
    )


def _petitions(user, today=TODAY):
    return [i for i in worklist_for(user, today=today) if i.source == "petitions.overdue"]


def test_past_the_legal_deadline_and_unresolved(users, tree):
    late = _petition(tree["A"], "DON-1", D(2021, 11, 4))  # Thursday: Fri, Mon → 2 days
    _petition(tree["A"], "DON-TODAY", TODAY)
    _petition(tree["A"], "DON-RESOLVED", D(2021, 10, 1), resolved=D(2021, 10, 30))
    (item,) = _petitions(users["head_a"])
    assert item.title == "Đơn DON-1 — Khiếu nại"
    assert item.url == f"/so/petitions/{late.pk}/"
    assert (item.when, item.group) == ("quá hạn 2 ngày làm việc", Group.NOW)
    assert _petitions(users["clerk_b"]) == []


def test_many_are_counted_with_a_link_to_the_units_list(users, tree):
    for i in range(4):
        _petition(tree["A"], f"DON-{i}", D(2021, 10, 1 + i))
    (item,) = _petitions(users["clerk_a"])
    assert (item.title, item.count) == ("4 đơn quá hạn", 4)
    assert item.url == "/so/petitions/?ma_don_vi=A"
