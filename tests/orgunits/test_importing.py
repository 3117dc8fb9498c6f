import datetime
import io
import unicodedata

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError
from openpyxl import Workbook, load_workbook

from danvan.audit.models import AuditEvent
from danvan.core.importing import ImportRejected
from danvan.core.tabular import TableError
from danvan.orgunits.exporting import orgunits_export_csv, orgunits_export_xlsx
from danvan.orgunits.importing import orgunits_import
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_name_as_of

HEADER = "ma_don_vi,ten_don_vi,ten_viet_tat,loai,ma_don_vi_cha,hieu_luc_tu,hieu_luc_den\n"
GOOD = HEADER + (
    "T,Ủy ban nhân dân tỉnh Thử,UBND tỉnh,tinh,,,\n"
    "T.SNV,Sở Nội vụ,SNV,Sở ban ngành,T,01/01/2020,\n"
    "T.SNV.P1,Phòng Xây dựng chính quyền,,phong,T.SNV,2020-01-01,\n"
    "XA.1,Ủy ban nhân dân xã Một,,ubnd_xa,T,01/07/2025,\n"
)


def _csv(text: str, encoding="utf-8") -> bytes:
    return text.encode(encoding)


def test_good_file_creates_the_tree(db):
    result = orgunits_import(_csv(GOOD), "don-vi.csv")
    assert sorted(result.created) == ["T", "T.SNV", "T.SNV.P1", "XA.1"]
    unit = OrgUnit.objects.get(code="T.SNV.P1")
    assert unit.path == "/T/T.SNV/T.SNV.P1/" and unit.level == 3
    assert OrgUnit.objects.get(code="T.SNV").kind == "so_nganh"
    assert OrgUnit.objects.get(code="XA.1").valid_from == datetime.date(2025, 7, 1)


def test_children_before_parents_in_the_file_are_fine(db):
    lines = GOOD.strip().split("\n")
    reordered = "\n".join([lines[0], *reversed(lines[1:])]) + "\n"
    orgunits_import(_csv(reordered), "x.csv")
    assert OrgUnit.objects.get(code="T.SNV.P1").path == "/T/T.SNV/T.SNV.P1/"


def test_reimport_changes_nothing(db):
    orgunits_import(_csv(GOOD), "don-vi.csv")
    events = AuditEvent.objects.count()
    result = orgunits_import(_csv(GOOD), "don-vi.csv")
    assert result.created == [] and result.updated == []
    assert len(result.unchanged) == 4
    assert AuditEvent.objects.count() == events


def test_changed_name_is_a_rename_from_today(db):
    orgunits_import(_csv(GOOD), "don-vi.csv")
    renamed = GOOD.replace("Sở Nội vụ,SNV", "Sở Nội vụ tỉnh Thử,SNV")
    result = orgunits_import(_csv(renamed), "don-vi.csv")
    assert result.updated == ["T.SNV"]
    unit = OrgUnit.objects.get(code="T.SNV")
    assert unit.name == "Sở Nội vụ tỉnh Thử"
    yesterday = datetime.date.today() - datetime.timedelta(days=1)
    assert orgunit_name_as_of(unit, yesterday) == "Sở Nội vụ"


def test_vietnamese_headers_semicolons_and_bom_are_accepted(db):
    text = (
        "Mã đơn vị;Tên đơn vị;Tên viết tắt;Loại;Mã đơn vị cha;Hiệu lực từ;Hiệu lực đến\n"
        "T;Tỉnh Thử;;tinh;;;\n"
        "T.A;Sở Tư pháp;;so_nganh;T;;\n"
    )
    result = orgunits_import(text.encode("utf-8-sig"), "don-vi.csv")
    assert sorted(result.created) == ["T", "T.A"]


def test_windows_1258_file_is_decoded(db):
    text = "ma_don_vi,ten_don_vi,loai,ma_don_vi_cha\nT,Ủy ban nhân dân tỉnh Bình Định,tinh,\n"
    encoded = _cp1258(text)
    assert b"\xcc" in encoded or b"\xd2" in encoded or b"\xde" in encoded  # combining tones
    orgunits_import(encoded, "cp1258.csv")
    name = OrgUnit.objects.get(code="T").name
    assert name == "Ủy ban nhân dân tỉnh Bình Định"
    assert unicodedata.is_normalized("NFC", name)


def _cp1258(text: str) -> bytes:
    """Encode the way Windows-1258 does: precomposed where the code page has the letter,
    else base letter + combining tone mark."""
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
        except UnicodeEncodeError:
            decomposed = unicodedata.normalize("NFD", ch)
            base, marks = decomposed[0], decomposed[1:]
            # keep the vowel quality marks (circumflex, breve, horn) on the base if possible
            for i in range(len(marks), -1, -1):
                head = unicodedata.normalize("NFC", base + marks[:i])
                try:
                    out += head.encode("cp1258")
                    out += marks[i:].encode("cp1258")
                    break
                except UnicodeEncodeError:
                    continue
    return bytes(out)


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("Q,Đơn vị Q,,phong,KHONGCO,,", "ma_don_vi_cha", "không có trong tệp"),
        ("T.SNV,Trùng mã,,phong,T,,", "ma_don_vi", "lặp lại"),
        ("Q,Đơn vị Q,,phong,T,31/04/2021,", "hieu_luc_tu", "không phải ngày hợp lệ"),
        ("Q,Đơn vị Q,,phong,T,01/02/2021,01/01/2021", "hieu_luc_den", "trước hiệu lực từ"),
        ("Q,Đơn vị Q,,hợp tác xã,T,,", "loai", "không có"),
        ("Q,,,phong,T,,", "ten_don_vi", "bắt buộc"),
        ("Q Q,Đơn vị,,phong,T,,", "ma_don_vi", "không hợp lệ"),
        ("Q,Đơn vị Q,,phong,Q,,", "ma_don_vi_cha", "chính nó"),
    ],
)
def test_each_bad_row_is_reported_with_its_line_and_nothing_changes(db, row, column, reason):
    with pytest.raises(ImportRejected) as caught:
        orgunits_import(_csv(GOOD + row + "\n"), "don-vi.csv")
    problems = caught.value.problems
    assert [(p.line, p.code) for p in problems] == [(6, column)]
    assert reason in problems[0].message
    assert "Dòng 6" in caught.value.message
    assert OrgUnit.objects.count() == 0


def test_a_cycle_is_reported_on_every_row_of_it(db):
    text = HEADER + "C1,Một,,phong,C2,,\nC2,Hai,,phong,C3,,\nC3,Ba,,phong,C1,,\n"
    with pytest.raises(ImportRejected) as caught:
        orgunits_import(_csv(text), "vong.csv")
    assert [p.line for p in caught.value.problems] == [2, 3, 4]
    assert all("vòng lặp" in p.message for p in caught.value.problems)


def test_a_cycle_through_existing_units_is_caught(tree):
    # P currently has no parent; making P a child of A1 (which is under P) closes a loop.
    text = HEADER + "P,Ủy ban nhân dân tỉnh Thử,,tinh,A1,,\n"
    with pytest.raises(ImportRejected, match="vòng lặp"):
        orgunits_import(_csv(text), "vong.csv")
    tree["P"].refresh_from_db()
    assert tree["P"].parent is None


def test_every_bad_row_is_reported_not_just_the_first(db):
    text = GOOD + "Q,,,phong,T,,\nR,Đơn vị R,,phong,NOPE,,\nS,Đơn vị S,,xx,T,,\n"
    with pytest.raises(ImportRejected) as caught:
        orgunits_import(_csv(text), "don-vi.csv")
    assert [p.line for p in caught.value.problems] == [6, 7, 8]
    assert OrgUnit.objects.count() == 0


def test_wrong_file_kinds_get_vietnamese_messages(db):
    with pytest.raises(TableError, match="Excel 97-2003|.xls"):
        orgunits_import(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 100, "cu.xls")
    with pytest.raises(TableError):
        orgunits_import(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "bao-cao.pdf")
    with pytest.raises(TableError, match="[Kk]hông"):
        orgunits_import("ma_don_vi,ten_don_vi\n".encode("utf-16"), "utf16.csv")
    with pytest.raises(TableError, match="thiếu|Thiếu"):
        orgunits_import(_csv("ma_don_vi,ten_don_vi\nA,B\n"), "thieu-cot.csv")
    assert OrgUnit.objects.count() == 0


def test_xlsx_import_and_export_round_trip(db):
    orgunits_import(_csv(GOOD), "don-vi.csv")
    data = orgunits_export_xlsx(OrgUnit.objects.all())
    sheet = load_workbook(io.BytesIO(data)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0] == (
        "Mã đơn vị",
        "Tên đơn vị",
        "Tên viết tắt",
        "Loại",
        "Mã đơn vị cha",
        "Hiệu lực từ",
        "Hiệu lực đến",
        "Ký hiệu",
        "Ký hiệu kèm cấp trên",
        "Địa danh",
        "Tên cơ quan chủ quản",
        "Tên cơ quan ban hành",
    )
    snv = ("T.SNV", "Sở Nội vụ", "SNV", "Sở, ban, ngành", "T", "01/01/2020", None)
    assert snv + (None,) * 5 in rows
    result = orgunits_import(data, "don-vi.xlsx")
    assert result.created == [] and result.updated == []


def test_xlsx_with_real_date_cells(db):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["Mã đơn vị", "Tên đơn vị", "Loại", "Mã đơn vị cha", "Hiệu lực từ"])
    sheet.append(["T", "Tỉnh Thử", "tinh", None, datetime.datetime(2025, 7, 1)])
    buffer = io.BytesIO()
    workbook.save(buffer)
    orgunits_import(buffer.getvalue(), "x.xlsx")
    assert OrgUnit.objects.get(code="T").valid_from == datetime.date(2025, 7, 1)


def test_csv_export_has_bom_for_excel_and_reimports(db):
    orgunits_import(_csv(GOOD), "don-vi.csv")
    data = orgunits_export_csv(OrgUnit.objects.all())
    assert data.startswith(b"\xef\xbb\xbf")
    assert "Sở Nội vụ" in data.decode("utf-8-sig")
    assert orgunits_import(data, "lai.csv").updated == []


def test_scoped_import_cannot_touch_units_outside_the_admins_subtree(tree):
    text = HEADER + "A2,Phòng mới,,phong,A,,\nB,Sở Tư pháp đổi tên,,so_nganh,P,,\n"
    with pytest.raises(ImportRejected) as caught:
        orgunits_import(_csv(text), "x.csv", allowed_codes={"A", "A1"})
    assert [p.line for p in caught.value.problems] == [3, 3]
    assert not OrgUnit.objects.filter(code="A2").exists()


def test_cli_import_and_export(db, tmp_path, capsys):
    source = tmp_path / "don-vi.csv"
    source.write_bytes(_csv(GOOD))
    call_command("orgunits", "import", str(source))
    assert "thêm mới 4" in capsys.readouterr().out
    target = tmp_path / "ra.xlsx"
    call_command("orgunits", "export", str(target))
    assert load_workbook(target).active.max_row == 5


def test_cli_import_of_a_bad_file_fails_with_every_problem(db, tmp_path):
    source = tmp_path / "sai.csv"
    source.write_bytes(_csv(GOOD + "Q,,,phong,T,,\nR,R,,phong,NOPE,,\n"))
    with pytest.raises(CommandError) as caught:
        call_command("orgunits", "import", str(source))
    assert "Dòng 6" in str(caught.value) and "Dòng 7" in str(caught.value)
    assert OrgUnit.objects.count() == 0


def test_cli_missing_file(db):
    with pytest.raises(CommandError, match="Không tìm thấy tệp"):
        call_command("orgunits", "import", "/khong/co/tep.csv")


def test_tcvn3_file_is_decoded(db):
    from danvan.core.textfiles import TCVN3_DECODING_TABLE

    encode = {ch: bytes([i]) for i, ch in enumerate(TCVN3_DECODING_TABLE) if ch}
    text = (
        "ma_don_vi,ten_don_vi,loai,ma_don_vi_cha\n"
        "T,Ủy ban nhân dân tỉnh Bình Định,tinh,\n"
        "T.SNV,Sở Nội vụ và Sở Lao động,so_nganh,T\n"
    )
    data = b"".join(encode.get(ch) or ch.encode("ascii") for ch in text)
    orgunits_import(data, "tcvn3.csv")
    assert OrgUnit.objects.get(code="T.SNV").name == "Sở Nội vụ và Sở Lao động"
    assert OrgUnit.objects.get(code="T").name == "Ủy ban nhân dân tỉnh Bình Định"


def test_reimport_with_a_new_parent_moves_the_subtree(db):
    orgunits_import(_csv(GOOD), "don-vi.csv")
    moved = GOOD.replace(
        "T.SNV,Sở Nội vụ,SNV,Sở ban ngành,T,", "T.SNV,Sở Nội vụ,SNV,Sở ban ngành,XA.1,"
    )
    result = orgunits_import(_csv(moved), "don-vi.csv")
    assert result.updated == ["T.SNV"]
    assert OrgUnit.objects.get(code="T.SNV.P1").path == "/T/XA.1/T.SNV/T.SNV.P1/"
    closed = moved.replace(
        "T.SNV.P1,Phòng Xây dựng chính quyền,,phong,T.SNV,2020-01-01,",
        "T.SNV.P1,Phòng Xây dựng chính quyền,,phong,T.SNV,2020-01-01,30/06/2025",
    )
    assert orgunits_import(_csv(closed), "don-vi.csv").updated == ["T.SNV.P1"]
    assert OrgUnit.objects.get(code="T.SNV.P1").valid_to == datetime.date(2025, 6, 30)


LETTERHEAD = (
    "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha,Ký hiệu,Ký hiệu kèm cấp trên,Địa danh,"
    "Tên cơ quan chủ quản,Tên cơ quan ban hành\n"
    'T,Ủy ban nhân dân tỉnh Thử,tinh,,UBND,,,,"ỦY BAN NHÂN DÂN\nTỈNH THỬ"\n'
    "T.BQL,Ban Quản lý Khu kinh tế tỉnh Thử,so_nganh,T,BQL,không,Thử,UBND TỈNH THỬ,"
    '"BAN QUẢN LÝ\nKHU KINH TẾ"\n'
    "T.BQL.VP,Văn phòng Ban,phong,T.BQL,VP,có,,,\n"
)


def test_letterhead_columns_import_and_export_round_trip(db):
    from danvan.orgunits.letterhead import orgunit_letterhead_as_of

    orgunits_import(_csv(LETTERHEAD), "don-vi.csv")
    today = datetime.date.today()
    board = orgunit_letterhead_as_of(OrgUnit.objects.get(code="T.BQL"), today)
    assert board.symbol == "BQL" and board.issuer_lines == ("BAN QUẢN LÝ", "KHU KINH TẾ")
    office = orgunit_letterhead_as_of(OrgUnit.objects.get(code="T.BQL.VP"), today)
    assert office.document_symbol == "VP-BQL" and office.place == "Thử"
    exported = orgunits_export_csv(OrgUnit.objects.all()).decode("utf-8-sig")
    assert "Ký hiệu" in exported.splitlines()[0] and "BAN QUẢN LÝ\nKHU KINH TẾ" in exported
    again = orgunits_import(exported.encode("utf-8"), "don-vi.csv")
    assert sorted(again.unchanged) == ["T", "T.BQL", "T.BQL.VP"]


def test_a_bad_abbreviation_rejects_the_whole_file(db):
    bad = LETTERHEAD.replace(
        "T.BQL,Ban Quản lý Khu kinh tế tỉnh Thử,so_nganh,T,BQL,",
        ("T.BQL,Ban Quản lý Khu kinh tế tỉnh Thử,so_nganh,T,BQL KKT tỉnh,"),
    ).replace(",VP,có,", ",VP,hình như,")
    with pytest.raises(ImportRejected) as caught:
        orgunits_import(_csv(bad), "don-vi.csv")
    problems = {(p.line, p.column) for p in caught.value.problems}
    assert (3, "Ký hiệu") in problems and (4, "Ký hiệu kèm cấp trên") in problems
    messages = " ".join(p.message for p in caught.value.problems)
    assert "chữ in hoa không dấu" in messages and "không phải có/không" in messages
    assert not OrgUnit.objects.exists()


def test_a_file_without_letterhead_columns_keeps_the_letterheads(db):
    from danvan.orgunits.letterhead import orgunit_letterhead_as_of

    orgunits_import(_csv(LETTERHEAD), "don-vi.csv")
    plain = (
        "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha\n"
        "T.BQL,Ban Quản lý Khu kinh tế tỉnh Thử,so_nganh,T\n"
    )
    orgunits_import(_csv(plain), "don-vi.csv")
    board = orgunit_letterhead_as_of(OrgUnit.objects.get(code="T.BQL"), datetime.date.today())
    assert board.symbol == "BQL" and board.issuer_declared
