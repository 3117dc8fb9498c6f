"""Register lists: search, per-column filters, sorting, pages with the total, and exports of
exactly the rows the list shows — never a record of a unit the user may not see."""

import csv
import datetime
import io
import re

import pytest
from openpyxl import load_workbook

from danvan.dossiers.services import dossier_create

D = datetime.date


def _dossier(tree, code, unit="A", **extra):
    values = {"channel": "truc_tiep", "received_on": D(2021, 3, 1), **extra}
    return dossier_create(unit=tree[unit], code=code, **values)


@pytest.fixture
def dossiers(tree):
    _dossier(tree, "A-001", procedure_name="Đăng ký khai sinh", received_on=D(2021, 1, 4))
    _dossier(
        tree,
        "A-002",
        procedure_name="Cấp giấy phép xây dựng",
        channel="truc_tuyen",
        received_on=D(2021, 2, 1),
    )
    _dossier(
        tree,
        "A1-003",
        unit="A1",
        procedure_name="Đăng ký kết hôn",
        field="Hộ tịch",
        received_on=D(2021, 3, 1),
        finished_on=D(2021, 3, 2),
        outcome="da_tra_ket_qua",
    )
    _dossier(tree, "HS-BI-MAT", unit="B", procedure_name="Đăng ký khai sinh")


def _codes(html: str) -> list[str]:
    return re.findall(r'<a href="/ho-so/\d+/">([^<]+)</a>', html)


def _csv_codes(response) -> list[str]:
    text = response.content.decode("utf-8-sig")
    return [row["Mã hồ sơ"] for row in csv.DictReader(io.StringIO(text))]


def test_default_order_newest_first_with_the_total(users, dossiers, login):
    html = login(users["head_a"]).get("/ho-so/").content.decode()
    assert _codes(html) == ["A1-003", "A-002", "A-001"]
    assert "1–3 / 3 hồ sơ" in html


def test_clicking_a_header_sorts_and_clicking_again_reverses(users, dossiers, login):
    client = login(users["head_a"])
    up = client.get("/ho-so/?sap_xep=ma_ho_so").content.decode()
    assert _codes(up) == ["A-001", "A-002", "A1-003"]
    assert re.search(r'aria-sort="ascending"><a class="sort" href="\?sap_xep=-ma_ho_so"', up)
    down = client.get("/ho-so/?sap_xep=-ma_ho_so").content.decode()
    assert _codes(down) == ["A1-003", "A-002", "A-001"]
    assert 'aria-sort="descending"' in down
    by_unit = client.get("/ho-so/?sap_xep=ma_don_vi").content.decode()
    assert _codes(by_unit)[-1] == "A1-003"  # A's records, then A1's (tree order)


def test_an_unknown_sort_is_ignored(users, dossiers, login):
    response = login(users["head_a"]).get("/ho-so/?sap_xep=password")
    assert response.status_code == 200
    assert _codes(response.content.decode()) == ["A1-003", "A-002", "A-001"]


def test_search_looks_in_every_text_column_not_only_the_code(users, dossiers, login):
    client = login(users["head_a"])
    assert _codes(client.get("/ho-so/?q=khai+sinh").content.decode()) == ["A-001"]
    assert _codes(client.get("/ho-so/?q=hộ+tịch").content.decode()) == ["A1-003"]
    assert _codes(client.get("/ho-so/?q=A-00").content.decode()) == ["A-002", "A-001"]
    # Every word must match somewhere.
    assert _codes(client.get("/ho-so/?q=đăng+ký+hôn").content.decode()) == ["A1-003"]


def test_filters_per_column(users, dossiers, tree, login):
    client = login(users["head_a"])
    assert _codes(client.get("/ho-so/?kenh_nop=truc_tuyen").content.decode()) == ["A-002"]
    assert _codes(client.get("/ho-so/?ma_don_vi=A1").content.decode()) == ["A1-003"]
    dated = client.get("/ho-so/?ngay_tiep_nhan_tu=01/02/2021&ngay_tiep_nhan_den=28/02/2021")
    assert _codes(dated.content.decode()) == ["A-002"]
    assert _codes(client.get("/ho-so/?ket_qua=da_tra_ket_qua").content.decode()) == ["A1-003"]
    assert _codes(client.get("/ho-so/?ten_thu_tuc=giấy+phép").content.decode()) == ["A-002"]
    assert _codes(client.get("/ho-so/?tinh_trang=da_ket_thuc").content.decode()) == ["A1-003"]


def test_a_bad_filter_date_says_so_and_keeps_what_was_typed(users, dossiers, login):
    html = login(users["head_a"]).get("/ho-so/?ngay_tiep_nhan_tu=31/02/2021").content.decode()
    assert "Ngày không hợp lệ, hãy nhập dạng dd/mm/yyyy" in html
    assert 'value="31/02/2021"' in html


def test_pages_with_the_range_and_the_total(users, tree, login):
    for i in range(120):
        _dossier(tree, f"P-{i:03d}", received_on=D(2021, 1, 1) + datetime.timedelta(days=i))
    client = login(users["head_a"])
    first = client.get("/ho-so/").content.decode()
    assert "1–50 / 120 hồ sơ" in first and "Trang 1/3" in first
    last = client.get("/ho-so/?sap_xep=ma_ho_so&trang=3").content.decode()
    assert "101–120 / 120 hồ sơ" in last
    assert _codes(last) == [f"P-{i:03d}" for i in range(100, 120)]
    # The page links keep the sort.
    assert 'href="?sap_xep=ma_ho_so&amp;trang=2"' in last


def test_big_totals_are_grouped_the_vietnamese_way():
    from django.core.paginator import Paginator

    from danvan.registers.listing import _count_text

    pages = Paginator(range(10234), 50)
    assert _count_text(pages.page(1), "bản ghi") == "1–50 / 10.234 bản ghi"
    assert _count_text(pages.page(205), "bản ghi") == "10.201–10.234 / 10.234 bản ghi"
    assert _count_text(Paginator([], 50).page(1), "hồ sơ") == "0 hồ sơ"


def test_export_holds_the_filtered_rows_in_the_list_order(users, dossiers, login):
    client = login(users["head_a"])
    response = client.get("/ho-so/xuat/?q=đăng+ký&sap_xep=-ma_ho_so")
    assert response["Content-Disposition"] == 'attachment; filename="ho-so-tthc.csv"'
    assert _csv_codes(response) == ["A1-003", "A-001"]
    xlsx = client.get("/ho-so/xuat/?kenh_nop=truc_tiep&sap_xep=ma_ho_so&dinh_dang=xlsx")
    sheet = load_workbook(io.BytesIO(xlsx.content), read_only=True).active
    assert [row[0].value for row in sheet.iter_rows(min_row=2)] == ["A-001", "A1-003"]


def test_generic_register_page_sorts_filters_and_exports(users, tree, login):
    from danvan.petitions.models import Petition  # noqa: F401  (the register exists)

    client = login(users["head_a"])
    html = client.get("/so/dossiers/?sap_xep=-ma_ho_so").content.decode()
    assert "0 bản ghi" in html  # nothing yet; the page still renders its filters
    _dossier(tree, "G-1", procedure_name="Chứng thực")
    _dossier(tree, "G-2", procedure_name="Hộ tịch")
    html = client.get("/so/dossiers/?q=chứng&sap_xep=-ma_ho_so").content.decode()
    assert "G-1" in html and "G-2" not in html
    exported = client.get("/so/dossiers/xuat/?q=chứng")
    assert _csv_codes(exported) == ["G-1"]


def test_filters_and_exports_never_show_a_foreign_unit(users, dossiers, login):
    clerk_b = login(users["clerk_b"])
    for query in ("ma_don_vi=A", "q=khai+sinh", "ma_don_vi=A1&sap_xep=ma_ho_so", ""):
        html = clerk_b.get(f"/ho-so/?{query}").content.decode()
        assert "A-001" not in html and "A1-003" not in html
        assert _csv_codes(clerk_b.get(f"/ho-so/xuat/?{query}")) in ([], ["HS-BI-MAT"])
    # A's unit is not even offered in B's unit filter.
    assert 'value="A"' not in clerk_b.get("/ho-so/").content.decode()
    # And A's people never see B's record, whatever they search.
    head_a = login(users["head_a"])
    assert "HS-BI-MAT" not in head_a.get("/ho-so/?q=khai+sinh&ma_don_vi=B").content.decode()
    assert _csv_codes(head_a.get("/ho-so/xuat/?ma_don_vi=B")) == [
        "A1-003",
        "A-002",
        "A-001",
    ]  # a unit outside the scope filters nothing in: the user's own rows only


def test_every_register_lists_sorts_by_every_column_and_filters(users, tree, login):
    from danvan.registers.registry import registers

    client = login(users["head_a"])
    for spec in registers().values():
        page = client.get(f"/so/{spec.slug}/")
        assert page.status_code == 200, spec.slug
        html = page.content.decode()
        assert 'name="q"' in html and "Lọc theo cột" in html
        for column in spec.columns:
            sorted_page = client.get(f"/so/{spec.slug}/?sap_xep=-{column.name}")
            assert sorted_page.status_code == 200, (spec.slug, column.name)
            assert 'aria-sort="descending"' in sorted_page.content.decode(), column.name
        # Every filter the page offers can be submitted (empty values filter nothing).
        names = set(re.findall(r'<(?:input|select)[^>]* name="([^"]+)"', html)) - {"sap_xep"}
        query = "&".join(f"{name}=" for name in sorted(names))
        assert client.get(f"/so/{spec.slug}/?{query}").status_code == 200, spec.slug
        assert client.get(f"/so/{spec.slug}/xuat/?{query}&dinh_dang=xlsx").status_code == 200
