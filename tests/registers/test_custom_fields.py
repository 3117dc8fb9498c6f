"""Custom fields (trường bổ sung): defined by a province administrator, then typed, imported,
exported, listed, read and written by the API, audited, trashed and summed by an indicator."""

import datetime
import io
import json

import pytest
from django.core.exceptions import PermissionDenied
from openpyxl import load_workbook

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.models import Conference
from danvan.audit.models import AuditEvent
from danvan.audit.presenting import event_changes
from danvan.core.errors import DomainError
from danvan.core.importing import ImportRejected
from danvan.indicators.engine import (
    catalogue,
    indicator_records,
    indicators_compute,
    indicators_compute_direct,
)
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Window
from danvan.registers.custom import columns_for, custom_code_from_label
from danvan.registers.custom_services import (
    custom_field_create,
    custom_field_reactivate,
    custom_field_retire,
    custom_field_update,
)
from danvan.registers.exporting import register_export_csv, register_export_xlsx
from danvan.registers.importing import register_import
from danvan.registers.models import CustomField, TrashedRecord
from danvan.registers.registry import registers
from danvan.registers.services import register_record_delete
from danvan.registers.trash import trash_restore

D = datetime.date
WINDOW = Window(D(2026, 1, 1), D(2026, 12, 31))
HEADER = "Mã hội nghị,Mã đơn vị,Ngày tổ chức,Loại"


@pytest.fixture
def spec():
    return registers()["conferences"]


@pytest.fixture
def sent(users):
    """«Số lượt công chức được cử đi» (number, required) with a sum indicator."""
    return custom_field_create(
        user=users["admin"],
        register_slug="conferences",
        label="Số lượt công chức được cử đi",
        kind="number",
        required=True,
        indicator_code="hn_luot_cu_di",
        indicator_label="Số lượt công chức được cử đi tập huấn",
    )


def _import(spec, text: str):
    return register_import(spec, text.encode(), "x.csv", units=access_register_units(SYSTEM))


# --- services ---------------------------------------------------------------------------------


def test_the_code_is_derived_from_the_label():
    assert custom_code_from_label("Số người tham dự") == "so_nguoi_tham_du"
    assert custom_code_from_label("  Đảng viên (nữ) ") == "dang_vien_nu"
    assert custom_code_from_label("2 buổi") == "truong_2_buoi"


def test_a_field_is_created_with_its_derived_code_and_a_position(sent, users):
    assert (sent.code, sent.kind, sent.required, sent.active) == (
        "so_luot_cong_chuc_duoc_cu_di",
        "number",
        True,
        True,
    )
    assert sent.indicator_code == "HN_LUOT_CU_DI"
    other = custom_field_create(
        user=users["admin"], register_slug="conferences", label="Ghi chú", kind="Chữ"
    )
    assert other.position > sent.position and other.kind == "text"


@pytest.mark.parametrize(
    ("values", "reason"),
    [
        ({"register_slug": "khong-co"}, "không có sổ «khong-co»"),
        ({"label": "  "}, "tên trường không được để trống"),
        ({"label": "Loại"}, "tên «Loại» trùng với cột «Loại» của sổ"),
        ({"label": "so nguoi tham du"}, "trùng với cột «Số người tham dự»"),
        ({"code": "Mã sai"}, "mã kỹ thuật «mã sai» không hợp lệ"),
        ({"code": "loai"}, "mã kỹ thuật «loai» đã có trong sổ"),
        ({"code": "sap_xep"}, "mã kỹ thuật «sap_xep» là tên dành riêng"),
        ({"kind": "tiền"}, "kiểu «tiền» không hợp lệ; chọn một trong: Chữ, Số, Ngày"),
        ({"kind": "choice"}, "trường danh sách chọn cần ít nhất một lựa chọn"),
        ({"kind": "choice", "choices": "Có mặt\ncó mặt"}, "lựa chọn «có mặt» lặp lại"),
        (
            {"kind": "date", "indicator_code": "X_Y", "indicator_label": "x"},
            "chỉ tạo được chỉ tiêu tổng cho trường kiểu Số hoặc Có/không",
        ),
        ({"indicator_code": "HN_TONG", "indicator_label": "x"}, "«HN_TONG» đã có trong danh mục"),
        ({"indicator_code": "1-A", "indicator_label": "x"}, "mã chỉ tiêu «1-A» không hợp lệ"),
        ({"indicator_code": "HN_X"}, "cần tên chỉ tiêu tổng"),
        ({"indicator_label": "Tổng"}, "cần mã chỉ tiêu tổng"),
        ({"position": "-3"}, "thứ tự phải là số nguyên không âm"),
    ],
)
def test_each_bad_input_is_refused_in_vietnamese_and_nothing_is_written(users, values, reason):
    given = {"register_slug": "conferences", "label": "Số lượt cử đi", "kind": "number"}
    given.update(values)
    with pytest.raises(DomainError) as caught:
        custom_field_create(user=users["admin"], **given)
    assert caught.value.message.startswith("Trường bổ sung chưa hợp lệ: ")
    assert reason in caught.value.message
    assert not CustomField.objects.exists()


def test_two_fields_of_a_register_cannot_share_a_label_or_an_indicator(sent, users):
    with pytest.raises(DomainError, match="trùng với cột «Số lượt công chức được cử đi»"):
        custom_field_create(
            user=users["admin"],
            register_slug="conferences",
            label="số lượt công chức được cử đi",
            kind="text",
        )
    with pytest.raises(DomainError, match="«HN_LUOT_CU_DI» đã có trong danh mục"):
        custom_field_create(
            user=users["admin"],
            register_slug="dialogues",
            label="Số lượt",
            kind="number",
            indicator_code="HN_LUOT_CU_DI",
            indicator_label="x",
        )
    assert CustomField.objects.count() == 1


@pytest.mark.parametrize("who", ["admin_a", "clerk_a", "aggregator"])
def test_only_a_province_administrator_defines_fields(users, sent, who):
    """A unit administrator (of Sở A's subtree) is not a province one."""
    with pytest.raises(PermissionDenied, match="Chỉ quản trị cấp tỉnh"):
        custom_field_create(
            user=users[who], register_slug="conferences", label="Ghi chú", kind="text"
        )
    with pytest.raises(PermissionDenied):
        custom_field_update(user=users[who], field=sent, label="Khác", required=False)
    with pytest.raises(PermissionDenied):
        custom_field_retire(user=users[who], field=sent)
    sent.refresh_from_db()
    assert (sent.label, sent.active, CustomField.objects.count()) == (
        "Số lượt công chức được cử đi",
        True,
        1,
    )


def test_changes_and_retirement_are_audited(sent, users):
    custom_field_update(
        user=users["admin"],
        field=sent,
        label="Số lượt được cử đi",
        required=False,
        indicator_code=sent.indicator_code,
        indicator_label=sent.indicator_label,
    )
    custom_field_retire(user=users["admin"], field=sent)
    with pytest.raises(DomainError, match="đã ngừng dùng từ trước"):
        custom_field_retire(user=users["admin"], field=sent)
    custom_field_reactivate(user=users["admin"], field=sent)
    events = AuditEvent.objects.filter(model="registers.customfield", object_id=str(sent.pk))
    assert [e.action for e in events.order_by("pk")] == ["create", "update", "update", "update"]


# --- the record form, list, import, export --------------------------------------------------


def test_the_form_types_validates_and_keeps_the_values(sent, spec, users, login, tree):
    client = login(users["clerk_a"])
    page = client.get("/so/conferences/them/")
    assert "Số lượt công chức được cử đi" in page.content.decode()
    data = {
        "code": "HN-1",
        "unit": tree["A"].pk,
        "held_on": "05/02/2026",
        "kind": "tap_huan",
        "organisation": "rieng",
        "attendees": "30",
        "subject": "",
    }
    refused = client.post("/so/conferences/them/", {**data, f"bo_sung__{sent.code}": ""})
    assert "Bắt buộc, không được để trống." in refused.content.decode()
    refused = client.post("/so/conferences/them/", {**data, f"bo_sung__{sent.code}": "mười"})
    assert "«mười» không phải số (viết 50.003 hoặc 84,2)" in refused.content.decode()
    assert not Conference.objects.exists()
    done = client.post("/so/conferences/them/", {**data, f"bo_sung__{sent.code}": "1.234"})
    assert done.status_code == 302
    record = Conference.objects.get()
    assert record.custom == {sent.code: "1234"}
    detail = client.get(done.url).content.decode()
    assert (
        "Số lượt công chức được cử đi" in detail and "1.234" in detail
    )  # shown as people write it
    listing = client.get("/so/conferences/").content.decode()
    assert '<th scope="col">Số lượt công chức được cử đi</th>' in listing
    assert ">1.234</td>" in listing
    filtered = client.get(f"/so/conferences/?{sent.code}=999").content.decode()
    assert "Không có bản ghi nào." in filtered


def test_editing_keeps_values_of_retired_fields(sent, spec, users, login, tree):
    note = custom_field_create(
        user=users["admin"], register_slug="conferences", label="Ghi chú", kind="text"
    )
    _import(
        spec,
        f"{HEADER},Số lượt công chức được cử đi,Ghi chú\nHN-1,A,05/02/2026,Tập huấn,7,cũ\n",
    )
    custom_field_retire(user=users["admin"], field=note)
    client = login(users["clerk_a"])
    record = Conference.objects.get()
    detail = client.get(f"/so/conferences/{record.pk}/").content.decode()
    assert "Trường đã ngừng dùng" in detail and "cũ" in detail
    form = client.get(f"/so/conferences/{record.pk}/sua/").content.decode()
    assert "bo_sung__ghi_chu" not in form and 'value="7"' in form
    client.post(
        f"/so/conferences/{record.pk}/sua/",
        {
            "code": "HN-1",
            "unit": tree["A"].pk,
            "held_on": "05/02/2026",
            "kind": "tap_huan",
            "organisation": "rieng",
            "attendees": "0",
            f"bo_sung__{sent.code}": "8",
        },
    )
    record.refresh_from_db()
    assert record.custom == {sent.code: "8", "ghi_chu": "cũ"}


def test_an_import_without_a_required_custom_column_changes_nothing(sent, spec):
    with pytest.raises(DomainError) as caught:
        _import(spec, f"{HEADER}\nHN-1,A,05/02/2026,Tập huấn\n")
    assert "Số lượt công chức được cử đi" in caught.value.message
    with pytest.raises(ImportRejected) as caught:
        _import(
            spec,
            f"{HEADER},Số lượt công chức được cử đi\n"
            "HN-1,A,05/02/2026,Tập huấn,4\nHN-2,A,06/02/2026,Tập huấn,\n",
        )
    (problem,) = caught.value.problems
    assert (problem.line, problem.column) == (3, "Số lượt công chức được cử đi")
    assert "bắt buộc" in problem.message
    assert not Conference.objects.exists()


def test_export_and_import_round_trip(sent, spec, users):
    custom_field_create(
        user=users["admin"],
        register_slug="conferences",
        label="Hình thức cử",
        kind="choice",
        choices="Trực tiếp\nTrực tuyến",
    )
    custom_field_create(
        user=users["admin"], register_slug="conferences", label="Ngày báo cáo", kind="date"
    )
    custom_field_create(
        user=users["admin"], register_slug="conferences", label="Có kinh phí", kind="bool"
    )
    text = (
        f"{HEADER},Số lượt công chức được cử đi,Hình thức cử,Ngày báo cáo,Có kinh phí\n"
        "HN-1,A,05/02/2026,Tập huấn,12,truc tuyen,20/02/2026,x\n"
        "HN-2,B,06/02/2026,Hội nghị,3,,,\n"
    )
    assert _import(spec, text).created == 2
    first = Conference.objects.get(code="HN-1")
    assert first.custom == {
        sent.code: "12",
        "hinh_thuc_cu": "Trực tuyến",
        "ngay_bao_cao": "2026-02-20",
        "co_kinh_phi": True,
    }
    exported = register_export_csv(spec, Conference.objects.order_by("code"))
    lines = exported.decode("utf-8-sig").splitlines()
    assert lines[0].endswith("Số lượt công chức được cử đi,Hình thức cử,Ngày báo cáo,Có kinh phí")
    assert lines[1].endswith(",12,Trực tuyến,20/02/2026,có")
    sheet = load_workbook(io.BytesIO(register_export_xlsx(spec, Conference.objects.all()))).active
    assert "Số lượt công chức được cử đi" in [cell.value for cell in sheet[1]]
    again = _import(spec, exported.decode("utf-8-sig"))
    assert (again.created, again.updated, again.unchanged) == (0, 0, 2)


def test_the_import_template_names_the_custom_column(sent, users, login):
    client = login(users["clerk_a"])
    response = client.get("/so/conferences/tep-mau/?dinh_dang=csv")
    header = response.content.decode("utf-8-sig").splitlines()[0]
    assert header.endswith("Số lượt công chức được cử đi")


def test_a_number_field_refuses_a_bad_import_value_by_its_header(sent, spec):
    with pytest.raises(ImportRejected) as caught:
        _import(spec, f"{HEADER},Số lượt công chức được cử đi\nHN-1,A,05/02/2026,Tập huấn,ba\n")
    assert str(caught.value.problems[0]) == (
        'Dòng 2, cột "Số lượt công chức được cử đi": «ba» không phải số (viết 50.003 hoặc 84,2).'
    )


# --- API ------------------------------------------------------------------------------------


def test_api_creates_reads_and_patches_a_record_by_custom_code(sent, users, api_client):
    client = api_client(users["clerk_a"])
    body = {
        "ma": "HN-9",
        "ma_don_vi": "A",
        "ngay": "05/02/2026",
        "loai": "Tập huấn",
        "hinh_thuc": "Tổ chức riêng",
    }
    refused = client.post("/api/v1/registers/conferences/", body, content_type="application/json")
    assert refused.status_code == 422
    (problem,) = refused.json()["problems"]
    assert (problem["field"], problem["label"]) == (sent.code, "Số lượt công chức được cử đi")
    created = client.post(
        "/api/v1/registers/conferences/",
        {**body, sent.code: 15},
        content_type="application/json",
    )
    assert created.status_code == 201, created.content
    assert created.json()["values"][sent.code] == "15"
    record_id = created.json()["id"]
    patched = client.patch(
        f"/api/v1/registers/conferences/{record_id}/",
        {sent.code: "16"},
        content_type="application/json",
    )
    assert patched.json()["values"][sent.code] == "16"
    read = client.get(f"/api/v1/registers/conferences/{record_id}/").json()
    assert read["values"][sent.code] == "16" and read["values"]["ma"] == "HN-9"


def test_api_of_fields_is_for_province_administrators(users, api_client):
    body = {"register_slug": "dialogues", "label": "Số đảng viên", "kind": "Số"}
    refused = api_client(users["admin_a"]).post(
        "/api/v1/custom-fields/", body, content_type="application/json"
    )
    assert refused.status_code == 403 and "quản trị cấp tỉnh" in refused.json()["detail"]
    admin = api_client(users["admin"])
    bad = admin.post(
        "/api/v1/custom-fields/", {**body, "kind": "x"}, content_type="application/json"
    )
    assert bad.status_code == 400 and "kiểu «x» không hợp lệ" in bad.json()["detail"]
    made = admin.post("/api/v1/custom-fields/", body, content_type="application/json")
    assert made.status_code == 201 and made.json()["code"] == "so_dang_vien"
    field_id = made.json()["id"]
    patched = admin.patch(
        f"/api/v1/custom-fields/{field_id}/", {"required": True}, content_type="application/json"
    )
    assert patched.json()["required"] is True and patched.json()["label"] == "Số đảng viên"
    retired = admin.post(f"/api/v1/custom-fields/{field_id}/ngung-dung/")
    assert retired.json()["active"] is False
    listed = api_client(users["clerk_a"]).get("/api/v1/custom-fields/?so=dialogues")
    assert [f["label"] for f in listed.json()] == ["Số đảng viên"]


# --- audit, trash ---------------------------------------------------------------------------


def test_the_audit_trail_names_custom_values_by_their_label(sent, users, api_client):
    client = api_client(users["clerk_a"])
    body = {
        "ma": "HN-9",
        "ma_don_vi": "A",
        "ngay": "05/02/2026",
        "loai": "Tập huấn",
        "hinh_thuc": "Tổ chức riêng",
    }
    record_id = client.post(
        "/api/v1/registers/conferences/",
        {**body, sent.code: 15},
        content_type="application/json",
    ).json()["id"]
    event = AuditEvent.objects.get(model="activities.conference", object_id=str(record_id))
    shown = json.dumps([vars(c) for c in event_changes(event)], ensure_ascii=False, default=str)
    assert "Số lượt công chức được cử đi" in shown


def test_the_trash_keeps_custom_values_and_restores_them(sent, spec, users):
    note = custom_field_create(
        user=users["admin"], register_slug="conferences", label="Ghi chú", kind="text"
    )
    _import(
        spec,
        f"{HEADER},Số lượt công chức được cử đi,Ghi chú\nHN-1,A,05/02/2026,Tập huấn,7,cũ\n",
    )
    custom_field_retire(user=users["admin"], field=note)
    register_record_delete(spec, Conference.objects.get())
    entry = TrashedRecord.objects.get()
    assert entry.values[sent.code] == "7"
    restored = trash_restore(user=users["admin"], entry_id=entry.pk)
    assert restored.custom == {sent.code: "7", "ghi_chu": "cũ"}


# --- the sum indicator ----------------------------------------------------------------------


def _records(spec):
    _import(
        spec,
        f"{HEADER},Số lượt công chức được cử đi\n"
        "HN-1,A,05/02/2026,Tập huấn,12\n"
        "HN-2,A1,06/03/2026,Tập huấn,5\n"
        "HN-3,B,07/03/2026,Hội nghị,100\n"
        "HN-4,A,07/03/2025,Hội nghị,1000\n",
    )


def test_the_sum_indicator_equals_the_sum_of_the_records_in_both_engines(sent, spec, tree):
    _records(spec)
    assert "HN_LUOT_CU_DI" in catalogue()
    subtree_a = OrgUnit.objects.filter(path__startswith=tree["A"].path)
    everything = OrgUnit.objects.all()
    for engine in (indicators_compute, indicators_compute_direct):
        assert engine(subtree_a, WINDOW).values["HN_LUOT_CU_DI"] == 17
        assert engine(everything, WINDOW).values["HN_LUOT_CU_DI"] == 117
        assert engine(OrgUnit.objects.filter(code="X"), WINDOW).values["HN_LUOT_CU_DI"] == 0
    behind = indicator_records(subtree_a, WINDOW, "HN_LUOT_CU_DI")
    assert sorted(behind.values_list("code", flat=True)) == ["HN-1", "HN-2"]


def test_a_yes_no_field_counts_the_records_where_yes(spec, users):
    custom_field_create(
        user=users["admin"],
        register_slug="conferences",
        label="Có kinh phí",
        kind="bool",
        indicator_code="HN_CO_KINH_PHI",
        indicator_label="Số hội nghị có kinh phí",
    )
    _import(
        spec,
        f"{HEADER},Có kinh phí\nHN-1,A,05/02/2026,Tập huấn,có\n"
        "HN-2,A,06/02/2026,Tập huấn,không\nHN-3,B,06/02/2026,Tập huấn,x\n",
    )
    units = OrgUnit.objects.all()
    for engine in (indicators_compute, indicators_compute_direct):
        assert engine(units, WINDOW).values["HN_CO_KINH_PHI"] == 2


def test_columns_for_is_the_fixed_then_the_active_custom_columns(sent, spec, users):
    retired = custom_field_create(
        user=users["admin"], register_slug="conferences", label="Ghi chú", kind="text"
    )
    custom_field_retire(user=users["admin"], field=retired)
    names = [c.name for c in columns_for(spec)]
    assert names == [c.name for c in spec.columns] + [sent.code]


def test_a_custom_field_labelled_and_filled_like_a_formula_is_inert_in_both_exports(
    users, tree, spec
):
    """Decision 0039: the label (an administrator's) and the values (a unit's) are text."""
    import csv

    field = custom_field_create(
        user=users["admin"], register_slug="conferences", label="=Ghi chú", kind="text"
    )
    _import(spec, HEADER + ",=Ghi chú\nHN-1,A,05/03/2026,Hội nghị,@SUM(1+1)\n")
    assert Conference.objects.get().custom[field.code] == "@SUM(1+1)"
    rows = list(
        csv.reader(
            io.StringIO(register_export_csv(spec, Conference.objects.all()).decode("utf-8-sig"))
        )
    )
    assert rows[0][-1] == "'=Ghi chú" and rows[1][-1] == "'@SUM(1+1)"
    sheet = load_workbook(io.BytesIO(register_export_xlsx(spec, Conference.objects.all()))).active
    header, value = sheet.cell(1, sheet.max_column), sheet.cell(2, sheet.max_column)
    assert (header.value, header.data_type) == ("=Ghi chú", "s")
    assert (value.value, value.data_type) == ("@SUM(1+1)", "s")
