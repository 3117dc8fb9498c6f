"""Indicators of the smaller registers (the appendix items of DOMAIN.md §5)."""

from django.db.models import Q

from danvan.indicators.definitions import Indicator
from danvan.orgunits.selectors import orgunit_valid_on
from danvan.periods.values import Window

REF_QCDC = "Luật Thực hiện dân chủ ở cơ sở 2022; Nghị định 59/2023/NĐ-CP"
REF_DV = "Kết luận 114-KL/TW 2015 về công tác dân vận; Quyết định 23-QĐ/TW 2021"
REF_VHCS = "Quyết định 129/2007/QĐ-TTg (Quy chế văn hóa công sở); Quyết định 1847/QĐ-TTg năm 2018"
# Kinds of unit that hold their own staff conference (phòng chuyên môn do not).
CONFERENCE_HOLDERS = ["tinh", "van_phong", "so_nganh", "ubnd_xa", "don_vi_su_nghiep"]


def _in(w: Window) -> Q:
    return Q(held_on__gte=w.start, held_on__lte=w.end)


def _ind(code, label, register, records=_in, unit="cuộc", ref=REF_DV, **extra):
    return Indicator(
        code=code,
        label=label,
        unit=unit,
        register=register,
        legal_ref=ref,
        records=records,
        **extra,
    )


def _units_holding_conferences(units, window: Window) -> int:

    return orgunit_valid_on(units, window.end).filter(kind__in=CONFERENCE_HOLDERS).count()


ACTIVITY_INDICATORS = [
    _ind("DT_TONG", "Số cuộc đối thoại", "dialogues"),
    _ind(
        "DT_CAP_UY",
        "Đối thoại của người đứng đầu cấp ủy",
        "dialogues",
        lambda w: _in(w) & Q(host="cap_uy"),
    ),
    _ind(
        "DT_CHINH_QUYEN",
        "Đối thoại của người đứng đầu chính quyền",
        "dialogues",
        lambda w: _in(w) & Q(host="chinh_quyen"),
    ),
    _ind("HN_TONG", "Số hội nghị, hội thảo, tập huấn", "conferences"),
    _ind(
        "HN_RIENG",
        "Hội nghị, tập huấn tổ chức riêng",
        "conferences",
        lambda w: _in(w) & Q(organisation="rieng"),
    ),
    _ind(
        "HN_LONG_GHEP",
        "Hội nghị, tập huấn lồng ghép",
        "conferences",
        lambda w: _in(w) & Q(organisation="long_ghep"),
    ),
    _ind(
        "HN_LUOT_NGUOI",
        "Lượt người tham dự hội nghị, tập huấn",
        "conferences",
        unit="lượt",
        measure="attendees",
    ),
    _ind("VB_TONG", "Tổng số văn bản ban hành", "documents", unit="văn bản"),
    _ind(
        "VB_DANG",
        "Văn bản của cấp ủy, tổ chức đảng",
        "documents",
        lambda w: _in(w) & Q(issuer="dang"),
        unit="văn bản",
    ),
    _ind(
        "VB_CHINH_QUYEN",
        "Văn bản của chính quyền",
        "documents",
        lambda w: _in(w) & Q(issuer="chinh_quyen"),
        unit="văn bản",
    ),
    _ind(
        "VB_KE_HOACH",
        "Kế hoạch",
        "documents",
        lambda w: _in(w) & Q(doc_type="ke_hoach"),
        unit="văn bản",
    ),
    _ind(
        "VB_QUYET_DINH",
        "Quyết định",
        "documents",
        lambda w: _in(w) & Q(doc_type="quyet_dinh"),
        unit="văn bản",
    ),
    # The model's life (DOMAIN.md §4): identified, registered, recognised. A model counts in
    # DVK_XAC_DINH on its first date (identified, or registered when no identification was
    # recorded: a registered model was identified by then at the latest), in DVK_DANG_KY on its
    # registration date only (an identified-only model is not registered), in DVK_CONG_NHAN on
    # its recognition date.
    _ind(
        "DVK_XAC_DINH",
        "Mô hình \u201cDân vận khéo\u201d xác định",
        "skilful-models",
        unit="mô hình",
    ),
    _ind(
        "DVK_DANG_KY",
        "Mô hình \u201cDân vận khéo\u201d đăng ký",
        "skilful-models",
        lambda w: Q(registered_on__gte=w.start, registered_on__lte=w.end),
        unit="mô hình",
    ),
    _ind(
        "DVK_CONG_NHAN",
        "Mô hình \u201cDân vận khéo\u201d được công nhận",
        "skilful-models",
        lambda w: Q(recognised_on__gte=w.start, recognised_on__lte=w.end),
        unit="mô hình",
    ),
    _ind("KT_DOAN", "Số đoàn kiểm tra", "inspections", unit="đoàn", ref=REF_QCDC),
    # Inspections of office culture held in the window by the unit (the inspecting unit, as
    # KT_DOAN counts teams), not the inspections it received.
    _ind(
        "KT_VAN_HOA_CONG_SO",
        "Số cuộc kiểm tra thực hiện văn hóa công sở",
        "inspections",
        lambda w: _in(w) & Q(kind="van_hoa_cong_so"),
        ref=REF_VHCS,
    ),
    _ind(
        "KT_DON_VI",
        "Số đơn vị được kiểm tra",
        "inspections",
        unit="đơn vị",
        ref=REF_QCDC,
        measure="units_inspected",
    ),
    _ind(
        "GS_CUOC",
        "Số cuộc giám sát của MTTQ",
        "supervisions",
        lambda w: _in(w) & Q(kind="giam_sat"),
        ref=REF_QCDC,
    ),
    _ind(
        "PB_CUOC",
        "Số cuộc phản biện xã hội của MTTQ",
        "supervisions",
        lambda w: _in(w) & Q(kind="phan_bien"),
        ref=REF_QCDC,
    ),
    _ind(
        "GS_Y_KIEN",
        "Số ý kiến giám sát, phản biện",
        "supervisions",
        unit="ý kiến",
        ref=REF_QCDC,
        measure="opinions",
    ),
    _ind(
        "GS_Y_KIEN_TIEP_THU",
        "Số ý kiến được tiếp thu",
        "supervisions",
        unit="ý kiến",
        ref=REF_QCDC,
        measure="opinions_accepted",
    ),
    Indicator(
        code="TL_Y_KIEN_TIEP_THU",
        label="Tỷ lệ ý kiến được tiếp thu",
        unit="%",
        register="supervisions",
        legal_ref=REF_QCDC,
        ratio=("GS_Y_KIEN_TIEP_THU", "GS_Y_KIEN"),
    ),
    _ind(
        "HNCB_DON_VI_TO_CHUC",
        "Số cơ quan, đơn vị tổ chức hội nghị CBCCVC",
        "staff-conferences",
        unit="đơn vị",
        ref=REF_QCDC,
        count_distinct="unit",
    ),
    _ind(
        "HNCB_TONG_DON_VI",
        "Tổng số cơ quan, đơn vị",
        "staff-conferences",
        unit="đơn vị",
        ref=REF_QCDC,
        records=None,
        compute=_units_holding_conferences,
    ),
    Indicator(
        code="TL_HNCB",
        label="Tỷ lệ cơ quan, đơn vị tổ chức hội nghị CBCCVC",
        unit="%",
        register="staff-conferences",
        legal_ref=REF_QCDC,
        ratio=("HNCB_DON_VI_TO_CHUC", "HNCB_TONG_DON_VI"),
    ),
]
