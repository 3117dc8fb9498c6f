"""The deadline overview's selectors and page: scope, filters, order, counts (issue 12)."""

import datetime

import pytest

from danvan.core.errors import Invalid, NotFound
from danvan.deadlines.overview import deadline_overview, overview_filters_parse
from danvan.deadlines.registry import deadline_kind
from danvan.reporting.models import Transition
from danvan.reporting.services import report_open, report_submit
from tests.deadlines.conftest import DAY

D = datetime.date


def _lines(user, **typed):
    typed.setdefault("date", "08/05/2023")
    filters = overview_filters_parse(user, **typed)
    return deadline_overview(user, filters)


def _rows(overview):
    return [(i.kind, i.unit.code, i.title, i.status, i.days_left) for i in overview.items]


def test_the_head_of_a_sees_every_kind_overdue_first(users, world):
    overview = _lines(users["head_a"])
    assert _rows(overview) == [
        ("dossiers.overdue", "A", "2 hồ sơ quá hạn chưa giải quyết xong", "qua_han", -9),
        ("petitions.overdue", "A", "Đơn DON-BI-MAT — Khiếu nại", "qua_han", -3),
        (
            "reporting.request",
            "A",
            "Báo cáo công tác dân vận 6 tháng đầu năm 2023",
            "chua_thuc_hien",
            2,
        ),
        (
            "petitions.reception_quota",
            "A",
            "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 05/2023 (đã tiếp 0/1 ngày)",
            "chua_thuc_hien",
            17,
        ),
    ]
    assert overview.total == 5  # the dossier line stands for 2
    assert [(c.key, c.count) for c in overview.by_kind] == [
        ("reporting.request", 1),
        ("petitions.overdue", 1),
        ("petitions.reception_quota", 1),
        ("dossiers.overdue", 2),
    ]
    assert [(c.label, c.count) for c in overview.by_status] == [
        ("Chưa thực hiện", 2),
        ("Quá hạn", 3),
    ]


def test_a_user_of_another_unit_sees_nothing_of_a(users, world):
    overview = _lines(users["clerk_b"])
    assert {i.unit.code for i in overview.items} == {"B"}
    assert "DON-BI-MAT" not in str(_rows(overview))
    with pytest.raises(NotFound, match="«A»"):
        overview_filters_parse(users["clerk_b"], unit="A")
    with pytest.raises(NotFound, match="«KHONG-CO»"):
        overview_filters_parse(users["clerk_b"], unit="KHONG-CO")


def test_the_unit_and_subtree_filters(users, world):
    only_p = _lines(users["aggregator"], unit="P")
    assert {i.unit.code for i in only_p.items} == {"P"}
    assert [i.title for i in only_p.items] == [
        "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 04/2023 (đã tiếp 0/1 ngày)",
        "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 05/2023 (đã tiếp 0/1 ngày)",
    ]
    assert only_p.items[0].status == "qua_han"
    with_subtree = _lines(users["aggregator"], unit="P", subtree="1")
    assert {i.unit.code for i in with_subtree.items} == {"P", "A", "B", "X"}
    a_and_below = _lines(users["admin"], unit="A", subtree=True)
    assert {i.unit.code for i in a_and_below.items} == {"A"}


def test_x_has_no_reception_quota_before_it_existed(users, world):
    lines = _lines(users["aggregator"], unit="X")
    assert [i.kind for i in lines.items] == ["reporting.request"]


def test_the_date_moves_every_line(users, world):
    later = _lines(users["clerk_a"], date="12/05/2023", kind="reporting.request")
    (line,) = later.items
    assert (line.status, line.days_left, line.overdue) == ("qua_han", -2, True)
    before_issue = _lines(users["clerk_a"], date="19/04/2023", kind="reporting.request")
    assert before_issue.items == []
    # DON-A-XONG (resolved 28/04) is not overdue; DON-BI-MAT is.
    petitions = _lines(users["clerk_a"], kind="petitions.overdue")
    assert [i.title for i in petitions.items] == ["Đơn DON-BI-MAT — Khiếu nại"]


def test_status_filters(users, world):
    late = _lines(users["head_a"], status="qua_han")
    assert {i.status for i in late.items} == {"qua_han"}
    done = _lines(users["head_a"], status="hoan_thanh")
    (april,) = done.items
    assert april.title == (
        "Lãnh đạo đã tiếp công dân định kỳ đủ số ngày trong tháng 04/2023 (đã tiếp 1/1 ngày)"
    )
    assert (april.done_on, april.due) == (D(2023, 4, 14), D(2023, 4, 30))
    everything = _lines(users["head_a"], status="tat_ca")
    assert len(everything.items) == len(_lines(users["head_a"]).items) + 1


def test_a_submitted_report_closes_its_line_on_the_first_submission_day(users, world):
    report = report_open(user=users["clerk_a"], request=world["request"], unit=world["A"])
    draft = _lines(users["head_a"], kind="reporting.request")
    assert [i.status for i in draft.items] == ["dang_thuc_hien"]
    assert draft.items[0].url == f"/bao-cao/bao-cao/{report.pk}/"
    report_submit(user=users["head_a"], report=report)
    Transition.objects.filter(report=report).update(
        at=datetime.datetime(2023, 5, 11, 9, 0, tzinfo=datetime.UTC)
    )
    assert _lines(users["head_a"], date="12/05/2023", kind="reporting.request").items == []
    (done,) = _lines(
        users["head_a"], date="12/05/2023", status="tat_ca", kind="reporting.request"
    ).items
    assert (done.status, done.done_on) == ("hoan_thanh_qua_han", D(2023, 5, 11))
    # Seen from the deadline day, it was not yet submitted.
    (open_then,) = _lines(users["head_a"], date="10/05/2023", kind="reporting.request").items
    assert open_then.status == "dang_thuc_hien"


@pytest.mark.parametrize(
    ("typed", "field", "reason"),
    [
        ({"date": "31/02/2023"}, "date", "Ngày xem «31/02/2023» không hợp lệ"),
        ({"date": "2023/05/08x"}, "date", "hãy nhập dạng dd/mm/yyyy"),
        ({"kind": "khong.co"}, "kind", "Không có loại việc «khong.co»"),
        ({"status": "xong"}, "status", "Không có trạng thái «xong»"),
        ({"subtree": "có lẽ"}, "subtree", "không phải có/không"),
    ],
)
def test_every_bad_filter_is_named(users, world, typed, field, reason):
    with pytest.raises(Invalid) as caught:
        overview_filters_parse(users["clerk_a"], **typed)
    (found,) = caught.value.problems
    assert found["field"] == field and reason in found["reason"]


def test_the_home_page_flags(world):
    assert deadline_kind("reporting.request").on_home is False
    assert deadline_kind("petitions.overdue").on_home is False
    assert deadline_kind("dossiers.overdue").on_home is False
    # Monthly quota lines go to the overview and the digest, not every home page.
    assert deadline_kind("petitions.reception_quota").on_home is False
    assert deadline_kind("reporting.request").remind is not None


def test_the_default_day_is_today(users, world, settings):
    filters = overview_filters_parse(users["clerk_a"], today=DAY)
    assert filters.day == DAY and filters.status == "dang_mo"
