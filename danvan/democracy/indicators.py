"""Indicators of grassroots democracy in agencies (issue 12, part 4): publicity on time, staff
conference attendance, the people's inspection board's supervisions. Ratios are declared as
the ratio of two codes, so a subtree's ratio is computed from its summed parts."""

import datetime

from django.db.models import F, Q

from danvan.deadlines.status import State
from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

LAW = "Luật Thực hiện dân chủ ở cơ sở 2022"
REF_CK = f"{LAW}, Điều 41–43"
REF_HNCB = f"{LAW}, Điều 50–51"
REF_BTTND = f"{LAW}, Điều 59–61; Nghị định 59/2023/NĐ-CP"
SINCE = datetime.date(2015, 3, 1)  # Nghị định 04/2015/NĐ-CP already asked the same


def _publicity_due(w: Window) -> Q:
    """Publicity obligations due in the window (cancelled ones are not owed)."""
    return Q(type__category="cong_khai", due_on__gte=w.start, due_on__lte=w.end) & ~Q(
        state=State.HUY
    )


def _published(w: Window) -> Q:
    """Of those, published by the end of the window."""
    return _publicity_due(w) & Q(state=State.HOAN_THANH, done_on__lte=w.end)


def _on_time(w: Window) -> Q:
    """Of those, published on or before their due date (a day late is not on time)."""
    return _published(w) & Q(done_on__lte=F("due_on"))


def _conferences(w: Window) -> Q:
    """Staff conferences held in the window whose total was recorded (attendance has both
    parts, so a conference without its total counts in neither)."""
    return Q(held_on__gte=w.start, held_on__lte=w.end, staff_total__isnull=False)


def _supervisions(w: Window) -> Q:
    return Q(held_on__gte=w.start, held_on__lte=w.end)


def _ind(code, label, register, records, unit, ref, **extra):
    return Indicator(
        code=code,
        label=label,
        unit=unit,
        register=register,
        legal_ref=ref,
        records=records,
        valid_from=SINCE,
        **extra,
    )


DEMOCRACY_INDICATORS = [
    _ind(
        "CK_PHAI_CONG_KHAI",
        "Số nội dung phải công khai đến hạn",
        "obligations",
        _publicity_due,
        "nội dung",
        REF_CK,
    ),
    _ind(
        "CK_DA_CONG_KHAI",
        "Số nội dung đã công khai",
        "obligations",
        _published,
        "nội dung",
        REF_CK,
    ),
    _ind(
        "CK_DUNG_HAN",
        "Số nội dung công khai đúng hạn",
        "obligations",
        _on_time,
        "nội dung",
        REF_CK,
    ),
    Indicator(
        code="TL_CONG_KHAI_DUNG_HAN",
        label="Tỷ lệ nội dung công khai đúng hạn",
        unit="%",
        register="obligations",
        legal_ref=REF_CK,
        valid_from=SINCE,
        ratio=("CK_DUNG_HAN", "CK_PHAI_CONG_KHAI"),
        places=1,
    ),
    _ind(
        "HNCB_THAM_DU",
        "Số người tham dự hội nghị cán bộ, công chức, viên chức",
        "staff-conferences",
        _conferences,
        "người",
        REF_HNCB,
        measure="attendees",
    ),
    _ind(
        "HNCB_TONG_SO",
        "Tổng số người phải tham dự hội nghị cán bộ, công chức, viên chức",
        "staff-conferences",
        _conferences,
        "người",
        REF_HNCB,
        measure="staff_total",
    ),
    Indicator(
        code="TL_HNCB_THAM_DU",
        label="Tỷ lệ tham dự hội nghị cán bộ, công chức, viên chức",
        unit="%",
        register="staff-conferences",
        legal_ref=REF_HNCB,
        valid_from=SINCE,
        ratio=("HNCB_THAM_DU", "HNCB_TONG_SO"),
        places=1,
    ),
    _ind(
        "BTTND_CUOC_GIAM_SAT",
        "Số cuộc giám sát của Ban thanh tra nhân dân",
        "people-inspection-supervisions",
        _supervisions,
        "cuộc",
        REF_BTTND,
    ),
    _ind(
        "BTTND_KIEN_NGHI",
        "Số kiến nghị của Ban thanh tra nhân dân",
        "people-inspection-supervisions",
        _supervisions,
        "kiến nghị",
        REF_BTTND,
        measure="recommendations",
    ),
    _ind(
        "BTTND_KIEN_NGHI_TIEP_THU",
        "Số kiến nghị của Ban thanh tra nhân dân được tiếp thu",
        "people-inspection-supervisions",
        _supervisions,
        "kiến nghị",
        REF_BTTND,
        measure="recommendations_accepted",
    ),
]
