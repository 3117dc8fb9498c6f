"""Indicators of the plans (issue 12, part 4): items due in the window by their lead unit,
those done by their due date, those still not done and past due at the window's end, and
the ratio. Cancelled items count nowhere."""

from django.db.models import F, Q

from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REGISTER = "plan-items"
REF = "Kế hoạch công tác dân vận chính quyền hằng năm của cơ quan, đơn vị"


def _due_in(w: Window) -> Q:
    return Q(due_on__gte=w.start, due_on__lte=w.end) & ~Q(state="huy")


def _done_on_time(w: Window) -> Q:
    return _due_in(w) & Q(state="hoan_thanh", done_on__lte=F("due_on"))


def _late_at_end(w: Window) -> Q:
    """Due in the window before its last day and not done by that day (open, or done later)."""
    not_done = Q(state__in=["chua_thuc_hien", "dang_thuc_hien"]) | Q(
        state="hoan_thanh", done_on__gt=w.end
    )
    return _due_in(w) & Q(due_on__lt=w.end) & not_done


PLAN_INDICATORS = [
    Indicator(
        code="KH_NHIEM_VU",
        label="Số nhiệm vụ kế hoạch đến hạn trong kỳ",
        unit="nhiệm vụ",
        register=REGISTER,
        legal_ref=REF,
        records=_due_in,
    ),
    Indicator(
        code="KH_HOAN_THANH",
        label="Số nhiệm vụ hoàn thành đúng hạn",
        unit="nhiệm vụ",
        register=REGISTER,
        legal_ref=REF,
        records=_done_on_time,
    ),
    Indicator(
        code="KH_QUA_HAN",
        label="Số nhiệm vụ quá hạn chưa hoàn thành (cuối kỳ)",
        unit="nhiệm vụ",
        register=REGISTER,
        legal_ref=REF,
        records=_late_at_end,
    ),
    Indicator(
        code="TL_KH_HOAN_THANH",
        label="Tỷ lệ nhiệm vụ kế hoạch hoàn thành đúng hạn",
        unit="%",
        register=REGISTER,
        legal_ref=REF,
        ratio=("KH_HOAN_THANH", "KH_NHIEM_VU"),
    ),
]
