"""Statistics tables, in .txt (tabs or runs of spaces), .docx (cells, merged header cells) and
PDF (cells from PDFium's boxes): row identities by column labels, groups, named percentage
columns, the totals row — and silence where a table says nothing checkable."""

from danvan.checker.engine import check_file, check_text
from danvan.checker.tables import find_tables
from tests.checker.helpers import make_docx, make_pdf_table

HEADER = "Đơn vị\tTiếp nhận\tĐã giải quyết\tĐang giải quyết\tTỷ lệ giải quyết (%)"
ROWS = [
    "Cấp tỉnh\t1.000\t900\t100\t90,0",
    "Cấp huyện\t1.204\t1.150\t54\t95,5",
    "Cấp xã\t300\t280\t20\t93,3",
    "Tổng cộng\t2.504\t2.330\t174\t93,1",
]


def table_text(rows=ROWS, header=HEADER, sep="\t"):
    return (
        "Bảng 1. Kết quả giải quyết hồ sơ\n"
        + "\n".join(line.replace("\t", sep) for line in [header, *rows])
        + "\n\nTrên đây là kết quả."
    )


def test_labels_and_cells_are_read_with_their_places():
    (table,) = find_tables(table_text())
    assert table.columns[:3] == ["Đơn vị", "Tiếp nhận", "Đã giải quyết"]
    assert [row.label for row in table.rows] == ["Cấp tỉnh", "Cấp huyện", "Cấp xã", "Tổng cộng"]
    cell = table.rows[1].cells[2]
    assert (cell.text, cell.value) == ("1.150", 1150)
    assert table_text()[cell.start : cell.end] == "1.150"


def test_a_right_table_is_all_verified():
    result = check_text(table_text())
    assert result.findings == []
    kinds = [v.arithmetic for v in result.verified if v.kind == "table"]
    assert "Hàng «Cấp huyện»: 1.150 + 54 = 1.204: khớp" in kinds
    assert "Cột «Tiếp nhận»: cộng 3 hàng = 2.504: khớp" in kinds
    assert "Hàng «Cấp xã»: 280/300 = 93,333% → 93,3%: khớp" in kinds


def test_a_row_that_does_not_balance_and_the_totals_row():
    rows = [
        ROWS[0],
        "Cấp huyện\t1.204\t1.150\t60\t95,5",
        ROWS[2],
        "Tổng cộng\t2.504\t2.330\t180\t93,1",
    ]
    findings = check_text(table_text(rows)).findings
    messages = [f.message for f in findings]
    assert (
        "Hàng «Cấp huyện»: đã giải quyết + đang giải quyết là 1.210, không phải 1.204." in messages
    )
    assert all(f.rule == "table_mismatch" for f in findings)


def test_a_column_total_that_does_not_add_up():
    rows = [*ROWS[:3], "Tổng cộng\t2.540\t2.330\t174\t91,7"]
    findings = [f for f in check_text(table_text(rows)).findings if "cột «Tiếp nhận»" in f.message]
    (finding,) = findings
    assert finding.arithmetic == "cộng các hàng của cột «Tiếp nhận» = 2.504 ≠ 2.540"


def test_a_named_percentage_column_that_is_wrong():
    rows = ["Cấp tỉnh\t1.000\t900\t100\t80,0", *ROWS[1:3]]
    (finding,) = check_text(table_text(rows)).findings
    assert finding.arithmetic == "900/1.000 = 90,000% ≠ 80,0%"


def test_a_table_typed_with_runs_of_spaces():
    result = check_text(table_text(sep="    "))
    assert result.findings == []
    assert any(v.kind == "table" for v in result.verified)


def test_merged_header_cells_of_a_docx_name_their_sub_columns():
    grid = [
        ["Đơn vị", "Đã giải quyết", "", "", "", "Đang giải quyết"],
        ["", "Tổng số", "Trước hạn", "Đúng hạn", "Trễ hạn", ""],
        ["Sở Tư pháp", "120", "20", "95", "5", "7"],
        ["Sở Xây dựng", "80", "10", "60", "12", "3"],
    ]
    data = make_docx(["Bảng kết quả giải quyết hồ sơ"], grid)
    import io

    import docx

    document = docx.Document(io.BytesIO(data))
    table = document.tables[0]
    table.cell(0, 1).merge(table.cell(0, 4))
    table.cell(0, 1).text = "Đã giải quyết"
    out = io.BytesIO()
    document.save(out)
    result = check_file("bang.docx", out.getvalue())
    (finding,) = result.findings
    assert finding.message == (
        "Hàng «Sở Xây dựng»: trước hạn + đúng hạn + trễ hạn là 82, không phải 80."
    )
    assert "Hàng «Sở Tư pháp»: 20 + 95 + 5 = 120: khớp" in [v.arithmetic for v in result.verified]


def test_a_pdf_table_keeps_its_cells_apart():
    pdf = make_pdf_table(
        [["Don vi", "Tong so", "Truc tiep", "Truc tuyen"], ["Cap tinh", "1.000", "900", "100"]]
    )
    result = check_file("bang.pdf", pdf)
    assert "Cap tinh\t1.000\t900\t100" in result.text
    (table,) = find_tables(result.text)
    assert [c.value for c in table.rows[0].cells[1:]] == [1000, 900, 100]


def test_a_bare_percentage_column_is_checked_only_when_some_pair_fits():
    header = "Đơn vị\tTiếp nhận\tĐã giải quyết\tĐang giải quyết\tTỷ lệ (%)"
    rows = ["Cấp tỉnh\t1.000\t900\t100\t37,5", "Cấp xã\t300\t280\t20\t93,3"]
    assert [f.rule for f in check_text(table_text(rows, header)).findings] == []


def test_a_bare_rate_after_two_counts_is_the_second_over_the_first():
    header = "Cấp\tĐơn thuộc thẩm quyền\tĐã giải quyết xong\tTỷ lệ"
    rows = [
        "UBND huyện\t74\t68\t91,8%",
        "UBND các xã\t184\t174\t94,6%",
        "Tổng cộng\t258\t242\t93,8%",
    ]
    result = check_text(table_text(rows, header))
    # 68/74 = 91,892% cut to 91,8%: a notice; the others are rounded right.
    assert [(f.rule, f.arithmetic) for f in result.findings] == [
        ("rounding", "68/74 = 91,892% → 91,9%; văn bản ghi 91,8%: cắt bớt")
    ]
    assert any("174/184 = 94,565% → 94,6%: khớp" in v.arithmetic for v in result.verified)
    # A rate that fits neither count over the other is of a base the table does not hold.
    far = [r.replace("94,6%", "12,0%") for r in rows]
    assert all(f.rule != "table_mismatch" for f in check_text(table_text(far, header)).findings)
