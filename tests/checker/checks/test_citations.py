"""citation_format: number, year, symbol and date of legal citations."""

import pytest

from tests.checker.checks.helpers import findings, one


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
        # Resolutions of the National Assembly and of its Standing Committee.
        "Nghị quyết số 43/2022/QH15; Nghị quyết số 538/2018/UBTVQH14 ngày 19/7/2018.",
    ],
)
def test_well_formed_citations_say_nothing(text):
    assert findings(text, "citation_format") == []


def test_a_resolution_with_another_types_symbol_is_still_wrong():
    finding = one("Theo Nghị quyết số 12/2022/TT-BNV ngày 11/01/2022.", "citation_format")
    assert "ký hiệu «TT» không phải của nghị quyết" in finding.message
