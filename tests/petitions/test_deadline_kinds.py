"""The petitions app's lines on the deadline overview: petitions past their legal deadline, one
line each, and heads behind their citizen-reception quota (Luật Tiếp công dân 2013)."""

import datetime

import pytest

from danvan.deadlines.registry import Scope
from danvan.orgunits.models import OrgUnit
from danvan.petitions.deadline_kinds import (
    month_weeks,
    petitions_overdue_due,
    reception_quota_due,
)
from danvan.petitions.models import ReceptionQuota
from tests.deadlines.conftest import petition, reception

D = datetime.date


def _scope(*units, day, closed=False):
    return Scope(
        units=OrgUnit.objects.filter(pk__in=[u.pk for u in units]), day=day, include_closed=closed
    )


def test_the_law_is_seeded_as_dated_data(db):
    quotas = {q.unit_kind: q for q in ReceptionQuota.objects.all()}
    assert (quotas["tinh"].days, quotas["tinh"].per) == (1, "thang")
    assert "Điều 12" in quotas["tinh"].legal_ref
    assert (quotas["ubnd_xa"].days, quotas["ubnd_xa"].per) == (1, "tuan")
    assert "Điều 15" in quotas["ubnd_xa"].legal_ref
    assert (quotas["so_nganh"].days, quotas["so_nganh"].per) == (1, "thang")
    assert "Điều 18" in quotas["so_nganh"].legal_ref
    assert "phong" not in quotas  # a department's head has no quota of their own


def test_one_line_per_overdue_petition_open_on_the_day(tree):
    late = petition(tree["A"], "DON-1", D(2023, 5, 2))
    petition(tree["A"], "DON-2", D(2023, 5, 2), resolved=D(2023, 5, 20))  # resolved later
    petition(tree["A"], "DON-3", D(2023, 5, 8))  # due today: not yet late
    petition(tree["A"], "DON-4", D(2023, 4, 2), received=D(2023, 5, 9))  # received later
    petition(tree["B"], "DON-B", D(2023, 5, 2))
    lines = petitions_overdue_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert [(i.title, i.due, i.status) for i in lines] == [
        ("Đơn DON-1 — Khiếu nại", D(2023, 5, 2), "qua_han"),
        ("Đơn DON-2 — Khiếu nại", D(2023, 5, 2), "qua_han"),
    ]
    assert lines[0].url == f"/so/petitions/{late.pk}/"
    assert lines[0].key == f"petitions.petition:{late.pk}"
    # On 21/05: DON-2 resolved the day before; DON-4 (received 09/05) and DON-3 now late.
    later = petitions_overdue_due(_scope(tree["A"], day=D(2023, 5, 21)))
    assert [i.title[:9] for i in later] == ["Đơn DON-4", "Đơn DON-1", "Đơn DON-3"]


def test_a_monthly_quota_this_month_and_last(tree):
    lines = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert [(i.title, i.due, i.status) for i in lines] == [
        (
            "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 04/2023 (đã tiếp 0/1 ngày)",
            D(2023, 4, 30),
            "qua_han",
        ),
        (
            "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 05/2023 (đã tiếp 0/1 ngày)",
            D(2023, 5, 31),
            "chua_thuc_hien",
        ),
    ]
    assert lines[0].url == (
        "/so/receptions/?ma_don_vi=A&nguoi_tiep=lanh_dao_dinh_ky"
        "&ngay_tiep_tu=01%2F04%2F2023&ngay_tiep_den=30%2F04%2F2023"
    )
    assert "Luật Tiếp công dân 2013" in lines[0].detail
    # The engine reminds the keepers 3 working days before the month ends (open lines only).
    assert (lines[1].remind_before, lines[1].remind_on_day, lines[1].remind_after) == (3, False, 0)


def test_only_periodic_receptions_by_the_head_count(tree):
    reception(tree["A"], "TX", D(2023, 4, 10), receiver="thuong_xuyen")
    reception(tree["A"], "DX", D(2023, 4, 11), receiver="lanh_dao_dot_xuat")
    (april, may) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert "(đã tiếp 0/1 ngày)" in april.title
    reception(tree["A"], "DK", D(2023, 4, 12))
    (may,) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert "05/2023" in may.title
    (april, may) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8), closed=True))
    assert (april.status, april.done_on) == ("hoan_thanh", D(2023, 4, 12))
    assert april.title.startswith("Lãnh đạo đã tiếp công dân định kỳ đủ số ngày")


def test_a_reception_after_the_day_does_not_count_yet(tree):
    reception(tree["A"], "DK", D(2023, 5, 15))
    (april, may) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert "05/2023 (đã tiếp 0/1 ngày)" in may.title
    (april,) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 16)))
    assert "04/2023" in april.title


def test_weeks_of_a_month_are_the_weeks_ending_in_it():
    assert month_weeks(D(2026, 3, 1)) == [
        (D(2026, 2, 23), D(2026, 3, 1)),
        (D(2026, 3, 2), D(2026, 3, 8)),
        (D(2026, 3, 9), D(2026, 3, 15)),
        (D(2026, 3, 16), D(2026, 3, 22)),
        (D(2026, 3, 23), D(2026, 3, 29)),
    ]  # 30–31/03 belong to the week ending 05/04


def test_a_commune_chairman_every_week(tree):
    x = tree["X"]  # UBND xã, from 01/07/2025
    for day in (D(2026, 2, 25), D(2026, 3, 4), D(2026, 3, 5), D(2026, 3, 18)):
        reception(x, f"X-{day}", day)
    lines = reception_quota_due(_scope(x, day=D(2026, 4, 2)))
    march = next(i for i in lines if "03/2026" in i.title)
    assert march.title == (
        "Lãnh đạo chưa tiếp công dân định kỳ đủ số ngày trong tháng 03/2026 "
        "(đã tiếp 3/5 tuần, mỗi tuần ít nhất 01 ngày)"
    )
    assert (march.status, march.due) == ("qua_han", D(2026, 3, 31))
    for day in (D(2026, 3, 10), D(2026, 3, 27)):
        reception(x, f"X-{day}", day)
    lines = reception_quota_due(_scope(x, day=D(2026, 4, 2), closed=True))
    march = next(i for i in lines if "03/2026" in i.title)
    assert (march.status, march.done_on) == ("hoan_thanh", D(2026, 3, 27))
    assert "(đã tiếp 5/5 tuần" in march.title


def test_no_line_for_a_unit_before_it_existed_or_a_kind_without_quota(tree):
    assert reception_quota_due(_scope(tree["X"], day=D(2023, 5, 8))) == []
    assert reception_quota_due(_scope(tree["A1"], day=D(2023, 5, 8))) == []


def test_a_newer_dated_rule_replaces_the_old_one(tree):
    ReceptionQuota.objects.create(
        unit_kind="so_nganh",
        holder="Thủ trưởng cơ quan",
        days=2,
        per="thang",
        valid_from=D(2023, 5, 1),
        legal_ref="Quy định giả định của tỉnh",
    )
    reception(tree["A"], "DK-1", D(2023, 4, 12))
    reception(tree["A"], "DK-2", D(2023, 5, 3))
    (may,) = reception_quota_due(_scope(tree["A"], day=D(2023, 5, 8)))
    assert "05/2023 (đã tiếp 1/2 ngày)" in may.title
    assert may.status == "dang_thuc_hien"


@pytest.mark.parametrize("closed", [False, True])
def test_a_merged_unit_stops_having_lines(tree, closed):
    b = tree["B"]
    b.valid_to = D(2023, 3, 31)
    b.save()
    assert reception_quota_due(_scope(b, day=D(2023, 5, 8), closed=closed)) == []
