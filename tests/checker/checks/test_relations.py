"""The kinds of relation real reports use (issue 14): changes against a previous period,
rounding, balances across sentences and levels, remainders, outcome partitions, estimates,
shares of a population, the document's own dates, numbering, lists that are not partitions,
markup. Each case: the text, then what the checker must say (rule and severity), or that it
must say nothing at the error level — with the arithmetic it shows."""

import pytest

from danvan.checker.engine import check_text
from danvan.checker.rules import ERROR, NOTICE, WARNING


def said(text: str) -> list[tuple[str, str]]:
    return [(f.rule, f.severity) for f in check_text(text).findings]


def errors(text: str) -> list[str]:
    return [f.rule for f in check_text(text).findings if f.severity == ERROR]


# --- change against a previous period --------------------------------------------------------
CHANGES_RIGHT = [
    "Số hồ sơ tiếp nhận tăng 21,4% so với cùng kỳ (1.231/1.014).",
    "Số đơn giảm 4,1% (187/195).",
    "Tiếp nhận 1.231 hồ sơ, tăng 217 hồ sơ (21,4%) so với cùng kỳ.",
    "Tiếp nhận 1.231 hồ sơ, tăng 21,4% so với cùng kỳ năm 2020 (1.014 hồ sơ).",
    "Tiếp nhận 1.231 hồ sơ, tăng 21,4% so với cùng kỳ năm 2020 (năm 2020: 1.014 hồ sơ).",
    "Số hồ sơ tăng từ 1.014 lên 1.231 hồ sơ, tăng 21,4%.",
    "Tiếp 810 lượt công dân, giảm 69 lượt (7,8%) so với cùng kỳ.",
    "Tỷ lệ đúng hạn đạt 95,2%, tăng 3,1% so với cùng kỳ (92,1%).",
    "Tăng 18,6% (1.648/1.389).",
]


@pytest.mark.parametrize("text", CHANGES_RIGHT)
def test_a_right_change_is_checked_and_said_right(text):
    result = check_text(text)
    assert [f.rule for f in result.findings] == []
    assert [v.kind for v in result.verified] == ["change"]
    assert "khớp" in result.verified[0].arithmetic


def test_a_change_computed_as_a_share_is_wrong_with_its_arithmetic():
    (finding,) = check_text(
        "Tiếp nhận 1.231 hồ sơ, tăng 121,4% so với cùng kỳ (1.014 hồ sơ)."
    ).findings
    assert (finding.rule, finding.severity) == ("change_mismatch", ERROR)
    assert finding.arithmetic == "(1.231 − 1.014)/1.014 = 21,400% ≠ 121,4%"
    assert finding.message == "Từ 1.014 đến 1.231 là tăng 21,400%, không phải 121,4%."


def test_a_change_in_the_wrong_direction_is_wrong():
    (finding,) = check_text("Số đơn tăng 4,1% (187/195).").findings
    assert finding.rule == "change_mismatch"
    assert "giảm, không phải tăng" in finding.arithmetic


def test_a_change_whose_previous_figure_is_not_stated_is_not_a_relation():
    assert said("Tiếp nhận 1.231 hồ sơ, tăng 21,4% so với cùng kỳ.") == []
    assert said("Tăng 2,5 điểm phần trăm so với cùng kỳ (95,2%).") == []


def test_a_change_percentage_is_never_read_as_a_share_of_its_pair():
    # 1.231/1.014 = 121,4%: as a share the 21,4% would be a false error.
    assert errors("Tăng 21,4% (1.231/1.014).") == []


# --- rounding --------------------------------------------------------------------------------
def test_rounded_is_right_cut_is_a_notice_other_is_an_error():
    assert said("Đã giải quyết 143/187 hồ sơ, đạt 76,47%.") == []
    (cut,) = check_text("Đã giải quyết 212/263 hồ sơ, đạt 80,60%.").findings
    assert (cut.rule, cut.severity) == ("rounding", NOTICE)
    assert cut.arithmetic == "212/263 = 80,608% → 80,61%; văn bản ghi 80,60%: cắt bớt"
    assert said("Đã giải quyết 212/263 hồ sơ, đạt 80,5%.") == [("ratio_mismatch", ERROR)]


def test_a_cut_change_is_a_notice():
    # (3.956 − 3.000)/3.000 = 31,867%: 31,9% rounded, 31,8% cut.
    assert said("Tăng 31,9% (3.956/3.000).") == []
    assert said("Tăng 31,8% (3.956/3.000).") == [("rounding", NOTICE)]


# --- balances, remainders ------------------------------------------------------------------
def test_a_balance_spelled_across_sentences():
    text = (
        "Toàn tỉnh tiếp nhận 41.306 hồ sơ. Đã giải quyết 38.912 hồ sơ. Đang giải quyết 2.401 hồ sơ."
    )
    (finding,) = check_text(text).findings
    assert finding.rule == "balance_mismatch"
    assert finding.arithmetic == "38.912 + 2.401 = 41.313 ≠ 41.306"


def test_the_same_identity_per_level_in_parallel_sentences():
    text = (
        "Cấp tỉnh tiếp nhận 1.000 hồ sơ, đã giải quyết 900 hồ sơ, đang giải quyết 100 hồ sơ; "
        "cấp huyện tiếp nhận 500 hồ sơ, đã giải quyết 450 hồ sơ, đang giải quyết 40 hồ sơ; "
        "cấp xã tiếp nhận 300 hồ sơ, đã giải quyết 280 hồ sơ, đang giải quyết 20 hồ sơ."
    )
    result = check_text(text)
    (finding,) = result.findings  # no "repeated with another value" between levels either
    assert finding.rule == "balance_mismatch"
    assert finding.arithmetic == "450 + 40 = 490 ≠ 500"
    assert sum(v.kind == "balance" for v in result.verified) == 2


def test_what_remains_after_a_resolved_ratio():
    assert said("Đã giải quyết 180/231 vụ việc, còn lại 51 vụ việc đang xác minh.") == []
    (finding,) = check_text(
        "Đã giải quyết 180/231 vụ việc, còn lại 27 vụ việc đang xác minh."
    ).findings
    assert (finding.rule, finding.arithmetic) == ("remainder_mismatch", "231 − 180 = 51 ≠ 27")


# --- partitions -------------------------------------------------------------------------------
OUTCOMES = (
    "Đã giải quyết 274 đơn khiếu nại và 105 đơn tố cáo; trong đó có 11 đơn khiếu nại đúng, "
    "10 đơn khiếu nại đúng một phần, 74 đơn được rút và {sai} đơn khiếu nại sai; có 9 đơn tố cáo "
    "đúng, 15 đơn tố cáo đúng một phần, 11 đơn tố cáo được rút và 70 đơn tố cáo sai."
)


def test_outcome_lists_are_paired_with_their_totals():
    assert errors(OUTCOMES.format(sai=179)) == []
    (finding,) = check_text(OUTCOMES.format(sai=189)).findings
    assert finding.rule == "parts_exceed_total"
    assert finding.arithmetic == "11 + 10 + 74 + 189 = 284 > 274"


def test_outcomes_above_the_resolved_total():
    assert said(
        "Đã giải quyết 180 vụ việc, trong đó 20 vụ đúng, 30 vụ đúng một phần, 140 vụ sai."
    ) == [("parts_exceed_total", ERROR)]
    assert (
        errors("Đã giải quyết 180 vụ việc, trong đó 20 vụ đúng, 30 vụ đúng một phần, 100 vụ sai.")
        == []
    )


def test_a_list_of_another_grouping_is_not_a_wrong_sum():
    text = (
        "Tiếp nhận 50.003 hồ sơ, trong đó: của các Sở là 30.615 hồ sơ, của UBND cấp huyện là "
        "15.000 hồ sơ, của Ban Quản lý là 6.000 hồ sơ."
    )
    assert errors(text) == []


# --- estimates ---------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Tiếp nhận gần 15.000 hồ sơ, gồm: trực tiếp 10.000, trực tuyến 4.826 hồ sơ.", []),
        (
            "Tiếp nhận gần 15.000 hồ sơ, gồm: trực tiếp 11.564, trực tuyến 4.826 hồ sơ.",
            [("estimate_mismatch", WARNING)],
        ),
        ("Tiếp nhận 3,87 ngàn hồ sơ, gồm 2.000 hồ sơ trực tiếp và 1.866 hồ sơ trực tuyến.", []),
        (
            "Tiếp nhận 3,87 ngàn hồ sơ, gồm 2.000 hồ sơ trực tiếp và 1.766 hồ sơ trực tuyến.",
            [("estimate_mismatch", WARNING)],
        ),
        ("Đã giải quyết 268/300 hồ sơ, đạt gần 90%.", []),
        ("Đã giải quyết 268/300 hồ sơ, đạt hơn 90%.", [("estimate_mismatch", WARNING)]),
        ("Có 1,2 triệu lượt truy cập cổng dịch vụ công.", []),
    ],
)
def test_an_estimate_is_never_checked_exactly_but_must_be_plausible(text, expected):
    assert said(text) == expected


# --- shares of a population -------------------------------------------------------------------
def test_a_share_of_households():
    (finding,) = check_text("Số hộ nghèo còn 214/3.105 hộ, chiếm 7,9%.").findings
    assert finding.rule == "ratio_mismatch"
    assert finding.arithmetic == "214/3.105 = 6,892% ≠ 7,9%"
    assert said("Số hộ nghèo còn 214/3.105 hộ, chiếm 6,89%.") == []


# --- the document's own dates -----------------------------------------------------------------
HEADER = (
    "UBND TỈNH GIA LAI\nSố: 12/BC-UBND\nGia Lai, ngày 07 tháng 6 năm 2021\n\nBÁO CÁO\n{title}\n\n"
)


def test_a_report_dated_before_the_request_it_answers():
    text = HEADER.format(title="Kết quả công tác 6 tháng đầu năm 2021") + (
        "Thực hiện Công văn số 123/SNV-XDCQ ngày 10/6/2021 của Sở Nội vụ, UBND báo cáo như sau."
    )
    assert "date_order" in errors(text)


def test_a_title_year_after_the_document_date():
    text = HEADER.format(title="Kết quả công tác dân vận năm 2022") + "I. Kết quả\n"
    (finding,) = [f for f in check_text(text).findings if f.rule == "date_order"]
    assert "năm 2022" in finding.message and "07/06/2021" in finding.message
    ok = HEADER.format(title="Kết quả năm 2021 và phương hướng năm 2022") + "I. Kết quả\n"
    assert errors(ok) == []


def test_an_appendix_dated_otherwise_than_its_report():
    text = HEADER.format(title="Kết quả năm 2021") + (
        "PHỤ LỤC\n(Kèm theo Báo cáo số 12/BC-UBND ngày 08/6/2021 của UBND)\n"
    )
    assert "date_order" in errors(text)


# --- numbering -------------------------------------------------------------------------------
def test_sections_starting_at_two_a_missing_four_and_a_letter_used_twice():
    assert said("II. Kết quả\nIII. Tồn tại\n") == [("numbering_start", WARNING)]
    assert said("I. Một\nII. Hai\nIII. Ba\nV. Năm\n") == [("numbering", WARNING)]
    assert said("1. Một\na) Một\nb) Hai\nb) Ba\n") == [("numbering", WARNING)]
    assert said("I. Một\nII. Hai\nPHỤ LỤC\nIII. Phụ lục tiếp\n") == []


# --- markup --------------------------------------------------------------------------------------
def test_markup_left_in_the_text_makes_no_citation_error():
    text = "Thực hiện **Nghị định số 30/2020/NĐ-CP** ngày 05/3/2020 và *Kế hoạch số 08/KH-BQL*."
    assert said(text) == []
    result = check_text("Đạt **315/372**, tỷ lệ *84,2%*.")
    assert [f.rule for f in result.findings] == ["ratio_mismatch"]
    assert result.text == "Đạt **315/372**, tỷ lệ *84,2%*."  # the user's text is shown as it was
    assert result.findings[0].excerpt == "315/372**, tỷ lệ *84,2%"


# --- forms met on the tuning set of the real corpus (written here in our own words) --------
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # shares of a whole stated earlier in the paragraph
        (
            "Bộ phận một cửa đã nhận 9.604 hồ sơ. Đến nay đã giải quyết được 7.846 hồ sơ, đạt "
            "tỷ lệ 81,69%; số đang tiếp tục giải quyết là 1.758 hồ sơ, chiếm 18,31%.",
            [("rounding", NOTICE), ("ratio_mismatch", ERROR)],
        ),
        (
            "Tiếp nhận 585.336 hồ sơ, đã giải quyết 585.116 hồ sơ; số hồ sơ giải quyết đúng hạn "
            "là 585.116 hồ sơ, đạt tỷ lệ 99,96%.",
            [],  # on time over the received: a base that fits
        ),
        (
            "Hệ thống có tổng số 2643 thủ tục. Ở mức độ 4 có 736 thủ tục, tỷ lệ 27,8%.",
            [],
        ),
        (
            "Hệ thống có tổng số 2643 thủ tục. Ở mức độ 4 có 736 thủ tục, tỷ lệ 29,8%.",
            [("ratio_mismatch", ERROR)],
        ),
        # a total before a parenthesis, names after «gồm», another measure, parts so far
        (
            "Tiến hành 61 cuộc thanh tra (theo kế hoạch 56, đột xuất 05), trong đó có 55 cuộc "
            "triển khai trong kỳ và 06 cuộc từ kỳ trước chuyển sang.",
            [],
        ),
        (
            "Đã thực hiện 19 cuộc (12 cuộc chuyển từ kỳ trước, 7 cuộc trong kỳ), gồm 6 cuộc "
            "theo kế hoạch và 13 cuộc đột xuất.",
            [],
        ),
        ("Phường có 4 tổ dân phố, gồm: 1, 3, 5 và 10.", []),
        ("Tiếp thường xuyên 517 lượt, gồm 1.428 lượt công dân và 492 vụ việc.", []),
        (
            "Đã giải quyết 1.139.324 hồ sơ; trong đó trước hạn là 114.977 và đúng hạn là "
            "1.022.796 (chiếm 99,86%) hồ sơ.",
            [],
        ),
        # a standard met is not a share; a label between a ratio and its percentage
        ("Tỉnh có 57 /104 xã hoàn thành đủ 19/19 tiêu chí, đạt tỷ lệ 54,8%.", []),
        ("Có 154/159 xã đạt chuẩn mức độ 2 (tỷ lệ 96,9%).", []),
        # every «gồm» of a sentence, a list inside a parenthesis
        (
            "Tiếp nhận 3.667 đơn. Trong đó có 346 đơn phải lưu; còn lại 3.321 đơn đủ điều kiện, "
            "gồm KN 76, TC 143 và kiến nghị, phản ánh 3.448 đơn.",
            [("part_exceeds_total", ERROR)],
        ),
        ("Mở 12 lớp (gồm 11 lớp tại các huyện và 1 lớp tại trường) cùng 20 lớp bồi dưỡng.", []),
        # a ratio in words around a parenthesis
        (
            "Đã giải quyết 176 đơn (160 khiếu nại, 16 tố cáo) trên tổng số 221 đơn, đạt tỷ lệ "
            "79,63%.",
            [("rounding", NOTICE)],
        ),
        # a part or a kind of a quantity is not a repeat of it
        (
            "Tiếp 2.692 lượt công dân. Tiếp thường xuyên 1.765 lượt công dân.",
            [],
        ),
    ],
)
def test_real_report_forms(text, expected):
    assert said(text) == expected


def test_table_percentages_named_by_a_column_or_over_the_whole():
    text = (
        "Năm\tThụ lý hòa giải\tHòa giải thành\tTỷ lệ hòa giải thành\n"
        "2014\t3.399\t2.408\t70,8%\n"
        "2015\t2.592\t1.735\t69,68%\n"
    )
    (finding,) = check_text(text).findings
    assert finding.arithmetic == "1.735/2.592 = 66,937% ≠ 69,68%"
    whole = (
        "Danh hiệu\tSố đạt\tTổng số\tTỷ lệ\n"
        "Thôn văn hóa\t78\t79\t92%\n"
        "Cơ quan văn hóa\t109\t111\t98,2%\n"
    )
    (finding,) = check_text(whole).findings
    assert finding.arithmetic == "78/79 = 98,734% ≠ 92%"


def test_a_share_of_the_whole_the_text_names_after_it():
    text = (
        "Đã tiếp nhận 344.820 đơn và đã xử lý 330.421 đơn. Trong số đơn đã xử lý, có 286.950 "
        "đơn đủ điều kiện xử lý, chiếm {p} tổng số đơn đã xử lý."
    )
    (finding,) = check_text(text.format(p="83,2%")).findings
    assert finding.arithmetic == "286.950/330.421 = 86,844% ≠ 83,2%"
    assert errors(text.format(p="86,8%")) == []
