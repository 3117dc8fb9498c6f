"""Figure extraction: every example of the issue, with its noun and approximations."""

from decimal import Decimal

import pytest

from danvan.checker.figures import extract


def only(text, kind=None):
    figures = [f for f in extract(text).figures if kind is None or f.kind == kind]
    assert len(figures) == 1, [(f.kind, f.text) for f in figures]
    return figures[0]


@pytest.mark.parametrize(
    ("text", "kind", "value", "noun"),
    [
        ("Có 50.003 người tham gia.", "count", Decimal(50003), "người"),
        ("Thành lập 03 tổ công tác.", "count", Decimal(3), "tổ công tác"),
        ("Còn 02 đơn tồn đọng.", "count", Decimal(2), "đơn tồn đọng"),
        ("Tỷ lệ đạt 84,2% kế hoạch.", "percent", Decimal("84.2"), ""),
        ("Tỷ lệ hài lòng 99,8 %.", "percent", Decimal("99.8"), ""),
        ("Thu nhập 60.000.000 đồng.", "money", Decimal(60000000), ""),
        ("Kinh phí 350 triệu đồng.", "money", Decimal(350000000), ""),
        ("Tiếp 156 lượt công dân.", "count", Decimal(156), "lượt công dân"),
        ("Nhận 12 đơn khiếu nại của công dân.", "count", Decimal(12), "đơn khiếu nại"),
    ],
)
def test_numbers_as_vietnamese_write_them(text, kind, value, noun):
    figure = only(text)
    assert (figure.kind, figure.value, figure.approximate) == (kind, value, False)
    if noun:
        assert figure.noun.startswith(noun)


@pytest.mark.parametrize("word", ["hơn", "trên", "khoảng", "gần", "ước khoảng", "xấp xỉ"])
def test_approximate_figures_are_marked(word):
    figure = only(f"Có {word} 5.316 người tham gia.")
    assert figure.value == 5316 and figure.approximate


@pytest.mark.parametrize(
    ("text", "numerator", "denominator", "noun"),
    [
        ("Đã giải quyết 315/372 hồ sơ.", 315, 372, "hồ sơ"),
        ("Có 15/15 đơn được giải quyết.", 15, 15, "đơn"),
        ("Đạt 45 trên tổng số 67 thủ tục.", 45, 67, ""),
    ],
)
def test_ratios(text, numerator, denominator, noun):
    figure = only(text, "ratio")
    assert (figure.numerator, figure.denominator) == (numerator, denominator)
    if noun:
        assert figure.noun == noun


def test_ratio_with_its_percentage():
    figures = extract("Dịch vụ công trực tuyến: 45/67 đạt 67,2%.").figures
    assert [(f.kind, f.text) for f in figures] == [("ratio", "45/67"), ("percent", "67,2%")]


@pytest.mark.parametrize(
    ("text", "day", "month", "year"),
    [
        ("Họp ngày 07/6/2021 tại hội trường.", 7, 6, 2021),
        ("Họp ngày 7 tháng 6 năm 2021 tại hội trường.", 7, 6, 2021),
        ("Gia Lai, tháng 01 năm 2023", None, 1, 2023),
        ("Báo cáo trước ngày 10/5 hằng năm.", 10, 5, None),
    ],
)
def test_dates(text, day, month, year):
    figure = only(text, "date")
    assert (figure.day, figure.month, figure.year) == (day, month, year)


def test_identifiers_are_not_figures():
    text = (
        "Căn cứ Điều 6 Nghị định số 04/2015/NĐ-CP, Kết luận số 120-KL/TW, ISO 9001:2015, "
        "Covid-19, lần thứ 2, mức độ 3, 4; nhiệm kỳ 2020-2025, năm 2021.\n1. Nội dung thứ nhất"
    )
    assert extract(text).figures == []


def test_each_figure_knows_its_sentence():
    ex = extract("Câu đầu có 5 người. Câu sau có 7 người.")
    second = ex.figures[1]
    assert ex.sentence_text(second) == "Câu sau có 7 người."


def test_a_share_written_without_its_sign_after_chiem():
    ex = extract("Có 26/29 lượt, chiếm 89,65 (gồm nhiều việc). Chiếm 12 hồ sơ, chiếm 3,5 tỷ đồng.")
    percents = [f for f in ex.figures if f.kind == "percent"]
    assert [(f.text, f.value, f.decimals) for f in percents] == [("89,65", Decimal("89.65"), 2)]


def test_a_ratio_with_its_noun_said_twice():
    ex = extract("Đã giải quyết 128 đơn/150 đơn, đạt 85,3%; 3 hồ sơ/5 đơn vị.")
    ratios = [(f.numerator, f.denominator, f.noun) for f in ex.figures if f.kind == "ratio"]
    assert ratios == [(Decimal(128), Decimal(150), "đơn")]


def test_a_count_after_every_level_is_a_count_not_a_level_number():
    figure = only("tiếp thường xuyên tại trụ sở tiếp công dân các cấp 1.562 lượt", "count")
    assert figure.value == Decimal(1562)
    assert [f.kind for f in extract("trường đạt chuẩn cấp 2").figures] == []


def test_a_percentage_typed_with_a_decimal_point():
    figure = only("chiếm tỷ lệ 96.8%", "percent")
    assert (figure.value, figure.decimals) == (Decimal("96.8"), 1)
    assert only("tăng 1.250%", "percent").value == Decimal(1250)  # a group of thousands
