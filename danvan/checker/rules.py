"""The checks, as data: a stable name, a severity and a Vietnamese message template.

The code that finds a finding lives in :mod:`danvan.checker.checks`; what it says and how
serious it is lives here, so wording and severity change without touching the logic.
Severity: ``error`` when the arithmetic or the calendar proves the text wrong; ``warning``
when a person should look (numbering, a figure repeated with another value, an estimate that
does not fit the exact parts), because on real reports a false alarm costs more trust than a
miss; ``notice`` for rounding and style (a percentage cut where it should be rounded).

``kinds`` names the kinds of relation a rule speaks for (the labels of the real corpus,
``tests/checker/real``, are written per kind, so a rule can be renamed without relabelling).
"""

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"
NOTICE = "notice"
SEVERITIES = (ERROR, WARNING, NOTICE)

# Kinds of relation (labels of the real corpus).
KINDS = {
    "share": "Tỷ lệ của một phần trên tổng",
    "change": "Tăng, giảm so với kỳ trước",
    "rounding": "Làm tròn",
    "balance": "Cân đối tiếp nhận, giải quyết, tồn",
    "partition": "Các phần cộng thành tổng",
    "table": "Số liệu trong bảng",
    "magnitude": "Số viết bằng chữ hoặc ước lượng",
    "population": "Tỷ lệ trên số hộ, số người, số xã",
    "document_date": "Ngày tháng của văn bản",
    "numbering": "Đánh số mục",
    "subtotal": "Liệt kê «trong đó» không phải phép chia",
    "repeat": "Một số liệu nêu hai lần",
    "citation": "Trích dẫn văn bản",
    "date": "Ngày không có thật",
}


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    title: str
    message: str  # str.format template; the fields are listed per rule below
    kinds: tuple[str, ...] = ()


RULES = {
    rule.name: rule
    for rule in [
        Rule(
            "ratio_mismatch",
            ERROR,
            "Tỷ lệ không khớp với tử số, mẫu số",
            "{numerator}/{denominator} là {expected}, không phải {stated}.",
            ("share", "population", "table", "rounding"),
        ),
        Rule(
            "share_typo",
            WARNING,
            "Tỷ lệ chỉ khớp khi sửa một chữ số gõ nhầm",
            "{numerator}/{denominator} là {expected}, không phải {stated}; {stated} khớp nếu "
            "{written} là {variant}.",
            ("share", "population"),
        ),
        Rule(
            "sum_mismatch",
            ERROR,
            "Các thành phần không cộng đúng tổng",
            "Các thành phần cộng lại là {expected}, không phải {stated} như tổng đã nêu.",
            ("balance", "partition", "table", "subtotal"),
        ),
        Rule(
            "part_exceeds_total",
            ERROR,
            "Thành phần lớn hơn tổng",
            "Thành phần {stated} lớn hơn tổng số {expected}.",
            ("balance", "partition", "table", "subtotal"),
        ),
        Rule(
            "percent_over_100",
            ERROR,
            "Tỷ lệ trên 100%",
            "Tỷ lệ {stated} vượt quá 100%.",
            ("share", "population"),
        ),
        Rule(
            "balance_mismatch",
            ERROR,
            "Số liệu một cửa không cân đối",
            "{identity}: {expected}, không phải {stated}.",
            ("balance", "partition", "table", "subtotal"),
        ),
        Rule(
            "inconsistent_repeat",
            WARNING,
            "Cùng một số liệu nêu hai giá trị khác nhau",
            "«{quantity}» được nêu là {expected} ở chỗ khác, ở đây là {stated}.",
            ("repeat",),
        ),
        Rule(
            "invalid_date",
            ERROR,
            "Ngày không có thật",
            "Ngày {stated} không có thật ({reason}).",
            ("date", "document_date"),
        ),
        Rule(
            "date_order",
            ERROR,
            "Thứ tự ngày không hợp lý",
            "{reason}",
            ("document_date",),
        ),
        Rule(
            "numbering",
            WARNING,
            "Đánh số mục không liên tục",
            "Mục «{stated}» đứng sau «{previous}»: theo thứ tự phải là «{expected}».",
            ("numbering",),
        ),
        Rule(
            "change_mismatch",
            ERROR,
            "Tỷ lệ tăng, giảm không khớp với hai kỳ",
            "Từ {old} đến {new} là {direction} {expected}, không phải {stated}.",
            ("change", "table"),
        ),
        Rule(
            "change_amount_mismatch",
            ERROR,
            "Mức tăng, giảm không khớp với hai kỳ",
            "Từ {old} đến {new} là {expected}, không phải {stated}.",
            ("change",),
        ),
        Rule(
            "change_without_base",
            ERROR,
            "Tỷ lệ tăng, giảm không thể có với số đã nêu",
            "Không có số nguyên nào của kỳ trước để {new} là {stated}.",
            ("change",),
        ),
        Rule(
            "change_parts_mismatch",
            WARNING,
            "Mức tăng, giảm của các phần không cộng thành của tổng",
            "Mức tăng, giảm của các phần cộng lại là {expected}, của tổng ghi {stated}.",
            ("change", "partition", "table"),
        ),
        Rule(
            "rounding",
            NOTICE,
            "Tỷ lệ bị cắt bớt chữ số thay vì làm tròn",
            "{exact} làm tròn là {expected}; văn bản ghi {stated} (cắt bớt chữ số cuối).",
            ("rounding", "share", "population", "change", "table"),
        ),
        Rule(
            "parts_exceed_total",
            ERROR,
            "Các phần cộng lại lớn hơn tổng",
            "Các phần ({parts}) cộng lại là {expected}, lớn hơn tổng {stated}.",
            ("balance", "partition", "table", "subtotal"),
        ),
        Rule(
            "remainder_mismatch",
            ERROR,
            "Số còn lại không khớp",
            "{total} − {done} = {expected}, không phải {stated}.",
            ("balance", "partition", "table", "subtotal"),
        ),
        Rule(
            "table_mismatch",
            ERROR,
            "Số liệu trong bảng không khớp",
            "{where}: {identity} là {expected}, không phải {stated}.",
            ("balance", "partition", "table", "subtotal", "share", "population", "rounding"),
        ),
        Rule(
            "estimate_mismatch",
            WARNING,
            "Số ước lượng không hợp với số chính xác",
            "«{stated}» không hợp với {parts} = {expected}.",
            ("magnitude",),
        ),
        Rule(
            "numbering_start",
            WARNING,
            "Đánh số mục không bắt đầu từ đầu",
            "Mục đầu tiên là «{stated}», theo thứ tự phải là «{expected}».",
            ("numbering",),
        ),
        Rule(
            "pending_mismatch",
            WARNING,
            "Số đang giải quyết không khớp tiếp nhận và đã giải quyết",
            "{where}: tiếp nhận {received}, đã giải quyết {resolved} thì còn {expected}, "
            "văn bản ghi {stated} đang giải quyết (trừ khi có hồ sơ tồn kỳ trước không nêu).",
            ("balance", "table"),
        ),
        Rule(
            "levels_sum_mismatch",
            WARNING,
            "Các cấp cộng lại không bằng toàn đơn vị",
            "Số {role} của cấp tỉnh, cấp huyện, cấp xã cộng lại là {expected}, văn bản ghi toàn "
            "đơn vị {stated}.",
            ("partition", "balance", "table"),
        ),
        Rule(
            "rate_without_count",
            ERROR,
            "Tỷ lệ không thể có trên số đã nêu",
            "Không có số nguyên nào chia cho {base} {what} ra {stated}.",
            ("share", "partition"),
        ),
        Rule(
            "shares_base_conflict",
            WARNING,
            "Các tỷ lệ không thể cùng một mẫu số",
            "{first} và {second} được nêu là tỷ lệ trên cùng một tổng, nhưng không có tổng nào "
            "cho cả hai tỷ lệ đó.",
            ("share", "population"),
        ),
        Rule(
            "flow_mismatch",
            WARNING,
            "Số hộ thoát nghèo, phát sinh không khớp mức giảm",
            "Số hộ thoát {group} trừ số hộ {group} phát sinh cho mức {expected} hộ; văn bản ghi "
            "{stated} hộ.",
            ("balance", "change"),
        ),
        Rule(
            "stock_mismatch",
            WARNING,
            "Số hộ đầu kỳ, thoát ra, phát sinh không khớp số cuối kỳ",
            "Số hộ {group} đầu kỳ trừ số thoát, cộng số phát sinh là {expected} hộ; văn bản ghi "
            "cuối kỳ {stated} hộ.",
            ("balance",),
        ),
        Rule(
            "partial_list",
            WARNING,
            "Danh sách «gồm» chỉ nêu một phần",
            "Sau «{marker}» chỉ nêu {stated} trong tổng số {expected}; phần còn lại không được "
            "liệt kê.",
            ("partition",),
        ),
        Rule(
            "citation_format",
            ERROR,
            "Trích dẫn văn bản sai thể thức",
            "Trích dẫn «{stated}» sai thể thức: {reason}.",
            ("citation",),
        ),
    ]
}


def rule(name: str) -> Rule:
    return RULES[name]
