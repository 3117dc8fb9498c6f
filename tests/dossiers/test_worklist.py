"""Overdue dossiers on the home page: listed one by one when few, counted per unit with a
link to the filtered list when many; the keepers must act, overseers watch; nobody sees
another unit's."""

import datetime

from django.utils import timezone

from danvan.dossiers.services import dossier_create
from danvan.worklist.items import Group
from danvan.worklist.selectors import worklist_for
from tests.conftest import make_user

D = datetime.date
TODAY = D(2021, 11, 8)  # Monday


def _overdue(unit, code, due, finished=None):
    return dossier_create(
        unit=unit,
        code=code,
        channel="truc_tiep",
        procedure_name="Cấp giấy phép",
        received_on=D(2021, 10, 1),
        due_on=due,
        finished_on=finished,
        outcome="da_tra_ket_qua" if finished else "",
    )


def _dossiers(user, today=TODAY):
    return [i for i in worklist_for(user, today=today) if i.source == "dossiers.overdue"]


def test_a_few_overdue_dossiers_one_by_one(users, tree):
    late = _overdue(tree["A"], "HS-1", D(2021, 11, 5))  # Friday: 1 working day late
    _overdue(tree["A"], "HS-DUE-TODAY", TODAY)  # due today: not overdue
    _overdue(tree["A"], "HS-DONE", D(2021, 11, 1), finished=D(2021, 11, 3))
    (item,) = _dossiers(users["clerk_a"])
    assert item.title == "Hồ sơ HS-1 — Cấp giấy phép"
    assert item.url == f"/ho-so/{late.pk}/"
    assert (item.when, item.group, item.unit) == ("quá hạn 1 ngày làm việc", Group.NOW, "Sở Nội vụ")


def test_many_are_counted_per_unit_and_the_link_filters_the_list(users, tree, login):
    for i in range(5):
        _overdue(tree["A"], f"HS-{i}", D(2021, 10, 20 + i))
    # The list page filters on the real today: this one is due in the future.
    _overdue(tree["A"], "HS-ON-TIME", timezone.localdate() + datetime.timedelta(days=30))
    (item,) = _dossiers(users["clerk_a"])
    assert (item.title, item.count, item.due) == ("5 hồ sơ quá hạn", 5, D(2021, 10, 20))
    assert item.url == "/ho-so/?tinh_trang=qua_han&ma_don_vi=A"
    page = login(users["clerk_a"]).get(item.url).content.decode()
    assert "HS-4" in page and "HS-ON-TIME" not in page


def test_overseers_watch_and_outsiders_see_nothing(users, tree):
    _overdue(tree["A"], "HS-1", D(2021, 11, 5))
    (watched,) = _dossiers(users["aggregator"])
    assert watched.group == Group.WATCH
    for user in (users["clerk_b"], make_user("tonghop.x", "tong_hop", tree["X"], subtree=True)):
        assert _dossiers(user) == []
