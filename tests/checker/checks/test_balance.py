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


SCALED = (
    "Trung tâm đã giải quyết 4.561/5.650 HS (tỷ lệ 80,7%). Trong số này, {early} HS được giải "
    "quyết đúng và trước hạn (tỷ lệ 99,7%), 12 hồ sơ giải quyết trễ hạn (tỷ lệ 0,3%)."
)


def test_a_count_in_words_takes_part_within_its_last_digit():
    # 4,52 ngàn is 4.515 to 4.525: with the 12 late ones, 4.527 to 4.537, not 4.561.
    finding = one(SCALED.format(early="4,52 ngàn"), "estimate_mismatch")
    assert finding.severity == "warning"
    assert finding.message == "«4,52 ngàn + 12» không hợp với số đã giải quyết = 4.561."
    assert finding.arithmetic == "4.520 + 12 = 4.532 (±5 do số viết bằng chữ) ≠ 4.561"
    # 4,55 ngàn + 12 = 4.562 ± 5 fits 4.561; an exact figure that does not is an error.
    assert findings(SCALED.format(early="4,55 ngàn"), "estimate_mismatch") == []
    wrong = one(SCALED.format(early="4.520"), "balance_mismatch")
    assert wrong.arithmetic == "4.520 + 12 = 4.532 ≠ 4.561"


def test_an_estimate_in_words_stays_out_of_the_identities():
    text = SCALED.format(early="gần 4,5 ngàn")
    assert findings(text, "estimate_mismatch") == findings(text, "balance_mismatch") == []
