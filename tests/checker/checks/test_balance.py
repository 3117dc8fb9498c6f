"""balance_mismatch: the one-stop identities (DOMAIN.md §4)."""

import pytest

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one


@pytest.mark.parametrize(
    ("text", "stated", "expected"),
    [
        (
            "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 50 hồ sơ, tiếp nhận mới "
            "1.100 hồ sơ).",
            "1.250",
            "1.150",
        ),
        (
            "Tổng số hồ sơ tiếp nhận là 860 hồ sơ; đã giải quyết 790 hồ sơ; đang giải quyết 60 hồ "
            "sơ.",
            "860",
            "850",
        ),
        (
            "Đã giải quyết 1.100 hồ sơ, trong đó trước hạn 800 hồ sơ, đúng hạn 250 hồ sơ, trễ hạn "
            "40 hồ sơ.",
            "1.100",
            "1.090",
        ),
        (
            "Tổng hồ sơ tiếp nhận: 3.640 hồ sơ, gồm 240 hồ sơ kỳ trước chuyển sang và 3.300 hồ sơ "
            "tiếp nhận mới.",
            "3.640",
            "3.540",
        ),
    ],
)
def test_one_stop_identities(text, stated, expected):
    finding = one(text, "balance_mismatch")
    assert (finding.stated, finding.expected) == (stated, expected)
    assert findings(text, "sum_mismatch") == []  # one finding for one defect


def test_balanced_one_stop_figures_say_nothing():
    text = (
        "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 150 hồ sơ, tiếp nhận mới "
        "1.100 hồ sơ); đã giải quyết 1.180 hồ sơ, đang giải quyết 70 hồ sơ. Trong số hồ sơ đã "
        "giải quyết, trước hạn 900 hồ sơ, đúng hạn 260 hồ sơ, trễ hạn 20 hồ sơ."
    )
    assert check_text(text).findings == []


def test_overdue_among_pending_is_not_late_among_resolved():
    text = (
        "Đang giải quyết 60 hồ sơ, trong đó quá hạn 3 hồ sơ; đã giải quyết 464 hồ sơ, trong đó "
        "trước hạn 400 hồ sơ, đúng hạn 60 hồ sơ, trễ hạn 4 hồ sơ."
    )
    assert findings(text, "balance_mismatch") == []
