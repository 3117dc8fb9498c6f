"""Which catalogue indicator a figure states, when the wording leaves no doubt.

A small table of phrases (data): every word group in ``all_of`` must appear in the words
around the figure (the words since the previous figure, and the noun after it), none of
``none_of`` may. A figure is mapped only when exactly one entry matches; anything else is
left for a person to pick. Ratios map to a numerator and a denominator code: ratios are
stored as their parts and recomputed, never as percentages.
"""

import functools
import re
from dataclasses import dataclass

from danvan.checker.figures import Figure


@dataclass(frozen=True)
class Phrase:
    code: str
    all_of: tuple[str, ...]  # each item: alternatives separated by "|"
    none_of: tuple[str, ...] = ()
    kinds: tuple[str, ...] = ("count",)
    denominator: str = ""  # for ratios: the denominator's code


_HS = "hồ sơ"
PHRASES = [
    Phrase("HS_KY_TRUOC", (_HS, "kỳ trước chuyển qua|kỳ trước chuyển sang|tồn kỳ trước")),
    Phrase("HS_MOI", (_HS, "tiếp nhận mới|mới tiếp nhận"), ("trực tuyến", "bưu chính")),
    Phrase(
        "HS_TIEP_NHAN",
        (_HS, "tổng số hồ sơ tiếp nhận|tổng số tiếp nhận|tổng số hồ sơ đã tiếp nhận"),
        ("trực tuyến", "bưu chính", "mới", "kỳ trước"),
    ),
    Phrase(
        "HS_TRUC_TUYEN",
        (_HS, "trực tuyến", "tiếp nhận|nộp"),
        ("giải quyết", "thanh toán", "mức độ", "dịch vụ công", "đánh giá"),
    ),
    Phrase("HS_BUU_CHINH", (_HS, "bưu chính", "tiếp nhận|nộp"), ("trả kết quả",)),
    Phrase(
        "HS_DA_GIAI_QUYET",
        (_HS, "đã giải quyết|giải quyết xong"),
        ("hạn", "trực tuyến", "đang", "tiếp nhận", "chưa"),  # not "chưa giải quyết xong"
    ),
    Phrase("HS_DANG_GIAI_QUYET", (_HS, "đang giải quyết"), ("quá hạn", "trễ hạn")),
    Phrase(
        "HS_TRUOC_DUNG_HAN", (_HS, "trước và đúng hạn|trước hạn và đúng hạn"), ("tỷ lệ", "tỉ lệ")
    ),
    Phrase("HS_TRE_HAN", (_HS, "trễ hạn|quá hạn", "giải quyết"), ("đang", "trước và")),
    Phrase("HS_XIN_LOI", (_HS, "xin lỗi")),
    Phrase(
        "DON_KHIEU_NAI",
        ("đơn khiếu nại", "tiếp nhận|nhận được"),
        ("giải quyết", "thẩm quyền", "chuyển", "tố cáo", "kiến nghị"),
    ),
    Phrase(
        "DON_TO_CAO",
        ("đơn tố cáo", "tiếp nhận|nhận được"),
        ("giải quyết", "thẩm quyền", "chuyển", "khiếu nại", "kiến nghị"),
    ),
    Phrase(
        "KN_DA_GIAI_QUYET",
        ("đơn khiếu nại", "giải quyết"),
        ("tố cáo", "kiến nghị"),
        ("ratio",),
        "KN_THAM_QUYEN",
    ),
    Phrase(
        "TC_DA_GIAI_QUYET",
        ("đơn tố cáo", "giải quyết"),
        ("khiếu nại", "kiến nghị"),
        ("ratio",),
        "TC_THAM_QUYEN",
    ),
    Phrase(
        "KNPA_DA_GIAI_QUYET",
        ("đơn kiến nghị|đơn phản ánh", "giải quyết"),
        ("khiếu nại", "tố cáo"),
        ("ratio",),
        "KNPA_THAM_QUYEN",
    ),
    Phrase(
        "TCD_LUOT",
        ("lượt", "tiếp công dân|tiếp được|tiếp"),
        ("xét nghiệm", "truy cập", "trực tiếp", "hướng dẫn", "giải thích"),
    ),
    Phrase("DT_CAP_UY", ("đối thoại|người đứng đầu", "cấp ủy|cấp uỷ"), ("chính quyền",)),
    Phrase("DT_CHINH_QUYEN", ("đối thoại|người đứng đầu", "chính quyền"), ("cấp ủy", "cấp uỷ")),
    Phrase("HN_RIENG", ("cuộc|hội nghị", "tổ chức riêng"), ("lồng ghép",)),
    Phrase("HN_LONG_GHEP", ("cuộc|hội nghị", "lồng ghép"), ("tổ chức riêng",)),
    Phrase("DVC_MUC_DO_3", ("dịch vụ công", "mức độ 3"), ("mức độ 4", "mức độ 3, 4")),
    Phrase("DVC_MUC_DO_4", ("dịch vụ công", "mức độ 4"), ("mức độ 3",)),
    Phrase("KT_DOAN", ("đoàn kiểm tra",), ("đơn vị được kiểm tra",)),
    Phrase("DVK_CONG_NHAN", ("dân vận khéo", "công nhận"), ("đăng ký",)),
]


# How the checker names each code in its messages (the catalogue's labels, shortened).
LABELS = {
    "HS_KY_TRUOC": "số hồ sơ kỳ trước chuyển qua",
    "HS_MOI": "số hồ sơ tiếp nhận mới",
    "HS_TIEP_NHAN": "tổng số hồ sơ tiếp nhận",
    "HS_TRUC_TUYEN": "số hồ sơ tiếp nhận trực tuyến",
    "HS_BUU_CHINH": "số hồ sơ tiếp nhận qua bưu chính",
    "HS_DA_GIAI_QUYET": "số hồ sơ đã giải quyết",
    "HS_DANG_GIAI_QUYET": "số hồ sơ đang giải quyết",
    "HS_TRUOC_DUNG_HAN": "số hồ sơ giải quyết trước và đúng hạn",
    "HS_TRE_HAN": "số hồ sơ giải quyết trễ hạn",
    "HS_XIN_LOI": "số hồ sơ có phiếu xin lỗi",
    "DON_KHIEU_NAI": "số đơn khiếu nại tiếp nhận",
    "DON_TO_CAO": "số đơn tố cáo tiếp nhận",
    "KN_DA_GIAI_QUYET": "số đơn khiếu nại đã giải quyết",
    "KN_THAM_QUYEN": "số đơn khiếu nại thuộc thẩm quyền",
    "TC_DA_GIAI_QUYET": "số đơn tố cáo đã giải quyết",
    "TC_THAM_QUYEN": "số đơn tố cáo thuộc thẩm quyền",
    "KNPA_DA_GIAI_QUYET": "số đơn kiến nghị, phản ánh đã giải quyết",
    "KNPA_THAM_QUYEN": "số đơn kiến nghị, phản ánh thuộc thẩm quyền",
    "TCD_LUOT": "số lượt tiếp công dân",
    "DT_CAP_UY": "số cuộc đối thoại của người đứng đầu cấp ủy",
    "DT_CHINH_QUYEN": "số cuộc đối thoại của người đứng đầu chính quyền",
    "HN_RIENG": "số hội nghị tổ chức riêng",
    "HN_LONG_GHEP": "số hội nghị lồng ghép",
    "DVC_MUC_DO_3": "số dịch vụ công trực tuyến mức độ 3",
    "DVC_MUC_DO_4": "số dịch vụ công trực tuyến mức độ 4",
    "KT_DOAN": "số đoàn kiểm tra",
    "DVK_CONG_NHAN": "số mô hình “Dân vận khéo” được công nhận",
}


@functools.lru_cache(maxsize=512)
def _group_re(group: str) -> re.Pattern:
    alternatives = "|".join(re.escape(alt) for alt in group.split("|"))
    return re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)")


def _has(words: str, group: str) -> bool:
    return _group_re(group).search(words) is not None


def context_of(figure: Figure) -> str:
    return f"{figure.label} {figure.noun}".lower()


def figure_phrase(figure: Figure) -> Phrase | None:
    """The one table entry the figure's words match, or None (no entry, or several)."""
    if figure.approximate or figure.kind not in ("count", "ratio"):
        return None
    words = context_of(figure)
    matches = [
        phrase
        for phrase in PHRASES
        if figure.kind in phrase.kinds
        and all(_has(words, group) for group in phrase.all_of)
        and not any(_has(words, group) for group in phrase.none_of)
    ]
    return matches[0] if len(matches) == 1 else None


def figure_values(figure: Figure) -> dict[str, object]:
    """Indicator code → value stated by the figure (two codes for a ratio), or {}."""
    phrase = figure_phrase(figure)
    if phrase is None:
        return {}
    if figure.kind == "ratio":
        return {phrase.code: figure.numerator, phrase.denominator: figure.denominator}
    return {phrase.code: figure.value}
