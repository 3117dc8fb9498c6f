"""Renames and merges dated in the future take effect on their day: today's names and pickers
stay as they are, the as-of views show each date's truth, and the daily application does the
structural move on the day."""

import datetime

import pytest

from danvan.accounts.access import access_register_units, access_units
from danvan.core.errors import DomainError
from danvan.dossiers.services import dossier_create
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import (
    orgunit_active,
    orgunit_lineage_ids,
    orgunit_list_as_of,
    orgunit_name_as_of,
    orgunit_scheduled_changes,
)
from danvan.orgunits.services import orgunit_apply_scheduled, orgunit_merge, orgunit_rename
from tests.conftest import make_user

D = datetime.date
TODAY = D(2026, 12, 1)


def _fresh(unit):
    return OrgUnit.objects.get(pk=unit.pk)


def test_a_rename_dated_later_keeps_todays_name_until_its_day(tree):
    orgunit_rename(
        unit=tree["A"], name="Sở Nội vụ và Lao động", effective=D(2027, 1, 1), today=TODAY
    )
    unit = _fresh(tree["A"])
    assert unit.name == "Sở Nội vụ"
    assert orgunit_name_as_of(unit, D(2026, 12, 31)) == "Sở Nội vụ"
    assert orgunit_name_as_of(unit, D(2027, 1, 1)) == "Sở Nội vụ và Lao động"
    assert [c.text for c in orgunit_scheduled_changes(unit, TODAY)] == [
        "Sẽ đổi tên thành «Sở Nội vụ và Lao động» từ ngày 01/01/2027"
    ]
    assert orgunit_apply_scheduled(today=D(2026, 12, 31))["renamed"] == []
    assert _fresh(tree["A"]).name == "Sở Nội vụ"
    assert [u.code for u in orgunit_apply_scheduled(today=D(2027, 1, 1))["renamed"]] == ["A"]
    assert _fresh(tree["A"]).name == "Sở Nội vụ và Lao động"
    assert orgunit_scheduled_changes(_fresh(tree["A"]), D(2027, 1, 1)) == []
    assert orgunit_apply_scheduled(today=D(2027, 1, 2))["renamed"] == []  # idempotent


def test_a_rename_recorded_late_applies_at_once(tree):
    orgunit_rename(unit=tree["A"], name="Sở Nội vụ mới", effective=D(2026, 6, 1), today=TODAY)
    assert _fresh(tree["A"]).name == "Sở Nội vụ mới"


def test_a_merge_dated_later_keeps_the_unit_working_until_the_day_before(users, tree):
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2027, 1, 1), today=TODAY)
    b = _fresh(tree["B"])
    assert b.valid_to == D(2026, 12, 31) and b.merged_into == tree["A"]
    assert b.parent == tree["P"] and b.path == "/P/B/"  # not moved yet
    everything = OrgUnit.objects.all()
    assert b in orgunit_active(everything, TODAY)
    assert b in orgunit_active(everything, D(2026, 12, 31))
    assert b not in orgunit_active(everything, D(2027, 1, 1))
    assert "B" in {u.unit.code for u in orgunit_list_as_of(everything, D(2026, 12, 31))}
    assert "B" not in {u.unit.code for u in orgunit_list_as_of(everything, D(2027, 1, 1))}
    assert [c.text for c in orgunit_scheduled_changes(b, TODAY)] == [
        "Sẽ sáp nhập vào «Sở Nội vụ» từ ngày 01/01/2027"
    ]
    assert [c.text for c in orgunit_scheduled_changes(_fresh(tree["A"]), TODAY)] == [
        "«Sở Tư pháp Bí Mật» sẽ sáp nhập vào đơn vị này từ ngày 01/01/2027"
    ]
    # Access and records do not move early: B's clerk still writes B; A's people do not see B.
    assert tree["B"] in access_register_units(users["clerk_b"])
    assert orgunit_lineage_ids([tree["A"]], TODAY) == {tree["A"].pk}
    assert orgunit_lineage_ids([tree["A"]], D(2027, 1, 1)) == {tree["A"].pk, tree["B"].pk}


def test_the_gate_gives_the_successor_a_future_merged_unit_only_from_its_day(tree):
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2027, 1, 1), today=TODAY)
    clerk_a = make_user("chuyenvien.a2", "chuyen_vien", tree["A"])
    # The gate reads the real clock: a merge dated 2027 is not in force on 01/12/2026.
    assert tree["B"] not in access_units(clerk_a)


def test_the_daily_application_moves_the_merged_unit_on_its_day(tree):
    child = OrgUnit.objects.create(
        code="B1",
        name="Phòng của Sở Tư pháp",
        kind="phong",
        parent=tree["B"],
        path="/P/B/B1/",
        level=3,
    )
    dossier_create(unit=tree["B"], code="HS-B-1", channel="truc_tiep", received_on=D(2026, 5, 4))
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2027, 1, 1), today=TODAY)
    assert orgunit_apply_scheduled(today=D(2026, 12, 31))["moved"] == []
    assert _fresh(tree["B"]).path == "/P/B/"
    done = orgunit_apply_scheduled(today=D(2027, 1, 1))
    assert [u.code for u in done["moved"]] == ["B"]
    b, b1 = _fresh(tree["B"]), _fresh(child)
    assert b.parent == tree["A"] and b.path == "/P/A/B/"
    assert b1.parent == tree["A"] and b1.path == "/P/A/B1/"
    # The child's history keeps its old parent before the merge day.
    assert b1.versions.get(valid_from=D(2027, 1, 1)).parent == tree["A"]
    assert orgunit_apply_scheduled(today=D(2027, 1, 2))["moved"] == []  # idempotent


def test_a_merge_in_force_today_moves_at_once(tree):
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2026, 11, 1), today=TODAY)
    assert _fresh(tree["B"]).path == "/P/A/B/"


def test_a_unit_already_scheduled_to_merge_cannot_be_merged_again(tree):
    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2027, 1, 1), today=TODAY)
    with pytest.raises(
        DomainError, match="đã có quyết định sáp nhập vào «Sở Nội vụ» từ ngày 01/01/2027"
    ):
        orgunit_merge(sources=[_fresh(tree["B"])], target=tree["X"], effective=D(2027, 2, 1))
    assert _fresh(tree["B"]).merged_into == tree["A"]


def test_pickers_keep_a_unit_merged_from_a_future_date(users, tree, login):
    future = datetime.date.today() + datetime.timedelta(days=40)
    orgunit_merge(sources=[tree["B"]], target=tree["X"], effective=future)
    page = login(users["clerk_b"]).get("/ho-so/them/").content.decode()
    assert "Sở Tư pháp Bí Mật (B)" in page  # still writable, still in the unit picker
    detail = login(users["admin"]).get("/don-vi/B/").content.decode()
    assert f"Sẽ sáp nhập vào «Ủy ban nhân dân xã Hòa Bình» từ ngày {future:%d/%m/%Y}" in detail
    assert "Đổi tên" in detail  # still an active unit to its administrator
    target = login(users["admin"]).get("/don-vi/X/").content.decode()
    assert "Sáp nhập đơn vị khác vào đơn vị này" in target
    assert "Sở Tư pháp Bí Mật (B)</label>" not in target  # not offered for a second merge


def test_a_future_rename_shows_as_scheduled_on_the_detail_page(users, tree, login):
    future = datetime.date.today() + datetime.timedelta(days=40)
    orgunit_rename(unit=tree["A"], name="Sở Nội vụ và Lao động", effective=future)
    page = login(users["admin"]).get("/don-vi/A/").content.decode()
    assert "<h1>Sở Nội vụ</h1>" in page
    assert f"Sẽ đổi tên thành «Sở Nội vụ và Lao động» từ ngày {future:%d/%m/%Y}" in page
    as_of = login(users["admin"]).get(f"/don-vi/A/?ngay={future:%d/%m/%Y}").content.decode()
    assert "<h1>Sở Nội vụ và Lao động</h1>" in as_of


def test_the_daily_command_applies_what_is_due(tree):
    from io import StringIO

    from django.core.management import call_command

    orgunit_merge(sources=[tree["B"]], target=tree["A"], effective=D(2027, 1, 1), today=TODAY)
    orgunit_rename(
        unit=tree["X"], name="Ủy ban nhân dân phường Hòa Bình", effective=D(2027, 1, 1), today=TODAY
    )
    out = StringIO()
    call_command("orgunits", "apply", "--date", "31/12/2026", stdout=out)
    assert out.getvalue().strip() == (
        "Ngày 31/12/2026: sáp nhập có hiệu lực — không; đổi tên có hiệu lực — không."
    )
    out = StringIO()
    call_command("reminders", "--date", "01/01/2027", stdout=out)
    assert "Ngày 01/01/2027: sáp nhập có hiệu lực — B; đổi tên có hiệu lực — X." in out.getvalue()
    assert _fresh(tree["B"]).path == "/P/A/B/"
    assert _fresh(tree["X"]).name == "Ủy ban nhân dân phường Hòa Bình"


def test_a_bad_date_for_the_daily_command_is_refused_in_vietnamese(tree):
    from django.core.management import call_command
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="31/02/2027"):
        call_command("orgunits", "apply", "--date", "31/02/2027")
