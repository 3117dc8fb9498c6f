"""Each rule fires on its defect, with the exact span and the corrected value, and stays
silent on the correct text next to it (rounding, truncation, approximations)."""

import pytest

from danvan.checker.engine import check_text
from danvan.checker.rules import RULES


def findings(text, rule):
    assert rule in RULES
    return [f for f in check_text(text).findings if f.rule == rule]


def one(text, rule):
    found = findings(text, rule)
    assert len(found) == 1, [(f.rule, f.excerpt) for f in check_text(text).findings]
    finding = found[0]
    assert text[finding.start : finding.end] == finding.excerpt
    return finding


# --- ratio_mismatch ---------------------------------------------------------------------------
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


# --- totals and parts -------------------------------------------------------------------------
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


# --- balance_mismatch -------------------------------------------------------------------------
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


# --- inconsistent_repeat ----------------------------------------------------------------------
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


# --- dates ------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Họp ngày 31/4/2024.", "tháng 4 chỉ có 30 ngày"),
        ("Họp ngày 29/02/2023.", "năm 2023 không phải năm nhuận"),
        ("Họp ngày 31 tháng 6 năm 2024.", "tháng 6 chỉ có 30 ngày"),
        ("Họp ngày 15/13/2024.", "tháng chỉ từ 1 đến 12"),
    ],
)
def test_invalid_dates(text, reason):
    assert reason in one(text, "invalid_date").message


def test_leap_day_of_a_leap_year_is_fine():
    assert findings("Họp ngày 29/02/2024.", "invalid_date") == []


REPORT = """SỞ THỬ

Gia Lai, ngày 10 tháng 12 năm 2024

BÁO CÁO

Thực hiện Văn bản số 1234/SNV-XDCQ ngày {answered} của Sở Nội vụ, Sở báo cáo:

PHỤ LỤC
(Kèm theo Báo cáo số 12/BC-STH ngày {appendix} của Sở Thử)
"""


def test_report_dated_before_what_it_answers():
    text = REPORT.format(answered="15/12/2024", appendix="10/12/2024")
    finding = one(text, "date_order")
    assert finding.excerpt == "Văn bản số 1234/SNV-XDCQ ngày 15/12/2024"


def test_appendix_dated_differently_from_its_report():
    text = REPORT.format(answered="01/12/2024", appendix="11/12/2024")
    finding = one(text, "date_order")
    assert (finding.stated, finding.expected) == ("11/12/2024", "10/12/2024")


def test_dates_in_order_say_nothing():
    assert findings(REPORT.format(answered="01/12/2024", appendix="10/12/2024"), "date_order") == []


PLAN = (
    "BAN THỬ\n\nGia Lai, ngày {day} tháng 3 năm 2024\n\nKẾ HOẠCH\n\n"
    "Báo cáo trước ngày {deadline}.\n"
)


@pytest.mark.parametrize(
    ("day", "deadline", "fires"),
    [
        ("15", "10/02/2024", True),
        ("15", "28/02", True),
        ("", "10/02/2024", True),
        ("15", "10/5/2024", False),
        ("", "20/3/2024", False),
    ],
)
def test_plan_deadline_before_its_own_date(day, deadline, fires):
    assert bool(findings(PLAN.format(day=day, deadline=deadline), "date_order")) is fires


# --- numbering --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("lines", "stated", "expected"),
    [
        (["I. A", "II. B", "III. C", "V. D"], "V.", "IV."),
        (["1. A", "2. B", "4. C"], "4.", "3."),
        (["1. A", "2. B", "3. C", "3. D"], "3.", "4."),
        (["a) A", "b) B", "c) C", "d) D", "d) E"], "d)", "đ)"),
        (["a) A", "b) B", "d) D"], "d)", "c)"),
    ],
)
def test_numbering_skips_and_repeats(lines, stated, expected):
    finding = one("\n".join(lines), "numbering")
    assert (finding.stated, finding.expected) == (stated, expected)


def test_vietnamese_letters_and_restarts_are_fine():
    text = "I. A\n1. x\n2. y\na) p\nb) q\nc) r\nd) s\nđ) t\ne) u\nII. B\n1. z\nPHỤ LỤC\n1. m\n2. n"
    assert findings(text, "numbering") == []


# --- citation_format --------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "reason", "expected"),
    [
        (
            "Nghị định số 04/NĐ-CP ngày 04/2015/NĐ-CP của Chính phủ.",
            "phải có năm ban hành",
            "Nghị định số 04/2015/NĐ-CP",
        ),
        ("Nghị định số 30/2020/NĐ-CP ngày 05/3/2021 của Chính phủ.", "khác năm ban hành", None),
        ("Thông tư số 01/2020/NĐ-CP ngày 14/5/2020.", "không phải của thông tư", None),
        ("Quyết định số 602/QĐUBND ngày 17/9/2021.", "thiếu dấu gạch nối", "602/QĐ-UBND"),
        ("Luật Tiếp công dân số 42/2013/QH13 ngày 25/11/2014.", "khác năm ban hành", None),
    ],
)
def test_malformed_citations(text, reason, expected):
    finding = one(text, "citation_format")
    assert reason in finding.message
    assert finding.expected == expected


def test_missing_hyphen_alone_is_only_a_warning():
    assert one("Quyết định số 602/QĐUBND.", "citation_format").severity == "warning"


@pytest.mark.parametrize(
    "text",
    [
        "Nghị định số 04/2015/NĐ-CP ngày 09/01/2015 của Chính phủ.",
        "Chỉ thị số 16/CT-TTg ngày 16/5/2016; Kết luận số 120-KL/TW ngày 07/01/2016.",
        "Văn bản số 1995/SNV-XDCQ&CTTN ngày 29/10/2021; Công văn số 869/UBND-NC.",
        "Quy định số 11-QĐi/TW; Chương trình phối hợp số 03-CTr/BDVTUBCSĐ ngày 24/01/2022.",
        "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15; Báo cáo số /BC-BQL.",
    ],
)
def test_well_formed_citations_say_nothing(text):
    assert findings(text, "citation_format") == []


# --- silence where a reader would not call it wrong --------------------------------------------
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


def test_overdue_among_pending_is_not_late_among_resolved():
    text = (
        "Đang giải quyết 60 hồ sơ, trong đó quá hạn 3 hồ sơ; đã giải quyết 464 hồ sơ, trong đó "
        "trước hạn 400 hồ sơ, đúng hạn 60 hồ sơ, trễ hạn 4 hồ sơ."
    )
    assert findings(text, "balance_mismatch") == []


def test_a_list_restarting_at_one_is_not_a_numbering_error():
    text = "I. A\n1. x\n2. y\nCác lớp:\n1. p\n2. q\nBiểu số 01\n1. m\nII. B\na) u\nb) v\n"
    text += "Ghi chú:\na) w"
    assert findings(text, "numbering") == []


def test_trong_do_after_a_sentence_of_several_figures_has_no_known_total():
    text = (
        "Đã giải quyết 2.100 hồ sơ, đang giải quyết 40 hồ sơ. Trong đó trước hạn 1.500 hồ sơ, "
        "đúng hạn 580 hồ sơ, trễ hạn 20 hồ sơ."
    )
    assert [f for f in check_text(text).findings if f.rule == "part_exceeds_total"] == []


def test_trong_do_after_a_sentence_of_one_figure_splits_it():
    text = "Tổ chức 12 cuộc hội nghị. Trong đó tổ chức riêng 7 cuộc, lồng ghép 4 cuộc."
    assert one(text, "sum_mismatch").expected == "11"


def test_the_same_ratio_restated_with_another_numerator():
    text = "Đã giải quyết 25/28 đơn thuộc thẩm quyền. Cuối quý, đã giải quyết 26/28 đơn."
    finding = one(text, "inconsistent_repeat")
    assert (finding.excerpt, finding.stated, finding.expected) == ("26/28", "26", "25")


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


@pytest.mark.parametrize(
    ("lines", "stated"),
    [
        (["I. A", "II. B", "III. C", "VI. D", "V. E"], ["VI."]),  # one slip, one finding
        (["1. A", "2. B", "4. C", "4. D", "5. E"], ["4."]),
        (["1. A", "2. B", "4. C", "5. D"], ["4."]),  # a missing item: the rest follows it
    ],
)
def test_one_slip_gives_one_finding(lines, stated):
    assert [f.stated for f in findings("\n".join(lines), "numbering")] == stated
