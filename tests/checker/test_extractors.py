"""One extractor per kind of figure, each on its own text: what it finds, what it leaves to the
others (the characters it takes) and what it refuses. `extract` composes them in order."""

from decimal import Decimal

from danvan.checker import figures as f
from danvan.checker.figures import _Occupied


def run(extractor, text, taken=()):
    occupied = _Occupied(len(text))
    for start, end in taken:
        occupied.take(start, end)
    found = extractor(text, occupied)
    return found, occupied


def test_dates_in_words_numeric_and_partial():
    found, occupied = run(f._dates, "Ngày 7 tháng 6 năm 2021; họp 31/4/2024; hạn ngày 15/10.")
    assert [(d.day, d.month, d.year) for d in found] == [
        (7, 6, 2021),
        (31, 4, 2024),
        (15, 10, None),
    ]
    assert not occupied.free(found[1].start, found[1].end)  # no ratio will read «31/4»
    assert not found[1].valid_date


def test_months_are_dates_without_a_day():
    (month,), _ = run(f._months, "Trong tháng 6/2021 và")
    assert (month.day, month.month, month.year) == (None, 6, 2021)


def test_identifiers_are_masked_not_counted():
    text = "Theo Nghị định 04/2015/NĐ-CP, đạt ISO 9001:2015 lúc 14 giờ 30.\n1. Mục"
    masked, _ = run(f._identifiers, text)
    assert [(text[s:e], kind) for s, e, kind in masked] == [
        ("04/2015/NĐ-CP", "document_number"),
        ("ISO 9001:2015", "code"),
        ("14 giờ 30", "time"),
        ("1. ", "list_label"),
    ]


def test_ratios_but_not_school_years_nor_ordinals():
    (ratio,), _ = run(f._ratios, "Giải quyết 315/372 hồ sơ.")
    assert (ratio.numerator, ratio.denominator) == (315, 372)
    assert run(f._ratios, "Năm học 2024/2025.")[0] == []
    assert run(f._ratios, "Theo điều 3/5 của quy chế.")[0] == []


def test_ratios_in_words_carry_their_noun_unless_approximate():
    (ratio,), _ = run(f._ratios_in_words, "Có 315 hồ sơ trên tổng số 372 hồ sơ.")
    assert (ratio.numerator, ratio.denominator, ratio.noun) == (315, 372, "hồ sơ")
    assert run(f._ratios_in_words, "Có khoảng 315 hồ sơ trên 372.")[0] == []


def test_percents_keep_their_decimals():
    (percent,), _ = run(f._percents, "Đạt 84,2% kế hoạch.")
    assert (percent.value, percent.decimals) == (Decimal("84.2"), 1)


def test_money_is_in_dong():
    found, _ = run(f._money, "Kinh phí 1,5 tỷ đồng và 350 nghìn VNĐ, 60.000.000 đ.")
    assert [m.value for m in found] == [Decimal(1_500_000_000), Decimal(350_000), 60_000_000]


def test_counts_skip_years_ordinals_and_taken_characters():
    text = "Năm 2024 có 12 đơn, lần thứ 3, 7 cuộc."
    found, _ = run(f._counts, text, taken=[(text.index("7"), text.index("7") + 1)])
    assert [(c.text, c.value) for c in found] == [("12", 12)]


def test_extract_composes_them_each_taking_its_characters_first():
    ex = f.extract("Ngày 07/6/2021, đạt 315/372 (84,7%) với 350 triệu đồng và 12 tổ.")
    assert [(fig.kind, fig.text) for fig in ex.figures] == [
        ("date", "07/6/2021"),
        ("ratio", "315/372"),
        ("percent", "84,7%"),
        ("money", "350 triệu đồng"),
        ("count", "12"),
    ]
    assert ex.figures[-1].noun == "tổ"
