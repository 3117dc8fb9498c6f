"""Indicators of emulation (decision 0034): movements running, registrations, results, the
"cơ quan đạt chuẩn văn hóa" recognitions — each counted from its register's records, so every
figure opens to them."""

import datetime

from django.db.models import Q

from danvan.emulation.models import PASSING, Subject
from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REF = "Luật Thi đua, khen thưởng số 06/2022/QH15; Nghị định 98/2023/NĐ-CP"
SINCE = datetime.date(2019, 1, 1)


def _running(w: Window) -> Q:
    """Movements that run some day of the window (started by its end, not ended before it)."""
    return Q(starts_on__lte=w.end, ends_on__gte=w.start)


def _registered(kind: str):
    def records(w: Window) -> Q:
        return Q(subject_kind=kind, registered_on__gte=w.start, registered_on__lte=w.end)

    return records


def _passed(kind: str):
    def records(w: Window) -> Q:
        return Q(
            subject_kind=kind,
            result__in=PASSING,
            assessed_on__gte=w.start,
            assessed_on__lte=w.end,
        )

    return records


def _registered_all(w: Window) -> Q:
    return Q(registered_on__gte=w.start, registered_on__lte=w.end)


def _passed_all(w: Window) -> Q:
    return Q(result__in=PASSING, assessed_on__gte=w.start, assessed_on__lte=w.end)


def _recognised(w: Window) -> Q:
    return Q(decided_on__gte=w.start, decided_on__lte=w.end)


def _ind(code, label, register, records, unit):
    return Indicator(
        code=code,
        label=label,
        unit=unit,
        register=register,
        legal_ref=REF,
        valid_from=SINCE,
        records=records,
    )


EMULATION_INDICATORS = [
    _ind(
        "TD_PHONG_TRAO",
        "Số phong trào thi đua được triển khai",
        "emulation-movements",
        _running,
        "phong trào",
    ),
    _ind(
        "TD_DANG_KY_TAP_THE",
        "Số tập thể đăng ký thi đua",
        "emulation-registrations",
        _registered(Subject.TAP_THE),
        "tập thể",
    ),
    _ind(
        "TD_DANG_KY_CA_NHAN",
        "Số cá nhân đăng ký thi đua",
        "emulation-registrations",
        _registered(Subject.CA_NHAN),
        "cá nhân",
    ),
    _ind(
        "TD_DANG_KY",
        "Số lượt đăng ký thi đua (tập thể và cá nhân)",
        "emulation-registrations",
        _registered_all,
        "lượt",
    ),
    _ind(
        "TD_DAT_TAP_THE",
        "Số tập thể được đánh giá đạt trở lên",
        "emulation-registrations",
        _passed(Subject.TAP_THE),
        "tập thể",
    ),
    _ind(
        "TD_DAT_CA_NHAN",
        "Số cá nhân được đánh giá đạt trở lên",
        "emulation-registrations",
        _passed(Subject.CA_NHAN),
        "cá nhân",
    ),
    _ind(
        "TD_DAT",
        "Số lượt được đánh giá đạt trở lên (tập thể và cá nhân)",
        "emulation-registrations",
        _passed_all,
        "lượt",
    ),
    Indicator(
        code="TL_TD_DAT",
        label="Tỷ lệ tập thể, cá nhân đạt trở lên trên số đăng ký thi đua",
        unit="%",
        register="emulation-registrations",
        legal_ref=REF,
        valid_from=SINCE,
        ratio=("TD_DAT", "TD_DANG_KY"),
        places=1,
    ),
    _ind(
        "CQ_DAT_CHUAN_VAN_HOA",
        "Số lần cơ quan, đơn vị được công nhận đạt chuẩn văn hóa",
        "culture-recognitions",
        _recognised,
        "lần",
    ),
]
