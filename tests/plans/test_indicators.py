"""KH_NHIEM_VU, KH_HOAN_THANH, KH_QUA_HAN and TL_KH_HOAN_THANH on their edges: an item due on
the window's last day counts, one done a day late is not on time, a cancelled one counts
nowhere; subtree sums; drill-down to the records."""

import datetime

import pytest

from danvan.indicators.defaults import ITEMS
from danvan.indicators.engine import indicator_records, indicators_compute
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.plans.services import deadline_complete, plan_item_add, plan_item_cancel

D = datetime.date
H1 = Window(D(2023, 1, 1), D(2023, 6, 30))


@pytest.fixture
def items(users, tree, plan):
    def add(content, due, unit="A", done=None, cancel=False):
        item = plan_item_add(
            user=users["clerk_a"], plan=plan, content=content, unit=tree[unit], due_rule=due
        )
        if done:
            deadline_complete(users["clerk_a"], item, done)
        if cancel:
            plan_item_cancel(user=users["clerk_a"], item=item, reason="Không làm")
        return item

    add("Đúng hạn", "31/03/2023", done=D(2023, 3, 31))
    add("Trễ một ngày", "10/05/2023", done=D(2023, 5, 11))
    add("Hạn cuối kỳ, chưa xong", "30/06/2023")  # due on the window's end: not late yet
    add("Quá hạn", "15/06/2023", unit="A1")
    add("Xong sau cuối kỳ", "20/06/2023", done=D(2023, 7, 3))
    add("Đã hủy", "15/04/2023", cancel=True)
    add("Kỳ sau", "01/07/2023")
    return plan


def test_the_plan_figures_on_their_edges(items, tree):
    subtree = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    result = indicators_compute(subtree, H1)
    assert result.value("KH_NHIEM_VU") == 5
    assert result.value("KH_HOAN_THANH") == 1
    # Not done at the window's end and past due: A1's open item, and the one done in July; the
    # one done a day late was done by then, the one due on the last day is not late yet.
    assert result.value("KH_QUA_HAN") == 2
    ratio = result.value("TL_KH_HOAN_THANH")
    assert (ratio.numerator, ratio.denominator) == (1, 5)
    only_a = indicators_compute(OrgUnit.objects.filter(pk=tree["A"].pk), H1, single_unit=True)
    assert only_a.value("KH_NHIEM_VU") == 4 and only_a.value("KH_QUA_HAN") == 1


def test_the_plan_figures_drill_down_to_their_items(items, tree):
    subtree = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    late = indicator_records(subtree, H1, "KH_QUA_HAN")
    assert sorted(late.values_list("content", flat=True)) == ["Quá hạn", "Xong sau cuối kỳ"]
    short = indicator_records(subtree, H1, "TL_KH_HOAN_THANH", "khong_dat")
    assert "Đúng hạn" not in set(short.values_list("content", flat=True))


def test_the_default_form_has_the_plans_section():
    sections = dict(ITEMS)
    assert sections["12. Thực hiện kế hoạch"] == [
        "KH_NHIEM_VU",
        "KH_HOAN_THANH",
        "KH_QUA_HAN",
        "TL_KH_HOAN_THANH",
    ]


def test_the_drill_down_page_lists_the_items(items, users, login):
    html = (
        login(users["head_a"])
        .get("/chi-tieu/KH_QUA_HAN/ban-ghi/?don_vi=A&cap_duoi=on&ky=2023-H1")
        .content.decode()
    )
    assert "Quá hạn" in html and "Đúng hạn" not in html
