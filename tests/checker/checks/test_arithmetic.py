"""ratio_mismatch, sum_mismatch, part_exceeds_total, percent_over_100: each fires on its
defect with the corrected value, and stays silent on correct or uncertain text."""

import pytest

from danvan.checker.engine import check_text
from tests.checker.checks.helpers import findings, one


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
