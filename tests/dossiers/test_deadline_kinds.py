"""Dossiers past due on the deadline overview: one line per unit, counted, linked to the
unit's list of overdue dossiers."""

import datetime

from danvan.deadlines.registry import Scope
from danvan.dossiers.deadline_kinds import dossiers_overdue_due
from danvan.dossiers.selectors import dossiers_overdue
from danvan.dossiers.services import dossier_create
from danvan.orgunits.models import OrgUnit

D = datetime.date


def _dossier(unit, code, due, finished=None):
    return dossier_create(
        unit=unit,
        code=code,
        channel="truc_tiep",
        received_on=D(2023, 4, 3),
        due_on=due,
        finished_on=finished,
        outcome="da_tra_ket_qua" if finished else "",
    )


def test_per_unit_with_the_count_and_the_oldest_due_date(tree):
    _dossier(tree["A"], "HS-1", D(2023, 4, 20))
    _dossier(tree["A"], "HS-2", D(2023, 4, 24))
    _dossier(tree["A"], "HS-3", D(2023, 4, 24), finished=D(2023, 5, 20))  # open on 08/05
    _dossier(tree["A"], "HS-4", D(2023, 4, 24), finished=D(2023, 4, 25))
    _dossier(tree["A"], "HS-5", D(2023, 5, 8))  # due today
    _dossier(tree["B"], "HS-B", D(2023, 4, 20))
    units = OrgUnit.objects.filter(code="A")
    (line,) = dossiers_overdue_due(Scope(units=units, day=D(2023, 5, 8)))
    assert (line.title, line.count, line.due, line.status) == (
        "3 hồ sơ quá hạn chưa giải quyết xong",
        3,
        D(2023, 4, 20),
        "qua_han",
    )
    assert line.url == "/ho-so/?tinh_trang=qua_han&ma_don_vi=A"
    assert line.unit.code == "A" and line.key == "dossiers.overdue:A"


def test_today_the_count_is_the_lists_count(tree):
    """The line's link opens the list filtered «Quá hạn» (today): the same dossiers."""
    import django.utils.timezone as tz

    today = tz.localdate()
    _dossier(tree["A"], "HS-1", today - datetime.timedelta(days=3))
    _dossier(tree["A"], "HS-2", today - datetime.timedelta(days=30))
    _dossier(tree["A"], "HS-3", today)
    units = OrgUnit.objects.filter(code="A")
    (line,) = dossiers_overdue_due(Scope(units=units, day=today))
    assert line.count == dossiers_overdue(units, today).count() == 2
