"""balance_mismatch: the one-stop identities (DOMAIN.md §4)."""

import pytest

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one, verified


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


# --- the balance per kind of three lists side by side (07/12/2026) -------------------------------
KINDS = (
    "Tiếp nhận 111 đơn thuộc thẩm quyền giải quyết (35 khiếu nại, 2 tố cáo, 74 kiến nghị và "
    "phản ánh). Kết quả, đã giải quyết 37/111 đơn thuộc thẩm quyền (17 khiếu nại, 1 tố cáo, 19 "
    "kiến nghị, phản ánh); 74 đơn còn trong hạn giải quyết đang được xem xét (19 khiếu nại, 1 "
    "tố cáo, 54 kiến nghị và phản ánh)."
)


def test_two_slips_that_cancel_in_the_sum_are_found_per_kind():
    found = findings(KINDS, "balance_mismatch")
    assert [f.arithmetic for f in found] == [
        "17 + 19 = 36 ≠ 35 (khiếu nại)",
        "19 + 54 = 73 ≠ 74 (kiến nghị, phản ánh)",
    ]
    assert found[0].message == (
        "Đã giải quyết + đang giải quyết = số tiếp nhận (khiếu nại): 36, không phải 35."
    )


def test_kinds_that_balance_say_nothing_and_are_shown_checked():
    text = KINDS.replace("(17 khiếu nại", "(16 khiếu nại").replace("19 kiến nghị", "20 kiến nghị")
    assert check_text(text).findings == []
    assert "16 + 19 = 35 (khiếu nại): khớp" in verified(text)


def test_lists_whose_totals_do_not_balance_are_left_to_the_totals():
    text = KINDS.replace("74 đơn còn", "70 đơn còn").replace("54 kiến nghị", "50 kiến nghị")
    assert not any("(khiếu nại)" in (f.arithmetic or "") for f in check_text(text).findings)


def test_a_remainder_after_the_rate_of_the_figure_done():
    text = (
        "Năm 2023, Ủy ban Mặt trận Tổ quốc các cấp tổng hợp 1.128 ý kiến, kiến nghị của cử tri. "
        "Đến nay, các cơ quan đã trả lời, giải quyết 1.039 ý kiến, kiến nghị, đạt 92,1%. Số ý "
        "kiến, kiến nghị còn lại là 108 ý kiến."
    )
    assert one(text, "remainder_mismatch").arithmetic == "1.128 − 1.039 = 89 ≠ 108"
    assert check_text(text.replace("108 ý kiến", "89 ý kiến")).findings == []


def test_the_stock_of_near_poor_households():
    text = (
        "Đầu kỳ, toàn tỉnh có 3.105 hộ cận nghèo. Trong kỳ có 742 hộ thoát cận nghèo, 218 hộ cận "
        "nghèo phát sinh mới. Số hộ cận nghèo cuối kỳ là 2.851 hộ."
    )
    finding = one(text, "stock_mismatch")
    assert finding.arithmetic == "3.105 − 742 + 218 = 2.581 ≠ 2.851"
    assert finding.message == (
        "Số hộ cận nghèo đầu kỳ trừ số thoát, cộng số phát sinh là 2.581 hộ; văn bản ghi cuối kỳ "
        "2.851 hộ."
    )
    assert check_text(text.replace("2.851", "2.581")).findings == []


def test_a_sum_of_money_recovered_against_the_sum_recommended():
    text = (
        "Đối với số tiền kiến nghị thu hồi 3.426 triệu đồng, đến nay các đơn vị đã nộp 2.518 "
        "triệu đồng, đạt 82,2%."
    )
    assert one(text, "ratio_mismatch").arithmetic == "2.518/3.426 triệu đồng = 73,497% ≠ 82,2%"
    assert check_text(text.replace("82,2%", "73,5%")).findings == []
    rest = (
        "Tổng số tiền kiến nghị thu hồi là 9,24 tỷ đồng; đã thu hồi 6,93 tỷ đồng, đạt 75,0%; số "
        "còn phải thu hồi là 3,21 tỷ đồng."
    )
    assert one(rest, "remainder_mismatch").arithmetic == "9,24 − 6,93 = 2,31 tỷ đồng ≠ 3,21 tỷ đồng"
