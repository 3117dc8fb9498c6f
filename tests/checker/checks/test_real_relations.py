"""Kinds of relation real reports use (issue 14): each rule on a wrong figure, silent on a
right one (shown among the checked relations), and silent where its reading is doubtful."""

import pytest

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one, verified


# --- ratios of one denominator ----------------------------------------------------------------
def test_ratios_of_one_denominator_ending_in_the_rest_split_it():
    text = (
        "Lĩnh vực đất đai có 38/40 lượt tiếp công dân, chiếm 95%. "
        "Các lĩnh vực khác có 3/40 lượt tiếp công dân, chiếm 7,5%."
    )
    finding = one(text, "parts_exceed_total")
    assert finding.arithmetic == "38 + 3 = 41 > 40 (mẫu số chung)"
    right = text.replace("3/40", "2/40").replace("7,5%", "5%")
    assert findings(right, "parts_exceed_total") == []
    assert "38 + 2 = 40: khớp với mẫu số chung" in verified(right)


def test_ratios_of_one_denominator_without_a_rest_are_not_a_split():
    text = "Có 38/40 xã đạt chuẩn, 35/40 xã có nhà văn hóa."
    assert findings(text, "parts_exceed_total") == findings(text, "sum_mismatch") == []


# --- partitions read from the words -------------------------------------------------------------
def test_on_time_late_and_pending_split_the_dossiers_received():
    text = (
        "Số hồ sơ một cửa là 996.023 hồ sơ; trong đó trả đúng hạn là 984.856 hồ sơ, đang giải "
        "quyết là 9.319 hồ sơ, quá hạn là 1.842 hồ sơ."
    )
    assert one(text, "sum_mismatch").arithmetic == "984.856 + 9.319 + 1.842 = 996.017 ≠ 996.023"
    assert findings(text.replace("996.023", "996.017"), "sum_mismatch") == []


def test_the_three_levels_split_a_total():
    text = (
        "Tổng số hồ sơ tiếp nhận là 115 hồ sơ, trong đó cấp tỉnh 30 hồ sơ, cấp huyện 50 hồ sơ, "
        "cấp xã 40 hồ sơ."
    )
    assert one(text, "sum_mismatch").arithmetic == "30 + 50 + 40 = 120 ≠ 115"
    # Two of the three levels: the rest is not said to be nothing.
    assert findings(text.replace(", cấp xã 40 hồ sơ", ""), "sum_mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp nhận 120 đơn: khiếu nại 30 đơn, tố cáo 10 đơn, kiến nghị, phản ánh 75 đơn.",
        "Tiếp nhận 120 đơn (khiếu nại 30 đơn, tố cáo 10 đơn, kiến nghị, phản ánh 75 đơn).",
    ],
)
def test_a_list_after_a_colon_or_in_parentheses_naming_every_kind(text):
    assert one(text, "sum_mismatch").arithmetic == "30 + 10 + 75 = 115 ≠ 120"
    assert findings(text.replace("75", "80"), "sum_mismatch") == []


def test_a_list_naming_some_kinds_after_a_colon_is_not_a_split():
    text = "Tiếp nhận 120 đơn: khiếu nại 30 đơn, tố cáo 10 đơn."
    assert check_text(text).findings == []


def test_a_change_of_the_total_is_not_one_of_its_parts():
    text = (
        "Toàn huyện tiếp nhận 258 đơn (gồm 34 đơn cũ chuyển sang và 224 đơn mới tiếp nhận, giảm "
        "37 đơn so với cùng kỳ)."
    )
    assert findings(text, "sum_mismatch") == []
    assert findings(text.replace("224", "220"), "sum_mismatch")[0].arithmetic == (
        "34 + 220 = 254 ≠ 258"
    )


def test_a_gom_list_naming_one_kind_of_a_split_is_partial():
    text = (
        "Toàn tỉnh đã tiếp 2.351 vụ việc, gồm: Tiếp thường xuyên: 1.765 lượt với 1.781 lượt "
        "người, 1.468 vụ việc."
    )
    finding = one(text, "partial_list")
    assert finding.severity == "warning"
    assert finding.arithmetic == "2.351 − 1.468 = 883 không được liệt kê"
    # "trong đó" lists a part; a noun that names no kind of a split says nothing.
    assert findings(text.replace("gồm", "trong đó"), "partial_list") == []
    assert findings("Lớp học có 50 học viên, gồm 20 học viên nữ.", "partial_list") == []


# --- outcomes of resolved cases -------------------------------------------------------------------
OUTCOMES = (
    "Các cơ quan đã giải quyết 188/211 vụ việc KN, còn với TC là 124/128 vụ việc.\n\n"
    "Xét theo kết luận, KN đúng có 5 vụ, KN sai 111 vụ, KN có đúng có sai 6 vụ; về tố cáo, TC "
    "đúng có 24 vụ, TC sai có 52 vụ, TC có đúng có sai 15 vụ và {baseless} vụ TC không có cơ sở."
)


def test_outcomes_cannot_pass_the_cases_of_their_kind_resolved():
    finding = one(OUTCOMES.format(baseless="39"), "parts_exceed_total")
    assert finding.severity == "warning"
    assert finding.arithmetic == "24 + 52 + 15 + 39 = 130 > 124 tố cáo đã giải quyết"
    assert findings(OUTCOMES.format(baseless="33"), "parts_exceed_total") == []


def test_outcomes_beside_a_resolved_count_of_no_kind():
    text = (
        "Đã giải quyết 48 vụ việc. Qua giải quyết: khiếu nại đúng 12 vụ, khiếu nại sai 30 vụ, "
        "khiếu nại đúng một phần 8 vụ."
    )
    assert one(text, "parts_exceed_total").arithmetic == (
        "12 + 30 + 8 = 50 > 48 vụ việc đã giải quyết"
    )


# --- shares of a base named in words ------------------------------------------------------------
def test_a_share_so_voi_so_ho_of_the_figure_given_for_that_base():
    text = (
        "Phường phát động phong trào và có 3.999 hộ đăng ký tham gia.\n\n"
        "Toàn phường có 3.853 hộ đạt danh hiệu gia đình văn hóa, đạt 96,91% so với số hộ đã "
        "đăng ký."
    )
    finding = one(text, "ratio_mismatch")
    assert finding.arithmetic == "3.853/3.999 = 96,349% ≠ 96,91%"
    assert "3.853/3.999 = 96,349% → 96,35%: khớp" in verified(text.replace("96,91", "96,35"))


def test_a_share_chiem_of_the_nearest_total_of_the_same_things():
    text = "Tổng số hộ là 3.105 hộ. Số hộ nghèo là 214 hộ, chiếm tỷ lệ 7,9%."
    assert one(text, "ratio_mismatch").arithmetic == "214/3.105 = 6,892% ≠ 7,9%"
    assert findings(text.replace("7,9%", "6,89%"), "ratio_mismatch") == []


def test_a_share_of_a_base_written_after_it_in_parentheses():
    text = "Toàn tỉnh có 1.200 hộ nghèo, chiếm 3,25% tổng số hộ dân cư (38.000 hộ)."
    assert one(text, "ratio_mismatch").arithmetic == "1.200/38.000 = 3,158% ≠ 3,25%"


def test_an_inferred_base_far_from_the_stated_rate_says_nothing():
    # 11,82% is of all the commune's households, which the text does not give.
    text = (
        "Tổng số hộ nghèo và cận nghèo là 17.435 hộ. Trong năm có 9.415 hộ nghèo, chiếm tỷ lệ "
        "11,82%."
    )
    assert findings(text, "ratio_mismatch") == []


def test_dat_after_a_count_is_not_a_share_of_an_earlier_total():
    text = (
        "Sau 2 năm, các cấp đã tổ chức tổng cộng 98 cuộc đối thoại. Trong đó, cấp huyện tổ "
        "chức 4 cuộc; các xã, thị trấn tổ chức 94 cuộc, đạt 100%."
    )
    assert findings(text, "ratio_mismatch") == []


# --- a headline's estimate ---------------------------------------------------------------------
def test_a_headline_estimate_taken_from_a_stated_rate_its_figures_do_not_give():
    text = (
        "Tỷ lệ hòa giải thành ở cơ sở đạt trên 73%\n\n"
        "Các tổ hòa giải đã thụ lý 12.896 vụ việc; trong đó hòa giải thành 9.201 vụ việc, đạt "
        "tỷ lệ {rate}."
    )
    finding = one(text.format(rate="73,5%"), "estimate_mismatch")
    assert finding.excerpt == "trên 73%"
    assert finding.severity == "warning"
    assert "9.201/12.896 = 71,348%: không hợp" in finding.arithmetic
    # A headline that its rate's own figures bear out says nothing.
    right = text.replace("9.201", "9.479").format(rate="73,5%")  # 9.479/12.896 = 73,503%
    assert findings(right, "estimate_mismatch") == []
    assert "9.479/12.896 = 73,503% → 73,5%: khớp" in verified(right)


def test_a_report_name_after_bao_cao_is_a_headline_too():
    text = (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n\nBÁO CÁO\n"
        "Tỷ lệ hòa giải thành đạt trên 73%\n\nCác tổ đã thụ lý 12.896 vụ việc; trong đó hòa "
        "giải thành 9.201 vụ việc, đạt tỷ lệ 73,5%."
    )
    assert one(text, "estimate_mismatch").excerpt == "trên 73%"


def test_nearly_a_rate_is_half_a_point_below_it_at_most():
    text = "Gần 97% hộ đạt gia đình văn hóa\n\nCó 3.853 hộ/3.999 hộ đạt danh hiệu, đạt {rate}."
    assert one(text.format(rate="96,91%"), "estimate_mismatch").excerpt == "Gần 97%"
    # 3.866/3.999 = 96,674%: within half a point below 97%, "nearly 97%" holds.
    right = text.replace("3.853", "3.866").format(rate="96,67%")
    assert findings(right, "estimate_mismatch") == findings(right, "ratio_mismatch") == []


# --- shares under a share, recommendations under findings ---------------------------------------
def test_shares_listed_under_a_share_add_up_to_no_more_than_it():
    text = (
        "Số được xếp loại hoàn thành nhiệm vụ chiếm 94,4% so với toàn bộ công chức; trong đó, "
        "xuất sắc chiếm 27,7%, hoàn thành tốt chiếm 66,6%, còn hạn chế chiếm 5,1%."
    )
    finding = one(text, "parts_exceed_total")
    assert finding.severity == "warning"
    assert finding.arithmetic == "27,7% + 66,6% + 5,1% = 99,4% > 94,4%"
    right = text.replace(", còn hạn chế chiếm 5,1%", "")
    assert findings(right, "parts_exceed_total") == []
    assert "27,7% + 66,6% = 94,3% ≈ 94,4%: khớp" in verified(right)


def test_recommendations_cannot_pass_the_violations_found_even_at_the_estimates_widest():
    text = (
        "Qua thanh tra, phát hiện hơn 5,5 tỷ đồng vi phạm; kiến nghị thu hồi 1,4 tỷ đồng và "
        "kiến nghị khắc phục hơn 4,6 tỷ đồng."
    )
    finding = one(text, "parts_exceed_total")
    assert finding.severity == "warning"
    assert finding.arithmetic == (
        "1,4 tỷ đồng + hơn 4,6 tỷ đồng ≥ 6 tỷ đồng > hơn 5,5 tỷ đồng (nhiều nhất 5,6 tỷ đồng) "
        "vi phạm phát hiện"
    )
    # "hơn 6,2 tỷ" may be up to 6,3 tỷ: 4,7 + 1,55 = 6,25 fits; 4,7 + 1,65 = 6,35 does not.
    fits = (
        "Phát hiện sai phạm về kinh tế hơn 6,2 tỷ đồng; kiến nghị thu hồi hơn 4,7 tỷ đồng, xử lý "
        "khác {other} tỷ đồng."
    )
    assert findings(fits.format(other="1,55"), "parts_exceed_total") == []
    assert len(findings(fits.format(other="1,65"), "parts_exceed_total")) == 1


@pytest.mark.parametrize(
    ("text", "arithmetic"),
    [
        (
            "Hòa giải thành 140 vụ, đạt 70,5% trên tổng số 200 vụ việc tiếp nhận.",
            "140/200 = 70,000% ≠ 70,5%",
        ),
        (
            "Đến nay có 85 thôn đạt danh hiệu thôn văn hóa trên tổng số 100 thôn, đạt 80%.",
            "85/100 = 85,000% ≠ 80%",
        ),
        (
            "Đã giải quyết 2.000 hồ sơ. Số hồ sơ đúng hạn là 1.950 hồ sơ, tỷ lệ đúng hạn đạt "
            "98,5%.",
            "1.950/2.000 = 97,500% ≠ 98,5%",
        ),
    ],
)
def test_a_rate_whose_base_is_named_after_it_or_by_its_role(text, arithmetic):
    assert one(text, "ratio_mismatch").arithmetic == arithmetic


def test_a_rate_named_for_another_thing_is_not_the_figures_share():
    text = "Đã giải quyết 2.000 hồ sơ. Số hồ sơ đúng hạn là 1.950 hồ sơ, tỷ lệ hài lòng đạt 98,5%."
    assert findings(text, "ratio_mismatch") == []


# --- readings that are doubtful say nothing (independent review, 04/12/2026) -------------------
@pytest.mark.parametrize(
    "text",
    [
        # A ratio's numerator is resolved out of its own denominator, not of the received.
        "Tiếp nhận 120 đơn, đã giải quyết 25/28 đơn thuộc thẩm quyền, đang giải quyết 3 đơn.",
        # A rate named for something narrower than the figure.
        "Tiếp nhận 2.000 hồ sơ, đã giải quyết 1.950 hồ sơ, tỷ lệ đã giải quyết trực tuyến đạt 60%.",
        "Tiếp nhận 2.000 hồ sơ, đang giải quyết 50 hồ sơ, tỷ lệ đang giải quyết quá hạn là 0,5%.",
        # The whole's own ratio is not one of the kinds that split it.
        "Tiếp nhận 40 đơn; đã giải quyết 38/40 đơn, đạt 95%. Về lĩnh vực: đất đai 30/40 đơn, các "
        "lĩnh vực khác 10/40 đơn.",
        # The base's words belong to the figure they follow, up to the punctuation.
        "Toàn xã có 4.200 hộ, trong đó đăng ký tham gia 3.999 hộ. Có 3.853 hộ đạt danh hiệu gia "
        "đình văn hóa, đạt 96,35% so với số hộ đã đăng ký.",
        # A rate that names another base.
        "Tổng số hộ được rà soát là 3.105 hộ. Số hộ nghèo là 214 hộ, chiếm tỷ lệ 7,2% tổng số hộ "
        "dân cư.",
        # Two units in one sentence.
        "Huyện A có tổng số hộ nghèo là 120 hộ, huyện B có tổng số hộ nghèo là 95 hộ.",
        # Counts in words are not counted to the dossier.
        "Tiếp nhận 4,52 ngàn hồ sơ, đã giải quyết 4,5 ngàn hồ sơ.\n\nĐang giải quyết 18 hồ sơ.",
        # Dossiers returned or cancelled leave the balance too.
        "Tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ.\n\nTrả lại, hủy 20 hồ sơ. Đang giải "
        "quyết 80 hồ sơ.",
        # Groups of a share that may overlap.
        "Hộ nghèo còn 2,5%, trong đó hộ bảo trợ xã hội 1,2%, hộ dân tộc thiểu số 1,8%.",
        # The rest of a «gồm» list is named.
        "Tiếp nhận 120 đơn, gồm: đơn khiếu nại 30 đơn, còn lại là đơn kiến nghị, phản ánh.",
    ],
)
def test_a_doubtful_reading_says_nothing(text):
    assert check_text(text).findings == []


def test_levels_that_do_not_add_up_to_a_total_are_a_warning():
    text = (
        "Tổng số hồ sơ tiếp nhận 12.000 hồ sơ, trong đó cấp tỉnh 5.000 hồ sơ, cấp huyện 4.000 "
        "hồ sơ, cấp xã 2.500 hồ sơ."
    )
    finding = one(text, "sum_mismatch")
    assert (finding.severity, finding.arithmetic) == (
        "warning",
        "5.000 + 4.000 + 2.500 = 11.500 ≠ 12.000",
    )


# --- shares of one base side by side -----------------------------------------------------------
SIBLINGS = (
    "Hội đồng công nhận tốt nghiệp cho 124 học viên. Trong số này có 25 học viên nhận bằng giỏi "
    "(chiếm 20,16%); 97 học viên nhận bằng khá (chiếm {second}); 2 học viên nhận bằng trung bình "
    "khá (chiếm 1,61%)."
)


def test_shares_side_by_side_are_of_the_base_most_of_them_fit():
    finding = one(SIBLINGS.format(second="76,23%"), "ratio_mismatch")
    assert finding.arithmetic == "97/124 = 78,226% ≠ 76,23%"
    right = verified(SIBLINGS.format(second="78,23%"))
    assert "25/124 = 20,161% → 20,16%: khớp" in right
    assert "97/124 = 78,226% → 78,23%: khớp" in right


def test_side_by_side_shares_of_no_stated_base_or_far_off_say_nothing():
    no_base = SIBLINGS.replace("cho 124 học viên", "cho các học viên").format(second="76,23%")
    assert findings(no_base, "ratio_mismatch") == []
    # 97/124 is 78%: a stated 7,6% is of another base, not a slip of this one.
    assert findings(SIBLINGS.format(second="7,6%"), "ratio_mismatch") == []


def test_parts_that_add_up_are_shown_as_checked_even_when_not_said_to_be_all():
    text = (
        "Toàn tỉnh có 8.663 hòa giải viên; trong đó 241 người có trình độ Luật và 8.422 người chưa."
    )
    assert "241 + 8.422 = 8.663: khớp" in verified(text.replace("người", "hòa giải viên"))


# --- a resolved count given by its rate ---------------------------------------------------------
_BY_RATE = (
    "Trung tâm đã tiếp nhận 28.817 hồ sơ. Số hồ sơ đã giải quyết là gần 27.000 hồ sơ, đạt "
    "93,5%; trong đó, trả trước thời hạn 22.357 hồ sơ, đạt 83%; trả đúng hạn 3.523 hồ sơ. "
    "Hiện còn 1.207 hồ sơ đang giải quyết; số hồ sơ trả quá hạn là 267 hồ sơ."
)


def test_a_resolved_count_known_by_its_rate_takes_part_in_the_identities():
    found = findings(_BY_RATE, "balance_mismatch")
    assert [f.arithmetic for f in found] == [
        "26.944 + 1.207 = 28.151 ≠ 28.817 (26.944 = 93,5% × 28.817, ±15)",
        "22.357 + 3.523 + 267 = 26.147 ≠ 26.944 (26.944 = 93,5% × 28.817, ±15)",
    ]
    # A share of the resolved is of the count the rate gives, not of the received.
    assert "22.357/26.944 = 82,976% → 83%: khớp" in verified(_BY_RATE)
    assert findings(_BY_RATE, "ratio_mismatch") == []


def test_a_resolved_count_known_by_its_rate_that_adds_up_is_shown_as_checked():
    right = _BY_RATE.replace("1.207", "1.873").replace("267", "1.064")
    assert findings(right, "balance_mismatch") == []
    checked = verified(right)
    assert "26.944 + 1.873 = 28.817 ≈ 28.817 (26.944 = 93,5% × 28.817, ±15): khớp" in checked
    assert (
        "22.357 + 3.523 + 1.064 = 26.944 ≈ 26.944 (26.944 = 93,5% × 28.817, ±15): khớp" in checked
    )


def test_a_rate_far_from_the_estimate_is_of_something_else():
    # 60% of 28.817 is 17.290, not «gần 27.000»: the rate is not of the received.
    text = _BY_RATE.replace("93,5%", "60%")
    assert findings(text, "balance_mismatch") == []


# --- shares of two bases side by side -----------------------------------------------------------
_TWO_BASES = (
    "Trên tổng số 79.677 hộ của toàn tỉnh có 17.435 hộ nghèo, chiếm tỷ lệ 21,88%.\n\n"
    "Hộ nghèo theo tiêu chí thu nhập có 16.594 hộ, chiếm tỷ lệ 20,82%; hộ nghèo thiếu hụt "
    "dịch vụ xã hội cơ bản có 841 hộ, chiếm 1,06%. Hộ nghèo là người dân tộc thiểu số có "
    "16.636 hộ, chiếm 95,42%; hộ thuộc diện bảo trợ xã hội có 1.125 hộ, chiếm 6,45%; hộ "
    "người có công có 394 hộ, chiếm 2,26%."
)


def test_shares_side_by_side_of_two_bases_are_each_checked_on_theirs():
    found = one(_TWO_BASES, "rounding")
    assert found.arithmetic == "16.594/79.677 = 20,827% → 20,83%; văn bản ghi 20,82%: cắt bớt"
    checked = verified(_TWO_BASES)
    assert "841/79.677 = 1,056% → 1,06%: khớp" in checked
    assert "16.636/17.435 = 95,417% → 95,42%: khớp" in checked


def test_a_lone_share_left_by_one_base_is_not_put_on_another():
    # One share the first base leaves, with no second share to agree on its base: the shares
    # side by side say nothing of it — but a rate of poor households with no base named is
    # the poverty rate, of all the households stated before (16.594/79.677), and the rates
    # far from that (95,42% of the poor) stay silent.
    text = _TWO_BASES.replace(
        "; hộ nghèo thiếu hụt dịch vụ xã hội cơ bản có 841 hộ, chiếm 1,06%", ""
    )
    assert findings(text, "ratio_mismatch") == []
    (found,) = findings(text, "rounding")
    assert found.arithmetic == "16.594/79.677 = 20,827% → 20,83%; văn bản ghi 20,82%: cắt bớt"


# --- outcome rates of the cases resolved --------------------------------------------------------
_RATES = (
    "Toàn tỉnh đã giải quyết 40/67 đơn khiếu nại, tố cáo. Về khiếu nại đã giải quyết 21/38 "
    "đơn, về tố cáo đã giải quyết 19/29 đơn. Đối với khiếu nại, có 18,2% đơn khiếu nại đúng, "
    "54,5% đơn khiếu nại sai và 27,3% đơn khiếu nại có đúng, có sai; về tố cáo, tỷ lệ đơn "
    "đúng là 10,5%, đơn sai là 63,2% và đơn có đúng, có sai là 26,3%."
)


def test_outcome_rates_are_whole_cases_of_those_resolved():
    found = one(_RATES, "rate_without_count")
    assert found.excerpt == "18,2%"
    assert found.message == (
        "Không có số nguyên nào chia cho 21 khiếu nại đã giải quyết ra 18,2%, 54,5%, 27,3%."
    )
    assert found.arithmetic.startswith(
        "3/21 = 14,29%, 4/21 = 19,05%, 5/21 = 23,81%: không có k/21 nào ra 18,2%; "
    )
    # The denunciations' rates are 2, 12 and 5 of the 19 resolved.
    checked = verified(_RATES)
    assert "2/19 = 10,526% → 10,5%: khớp" in checked
    assert "12/19 = 63,158% → 63,2%: khớp" in checked


def test_outcome_rates_that_fit_their_resolved_cases_say_nothing():
    right = (
        _RATES.replace("21/38", "22/38")
        .replace("19/29", "18/29")
        .replace("10,5%", "11,1%")
        .replace("63,2%", "61,1%")
        .replace("26,3%", "27,8%")
    )
    assert findings(right, "rate_without_count") == []
    assert "4/22 = 18,182% → 18,2%: khớp" in verified(right)


def test_rates_that_do_not_share_out_the_resolved_are_not_read_so():
    # 18,2% and 54,5% alone do not add up to the whole: rates of something else.
    text = _RATES.replace(" và 27,3% đơn khiếu nại có đúng, có sai", "")
    assert findings(text, "rate_without_count") == []


# --- cases received, split by kind in the next sentence; resolved in the next paragraph ---------
_CASES = (
    "Các cơ quan đã tiếp nhận 6.551 đơn thư, ứng với 4.676 vụ việc. Phân theo loại, kiến nghị, "
    "phản ánh là 4.253 vụ việc; khiếu nại có 403 vụ việc; tố cáo có 21 vụ việc.\n\n"
    "Các cơ quan đã giải quyết xong 4.139 vụ việc, đạt 88,51%; số vụ việc đang tiếp tục được "
    "xem xét, giải quyết là 538 vụ việc. Trong số đã giải quyết xong có 21 vụ việc TC (đạt "
    "100%) và 278 vụ việc KN (đạt 52,35%).\n\n"
    "Tỉnh đã giải quyết xong 47/51 vụ việc phức tạp; 4 vụ việc còn lại đang được rà soát."
)


def test_a_sentence_split_by_kind_splits_the_quantity_before():
    assert one(_CASES, "sum_mismatch").arithmetic == "4.253 + 403 + 21 = 4.677 ≠ 4.676"
    right = _CASES.replace("4.253", "4.252")
    assert findings(right, "sum_mismatch") == []
    # Two quantities of the same things before: which one is split is a guess.
    two = _CASES.replace("6.551 đơn thư", "6.551 vụ việc")
    assert findings(two, "sum_mismatch") == []


def test_cases_counted_from_petitions_take_their_role():
    # «ứng với 4.676 vụ việc»: the received, counted in cases; the resolved and pending are
    # in the next paragraph; «47/51 … 4 còn lại» is the ratio's own rest.
    found = one(_CASES, "pending_mismatch")
    assert found.arithmetic == "Toàn đơn vị: 4.676 − 4.139 = 537 ≠ 538 đang giải quyết"
    right = _CASES.replace("538", "537").replace("4.253", "4.252")
    assert findings(right, "pending_mismatch") == []
    assert "Toàn đơn vị: 4.676 − 4.139 = 537: khớp" in verified(right)


def test_a_rate_of_the_whole_stated_a_paragraph_before():
    found = one(_CASES, "rounding")
    assert found.arithmetic == "4.139/4.676 = 88,516% → 88,52%; văn bản ghi 88,51%: cắt bớt"
    assert findings(_CASES.replace("88,51%", "88,52%"), "rounding") == []


def test_the_rate_of_one_kind_resolved_is_of_that_kind_received():
    found = one(_CASES, "ratio_mismatch")
    assert found.arithmetic == "278/403 = 68,983% ≠ 52,35%"
    assert "21/21 = 100,000% → 100%: khớp" in verified(_CASES)
    right = _CASES.replace("52,35%", "68,98%")
    assert findings(right, "ratio_mismatch") == []
    # Far from 278/403: a rate of another base (the cases within the office's authority).
    assert findings(_CASES.replace("52,35%", "30,5%"), "ratio_mismatch") == []


# --- a title's figure, a figure «nêu trên» ------------------------------------------------------
_TITLE = (
    "Kon Tum: triển khai 100 cuộc thanh tra, kiểm tra\n\n"
    "Năm 2021, các cơ quan thanh tra đã triển khai 110 cuộc thanh tra, kiểm tra. Đối với thanh "
    "tra hành chính, đã triển khai 45 cuộc thanh tra."
)


def test_a_title_figure_is_the_one_the_body_states_with_its_verb_and_noun():
    found = one(_TITLE, "inconsistent_repeat")
    assert (found.excerpt, found.arithmetic) == ("110", "tiêu đề 100 ≠ thân bài 110")
    right = _TITLE.replace("110", "100")
    assert findings(right, "inconsistent_repeat") == []
    assert "tiêu đề và thân bài cùng nêu 100: khớp" in verified(right)


def test_a_part_of_the_title_figure_is_not_a_repeat():
    # «Đối với thanh tra hành chính, … 45 cuộc»: one field of the whole, not the whole.
    text = _TITLE.replace(
        "Năm 2021, các cơ quan thanh tra đã triển khai 110 cuộc thanh tra, kiểm tra. ", ""
    )
    assert findings(text, "inconsistent_repeat") == []


def test_a_figure_said_to_be_stated_before_is_the_one_stated():
    text = (
        "Theo kết quả rà soát cuối năm, toàn tỉnh có 1.238 hộ nghèo. Để hỗ trợ 1.283 hộ nghèo "
        "nêu trên, tỉnh đã huy động hơn 20 tỷ đồng."
    )
    found = one(text, "inconsistent_repeat")
    assert found.arithmetic == "1.238 ≠ 1.283 (hộ nghèo nêu trên)"
    right = text.replace("1.283", "1.238")
    assert findings(right, "inconsistent_repeat") == []
    assert "1.238 hộ nghèo nêu trên: khớp" in verified(right)


def test_a_rate_reached_of_a_plan_is_not_a_share_of_the_households():
    text = (
        "Xã có 2.815 hộ với 11.240 nhân khẩu; năm 2023 có 2.604 hộ được công nhận danh hiệu gia "
        "đình văn hóa, đạt 94,5% kế hoạch."
    )
    assert findings(text, "ratio_mismatch") == []
    # Without the unit's households stated as such, «đạt» says nothing of a base.
    other = text.replace("Xã có 2.815 hộ với", "Đã rà soát 2.815 hộ với").replace(" kế hoạch", "")
    assert findings(other, "ratio_mismatch") == []


def test_dossiers_carried_over_in_the_sentence_before_join_the_balance():
    text = (
        "Số hồ sơ tồn từ năm 2022 chuyển sang là 84 hồ sơ. Năm 2023, Bộ phận Một cửa huyện "
        "tiếp nhận 3.615 hồ sơ, đã giải quyết 3.590 hồ sơ, đang giải quyết 119 hồ sơ."
    )
    found = one(text, "balance_mismatch")
    assert found.arithmetic == "3.590 + 119 = 3.709 ≠ 84 + 3.615 = 3.699"
    right = text.replace("119", "109")
    assert findings(right, "balance_mismatch") == []
    assert "3.590 + 109 = 3.699 = 84 + 3.615 = 3.699: khớp" in verified(right)


def test_a_change_amount_before_the_rate_is_not_the_new_figure():
    text = (
        "Số vụ việc khiếu nại đã giải quyết năm 2023 là 86 vụ việc, giảm 23 vụ việc, giảm 24,1% "
        "so với năm 2022 (109 vụ việc)."
    )
    assert one(text, "change_mismatch").arithmetic == "(109 − 86)/109 = 21,101% ≠ 24,1%"
    assert findings(text.replace("24,1%", "21,1%"), "change_mismatch") == []
