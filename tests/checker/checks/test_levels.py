"""pending_mismatch: received − resolved = pending per level, across paragraphs and tables."""

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one, verified

SPREAD = (
    "Trong quý, toàn tỉnh đã tiếp nhận 1.000 hồ sơ và đã giải quyết 900 hồ sơ.\n\n"
    "Số hồ sơ còn lại đang giải quyết gồm {pending} hồ sơ.\n"
)


def test_the_balance_spread_over_two_paragraphs_is_checked_as_a_warning():
    finding = one(SPREAD.format(pending="70"), "pending_mismatch")
    assert finding.severity == "warning"
    assert finding.excerpt == "70"
    assert finding.arithmetic == "Toàn đơn vị: 1.000 − 900 = 100 ≠ 70 đang giải quyết"
    assert "tồn kỳ trước" in finding.message  # says why it is only a warning


def test_a_balance_that_holds_is_shown_among_the_checked_relations():
    result = check_text(SPREAD.format(pending="100"))
    assert [f.rule for f in result.findings] == []
    assert "Toàn đơn vị: 1.000 − 900 = 100: khớp" in [v.arithmetic for v in result.verified]


TABLE = (
    "Số liệu theo từng cấp:\n\n"
    "Cấp\tTiếp nhận\tĐã giải quyết\n"
    "Cấp tỉnh\t500\t480\n"
    "Cấp huyện\t300\t290\n"
    "Toàn tỉnh\t800\t770\n\n"
    "Ở cấp tỉnh còn {province} hồ sơ đang giải quyết.\n\n"
    "Ở cấp huyện, trong {district} hồ sơ cấp huyện đang giải quyết, 4 hồ sơ chưa đến hạn.\n"
)


def test_each_level_takes_its_row_of_the_table_and_its_own_sentence():
    found = findings(TABLE.format(province="25", district="10"), "pending_mismatch")
    assert [f.arithmetic for f in found] == ["Cấp tỉnh: 500 − 480 = 20 ≠ 25 đang giải quyết"]
    # The part named after it ("4 hồ sơ chưa đến hạn") is not a second pending figure.
    assert findings(TABLE.format(province="20", district="10"), "pending_mismatch") == []


def test_pending_of_another_base_or_with_carried_dossiers_is_left_alone():
    # Resolved of the accepted cases, not of those received: not stated together.
    other_base = (
        "Trong tháng tiếp nhận 84 đơn.\n\nĐã thụ lý 38 đơn.\n\n"
        "Loại\tThụ lý\tĐã giải quyết\nTổng cộng\t38\t10\n\n"
        "Số đơn còn lại đang giải quyết là 28 đơn.\n"
    )
    assert findings(other_base, "pending_mismatch") == []
    carried = SPREAD.format(pending="130") + "\nKỳ trước chuyển sang 30 hồ sơ.\n"
    assert findings(carried, "pending_mismatch") == []


def test_in_one_paragraph_the_identity_is_balance_mismatch_alone():
    text = "Tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, đang giải quyết 70 hồ sơ."
    assert [f.rule for f in check_text(text).findings] == ["balance_mismatch"]


LEVELS = (
    "Cấp tỉnh tiếp nhận 1.000 hồ sơ. Cấp huyện tiếp nhận 500 hồ sơ. Cấp xã tiếp nhận 300 hồ sơ. "
    "Toàn tỉnh tiếp nhận {whole} hồ sơ."
)


def test_the_three_levels_add_up_to_the_whole_in_the_text():
    finding = one(LEVELS.format(whole="1.900"), "levels_sum_mismatch")
    assert finding.severity == "warning"
    assert finding.excerpt == "1.900"
    assert finding.arithmetic == (
        "Tiếp nhận: cấp tỉnh + cấp huyện + cấp xã: 1.000 + 500 + 300 = 1.800 ≠ 1.900"
    )
    assert any("= 1.800: khớp toàn đơn vị" in v for v in verified(LEVELS.format(whole="1.800")))


def test_levels_without_the_whole_named_or_with_a_level_missing_say_nothing():
    unnamed = LEVELS.format(whole="1.900").replace("Toàn tỉnh tiếp nhận", "Tổng cộng tiếp nhận")
    assert findings(unnamed, "levels_sum_mismatch") == []
    two = LEVELS.format(whole="1.900").replace("Cấp xã tiếp nhận 300 hồ sơ. ", "")
    assert findings(two, "levels_sum_mismatch") == []


def test_dossiers_and_cases_are_balanced_apart():
    text = (
        "Toàn tỉnh đã tiếp nhận 1.000 hồ sơ và đã giải quyết 900 hồ sơ.\n\n"
        "Số hồ sơ còn lại đang giải quyết gồm 70 hồ sơ.\n\n"
        "Các cơ quan đã giải quyết 48 vụ việc, còn 5 vụ việc đang giải quyết.\n"
    )
    # The 48 cases resolved are not a second figure of the dossiers resolved.
    assert [f.arithmetic for f in findings(text, "pending_mismatch")] == [
        "Toàn đơn vị: 1.000 − 900 = 100 ≠ 70 đang giải quyết"
    ]


RATES = (
    "Cấp\tTiếp nhận\tĐã giải quyết\tĐúng và trước hạn\n"
    "Cấp tỉnh\t54.575\t51.780\t51.072\n"
    "Cấp huyện\t340.060\t329.596\t323.911\n\n"
    "Ở cấp tỉnh, tỷ lệ đúng và trước hạn đạt {rate}; số quá hạn còn 708 hồ sơ, chiếm tỷ lệ "
    "1,37%.\n\n"
    "Ở cấp huyện, tỷ lệ đúng và trước hạn trên toàn tỉnh đạt 90,1%.\n"
)


def test_a_levels_rate_is_of_the_figures_given_for_that_level():
    finding = one(RATES.format(rate="98,93%"), "ratio_mismatch")
    assert finding.arithmetic == "51.072/51.780 = 98,633% ≠ 98,93%"
    right = verified(RATES.format(rate="98,63%"))
    assert "51.072/51.780 = 98,633% → 98,63%: khớp" in right
    assert "708/51.780 = 1,367% → 1,37%: khớp" in right
    # A sentence naming two levels (cấp huyện … toàn tỉnh) is not read: 90,1% says nothing.
    assert findings(RATES.format(rate="98,63%"), "ratio_mismatch") == []
