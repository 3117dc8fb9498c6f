"""Indicators of commendations (khen thưởng), counted from the register by decision date."""

from django.db.models import Q

from danvan.commendations.models import Form, Level
from danvan.emulation.models import Subject
from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REF = "Luật Thi đua, khen thưởng 2022; Nghị định 98/2023/NĐ-CP"


def _decided(**match):
    def records(w: Window) -> Q:
        return Q(decided_on__gte=w.start, decided_on__lte=w.end, **match)

    return records


COMMENDATION_INDICATORS = [
    Indicator(
        code="KT_KHEN_THUONG_TAP_THE",
        label="Số tập thể được khen thưởng",
        unit="tập thể",
        register="commendations",
        legal_ref=REF,
        records=_decided(subject_kind=Subject.TAP_THE),
    ),
    Indicator(
        code="KT_KHEN_THUONG_CA_NHAN",
        label="Số cá nhân được khen thưởng",
        unit="cá nhân",
        register="commendations",
        legal_ref=REF,
        records=_decided(subject_kind=Subject.CA_NHAN),
    ),
]

# The breakdowns: one count per form and one per level (KT_KHEN_THUONG_BANG_KHEN …,
# KT_KHEN_THUONG_CAP_UBND_TINH …), each drilling down to its records.
COMMENDATION_INDICATORS += [
    Indicator(
        code=f"KT_KHEN_THUONG_{form.value.upper()}",
        label=f"Số lượt khen thưởng hình thức «{form.label}»",
        unit="lượt",
        register="commendations",
        legal_ref=REF,
        records=_decided(form=form.value),
    )
    for form in Form
]
COMMENDATION_INDICATORS += [
    Indicator(
        code=f"KT_KHEN_THUONG_CAP_{level.value.upper()}",
        label=f"Số lượt khen thưởng cấp «{level.label}»",
        unit="lượt",
        register="commendations",
        legal_ref=REF,
        records=_decided(level=level.value),
    )
    for level in Level
]
