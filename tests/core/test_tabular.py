"""Reading uploaded CSV and XLSX tables into rows keyed by technical column names."""

import codecs
import csv
import datetime
import io
import unicodedata
import zipfile

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from danvan.core.tabular import (
    BROKEN_CSV_MESSAGE,
    BROKEN_XLSX_MESSAGE,
    DUPLICATE_COLUMN_MESSAGE,
    EMPTY_FILE_MESSAGE,
    LEGACY_XLS_MESSAGE,
    MARKUP_MESSAGE,
    MISSING_COLUMNS_MESSAGE,
    NO_ROWS_MESSAGE,
    NOT_TABLE_MESSAGE,
    Row,
    Table,
    TableError,
    read_table,
)
from danvan.core.textfiles import UNKNOWN_ENCODING_MESSAGE

COLUMNS = {
    "ma_don_vi": ["Mã đơn vị"],
    "ten_don_vi": ["Tên đơn vị", "Tên"],
    "ngay_thanh_lap": ["Ngày thành lập"],
    "so_thanh_vien": ["Số thành viên"],
}
REQUIRED = {"ma_don_vi", "ten_don_vi"}

CSV_TEXT = (
    "Mã đơn vị,Tên đơn vị,Ngày thành lập\n"
    "DV01,Sở Nội vụ,07/06/2021\n"
    "DV02,Ủy ban nhân dân xã Đắk Mil,\n"
)


def read(data: bytes, filename: str = "don_vi.csv", **kwargs) -> Table:
    return read_table(data, filename, COLUMNS, **kwargs)


def refusal(data: bytes, filename: str = "don_vi.csv", **kwargs) -> str:
    with pytest.raises(TableError) as caught:
        read(data, filename, **kwargs)
    return caught.value.message


def xlsx(rows: list[list[object]]) -> bytes:
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    for index, row in enumerate(rows, start=1):
        for column, value in enumerate(row, start=1):
            if value is not None:
                sheet.cell(row=index, column=column, value=value)
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def to_cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 stores it: tone marks as combining characters."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    parts = []
    for char in unicodedata.normalize("NFC", text):
        decomposed = unicodedata.normalize("NFD", char)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in tones))
        parts.append(base + "".join(c for c in decomposed if c in tones))
    return "".join(parts).encode("cp1258")


# --- CSV --------------------------------------------------------------------------------------
def test_utf8_csv():
    table = read(CSV_TEXT.encode("utf-8"), required=REQUIRED)
    assert table == Table(
        columns=("ma_don_vi", "ten_don_vi", "ngay_thanh_lap"),
        rows=[
            Row(
                2, {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ", "ngay_thanh_lap": "07/06/2021"}
            ),
            Row(
                3,
                {
                    "ma_don_vi": "DV02",
                    "ten_don_vi": "Ủy ban nhân dân xã Đắk Mil",
                    "ngay_thanh_lap": "",
                },
            ),
        ],
        encoding="utf-8",
        ignored_columns=(),
    )


def test_semicolon_csv_from_vietnamese_excel_in_cp1258():
    # Excel on Vietnamese Windows: ";" as list separator, ANSI code page 1258, CRLF.
    text = CSV_TEXT.replace(",", ";").replace("\n", "\r\n")
    table = read(to_cp1258(text), required=REQUIRED)
    assert table.encoding == "cp1258"
    assert table.columns == ("ma_don_vi", "ten_don_vi", "ngay_thanh_lap")
    assert [row.values["ten_don_vi"] for row in table.rows] == [
        "Sở Nội vụ",
        "Ủy ban nhân dân xã Đắk Mil",
    ]


def test_tab_separated_with_bom():
    data = codecs.BOM_UTF8 + CSV_TEXT.replace(",", "\t").encode("utf-8")
    table = read(data, "don_vi.txt")
    assert table.encoding == "utf-8-sig"
    assert table.rows[0].values == {
        "ma_don_vi": "DV01",
        "ten_don_vi": "Sở Nội vụ",
        "ngay_thanh_lap": "07/06/2021",
    }


def test_semicolon_csv_whose_cells_contain_commas():
    text = "Mã đơn vị;Tên đơn vị\nDV01;Hội Nông dân, xã Tân Phú\n"
    table = read(text.encode("utf-8"))
    assert table.rows == [Row(2, {"ma_don_vi": "DV01", "ten_don_vi": "Hội Nông dân, xã Tân Phú"})]


def test_excel_sep_line_sets_the_delimiter_and_is_not_a_row():
    text = "sep=;\r\nMã đơn vị;Tên đơn vị\r\nDV01;Sở Nội vụ\r\n"
    table = read(text.encode("utf-8"))
    assert table.rows == [Row(2, {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ"})]


def test_values_are_stripped_and_short_rows_padded():
    text = "Mã đơn vị,Tên đơn vị,Số thành viên\n  DV01 , Sở Nội vụ \nDV02\n"
    table = read(text.encode("utf-8"))
    assert [row.values for row in table.rows] == [
        {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ", "so_thanh_vien": ""},
        {"ma_don_vi": "DV02", "ten_don_vi": "", "so_thanh_vien": ""},
    ]


def test_line_numbers_count_blank_rows_but_skip_them():
    text = (
        "Mã đơn vị;Tên đơn vị\n"  # 1
        "DV01;Sở Nội vụ\n"  # 2
        "\n"  # 3: empty line
        ";\n"  # 4: only separators, as Excel writes an empty row
        "  ;  \n"  # 5: only spaces
        "DV02;Sở Tư pháp\n"  # 6
    )
    table = read(text.encode("utf-8"))
    assert [(row.line, row.values["ma_don_vi"]) for row in table.rows] == [(2, "DV01"), (6, "DV02")]


def test_a_quoted_cell_spanning_lines_is_one_excel_row():
    text = 'Mã đơn vị,Tên đơn vị\nDV01,"Sở Nội vụ\ntỉnh Quảng Nam"\nDV02,Sở Tư pháp\n'
    table = read(text.encode("utf-8"))
    assert [(row.line, row.values["ten_don_vi"]) for row in table.rows] == [
        (2, "Sở Nội vụ\ntỉnh Quảng Nam"),
        (3, "Sở Tư pháp"),
    ]


def test_title_rows_above_the_header_are_skipped():
    text = "DANH SÁCH ĐƠN VỊ;;\n;;\nMã đơn vị;Tên đơn vị;Ghi chú\nDV01;Sở Nội vụ;mới\n"
    table = read(text.encode("utf-8"), required=REQUIRED)
    assert table.rows == [Row(4, {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ"})]
    assert table.ignored_columns == ("Ghi chú",)


# --- headers ----------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "header",
    [
        "Mã đơn vị",
        "  MÃ ĐƠN VỊ  ",
        "mã  đơn vị",
        unicodedata.normalize("NFD", "Mã đơn vị"),
        "Ma don vi",
        "ma_don_vi",
        "MA-DON-VI",
        "Mã\nđơn vị",  # wrapped header cell
    ],
)
def test_header_spellings(header):
    data = xlsx([[header, "Tên"], ["DV01", "Sở Nội vụ"]])
    table = read(data, "don_vi.xlsx", required=REQUIRED)
    assert table.columns == ("ma_don_vi", "ten_don_vi")
    assert table.rows[0].values == {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ"}


def test_diacritic_free_header_is_not_guessed_when_ambiguous():
    columns = {"so_van_ban": ["Số"], "so_theo_doi": ["Sổ"]}
    table = read_table("Số,Sổ,So\n1,2,3\n".encode(), "x.csv", columns)
    assert table.columns == ("so_van_ban", "so_theo_doi")
    assert table.ignored_columns == ("So",)


def test_unknown_and_empty_headers_are_ignored_and_reported():
    text = "Ghi chú,Mã đơn vị,,Tên đơn vị,Người lập\nx,DV01,,Sở Nội vụ,An\n"
    table = read(text.encode("utf-8"))
    assert table.columns == ("ma_don_vi", "ten_don_vi")
    assert table.ignored_columns == ("Ghi chú", "Người lập")
    assert table.rows[0].values == {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ"}


def test_missing_required_columns_are_named():
    message = refusal("Mã đơn vị,Số thành viên\nDV01,3\n".encode(), required=REQUIRED)
    assert message == MISSING_COLUMNS_MESSAGE.format(columns="«Tên đơn vị» (ten_don_vi)", line=1)
    assert "«Tên đơn vị» (ten_don_vi)" in message


def test_all_missing_required_columns_are_listed_in_declaration_order():
    message = refusal("Ghi chú\nx\n".encode(), required={"ten_don_vi", "ma_don_vi"})
    assert "«Mã đơn vị» (ma_don_vi), «Tên đơn vị» (ten_don_vi)" in message


def test_optional_columns_may_be_missing():
    table = read("Mã đơn vị\nDV01\n".encode(), required={"ma_don_vi"})
    assert table.columns == ("ma_don_vi",)


def test_required_must_name_known_columns():
    with pytest.raises(ValueError):
        read(CSV_TEXT.encode(), required={"khong_co"})


def test_duplicate_header_is_refused():
    message = refusal("Mã đơn vị,Tên,ma_don_vi\nDV01,Sở,DV01\n".encode())
    assert message == DUPLICATE_COLUMN_MESSAGE.format(header="Mã đơn vị", first="A", second="C")


# --- empty files ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "data",
    [b"", b"   \r\n\r\n", codecs.BOM_UTF8, b";;;\n;;\n"],
    ids=["empty", "blank", "bom", "seps"],
)
def test_empty_csv(data):
    assert refusal(data) == EMPTY_FILE_MESSAGE


def test_header_without_rows():
    assert refusal("Mã đơn vị,Tên đơn vị\n\n".encode()) == NO_ROWS_MESSAGE.format(line=1)


def test_empty_xlsx():
    assert refusal(xlsx([]), "x.xlsx") == EMPTY_FILE_MESSAGE


# --- XLSX -------------------------------------------------------------------------------------
def test_xlsx_round_trip():
    data = xlsx(
        [
            ["Mã đơn vị", "Tên đơn vị", "Ngày thành lập", "Số thành viên", "Ghi chú"],
            ["DV01", "  Sở Nội vụ  ", datetime.date(2021, 6, 7), 12, None],
            [None, None, None, None, None],  # blank row: skipped, line still counted
            ["DV02", "Ủy ban nhân dân xã", datetime.datetime(1999, 12, 31), 12.0, "x"],
            [101, "Hội Phụ nữ", datetime.datetime(2024, 1, 2, 8, 30), 3.25, None],
            [None, None, None, None, None],
        ]
    )
    table = read(data, "don_vi.xlsx", required=REQUIRED)
    assert table == Table(
        columns=("ma_don_vi", "ten_don_vi", "ngay_thanh_lap", "so_thanh_vien"),
        rows=[
            Row(
                2,
                {
                    "ma_don_vi": "DV01",
                    "ten_don_vi": "Sở Nội vụ",
                    "ngay_thanh_lap": "07/06/2021",
                    "so_thanh_vien": "12",
                },
            ),
            Row(
                4,
                {
                    "ma_don_vi": "DV02",
                    "ten_don_vi": "Ủy ban nhân dân xã",
                    "ngay_thanh_lap": "31/12/1999",
                    "so_thanh_vien": "12",
                },
            ),
            Row(
                5,
                {
                    "ma_don_vi": "101",
                    "ten_don_vi": "Hội Phụ nữ",
                    "ngay_thanh_lap": "02/01/2024 08:30",
                    "so_thanh_vien": "3.25",
                },
            ),
        ],
        encoding="xlsx",
        ignored_columns=("Ghi chú",),
    )


def test_xlsx_header_below_a_title_keeps_excel_row_numbers():
    data = xlsx(
        [
            ["DANH SÁCH ĐƠN VỊ"],
            [],
            ["Mã đơn vị", "Tên đơn vị"],
            ["DV01", "Sở Nội vụ"],
        ]
    )
    table = read(data, "x.xlsx")
    assert table.rows == [Row(4, {"ma_don_vi": "DV01", "ten_don_vi": "Sở Nội vụ"})]


def test_xlsx_float_noise_is_trimmed_to_excel_precision():
    data = xlsx([["Mã đơn vị", "Số thành viên"], ["DV01", 0.1 + 0.2], ["DV02", 1e20]])
    values = [row.values["so_thanh_vien"] for row in read(data, "x.xlsx").rows]
    assert values == ["0.3", "100000000000000000000"]


def test_xlsx_is_recognised_by_content_not_name():
    table = read(xlsx([["Mã đơn vị"], ["DV01"]]), "bao_cao.csv")
    assert table.encoding == "xlsx"


def test_csv_named_xlsx_is_read_as_csv():
    assert read(CSV_TEXT.encode(), "don_vi.xlsx").encoding == "utf-8"


# --- refusals ---------------------------------------------------------------------------------
def test_legacy_xls_is_refused_with_advice():
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(500)
    assert refusal(data, "don_vi.xls") == LEGACY_XLS_MESSAGE
    assert ".xlsx" in LEGACY_XLS_MESSAGE


@pytest.mark.parametrize(
    ("data", "filename"),
    [
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n", "don_vi.csv"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(100), "anh.png"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", "anh.jpg"),
        (bytes(range(256)) * 8, "don_vi.csv"),
    ],
    ids=["pdf", "png", "jpeg", "binary"],
)
def test_other_files_are_not_tables(data, filename):
    assert refusal(data, filename) == NOT_TABLE_MESSAGE
    assert "Tệp không phải CSV hoặc XLSX" in NOT_TABLE_MESSAGE


def test_docx_is_not_a_table():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("[Content_Types].xml", "<Types/>")
        archive.writestr("word/document.xml", "<w:document/>")
    assert refusal(buffer.getvalue(), "don_vi.docx") == NOT_TABLE_MESSAGE


def test_corrupt_xlsx():
    truncated = xlsx([["Mã đơn vị"], ["DV01"]])[:300]
    assert refusal(truncated, "don_vi.xlsx") == BROKEN_XLSX_MESSAGE


def test_binary_named_xlsx_is_called_a_broken_xlsx():
    assert refusal(bytes(range(256)) * 4, "don_vi.xlsx") == BROKEN_XLSX_MESSAGE


def test_html_saved_as_xls():
    data = "<html><body><table><tr><td>Mã đơn vị</td></tr></table></body></html>".encode()
    assert refusal(data, "don_vi.xls") == MARKUP_MESSAGE


def test_unreadable_encoding_reuses_the_text_message():
    assert refusal(CSV_TEXT.encode("utf-16"), "don_vi.csv") == UNKNOWN_ENCODING_MESSAGE


def test_broken_csv_names_the_line():
    text = 'Mã đơn vị,Tên đơn vị\nDV01,Sở\nDV02,"' + "x" * 200_000 + "\n"
    assert refusal(text.encode()) == BROKEN_CSV_MESSAGE.format(line=3)


def test_messages_are_nfc():
    for message in (
        BROKEN_CSV_MESSAGE,
        BROKEN_XLSX_MESSAGE,
        DUPLICATE_COLUMN_MESSAGE,
        EMPTY_FILE_MESSAGE,
        LEGACY_XLS_MESSAGE,
        MARKUP_MESSAGE,
        MISSING_COLUMNS_MESSAGE,
        NO_ROWS_MESSAGE,
        NOT_TABLE_MESSAGE,
    ):
        assert unicodedata.normalize("NFC", message) == message


# --- properties -------------------------------------------------------------------------------
cell_text = st.text(
    alphabet=st.one_of(
        st.sampled_from("aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạềểễếệỳỷỹýỵ ,;\t\"'\n"),
        st.characters(categories=["L", "N", "P", "Zs"]),
    ),
    max_size=20,
)


@settings(max_examples=150, deadline=None)
@given(
    rows=st.lists(st.tuples(cell_text, cell_text), min_size=1, max_size=8),
    delimiter=st.sampled_from([",", ";", "\t"]),
    bom=st.booleans(),
)
def test_any_csv_written_by_the_csv_module_reads_back(rows, delimiter, bom):
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(["Mã đơn vị", "Tên đơn vị"])
    writer.writerows(rows)
    data = (codecs.BOM_UTF8 if bom else b"") + buffer.getvalue().encode("utf-8")

    def clean(value: str) -> str:
        return unicodedata.normalize("NFC", value).strip()

    expected = [
        Row(line, {"ma_don_vi": clean(code), "ten_don_vi": clean(name)})
        for line, (code, name) in enumerate(rows, start=2)
        if clean(code) or clean(name)
    ]
    if not expected:
        assert refusal(data) == NO_ROWS_MESSAGE.format(line=1)
    else:
        assert read(data).rows == expected
