"""Indicators of the reception book and the petition book."""

from django.db.models import Q

from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window

REF_TCD = "Luật Tiếp công dân 2013; Nghị định 64/2014/NĐ-CP"
REF_DON = "Luật Khiếu nại 2011; Luật Tố cáo 2018; Nghị định 124/2020/NĐ-CP"


def _held(w: Window) -> Q:
    return Q(held_on__gte=w.start, held_on__lte=w.end)


def _received(w: Window) -> Q:
    return Q(received_on__gte=w.start, received_on__lte=w.end)


def _tcd(code, label, records, unit="cuộc", measure=None):
    return Indicator(
        code=code,
        label=label,
        unit=unit,
        register="receptions",
        legal_ref=REF_TCD,
        records=records,
        measure=measure,
    )


def _don(code, label, records, unit="đơn"):
    return Indicator(
        code=code, label=label, unit=unit, register="petitions", legal_ref=REF_DON, records=records
    )


def _ratio(code, label, numerator, denominator):
    return Indicator(
        code=code,
        label=label,
        unit="%",
        register="petitions",
        legal_ref=REF_DON,
        ratio=(numerator, denominator),
    )


def _competent(kind):
    """Petitions of ``kind`` received in the window and accepted here (thụ lý)."""
    return lambda w: _received(w) & Q(kind=kind, handling="thu_ly")


def _resolved_by_end(kind):
    return lambda w: _competent(kind)(w) & Q(resolved_on__lte=w.end)


PETITION_INDICATORS = [
    _tcd("TCD_PHIEN", "Số cuộc tiếp công dân", _held),
    _tcd("TCD_LUOT", "Số lượt công dân được tiếp", _held, unit="lượt", measure="visits"),
    _tcd("TCD_NGUOI", "Số người được tiếp", _held, unit="người", measure="people"),
    _tcd(
        "TCD_DOAN_DONG_NGUOI",
        "Số đoàn đông người",
        lambda w: _held(w) & Q(mass_delegation=True),
        unit="đoàn",
    ),
    _tcd(
        "TCD_LANH_DAO_DINH_KY",
        "Lãnh đạo tiếp định kỳ",
        lambda w: _held(w) & Q(receiver="lanh_dao_dinh_ky"),
    ),
    _tcd(
        "TCD_LANH_DAO_DOT_XUAT",
        "Lãnh đạo tiếp đột xuất",
        lambda w: _held(w) & Q(receiver="lanh_dao_dot_xuat"),
    ),
    _tcd(
        "TCD_THUONG_XUYEN",
        "Tiếp công dân thường xuyên",
        lambda w: _held(w) & Q(receiver="thuong_xuyen"),
    ),
    _don("DON_TONG", "Tổng số đơn tiếp nhận", _received),
    _don("DON_KHIEU_NAI", "Đơn khiếu nại", lambda w: _received(w) & Q(kind="khieu_nai")),
    _don("DON_TO_CAO", "Đơn tố cáo", lambda w: _received(w) & Q(kind="to_cao")),
    _don(
        "DON_KIEN_NGHI",
        "Đơn kiến nghị, phản ánh",
        lambda w: _received(w) & Q(kind="kien_nghi_phan_anh"),
    ),
    _don("DON_TRANH_CHAP", "Đơn tranh chấp đất đai", lambda w: _received(w) & Q(kind="tranh_chap")),
    _don("DON_DU_DIEU_KIEN", "Đơn đủ điều kiện xử lý", lambda w: _received(w) & Q(eligible=True)),
    _don(
        "DON_KHONG_DU_DIEU_KIEN",
        "Đơn không đủ điều kiện xử lý",
        lambda w: _received(w) & Q(eligible=False),
    ),
    _don("DON_THU_LY", "Đơn thụ lý giải quyết", lambda w: _received(w) & Q(handling="thu_ly")),
    _don(
        "DON_CHUYEN",
        "Đơn chuyển cơ quan có thẩm quyền",
        lambda w: _received(w) & Q(handling="chuyen"),
    ),
    _don("DON_DON_DOC", "Đơn đôn đốc giải quyết", lambda w: _received(w) & Q(handling="don_doc")),
    _don("DON_LUU", "Đơn lưu", lambda w: _received(w) & Q(handling="luu")),
    _don("KN_THAM_QUYEN", "Đơn khiếu nại thuộc thẩm quyền", _competent("khieu_nai")),
    _don("KN_DA_GIAI_QUYET", "Đơn khiếu nại đã giải quyết", _resolved_by_end("khieu_nai")),
    _don("TC_THAM_QUYEN", "Đơn tố cáo thuộc thẩm quyền", _competent("to_cao")),
    _don("TC_DA_GIAI_QUYET", "Đơn tố cáo đã giải quyết", _resolved_by_end("to_cao")),
    _don(
        "KNPA_THAM_QUYEN",
        "Đơn kiến nghị, phản ánh thuộc thẩm quyền",
        _competent("kien_nghi_phan_anh"),
    ),
    _don(
        "KNPA_DA_GIAI_QUYET",
        "Đơn kiến nghị, phản ánh đã giải quyết",
        _resolved_by_end("kien_nghi_phan_anh"),
    ),
    _don(
        "DON_QUA_HAN",
        "Đơn đang giải quyết đã quá hạn luật định",
        lambda w: (
            Q(handling="thu_ly", accepted_on__lte=w.end, deadline__lt=w.end)
            & (Q(resolved_on__isnull=True) | Q(resolved_on__gt=w.end))
        ),
    ),
    _ratio(
        "TL_KN_GIAI_QUYET", "Tỷ lệ giải quyết đơn khiếu nại", "KN_DA_GIAI_QUYET", "KN_THAM_QUYEN"
    ),
    _ratio("TL_TC_GIAI_QUYET", "Tỷ lệ giải quyết đơn tố cáo", "TC_DA_GIAI_QUYET", "TC_THAM_QUYEN"),
    _ratio(
        "TL_KNPA_GIAI_QUYET",
        "Tỷ lệ giải quyết đơn kiến nghị, phản ánh",
        "KNPA_DA_GIAI_QUYET",
        "KNPA_THAM_QUYEN",
    ),
]
