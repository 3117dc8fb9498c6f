import csv
import datetime
import io

import openpyxl
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.orgunits.models import OrgUnit
from danvan.orgunits.services import orgunit_rename


def test_tree_shows_the_users_roots_and_children_load_by_htmx(users, login):
    client = login(users["head_a"])
    page = client.get("/don-vi/").content.decode()
    assert "Sở Nội vụ" in page and "Ủy ban nhân dân tỉnh Thử" not in page
    assert 'hx-get="/don-vi/A/cap-duoi/' in page
    partial = client.get("/don-vi/A/cap-duoi/", HTTP_HX_REQUEST="true")
    assert partial.status_code == 200
    assert "Phòng Xây dựng chính quyền" in partial.content.decode()
    assert "<html" not in partial.content.decode()


def test_tree_as_of_a_date_shows_names_of_that_date(users, tree, login):
    orgunit_rename(unit=tree["A"], name="Sở Nội vụ mới", effective=datetime.date(2025, 3, 1))
    client = login(users["aggregator"])
    page = client.get("/don-vi/P/cap-duoi/?ngay=01/01/2024").content.decode()
    assert "Sở Nội vụ" in page and "Sở Nội vụ mới" not in page
    page = client.get("/don-vi/P/cap-duoi/?ngay=01/04/2025").content.decode()
    assert "Sở Nội vụ mới" in page


def test_search_finds_by_old_name_too(users, tree, login):
    orgunit_rename(unit=tree["B"], name="Sở Tư pháp tỉnh", effective=datetime.date(2025, 3, 1))
    page = login(users["aggregator"]).get("/don-vi/?q=Bí Mật").content.decode()
    assert "/don-vi/B/" in page


def test_detail_shows_history_and_dates_in_vietnamese_format(users, tree, login):
    orgunit_rename(unit=tree["A"], name="Sở Nội vụ mới", effective=datetime.date(2025, 3, 1))
    page = login(users["clerk_a"]).get("/don-vi/A/?ngay=14/06/2021").content.decode()
    assert "Tên vào ngày 14/06/2021" in page
    assert "01/03/2025" in page
    assert "Đổi tên" not in page  # a clerk cannot rename


def test_admin_renames_and_merges_through_the_ui(users, tree, login):
    client = login(users["admin"])
    response = client.post(
        "/don-vi/A/doi-ten/", {"name": "Sở Nội vụ tỉnh Thử", "effective": "01/07/2025"}
    )
    assert response.status_code == 302
    tree["A"].refresh_from_db()
    assert tree["A"].name == "Sở Nội vụ tỉnh Thử"
    response = client.post("/don-vi/A/sap-nhap/", {"sources": ["B"], "effective": "01/08/2025"})
    # Irreversible: first a page that names what will happen, and nothing changes yet.
    page = response.content.decode()
    assert response.status_code == 200
    assert "Xác nhận sáp nhập" in page and "Sở Tư pháp Bí Mật" in page and "01/08/2025" in page
    assert OrgUnit.objects.get(code="B").merged_into is None
    response = client.post(
        "/don-vi/A/sap-nhap/", {"sources": ["B"], "effective": "01/08/2025", "xac_nhan": "1"}
    )
    assert response.status_code == 302
    merged = OrgUnit.objects.get(code="B")
    assert merged.merged_into == tree["A"] and merged.valid_to == datetime.date(2025, 7, 31)


def test_bad_rename_date_keeps_the_unit_and_says_why(users, tree, login):
    client = login(users["admin"])
    response = client.post(
        "/don-vi/A/doi-ten/", {"name": "Tên mới", "effective": "31/02/2025"}, follow=True
    )
    assert "Ngày không hợp lệ" in response.content.decode()
    tree["A"].refresh_from_db()
    assert tree["A"].name == "Sở Nội vụ"


def test_subtree_admin_cannot_rename_outside_it(users, tree, login):
    response = login(users["admin_a"]).post(
        "/don-vi/B/doi-ten/", {"name": "Chiếm", "effective": "01/07/2025"}
    )
    assert response.status_code == 404
    tree["B"].refresh_from_db()
    assert tree["B"].name == "Sở Tư pháp Bí Mật"


def test_create_unit_under_an_administered_parent(users, login):
    client = login(users["admin_a"])
    form = client.get("/don-vi/them/").content.decode()
    assert 'value="A"' in form and 'value="B"' not in form
    response = client.post(
        "/don-vi/them/", {"code": "A2", "name": "Phòng Tổ chức", "kind": "phong", "parent": "A"}
    )
    assert response.status_code == 302
    assert OrgUnit.objects.get(code="A2").path == "/P/A/A2/"
    refused = client.post(
        "/don-vi/them/", {"code": "B2", "name": "Ngoài phạm vi", "kind": "phong", "parent": "B"}
    )
    assert refused.status_code == 200 and not OrgUnit.objects.filter(code="B2").exists()


def test_upload_import_reports_every_bad_row_and_changes_nothing(users, login):
    data = (
        "ma_don_vi,ten_don_vi,loai,ma_don_vi_cha\n"
        "A2,Phòng Một,phong,A\n"
        "A3,,phong,A\n"
        "A4,Phòng Bốn,phong,KHONGCO\n"
    ).encode()
    response = login(users["admin"]).post(
        "/don-vi/nhap/", {"file": SimpleUploadedFile("don-vi.csv", data)}
    )
    page = response.content.decode()
    assert response.status_code == 400
    assert "Tệp có 2 lỗi — chưa nhập dòng nào" in page
    assert "<td>3</td>" in page and "<td>4</td>" in page
    assert not OrgUnit.objects.filter(code="A2").exists()


def test_upload_import_of_a_pdf_is_refused_in_vietnamese(users, login):
    response = login(users["admin"]).post(
        "/don-vi/nhap/", {"file": SimpleUploadedFile("bao-cao.pdf", b"%PDF-1.7\n...")}
    )
    assert "CSV" in response.content.decode() and response.status_code == 400


def test_upload_import_success(users, login):
    data = "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha\nA2,Phòng Một,phong,A\n".encode("utf-8-sig")
    response = login(users["admin_a"]).post(
        "/don-vi/nhap/", {"file": SimpleUploadedFile("don-vi.csv", data)}
    )
    assert "Thêm mới 1" in response.content.decode()
    assert OrgUnit.objects.filter(code="A2").exists()


def test_export_contains_only_visible_units(users, login):
    client = login(users["head_a"])
    text = client.get("/don-vi/xuat/?dinh_dang=csv").content.decode("utf-8-sig")
    codes = [line.split(",")[0] for line in text.strip().splitlines()[1:]]
    assert codes == ["A", "A1"]
    xlsx = client.get("/don-vi/xuat/?dinh_dang=xlsx")
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_opening_a_level_costs_the_same_queries_for_3_or_30_children(users, tree, login):
    """No query per row: the children list is built in a fixed number of queries."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from danvan.orgunits.services import orgunit_create, orgunit_rename

    client = login(users["aggregator"])

    def queries():
        with CaptureQueriesContext(connection) as captured:
            assert client.get("/don-vi/P/cap-duoi/").status_code == 200
        return len(captured)

    few = queries()
    for i in range(27):
        unit = orgunit_create(code=f"XA{i}", name=f"Xã {i}", kind="ubnd_xa", parent=tree["P"])
        orgunit_rename(unit=unit, name=f"Xã {i} mới", effective=datetime.date(2025, 7, 1))
    assert queries() == few


def test_import_template_round_trip_and_errors_in_vietnamese(users, login):
    import io as _io

    from django.core.files.uploadedfile import SimpleUploadedFile
    from openpyxl import load_workbook as _load

    from danvan.orgunits.models import OrgUnit as _OrgUnit

    client = login(users["admin_a"])
    page = client.get("/don-vi/nhap/").content.decode()
    assert "/don-vi/tep-mau/" in page and "ma_don_vi" not in page
    template = client.get("/don-vi/tep-mau/")
    workbook = _load(_io.BytesIO(template.content))
    assert [c.value for c in workbook["Dữ liệu"][1]][:2] == ["Mã đơn vị", "Tên đơn vị"]
    assert "Hướng dẫn" in workbook.sheetnames
    done = client.post("/don-vi/nhap/", {"file": SimpleUploadedFile("m.xlsx", template.content)})
    assert "Thêm mới 1" in done.content.decode()
    assert _OrgUnit.objects.get(code="A.MAU").parent.code == "A"
    bad = "Mã đơn vị,Tên đơn vị,Loại,Mã đơn vị cha\nA.Q,Phòng Q,cục,A\n".encode()
    refused = client.post("/don-vi/nhap/", {"file": SimpleUploadedFile("b.csv", bad)})
    html = refused.content.decode()
    assert refused.status_code == 400 and "<td>Loại</td>" in html
    assert "Phòng, ban chuyên môn" in html and "so_nganh" not in html


def test_admin_sets_the_letterhead_on_the_unit_page_and_bad_input_changes_nothing(
    users, tree, login
):
    from danvan.orgunits.letterhead import orgunit_letterhead_as_of

    client = login(users["admin"])
    page = client.get("/don-vi/A/").content.decode()
    assert "Thể thức văn bản" in page and "tạm tạo từ chữ đầu của tên" in page  # SNV guessed
    response = client.post(
        "/don-vi/A/the-thuc/",
        {
            "symbol": "SNV",
            "place_name": "",
            "parent_header": "UBND TỈNH THỬ",
            "issuer_header": "SỞ\r\nNỘI VỤ",
        },
        follow=True,
    )
    assert "Đã lưu thể thức văn bản" in response.content.decode()
    head = orgunit_letterhead_as_of(tree["A"], datetime.date.today())
    assert head.symbol_declared and head.issuer_lines == ("SỞ", "NỘI VỤ")
    assert "Số: …/BC-SNV" in response.content.decode()
    response = client.post(
        "/don-vi/A/the-thuc/", {"symbol": "Sở NV", "issuer_header": "KHÁC"}, follow=True
    )
    assert "Ký hiệu «Sở NV» không hợp lệ" in response.content.decode()
    assert orgunit_letterhead_as_of(tree["A"], datetime.date.today()).issuer_lines == (
        "SỞ",
        "NỘI VỤ",
    )


def test_a_clerk_cannot_change_the_letterhead(users, tree, login):
    client = login(users["clerk_a"])
    assert "Lưu thể thức" not in client.get("/don-vi/A/").content.decode()
    response = client.post("/don-vi/A/the-thuc/", {"symbol": "XYZ"})
    assert response.status_code in (302, 403)
    from danvan.orgunits.letterhead import orgunit_letterhead_as_of

    assert orgunit_letterhead_as_of(tree["A"], datetime.date.today()).symbol != "XYZ"


def test_a_unit_named_like_a_formula_is_inert_text_in_both_exports(tree, users, login):
    """Decision 0039: names are what people typed; no export cell may be a live formula."""
    from danvan.orgunits.services import orgunit_create

    orgunit_create(
        code="Z",
        name='=HYPERLINK("http://x","Bấm")',
        short_name="@SUM(1+1)",
        kind="phong",
        parent=tree["A"],
        place_name="+cmd|' /C calc'!A0",
    )
    client = login(users["admin"])
    text = client.get("/don-vi/xuat/?dinh_dang=csv").content.decode("utf-8-sig")
    row = next(r for r in csv.reader(io.StringIO(text)) if r[0] == "Z")
    assert row[1:3] == ['\'=HYPERLINK("http://x","Bấm")', "'@SUM(1+1)"]
    assert "'+cmd|' /C calc'!A0" in row
    xlsx = client.get("/don-vi/xuat/?dinh_dang=xlsx")
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    cells = next(r for r in sheet.iter_rows() if r[0].value == "Z")
    assert not any(cell.data_type == "f" for row in sheet.iter_rows() for cell in row)
    assert (cells[1].value, cells[1].data_type) == ('=HYPERLINK("http://x","Bấm")', "s")
