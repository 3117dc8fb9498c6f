"""The dossier indicators (issue 3's definitions), each as records + counters formula."""

from django.db.models import F, Q

from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REF = (
    "Nghị định 61/2018/NĐ-CP và Thông tư 01/2018/TT-VPCP (một cửa); "
    "từ 01/07/2025: Nghị định 118/2025/NĐ-CP"
)
RESOLVED = ["da_tra_ket_qua", "tu_choi"]
HS = "hồ sơ"


def _new(w: Window) -> Q:
    return Q(received_on__gte=w.start, received_on__lte=w.end)


def _carried(w: Window) -> Q:
    return Q(received_on__lt=w.start) & (Q(finished_on__isnull=True) | Q(finished_on__gte=w.start))


def _resolved(w: Window) -> Q:
    return Q(finished_on__gte=w.start, finished_on__lte=w.end, outcome__in=RESOLVED)


def _pending(w: Window) -> Q:
    return Q(received_on__lte=w.end) & (Q(finished_on__isnull=True) | Q(finished_on__gt=w.end))


def _count(code, label, records, from_sums, unit=HS):
    return Indicator(
        code=code,
        label=label,
        unit=unit,
        register="dossiers",
        legal_ref=REF,
        records=records,
        from_sums=from_sums,
    )


def _ratio(code, label, numerator, denominator):
    return Indicator(
        code=code,
        label=label,
        unit="%",
        register="dossiers",
        legal_ref=REF,
        ratio=(numerator, denominator),
    )


def _rated(column, rating):
    return lambda w: _resolved(w) & Q(rating=rating), lambda s: s[f"within.{column}"]


DOSSIER_INDICATORS = [
    _count(
        "HS_KY_TRUOC",
        "Số hồ sơ kỳ trước chuyển qua",
        _carried,
        lambda s: s["before.received"] - s["before.finished"],
    ),
    _count("HS_MOI", "Số hồ sơ tiếp nhận mới trong kỳ", _new, lambda s: s["within.received"]),
    _count(
        "HS_TIEP_NHAN",
        "Tổng số hồ sơ tiếp nhận",
        lambda w: (
            Q(received_on__lte=w.end) & (Q(finished_on__isnull=True) | Q(finished_on__gte=w.start))
        ),
        lambda s: s["before.received"] - s["before.finished"] + s["within.received"],
    ),
    _count(
        "HS_TRUC_TUYEN",
        "Số hồ sơ tiếp nhận trực tuyến",
        lambda w: _new(w) & Q(channel="truc_tuyen"),
        lambda s: s["within.received_online"],
    ),
    _count(
        "HS_BUU_CHINH",
        "Số hồ sơ tiếp nhận qua bưu chính công ích",
        lambda w: _new(w) & Q(channel="buu_chinh"),
        lambda s: s["within.received_post"],
    ),
    _count("HS_DA_GIAI_QUYET", "Số hồ sơ đã giải quyết", _resolved, lambda s: s["within.resolved"]),
    _count(
        "HS_TRUOC_HAN",
        "Số hồ sơ giải quyết trước hạn",
        lambda w: _resolved(w) & Q(due_on__isnull=False, finished_on__lt=F("due_on")),
        lambda s: s["within.resolved_early"],
    ),
    _count(
        "HS_DUNG_HAN",
        "Số hồ sơ giải quyết đúng hạn",
        lambda w: _resolved(w) & (Q(due_on__isnull=True) | Q(finished_on=F("due_on"))),
        lambda s: s["within.resolved_on_time"],
    ),
    _count(
        "HS_TRE_HAN",
        "Số hồ sơ giải quyết trễ hạn",
        lambda w: _resolved(w) & Q(due_on__isnull=False, finished_on__gt=F("due_on")),
        lambda s: s["within.resolved_late"],
    ),
    _count(
        "HS_RUT",
        "Số hồ sơ rút (công dân rút hồ sơ)",
        lambda w: Q(finished_on__gte=w.start, finished_on__lte=w.end, outcome="rut_ho_so"),
        lambda s: s["within.withdrawn"],
    ),
    _count(
        "HS_DANG_GIAI_QUYET",
        "Số hồ sơ đang giải quyết",
        _pending,
        lambda s: s["upto.received"] - s["upto.finished"],
    ),
    _count(
        "HS_QUA_HAN",
        "Số hồ sơ đang giải quyết đã quá hạn",
        lambda w: _pending(w) & Q(due_on__lt=w.end),
        lambda s: s["upto.due_open"] - s["upto.due_closed"],
    ),
    _count(
        "HS_XIN_LOI",
        "Số hồ sơ có phiếu xin lỗi và hẹn lại ngày trả",
        lambda w: _resolved(w) & Q(apology_issued=True),
        lambda s: s["within.resolved_apology"],
    ),
    _count(
        "HS_TT_TRUC_TUYEN",
        "Số hồ sơ thanh toán phí, lệ phí trực tuyến",
        lambda w: _resolved(w) & Q(paid_online=True),
        lambda s: s["within.resolved_paid_online"],
    ),
    _count(
        "HS_TRA_BUU_CHINH",
        "Số hồ sơ trả kết quả qua bưu chính công ích",
        lambda w: _resolved(w) & Q(returned_by_post=True),
        lambda s: s["within.resolved_by_post"],
    ),
    _count(
        "DG_TONG",
        "Số hồ sơ được đánh giá mức độ hài lòng",
        lambda w: _resolved(w) & ~Q(rating=""),
        lambda s: s["within.rated"],
        unit="lượt",
    ),
    _count(
        "DG_RAT_HAI_LONG",
        "Đánh giá rất hài lòng",
        *_rated("rated_very_satisfied", "rat_hai_long"),
        unit="lượt",
    ),
    _count("DG_HAI_LONG", "Đánh giá hài lòng", *_rated("rated_satisfied", "hai_long"), unit="lượt"),
    _count(
        "DG_BINH_THUONG",
        "Đánh giá bình thường",
        *_rated("rated_normal", "binh_thuong"),
        unit="lượt",
    ),
    _count(
        "DG_KHONG_HAI_LONG",
        "Đánh giá không hài lòng",
        *_rated("rated_unsatisfied", "khong_hai_long"),
        unit="lượt",
    ),
    _count(
        "HS_TRUOC_DUNG_HAN",
        "Số hồ sơ giải quyết trước và đúng hạn",
        lambda w: _resolved(w) & (Q(due_on__isnull=True) | Q(finished_on__lte=F("due_on"))),
        lambda s: s["within.resolved_early"] + s["within.resolved_on_time"],
    ),
    _count(
        "DG_HAI_LONG_CHUNG",
        "Số đánh giá rất hài lòng và hài lòng",
        lambda w: _resolved(w) & Q(rating__in=["rat_hai_long", "hai_long"]),
        lambda s: s["within.rated_very_satisfied"] + s["within.rated_satisfied"],
        unit="lượt",
    ),
    _ratio(
        "TL_DUNG_HAN",
        "Tỷ lệ hồ sơ giải quyết trước và đúng hạn",
        "HS_TRUOC_DUNG_HAN",
        "HS_DA_GIAI_QUYET",
    ),
    _ratio("TL_TRUC_TUYEN", "Tỷ lệ hồ sơ tiếp nhận trực tuyến", "HS_TRUC_TUYEN", "HS_MOI"),
    _ratio(
        "TL_HAI_LONG", "Tỷ lệ hài lòng (rất hài lòng và hài lòng)", "DG_HAI_LONG_CHUNG", "DG_TONG"
    ),
]
