"""Reading reports: encodings (said which), .docx in reading order, PDF text layer, and
every kind of bad file refused with a Vietnamese message instead of a crash."""

import codecs
from pathlib import Path

import pytest

from danvan.checker.reading import ReadError, read_document
from tests.checker.helpers import make_docx, make_pdf, make_zip, make_zip_bomb
from tests.core.test_tabular import to_cp1258

TEXT = "Báo cáo: đã tiếp nhận 524 hồ sơ, trực tuyến 285 hồ sơ (54,38%)."


@pytest.mark.parametrize(
    ("data", "label"),
    [
        (TEXT.encode("utf-8"), "UTF-8"),
        (codecs.BOM_UTF8 + TEXT.encode("utf-8"), "UTF-8 (có BOM)"),
        (TEXT.encode("utf-16"), "UTF-16"),
        (TEXT.encode("utf-16-le"), "UTF-16"),
        (to_cp1258(TEXT), "Windows-1258"),
    ],
)
def test_text_encodings_are_detected_and_named(data, label):
    document = read_document("bao-cao.txt", data)
    assert document.text == TEXT
    assert document.encoding == label
    assert document.kind == "txt"


def test_text_is_normalised_to_nfc_and_unix_line_ends():
    decomposed = "Tie\u0302\u0301p nha\u0323\u0302n\r\n524 ho\u0302\u0300 so\u031b"
    document = read_document("a.txt", decomposed.encode("utf-8"))
    assert document.text == "Tiếp nhận\n524 hồ sơ"


def test_docx_paragraphs_and_tables_in_reading_order():
    data = make_docx(
        ["BÁO CÁO", "Tỷ lệ 315/372 đạt 84,2%.", "- Cấp ủy: 01 cuộc;", "- Chính quyền: 01 cuộc."],
        table=[["Chỉ tiêu", "Số liệu"], ["Hồ sơ tiếp nhận", "524"]],
        after=["Nơi nhận:"],
    )
    document = read_document("bao-cao.docx", data)
    assert document.kind == "docx"
    text = document.text
    assert text.index("84,2%") < text.index("Hồ sơ tiếp nhận\t524") < text.index("Nơi nhận")
    assert "- Cấp ủy: 01 cuộc;\n- Chính quyền: 01 cuộc." in text  # a list stays one block


def test_pdf_text_layer_is_read_and_wrapped_lines_joined():
    data = make_pdf(["Ty le ho so dung han la 315/372, dat", "84,2% so ho so.", "II. KET QUA"])
    document = read_document("bao-cao.pdf", data)
    assert document.kind == "pdf" and document.pages == 1
    assert "315/372, dat 84,2% so ho so.\nII. KET QUA" in document.text


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("rong.txt", b"", "rỗng"),
        ("trang.txt", b"  \n\n ", "rỗng"),
        (
            "anh.png",
            b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)),
            "không phải văn bản",
        ),
        ("scan.pdf", make_pdf([]), "không có lớp chữ"),
        ("hong.pdf", b"%PDF-1.4\n1 0 obj << >> endobj\n%%EOF", "bị hỏng"),
        ("bom.docx", make_zip_bomb(8), "bom nén"),
        ("zip.docx", make_zip({"ghi-chu.txt": "12 hồ sơ"}), "không phải văn bản Word"),
        ("hong.docx", b"PK\x03\x04 not really a zip", "bị hỏng"),
        ("cu.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "Word 97-2003"),
    ],
)
def test_bad_files_get_a_vietnamese_message(name, data, words):
    with pytest.raises(ReadError) as error:
        read_document(name, data)
    assert words in error.value.message
    assert name in error.value.message


def test_a_too_large_file_is_refused_before_anything_is_parsed():
    with pytest.raises(ReadError) as error:
        read_document("lon.txt", b"a" * 2048, max_bytes=1024)
    assert "quá lớn" in error.value.message


def test_zip_bomb_guard_looks_at_declared_sizes_only(settings):
    """A .docx whose members together declare more than the limit is refused whole,
    even when each member compresses normally."""
    data = make_docx(["Báo cáo có 12 cuộc."])
    settings.DANVAN_MAX_EXPANDED_BYTES = 1000
    with pytest.raises(ReadError) as error:
        read_document("to.docx", data)
    assert "khi giải nén sẽ chiếm" in error.value.message


def test_word_header_table_gives_the_report_its_date():
    """Word reports put the two-column header in a table; its date still dates the report."""
    from danvan.checker.engine import check_file

    data = make_docx(
        [],
        table=[
            ["UBND TỈNH GIA LAI\nSỞ NỘI VỤ", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"],
            ["Số: 05/BC-SNV", "Gia Lai, ngày 08 tháng 11 năm 2021"],
        ],
        after=["BÁO CÁO", "Thực hiện Văn bản số 1995/SNV-XDCQ ngày 29/11/2021 của Sở Nội vụ."],
    )
    (finding,) = check_file("bao-cao.docx", data).findings
    assert finding.rule == "date_order"
    assert "sau ngày của chính văn bản này (08/11/2021)" in finding.message


def test_a_1_gib_docx_bomb_is_refused_from_its_directory_with_bounded_memory():
    """The checker's .docx reader follows core.safefiles like the imports: the declared
    1 GiB of document.xml is refused before python-docx sees it."""
    import tracemalloc

    from danvan.core.hostile_files import docx_bomb

    data = docx_bomb(mebibytes=1024)
    tracemalloc.start()
    try:
        with pytest.raises(ReadError) as error:
            read_document("bom.docx", data)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 50 * 1024 * 1024
    assert error.value.message.startswith("Tệp «bom.docx» khi giải nén sẽ chiếm 1.024 MB")


def test_billion_laughs_in_a_docx_is_refused():
    from danvan.core.hostile_files import docx_billion_laughs
    from danvan.core.safefiles import XML_ENTITIES

    with pytest.raises(ReadError) as error:
        read_document("cuoi.docx", docx_billion_laughs())
    assert error.value.message == XML_ENTITIES.format(name="cuoi.docx", member="word/document.xml")


def test_a_pdf_with_more_pages_than_the_limit_is_refused(settings):
    settings.DANVAN_MAX_PDF_PAGES = 0
    with pytest.raises(ReadError) as error:
        read_document("dai.pdf", make_pdf(["Tiep nhan 12 ho so."]))
    assert error.value.message == "Tệp PDF «dai.pdf» có 1 trang; chỉ đọc văn bản đến 0 trang."


def test_a_pdf_page_denser_than_the_limit_is_refused(settings):
    settings.DANVAN_MAX_PAGE_CHARS = 5
    with pytest.raises(ReadError) as error:
        read_document("day.pdf", make_pdf(["Tiep nhan 12 ho so."]))
    assert "trang 1 có" in error.value.message and "vượt giới hạn 5 ký tự" in error.value.message


REAL = Path(__file__).parent / "real"


@pytest.mark.parametrize("name", sorted(p.name for p in REAL.glob("*.pdf")))
def test_runs_rebuilt_from_characters_read_a_table_pdf_as_its_rectangles_do(name, monkeypatch):
    """The two ways of finding a page's runs (PDFium's rectangles; each character's box, used
    when a printer draws every accented letter apart) give the same table on the office PDFs
    of the real corpus: cells, rows and paragraphs alike."""
    from danvan.checker import reading

    data = (REAL / name).read_bytes()
    by_rectangles = read_document(name, data).text
    monkeypatch.setattr(reading, "_segments", reading._segments_from_characters)
    assert read_document(name, data).text == by_rectangles


def test_a_paragraph_right_after_a_pdf_table_is_not_read_as_a_wrapped_cell():
    # The paragraph under the table starts in the first column's place; it is wider than the
    # column, so it is the text after the table, not the second line of «Toàn tỉnh».
    data = (REAL / "a-06-lamdong-tthc-quy1-2020.pdf").read_bytes()
    lines = read_document("a.pdf", data).text.split("\n")
    assert "Toàn tỉnh\t659.245\t643.272\t635.593" in lines
    assert any(line.startswith("Ở cấp tỉnh, tỷ lệ đúng và trước hạn") for line in lines)
