"""The checks, as data: a stable name, a severity and a Vietnamese message template.

The code that finds a finding lives in :mod:`danvan.checker.checks`; what it says and how
serious it is lives here, so wording and severity change without touching the logic.
Severity: ``error`` when the arithmetic or the calendar proves the text wrong; ``warning``
when a person should look (numbering, a figure repeated with another value), because on real
reports a false alarm costs more trust than a miss.
"""

from dataclasses import dataclass

ERROR = "error"
WARNING = "warning"


@dataclass(frozen=True)
class Rule:
    name: str
    severity: str
    title: str
    message: str  # str.format template; the fields are listed per rule below


RULES = {
    rule.name: rule
    for rule in [
        Rule(
            "ratio_mismatch",
            ERROR,
            "Tỷ lệ không khớp với tử số, mẫu số",
            "{numerator}/{denominator} là {expected}, không phải {stated}.",
        ),
        Rule(
            "sum_mismatch",
            ERROR,
            "Các thành phần không cộng đúng tổng",
            "Các thành phần cộng lại là {expected}, không phải {stated} như tổng đã nêu.",
        ),
        Rule(
            "part_exceeds_total",
            ERROR,
            "Thành phần lớn hơn tổng",
            "Thành phần {stated} lớn hơn tổng số {expected}.",
        ),
        Rule(
            "percent_over_100",
            ERROR,
            "Tỷ lệ trên 100%",
            "Tỷ lệ {stated} vượt quá 100%.",
        ),
        Rule(
            "balance_mismatch",
            ERROR,
            "Số liệu một cửa không cân đối",
            "{identity}: {expected}, không phải {stated}.",
        ),
        Rule(
            "inconsistent_repeat",
            WARNING,
            "Cùng một số liệu nêu hai giá trị khác nhau",
            "«{quantity}» được nêu là {expected} ở chỗ khác, ở đây là {stated}.",
        ),
        Rule(
            "invalid_date",
            ERROR,
            "Ngày không có thật",
            "Ngày {stated} không có thật ({reason}).",
        ),
        Rule(
            "date_order",
            ERROR,
            "Thứ tự ngày không hợp lý",
            "{reason}",
        ),
        Rule(
            "numbering",
            WARNING,
            "Đánh số mục không liên tục",
            "Mục «{stated}» đứng sau «{previous}»: theo thứ tự phải là «{expected}».",
        ),
        Rule(
            "citation_format",
            ERROR,
            "Trích dẫn văn bản sai thể thức",
            "Trích dẫn «{stated}» sai thể thức: {reason}.",
        ),
    ]
}


def rule(name: str) -> Rule:
    return RULES[name]
