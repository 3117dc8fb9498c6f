"""Indicators of recommendations (kiến nghị sau kiểm tra), per the unit that must act."""

from django.db.models import Q

from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REF = "Nghị định 59/2023/NĐ-CP; kết luận kiểm tra của cơ quan có thẩm quyền"


def _due_in(w: Window) -> Q:
    return Q(due_on__gte=w.start, due_on__lte=w.end)


def _remedied_in(w: Window) -> Q:
    return Q(state="hoan_thanh", result="da_khac_phuc", done_on__gte=w.start, done_on__lte=w.end)


RECOMMENDATION_INDICATORS = [
    Indicator(
        code="KT_KIEN_NGHI",
        label="Số kiến nghị sau kiểm tra đến hạn khắc phục",
        unit="kiến nghị",
        register="recommendations",
        legal_ref=REF,
        records=_due_in,
    ),
    Indicator(
        code="KT_KIEN_NGHI_DA_KHAC_PHUC",
        label="Số kiến nghị đã khắc phục",
        unit="kiến nghị",
        register="recommendations",
        legal_ref=REF,
        records=_remedied_in,
    ),
    Indicator(
        code="TL_KIEN_NGHI_KHAC_PHUC",
        label="Tỷ lệ kiến nghị đã khắc phục",
        unit="%",
        register="recommendations",
        legal_ref=REF,
        ratio=("KT_KIEN_NGHI_DA_KHAC_PHUC", "KT_KIEN_NGHI"),
        places=1,
    ),
]
