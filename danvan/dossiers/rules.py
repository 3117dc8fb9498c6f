"""The dossier identities of DOMAIN.md §4, as default validation rules (seeded by the
indicators' migration and by ``danvan demo load``; administrators may edit them)."""

from danvan.indicators.registry import DefaultRule

DOSSIER_RULES = [
    DefaultRule(
        "HS_CAN_DOI",
        "Tổng tiếp nhận = đã giải quyết + rút + đang giải quyết",
        "HS_TIEP_NHAN",
        "==",
        "HS_DA_GIAI_QUYET + HS_RUT + HS_DANG_GIAI_QUYET",
        "error",
    ),
    DefaultRule(
        "HS_TIEP_NHAN_TONG",
        "Tổng tiếp nhận = kỳ trước chuyển qua + tiếp nhận mới",
        "HS_TIEP_NHAN",
        "==",
        "HS_KY_TRUOC + HS_MOI",
        "error",
    ),
    DefaultRule(
        "HS_THEO_HAN",
        "Trước hạn + đúng hạn + trễ hạn = đã giải quyết",
        "HS_TRUOC_HAN + HS_DUNG_HAN + HS_TRE_HAN",
        "==",
        "HS_DA_GIAI_QUYET",
        "error",
    ),
    DefaultRule(
        "HS_QUA_HAN_TRONG_DANG_GQ",
        "Quá hạn không vượt số đang giải quyết",
        "HS_QUA_HAN",
        "<=",
        "HS_DANG_GIAI_QUYET",
        "error",
    ),
    DefaultRule(
        "HS_KENH_TRONG_MOI",
        "Trực tuyến + bưu chính không vượt số tiếp nhận mới",
        "HS_TRUC_TUYEN + HS_BUU_CHINH",
        "<=",
        "HS_MOI",
        "error",
    ),
    DefaultRule(
        "DG_CAN_DOI",
        "Các mức đánh giá cộng lại bằng tổng số đánh giá",
        "DG_RAT_HAI_LONG + DG_HAI_LONG + DG_BINH_THUONG + DG_KHONG_HAI_LONG",
        "==",
        "DG_TONG",
        "error",
    ),
    DefaultRule(
        "DG_TRONG_DA_GQ",
        "Số đánh giá không vượt số hồ sơ đã giải quyết",
        "DG_TONG",
        "<=",
        "HS_DA_GIAI_QUYET",
        "warning",
    ),
]
