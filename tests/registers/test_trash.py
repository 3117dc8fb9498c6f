"""The trash of every register: a deletion keeps a copy, a restorer of the unit puts it back
through the register's own create path, and every refusal changes nothing."""

import datetime

import pytest
from django.db.models import Sum
from django.http import Http404

from danvan.audit.context import Actor, acting_as
from danvan.audit.models import AuditEvent
from danvan.core.errors import DomainError
from danvan.dossiers.models import Dossier, DossierDaily
from danvan.dossiers.services import dossier_create, dossier_delete
from danvan.orgunits.services import orgunit_merge
from danvan.petitions.models import Petition
from danvan.petitions.spec import PETITIONS
from danvan.registers.models import TrashedRecord
from danvan.registers.services import register_record_create, register_record_delete
from danvan.registers.trash import trash_entries, trash_restore, trash_units
from tests.conftest import make_user

D = datetime.date


def _as(user):
    return acting_as(Actor(user_id=user.pk, username=user.get_username()))


def _received(unit) -> int:
    return DossierDaily.objects.filter(unit=unit).aggregate(n=Sum("received"))["n"] or 0


def _deleted_dossier(users, tree, code="HS-XOA-1"):
    dossier = dossier_create(
        unit=tree["A"],
        code=code,
        channel="truc_tuyen",
        online_level="toan_trinh",
        procedure_name="Cấp phép xây dựng",
        received_on=D(2026, 11, 2),
        due_on=D(2026, 11, 20),
        finished_on=D(2026, 11, 18),
        outcome="da_tra_ket_qua",
        paid_online=True,
    )
    with _as(users["clerk_a"]):
        dossier_delete(dossier=dossier)
    return TrashedRecord.objects.get(record_key=code)


def test_deleting_keeps_the_values_and_still_updates_the_counters(users, tree):
    dossier_create(unit=tree["A"], code="HS-GIU", channel="truc_tiep", received_on=D(2026, 11, 2))
    entry = _deleted_dossier(users, tree)
    assert not Dossier.objects.filter(code="HS-XOA-1").exists()
    assert _received(tree["A"]) == 1  # the deleted one no longer counts
    assert entry.unit == tree["A"] and entry.deleted_by == users["clerk_a"]
    assert entry.values["ma_ho_so"] == "HS-XOA-1"
    assert entry.values["ma_don_vi"] == "A"
    assert entry.values["ngay_tiep_nhan"] == "02/11/2026"
    assert entry.values["thanh_toan_truc_tuyen"] == "có"
    assert entry.label == "HS-XOA-1 — Cấp phép xây dựng"
    assert AuditEvent.objects.filter(model="dossiers.dossier", action="delete").count() == 1


def test_restore_puts_the_record_back_with_its_key_and_the_audit_shows_both(users, tree):
    entry = _deleted_dossier(users, tree)
    with _as(users["head_a"]):
        record = trash_restore(user=users["head_a"], entry_id=entry.pk)
    restored = Dossier.objects.get(code="HS-XOA-1")
    assert restored.pk == record.pk
    assert restored.finished_on == D(2026, 11, 18) and restored.outcome == "da_tra_ket_qua"
    assert restored.paid_online is True and restored.online_level == "toan_trinh"
    assert _received(tree["A"]) == 1  # counted again
    entry.refresh_from_db()
    assert entry.restored_by == users["head_a"] and entry.restored_record_id == record.pk
    events = AuditEvent.objects.filter(object_id__in=[str(record.pk), str(entry.pk)])
    actions = {(e.model, e.action, e.username) for e in events}
    assert ("dossiers.dossier", "create", "lanhdao.a") in actions
    # The restoration itself: the trash entry gets its restore date, by whom.
    restore_event = AuditEvent.objects.get(model="registers.trashedrecord", action="update")
    assert restore_event.before["restored_at"] is None and restore_event.after["restored_at"]
    assert restore_event.username == "lanhdao.a"
    assert restore_event.unit_path == "/P/A/"
    assert AuditEvent.objects.filter(model="dossiers.dossier", action="delete").exists()
    assert list(trash_entries(trash_units(users["clerk_a"]))) == []  # no longer waiting


def test_restoring_twice_is_refused_and_changes_nothing(users, tree):
    entry = _deleted_dossier(users, tree)
    trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    before = AuditEvent.objects.count()
    with pytest.raises(DomainError, match="đã được khôi phục lúc"):
        trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    assert Dossier.objects.filter(code="HS-XOA-1").count() == 1
    assert AuditEvent.objects.count() == before


def test_a_key_used_again_since_the_deletion_is_refused(users, tree):
    entry = _deleted_dossier(users, tree)
    dossier_create(unit=tree["A"], code="HS-XOA-1", channel="truc_tiep", received_on=D(2026, 1, 5))
    with pytest.raises(DomainError, match="mã «HS-XOA-1» đã có trong sổ"):
        trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    entry.refresh_from_db()
    assert entry.restored_at is None
    assert Dossier.objects.get(code="HS-XOA-1").received_on == D(2026, 1, 5)


def test_a_foreign_unit_entry_is_not_found(users, tree):
    entry = _deleted_dossier(users, tree)
    for outsider in (users["clerk_b"], users["aggregator"]):
        with pytest.raises(Http404):
            trash_restore(user=outsider, entry_id=entry.pk)
        assert list(trash_entries(trash_units(outsider))) == []
    assert not Dossier.objects.filter(code="HS-XOA-1").exists()


def test_the_unit_administrator_may_restore(users, tree):
    entry = _deleted_dossier(users, tree)
    trash_restore(user=users["admin_a"], entry_id=entry.pk)
    assert Dossier.objects.filter(code="HS-XOA-1", unit=tree["A"]).exists()


def test_a_unit_merged_away_cannot_take_the_record_back(users, tree):
    entry = _deleted_dossier(users, tree)
    orgunit_merge(sources=[tree["A"]], target=tree["B"], effective=D(2026, 1, 1))
    # The successor's keeper sees the entry (history of the merged unit) but cannot restore it
    # into a unit that no longer works.
    keeper_b = make_user("chuyenvien.b2", "chuyen_vien", tree["B"])
    assert [e.pk for e in trash_entries(trash_units(keeper_b))] == [entry.pk]
    with pytest.raises(DomainError, match="đã ngừng hoạt động \\(đã sáp nhập vào Sở Tư pháp"):
        trash_restore(user=keeper_b, entry_id=entry.pk, today=D(2026, 12, 1))
    assert not Dossier.objects.filter(code="HS-XOA-1").exists()


def test_a_unit_merged_from_a_future_date_still_takes_it_back(users, tree):
    entry = _deleted_dossier(users, tree)
    orgunit_merge(
        sources=[tree["A"]], target=tree["B"], effective=D(2027, 1, 1), today=D(2026, 12, 1)
    )
    trash_restore(user=users["clerk_a"], entry_id=entry.pk, today=D(2026, 12, 1))
    assert Dossier.objects.filter(code="HS-XOA-1", unit=tree["A"]).exists()


def test_values_no_longer_valid_are_refused(users, tree):
    entry = _deleted_dossier(users, tree)
    entry.values = {**entry.values, "ngay_ket_thuc": "01/11/2026"}  # before received
    entry.save()
    with pytest.raises(DomainError, match="Ngày kết thúc: ngày kết thúc trước ngày tiếp nhận"):
        trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    assert not Dossier.objects.filter(code="HS-XOA-1").exists()


def test_a_generic_register_record_goes_to_the_trash_and_back(users, tree):
    petition = register_record_create(
        PETITIONS,
        {
            "code": "DON-XOA-1",
            "unit": tree["A"],
            "kind": "khieu_nai",
            "received_on": D(2026, 10, 1),
            "senders": 3,
        },
    )
    deadline = petition.deadline
    register_record_delete(PETITIONS, petition)
    entry = TrashedRecord.objects.get(register_slug="petitions", record_key="DON-XOA-1")
    trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    back = Petition.objects.get(code="DON-XOA-1")
    assert back.senders == 3 and back.kind == "khieu_nai" and back.deadline == deadline


def test_filters_by_register_unit_and_state(users, tree):
    entry = _deleted_dossier(users, tree)
    units = trash_units(users["head_a"])
    assert list(trash_entries(units, register_slug="petitions")) == []
    assert list(trash_entries(units, register_slug="dossiers", unit_code="A")) == [entry]
    assert list(trash_entries(units, unit_code="A1")) == []
    trash_restore(user=users["clerk_a"], entry_id=entry.pk)
    assert list(trash_entries(units)) == []
    assert list(trash_entries(units, state="da-khoi-phuc")) == [entry]
    assert list(trash_entries(units, state="tat-ca")) == [entry]
