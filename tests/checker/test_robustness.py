"""Whatever text comes in, the checker does not crash and every span is exact."""

from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.checker.engine import check_text
from danvan.checker.reading import ReadError, read_document

PIECES = [
    "1",
    "02",
    "31",
    "4",
    "29",
    "2",
    "2023",
    "2024",
    "50.003",
    "84,2",
    "372",
    "315",
    "1.250",
    "/",
    "%",
    " %",
    ".",
    ",",
    ";",
    ":",
    "(",
    ")",
    "-",
    " ",
    " ",
    " ",
    "\n",
    "\n\n",
    "\t",
    "ngày",
    "tháng",
    "năm",
    "trong đó",
    "gồm",
    "tổng cộng",
    "hồ sơ",
    "đơn",
    "lượt",
    "đạt",
    "chiếm",
    "tỷ lệ",
    "hơn",
    "khoảng",
    "Nghị định số",
    "NĐ-CP",
    "QĐ-UBND",
    "số",
    "I.",
    "II.",
    "V.",
    "a)",
    "d)",
    "đ)",
    "kỳ trước chuyển qua",
    "tiếp nhận mới",
    "đã giải quyết",
    "đang giải quyết",
    "trễ hạn",
    "trước hạn",
    "đúng hạn",
    "KẾ HOẠCH",
    "BÁO CÁO",
    "Gia Lai, ngày",
    "Kèm theo Báo cáo số",
    "trực tuyến",
    "triệu đồng",
    "trên",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(PIECES), max_size=80))
def test_no_crash_and_exact_spans(pieces):
    text = "".join(pieces)
    result = check_text(text)
    for finding in result.findings:
        assert text[finding.start : finding.end] == finding.excerpt
        assert finding.severity in ("error", "warning")
    for figure in result.figures:
        assert text[figure.start : figure.end] == figure.text


PREFIXES = [b"", b"PK\x03\x04", b"%PDF-1.4\n", b"\xff\xfe", b"\xef\xbb\xbf", b"\xd0\xcf\x11\xe0"]


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(PREFIXES), st.binary(max_size=2000))
def test_any_bytes_are_read_or_refused_with_a_message(prefix, body):
    data = prefix + body
    try:
        document = read_document("tep.txt", data)
    except ReadError as error:
        assert error.message
    else:
        check_text(document.text)


def test_a_dump_of_numbers_is_refused_not_ground_through(monkeypatch):
    import pytest

    from danvan.checker import engine

    monkeypatch.setattr(engine, "MAX_FIGURES", 100)
    with pytest.raises(ReadError) as error:
        check_text("12 " * 101)
    assert "quá nhiều cho một báo cáo" in error.value.message
