"""ratio_mismatch, sum_mismatch, part_exceeds_total, percent_over_100: each fires on its
defect with the corrected value, and stays silent on correct or uncertain text."""

import pytest

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one, verified


def test_ratio_mismatch_says_the_right_percentage():
    finding = one("Tỷ lệ hồ sơ đúng hạn: 315/372 là 84,2%.", "ratio_mismatch")
    assert finding.message == "315/372 là 84,68%, không phải 84,2%."
    assert (finding.stated, finding.expected) == ("84,2%", "84,68%")
    assert finding.excerpt == "315/372 là 84,2%"
    assert finding.severity == "error"


@pytest.mark.parametrize(
    "text",
    [
        "Trực tuyến 285/524 hồ sơ, đạt 54,38%.",  # truncated last digit (54,389)
        "Trực tuyến 285/524 hồ sơ, đạt 54,39%.",  # rounded
        "Dịch vụ công: 45/67 đạt 67,2%.",
        "Đảng viên tham dự 159/171 (93%).",
        "Cơ quan tổ chức hội nghị: 02/02, đạt tỷ lệ: 100%.",
        "Hoàn thành 2/3 (66,6%).",
        "Khoảng 45/50 doanh nghiệp (gần 95%) ký cam kết.",  # approximate: never checked
    ],
)
def test_ratio_within_the_last_digit_is_fine(text):
    assert findings(text, "ratio_mismatch") == []


@pytest.mark.parametrize(
    ("text", "excerpt"),
    [
        ("Hài lòng đạt 97,5% (390/412 phiếu).", "97,5% (390/412"),
        ("Tiếp nhận 1.240 hồ sơ, trong đó 856 hồ sơ trực tuyến (chiếm 70,2%).", "856 hồ sơ"),
    ],
)
def test_ratio_mismatch_other_phrasings(text, excerpt):
    assert excerpt in one(text, "ratio_mismatch").excerpt


def test_sum_mismatch_of_an_exhaustive_list():
    finding = one("Ban hành 25 văn bản, gồm: 10 kế hoạch, 8 công văn và 5 báo cáo.", "sum_mismatch")
    assert (finding.stated, finding.expected) == ("25", "23")


def test_sum_mismatch_in_a_bulleted_list():
    text = (
        "Tổng số đơn: 46 đơn, trong đó:\n- Đơn khiếu nại: 12 đơn;\n- Đơn tố cáo: 5 đơn;\n"
        "- Đơn kiến nghị, phản ánh: 27 đơn."
    )
    assert one(text, "sum_mismatch").expected == "44"


@pytest.mark.parametrize(
    "text",
    [
        # "trong đó" listing only some parts: not exhaustive, nothing to add up
        "Tiếp nhận 524 hồ sơ, trong đó 285 hồ sơ trực tuyến, 40 hồ sơ có phiếu xin lỗi.",
        "Tổ chức 02 cuộc, trong đó tổ chức riêng 01 cuộc, lồng ghép 01 cuộc.",
        "Tiếp 120 lượt công dân, gồm 70 lượt định kỳ và 60 người.",  # other unit: not a part
        "Có hơn 50 hội nghị, gồm 20 hội nghị riêng và 10 hội nghị lồng ghép.",
    ],
)
def test_sum_is_not_checked_without_an_exact_exhaustive_split(text):
    assert findings(text, "sum_mismatch") == []


def test_part_larger_than_its_total():
    finding = one("Tiếp nhận 30 đơn, trong đó 45 đơn khiếu nại.", "part_exceeds_total")
    assert (finding.stated, finding.expected) == ("45", "30")


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Tỷ lệ hồ sơ đúng hạn đạt 102,5%.", True),
        ("Hồ sơ trực tuyến chiếm 115% tổng số.", True),
        ("Thu ngân sách đạt 105% dự toán, tăng 120% so với cùng kỳ.", False),
        ("Giải ngân đạt 112% kế hoạch.", False),
        ("Tỷ lệ hài lòng hơn 100,5%.", False),
    ],
)
def test_percent_over_100_only_for_shares(text, fires):
    assert bool(findings(text, "percent_over_100")) is fires


@pytest.mark.parametrize(
    "text",
    [
        "Đã giải quyết 20/22 đơn, tỷ lệ hài lòng 95%.",  # another share
        "Đã giải quyết 18/20 kiến nghị, có 95% ý kiến được trả lời bằng văn bản.",
        "Năm học 2024/2025 đạt 98% học sinh lên lớp.",  # a year range, not a ratio
    ],
)
def test_a_percentage_of_something_else_is_not_checked_against_a_ratio(text):
    assert findings(text, "ratio_mismatch") == []


@pytest.mark.parametrize(
    "text",
    [
        # only two of the three channels: postal dossiers may be left out
        "Tiếp nhận 524 hồ sơ, trong đó trực tuyến 285 hồ sơ, trực tiếp 230 hồ sơ.",
        # money is not a part of a count of households
        "Hỗ trợ 50 hộ gia đình, gồm 200 triệu đồng tiền mặt và quà tặng.",
    ],
)
def test_no_sum_without_a_full_split_of_the_same_kind(text):
    found = check_text(text).findings
    assert [f for f in found if f.rule in ("sum_mismatch", "part_exceeds_total")] == []


def test_all_three_channels_make_a_full_split():
    text = "Tiếp nhận 524 hồ sơ, trong đó trực tuyến 285, trực tiếp 230, bưu chính 8 hồ sơ."
    assert one(text, "sum_mismatch").expected == "523"


def test_trong_do_after_a_sentence_of_several_figures_has_no_known_total():
    text = (
        "Đã giải quyết 2.100 hồ sơ, đang giải quyết 40 hồ sơ. Trong đó trước hạn 1.500 hồ sơ, "
        "đúng hạn 580 hồ sơ, trễ hạn 20 hồ sơ."
    )
    assert [f for f in check_text(text).findings if f.rule == "part_exceeds_total"] == []


def test_trong_do_after_a_sentence_of_one_figure_splits_it():
    text = "Tổ chức 12 cuộc hội nghị. Trong đó tổ chức riêng 7 cuộc, lồng ghép 4 cuộc."
    assert one(text, "sum_mismatch").expected == "11"


@pytest.mark.parametrize(
    ("text", "fires"),
    [
        ("Trong 120 hồ sơ thuộc lĩnh vực thi đua, có 96 hồ sơ nộp trực tuyến, chiếm 82%.", True),
        ("Trong 120 hồ sơ thuộc lĩnh vực thi đua, có 96 hồ sơ nộp trực tuyến, chiếm 80%.", False),
        ("Có 165 doanh nghiệp ký cam kết; 144 doanh nghiệp (tỷ lệ 94,1%) xét nghiệm.", False),
    ],
)
def test_share_of_a_whole_introduced_by_trong(text, fires):
    assert bool(findings(text, "ratio_mismatch")) is fires


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Tập huấn 3 đợt: đợt 1 có 120 người, đợt 2 có 95 người, đợt 3 có 110 người, tổng cộng "
            "335 người.",
            "325",
        ),
        ("Tập huấn 3 đợt: đợt 1 có 120 người, đợt 2 có 95 người, tổng cộng 215 người.", None),
        ("Phường có 12 tổ dân phố, 4 khu phố, tổng số 9.842 người.", None),
    ],
)
def test_parts_then_their_total(text, expected):
    found = findings(text, "sum_mismatch")
    assert [f.expected for f in found] == ([expected] if expected else [])


def test_a_table_row_links_its_ratio_and_percentage_cells():
    text = "Chỉ tiêu\tTỷ lệ\tPhần trăm\nDịch vụ công trực tuyến\t45/67\t65,2%\n"
    text += "Hội nghị CBCCVC\t2/2\t100%"
    (finding,) = findings(text, "ratio_mismatch")
    assert (finding.excerpt, finding.expected) == ("45/67\t65,2%", "67,16%")


# --- the seventh round's readings (07/12/2026) ----------------------------------------------------
def test_a_sum_of_money_reads_in_the_unit_the_report_writes():
    text = (
        "Tổng vốn huy động đạt 791,322 tỷ đồng, trong đó: ngân sách trung ương 28,830 tỷ đồng, "
        "chiếm 3,64%; ngân sách tỉnh 2,911 tỷ đồng, chiếm 14,27%; ngân sách huyện 31,741 tỷ "
        "đồng, chiếm 4,01%; các nguồn khác 617,84 tỷ đồng, chiếm 78,08%."
    )
    total = one(text, "sum_mismatch")
    assert total.arithmetic == "28,83 + 2,911 + 31,741 + 617,84 = 681,322 ≠ 791,322 tỷ đồng"
    assert total.message == (
        "Các thành phần cộng lại là 681,322 tỷ đồng, không phải 791,322 tỷ đồng như tổng đã nêu."
    )
    share = one(text, "ratio_mismatch")
    assert share.arithmetic == "2,911/791,322 tỷ đồng = 0,368% ≠ 14,27%"
    assert share.message == "2,911/791,322 tỷ đồng là 0,37%, không phải 14,27%."


def test_the_items_of_a_semicolon_list_may_carry_their_shares():
    text = (
        "Tổng vốn huy động đạt 791,322 tỷ đồng, trong đó: ngân sách trung ương 28,830 tỷ đồng, "
        "chiếm 3,64%; ngân sách tỉnh 112,911 tỷ đồng, chiếm 14,27%; các nguồn khác 649,581 tỷ "
        "đồng, chiếm 82,09%."
    )
    assert check_text(text).findings == []
    assert len(verified(text)) >= 4  # the sum and each share


def test_a_percentage_typed_with_a_decimal_point():
    text = (
        "Năm 2018, Trung tâm đã tiếp nhận 134 hồ sơ của Sở. Trong đó có 121 hồ sơ trả kết quả "
        "đúng hạn và trước hạn, chiếm tỷ lệ 96.8%."
    )
    assert one(text, "ratio_mismatch").arithmetic == "121/134 = 90,299% ≠ 96,8%"
    assert check_text(text.replace("96.8%", "90.3%")).findings == []


def test_a_rate_after_a_parenthesis_is_of_the_figure_outside_it():
    text = (
        "Bộ phận Một cửa tiếp nhận 15.868 hồ sơ, giải quyết trước hạn, đúng hạn 15.539 hồ sơ "
        "(trong số này có 370 hồ sơ đang giải quyết trong hạn và 9 hồ sơ đang giải quyết quá "
        "hạn), đạt tỷ lệ 97,93%."
    )
    assert [f.rule for f in check_text(text).findings] == []


def test_dossiers_on_time_may_be_a_share_of_those_due():
    text = (
        "Trung tâm tiếp nhận tổng cộng 29.807 hồ sơ; số hồ sơ đến hạn giải quyết là 26.060; số "
        "hồ sơ đã có kết quả đúng và trước hạn là 24.901, đạt 95,55%."
    )
    assert check_text(text).findings == []
    assert "24.901/26.060 = 95,553% → 95,55%: khớp" in verified(text)


def test_a_level_list_as_reports_name_the_offices():
    text = (
        "Các cơ quan đã tiếp 312 lượt công dân, trong đó Trụ sở Tiếp công dân tỉnh tiếp 64 lượt; "
        "các huyện, thành phố tiếp 171 lượt; các xã, phường, thị trấn tiếp 177 lượt."
    )
    assert one(text, "sum_mismatch").arithmetic == "64 + 171 + 177 = 412 ≠ 312"
    assert check_text(text.replace("312", "412")).findings == []


def test_a_day_of_the_year_in_parentheses_is_not_a_ratio():
    text = "Nhân Ngày Pháp luật Việt Nam (09/11), 100% cơ quan, đơn vị đã tổ chức hưởng ứng."
    assert check_text(text).findings == []
    # while a ratio written alike stays one
    assert one("Có 09/11 xã, đạt 100%.", "ratio_mismatch").arithmetic == "9/11 = 81,818% ≠ 100%"


def test_a_share_that_fits_once_one_keystroke_is_undone():
    text = (
        "Trong quý III năm 2024, Ban Tiếp công dân huyện tiếp nhận 2.663 đơn thư các loại. Qua "
        "phân loại, có 187 đơn đủ điều kiện xử lý, chiếm 71,1%."
    )
    finding = one(text, "share_typo")
    assert finding.severity == "warning"
    assert finding.message == ("187/2.663 là 7,02%, không phải 71,1%; 71,1% khớp nếu 2.663 là 263.")
    # far from its figure with no keystroke to explain it: a share of something else
    assert check_text(text.replace("71,1%", "55,3%")).findings == []


def test_the_decimal_comma_moved_in_one_of_two_shares():
    text = (
        "Trong quý, toàn tỉnh tiếp 159 lượt công dân. Về nội dung, phần lớn liên quan tới đất "
        "đai (124 lượt, chiếm 78%); tiếp đến là chế độ, chính sách (25 lượt, chiếm 1,6%)."
    )
    assert one(text, "ratio_mismatch").arithmetic == "25/159 = 15,723% ≠ 1,6%"
    assert check_text(text.replace("1,6%", "15,7%")).findings == []


def test_sums_of_money_handled_in_ways_within_what_was_handled():
    text = (
        "Tổng số đã xử lý về kinh tế là 11.062,78 triệu đồng cùng 47.545,6 m2 đất. Trong đó, "
        "thu hồi vào ngân sách 6.375,11 triệu đồng, xử phạt vi phạm hành chính 3.980,16 triệu "
        "đồng, giảm trừ quyết toán 808,19 triệu đồng."
    )
    finding = one(text, "parts_exceed_total")
    assert finding.severity == "warning"
    assert finding.arithmetic == "6.375,11 + 3.980,16 + 808,19 = 11.163,46 > 11.062,78 triệu đồng"
    assert check_text(text.replace("808,19", "707,51")).findings == []


def test_a_list_opened_by_cu_the_without_a_colon_is_only_doubtful():
    text = (
        "Toàn tỉnh có 1.250 mô hình dân vận khéo. Cụ thể, lĩnh vực kinh tế 517 mô hình; lĩnh vực "
        "văn hóa – xã hội 320 mô hình; lĩnh vực quốc phòng – an ninh 113 mô hình."
    )
    finding = one(text, "sum_mismatch")
    assert (finding.severity, finding.arithmetic) == ("warning", "517 + 320 + 113 = 950 ≠ 1.250")
    assert one(text.replace("Cụ thể,", "Cụ thể:"), "sum_mismatch").severity == "error"
