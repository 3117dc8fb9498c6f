"""inconsistent_repeat: the same quantity stated twice with different values."""

import pytest

from tests.checker.checks.helpers import findings, one


def test_the_same_quantity_with_two_values():
    text = (
        "Số hồ sơ tiếp nhận trực tuyến là 285 hồ sơ. Cuối năm, đã tiếp nhận trực tuyến 290 hồ sơ."
    )
    finding = one(text, "inconsistent_repeat")
    assert (finding.excerpt, finding.stated, finding.expected) == ("290", "290", "285")
    assert finding.severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Số hồ sơ tiếp nhận trực tuyến là 285 hồ sơ. Đã tiếp nhận trực tuyến 285 hồ sơ.",
        "Năm 2024 tiếp nhận trực tuyến 285 hồ sơ. Năm 2023 tiếp nhận trực tuyến 200 hồ sơ.",
        "Tiếp nhận trực tuyến 285 hồ sơ. Phấn đấu tiếp nhận trực tuyến 400 hồ sơ.",
    ],
)
def test_same_value_or_another_period_is_not_a_repeat(text):
    assert findings(text, "inconsistent_repeat") == []


def test_the_same_ratio_restated_with_another_numerator():
    text = "Đã giải quyết 25/28 đơn thuộc thẩm quyền. Cuối quý, đã giải quyết 26/28 đơn."
    finding = one(text, "inconsistent_repeat")
    assert (finding.excerpt, finding.stated, finding.expected) == ("26/28", "26", "25")


def test_a_total_named_in_full_stated_twice_with_two_values():
    text = (
        "Tỷ lệ hộ nghèo chung cả nước là 2,93%; tổng số hộ nghèo là 815.101 hộ.\n\n"
        "Tỷ lệ hộ cận nghèo chung cả nước là 2,78%; tổng số hộ nghèo là 771.235 hộ."
    )
    finding = one(text, "inconsistent_repeat")
    assert finding.excerpt == "771.235"
    assert finding.arithmetic == "815.101 ≠ 771.235"
    assert (
        findings(
            text.replace("tổng số hộ nghèo là 771", "tổng số hộ cận nghèo là 771"),
            "inconsistent_repeat",
        )
        == []
    )


@pytest.mark.parametrize(
    "text",
    [
        # a «Trong đó» sentence lists parts, not the whole again
        "Trong tháng, các cơ quan đã tiếp tổng cộng 312 lượt, với 503 người. Trong đó, riêng Trụ "
        "sở Tiếp công dân tỉnh đã tiếp 64 lượt, với 112 lượt người; Ban tiếp công dân các huyện "
        "đón 171 lượt với 198 lượt người; các điểm tiếp công dân cấp xã đón 77 lượt với 193 lượt "
        "người.",
        # «Về khiếu nại, …» and «Về tố cáo, …» are about two parts
        "Về khiếu nại, tổng số vụ việc phải giải quyết là 38 vụ (kỳ trước chuyển sang 09 vụ, phát "
        "sinh 29 vụ); đã giải quyết 31 vụ, chưa giải quyết 07 vụ. Về tố cáo, tổng số vụ việc phải "
        "giải quyết là 12 vụ (kỳ trước chuyển sang 03 vụ, phát sinh 09 vụ); đã giải quyết 10 vụ, "
        "chưa giải quyết 02 vụ.",
        # «chưa giải quyết xong» is not the number resolved
        "Đã giải quyết 154.231 hồ sơ, trễ hạn 551 hồ sơ. Số hồ sơ chưa giải quyết xong chuyển "
        "sang năm 2024 là 2.432 hồ sơ.",
    ],
)
def test_parts_and_other_quantities_are_not_repeats(text):
    assert findings(text, "inconsistent_repeat") == []
