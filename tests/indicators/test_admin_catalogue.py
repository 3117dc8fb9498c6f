"""Administrators extend the catalogue: typed-in items and ratios of two codes, checked with
Vietnamese messages, versioned, retired without deleting, computed from summed parts."""

import datetime
from unittest import mock

import pytest
from django.core.exceptions import PermissionDenied
from django.core.management import CommandError, call_command

from danvan.audit.models import AuditEvent
from danvan.core.errors import DomainError
from danvan.indicators.admin_defined import admin_indicators_stamp
from danvan.indicators.catalogue_services import (
    typed_indicator_create,
    typed_indicator_retire,
    typed_indicator_update,
)
from danvan.indicators.engine import catalogue, catalogue_refresh, indicators_compute
from danvan.indicators.form_services import form_version_create, form_version_text
from danvan.indicators.forms_catalogue import form_version_current
from danvan.indicators.models import TypedIndicator, TypedIndicatorVersion, TypedValue
from danvan.indicators.services import typed_values_set
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period, Window

D = datetime.date
YEAR = Window(D(2021, 1, 1), D(2021, 12, 31))
P2021 = Period.parse("2021")

ATTENDED = {
    "code": "SO_DV_THAM_DU",
    "label": "Số đảng viên tham dự hội nghị",
    "unit": "người",
    "value_type": "Số nguyên",
    "additive": "có",
}
MEMBERS = {**ATTENDED, "code": "TONG_DANG_VIEN", "label": "Tổng số đảng viên"}
SHARE = {
    "code": "TL_DV_THAM_DU",
    "label": "Tỷ lệ đảng viên tham dự",
    "unit": "%",
    "ratio_numerator": "so_dv_tham_du",
    "ratio_denominator": "TONG_DANG_VIEN",
    "legal_ref": "Hướng dẫn 21-HD/BTCTW",
}


@pytest.fixture
def three(users):
    admin = users["admin"]
    return [typed_indicator_create(user=admin, data=d) for d in (ATTENDED, MEMBERS, SHARE)]


def _enter(unit, attended, members):
    by_code = {t.code: t for t in TypedIndicator.objects.all()}
    typed_values_set(
        unit=unit,
        period=P2021,
        entries={by_code["SO_DV_THAM_DU"]: attended, by_code["TONG_DANG_VIEN"]: members},
    )


def test_an_administrator_adds_typed_items_and_a_ratio_to_the_catalogue(users, three):
    attended, members, share = three
    assert attended.value_type == "so_nguyen" and attended.additive
    assert share.ratio_numerator == "SO_DV_THAM_DU"  # codes are read in upper case
    assert {"SO_DV_THAM_DU", "TONG_DANG_VIEN", "TL_DV_THAM_DU"} <= {i.code for i in catalogue()}
    assert catalogue().get("TL_DV_THAM_DU").ratio == ("SO_DV_THAM_DU", "TONG_DANG_VIEN")
    assert [v.change for v in share.versions.all()] == ["tạo"]
    assert share.versions.get().changed_by is None or share.versions.get().label == SHARE["label"]


def test_the_ratio_is_shown_with_its_parts_and_one_decimal(tree, three):
    _enter(tree["A"], "159", "171")
    single = indicators_compute(
        OrgUnit.objects.filter(pk=tree["A"].pk), YEAR, period_code="2021", single_unit=True
    )
    assert single.ratios["TL_DV_THAM_DU"] == Ratio(159, 171)
    assert str(single.ratios["TL_DV_THAM_DU"]) == "159/171, đạt 93,0%"


def test_over_a_subtree_the_ratio_is_recomputed_from_the_summed_parts(tree, three):
    _enter(tree["A"], "159", "171")  # 93,0%
    _enter(tree["A1"], "10", "20")  # 50,0%; the average of the two would be 71,5%
    subtree = indicators_compute(
        OrgUnit.objects.filter(path__startswith="/P/A/"), YEAR, period_code="2021"
    )
    assert subtree.values["SO_DV_THAM_DU"] == 169
    assert str(subtree.ratios["TL_DV_THAM_DU"]) == "169/191, đạt 88,5%"


def test_a_ratio_may_divide_any_code_of_the_catalogue(users):
    # Counted from the registers (or a custom field's sum, through its provider): any code.
    share = typed_indicator_create(
        user=users["admin"],
        data={
            "code": "TL_MOI_TRONG_TONG",
            "label": "Tỷ lệ hồ sơ trực tuyến (quản trị định nghĩa)",
            "ratio_numerator": "HS_TRUC_TUYEN",
            "ratio_denominator": "HS_MOI",
        },
    )
    assert catalogue().get(share.code).is_ratio


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"code": ""}, "Cần ghi mã chỉ tiêu."),
        ({"code": "1_SAI"}, "Mã chỉ tiêu «1_SAI» không hợp lệ"),
        ({"code": "SỐ_DV"}, "không hợp lệ: viết chữ in hoa không dấu"),
        ({"code": "HS_MOI"}, "Mã «HS_MOI» đã có trong danh mục chỉ tiêu («Số hồ sơ tiếp nhận mới"),
        ({"code": "DVC_TONG"}, "Mã «DVC_TONG» đã có trong danh mục chỉ tiêu"),
        ({"label": "  "}, "Cần ghi tên chỉ tiêu."),
        ({"label": "x" * 301}, "Tên chỉ tiêu dài quá 300 ký tự."),
        ({"value_type": "chữ"}, "Kiểu giá trị «chữ» không hợp lệ; chọn một trong: Số nguyên"),
        ({"additive": "có lẽ"}, "Cộng qua các đơn vị: «có lẽ» không phải có/không"),
        ({"ratio_numerator": "HS_MOI"}, "Tỷ lệ cần cả mã tử số và mã mẫu số."),
        (
            {"ratio_numerator": "KHONG_CO", "ratio_denominator": "HS_MOI"},
            "Không có chỉ tiêu mã «KHONG_CO» trong danh mục để làm tử số.",
        ),
        (
            {"ratio_numerator": "TL_TRUC_TUYEN", "ratio_denominator": "HS_MOI"},
            "«TL_TRUC_TUYEN» là một tỷ lệ; tử số của tỷ lệ phải là chỉ tiêu không phải tỷ lệ.",
        ),
        (
            {"ratio_numerator": "MOI_MA", "ratio_denominator": "HS_MOI"},
            "Tỷ lệ không lấy chính nó làm tử số.",
        ),
        (
            {"ratio_numerator": "HS_MOI", "ratio_denominator": "HS_MOI"},
            "Tử số và mẫu số phải là hai chỉ tiêu khác nhau.",
        ),
        ({"valid_from": "31/02/2026"}, "Áp dụng từ ngày: «31/02/2026» không phải ngày hợp lệ"),
        (
            {"valid_from": "01/07/2026", "valid_to": "30/06/2026"},
            "Ngày áp dụng đến (30/06/2026) phải từ ngày áp dụng từ (01/07/2026) trở đi.",
        ),
    ],
)
def test_every_bad_input_is_refused_in_vietnamese_and_nothing_is_written(users, change, message):
    before = (TypedIndicator.objects.count(), TypedIndicatorVersion.objects.count())
    data = {**ATTENDED, "code": "MOI_MA", **change}
    with pytest.raises(DomainError) as refused:
        typed_indicator_create(user=users["admin"], data=data)
    assert message in refused.value.message
    assert (TypedIndicator.objects.count(), TypedIndicatorVersion.objects.count()) == before


def test_all_problems_are_listed_at_once(users):
    data = {"code": "x y", "label": "", "valid_from": "hôm qua"}
    with pytest.raises(DomainError) as refused:
        typed_indicator_create(user=users["admin"], data=data)
    for part in ("«X Y» không hợp lệ", "Cần ghi tên chỉ tiêu.", "«hôm qua» không phải ngày"):
        assert part in refused.value.message


def test_a_part_of_a_ratio_cannot_become_a_ratio_no_cycle(users, three):
    attended = three[0]
    with pytest.raises(DomainError, match="đang là tử số hoặc mẫu số của tỷ lệ «Tỷ lệ đảng viên"):
        typed_indicator_update(
            user=users["admin"],
            indicator=attended,
            data={"ratio_numerator": "TL_DV_THAM_DU", "ratio_denominator": "HS_MOI"},
        )
    attended.refresh_from_db()
    assert not attended.is_ratio and attended.versions.count() == 1


def test_the_code_stays_and_a_used_item_keeps_its_value_type(users, tree, three):
    attended = three[0]
    _enter(tree["A"], "159", "171")
    with pytest.raises(DomainError, match="Không đổi được mã"):
        typed_indicator_update(user=users["admin"], indicator=attended, data={"code": "KHAC"})
    with pytest.raises(DomainError, match="Đã có số liệu nhập"):
        typed_indicator_update(
            user=users["admin"], indicator=attended, data={"value_type": "so_thap_phan"}
        )
    attended.refresh_from_db()
    assert attended.value_type == "so_nguyen"


@pytest.mark.parametrize("who", ["clerk_a", "aggregator", "admin_a", "head_a"])
def test_only_a_province_administrator_changes_the_catalogue(users, three, who):
    user = users[who]
    with pytest.raises(PermissionDenied, match="Chỉ quản trị cấp tỉnh"):
        typed_indicator_create(user=user, data={**ATTENDED, "code": "KHAC"})
    with pytest.raises(PermissionDenied):
        typed_indicator_update(user=user, indicator=three[0], data={"label": "Khác"})
    with pytest.raises(PermissionDenied):
        typed_indicator_retire(user=user, indicator=three[0])
    assert not TypedIndicator.objects.filter(code="KHAC").exists()
    three[0].refresh_from_db()
    assert three[0].label == ATTENDED["label"] and three[0].active


def test_every_change_is_audited_and_versioned(users, three):
    attended = three[0]
    typed_indicator_update(
        user=users["admin"], indicator=attended, data={"label": "Số đảng viên dự hội nghị"}
    )
    versions = list(attended.versions.order_by("number").values_list("number", "change", "label"))
    assert versions == [
        (1, "tạo", "Số đảng viên tham dự hội nghị"),
        (2, "sửa", "Số đảng viên dự hội nghị"),
    ]
    events = AuditEvent.objects.filter(model="indicators.typedindicator", object_id=attended.pk)
    assert events.count() == 2


def test_retiring_keeps_the_item_for_the_periods_before(users, tree, three):
    _enter(tree["A"], "159", "171")
    share = typed_indicator_retire(user=users["admin"], indicator=three[2], valid_to="31/12/2021")
    assert share.valid_to == D(2021, 12, 31) and not share.active
    assert TypedIndicator.objects.filter(code="TL_DV_THAM_DU").exists()  # never deleted
    assert [v.change for v in share.versions.order_by("number")] == ["tạo", "ngừng dùng"]
    old = indicators_compute(
        OrgUnit.objects.filter(pk=tree["A"].pk), YEAR, period_code="2021", single_unit=True
    )
    assert str(old.ratios["TL_DV_THAM_DU"]) == "159/171, đạt 93,0%"
    later = Window(D(2022, 1, 1), D(2022, 12, 31))
    assert "TL_DV_THAM_DU" not in {i.code for i in catalogue().for_window(later)}
    with pytest.raises(DomainError, match="đã ngừng dùng"):
        typed_indicator_retire(user=users["admin"], indicator=share)


def test_a_retirement_date_before_the_start_is_refused(users):
    item = typed_indicator_create(user=users["admin"], data={**ATTENDED, "valid_from": "1/7/2025"})
    with pytest.raises(DomainError, match=r"Ngày ngừng dùng \(30/06/2025\) phải từ"):
        typed_indicator_retire(user=users["admin"], indicator=item, valid_to="30/06/2025")
    with pytest.raises(DomainError, match="không phải ngày hợp lệ"):
        typed_indicator_retire(user=users["admin"], indicator=item, valid_to="hôm nay")
    item.refresh_from_db()
    assert item.active and item.valid_to is None


def test_another_process_sees_a_change_through_the_stamp(users, three):
    catalogue_refresh()
    stamp = admin_indicators_stamp()
    assert "TL_DV_THAM_DU" in catalogue()
    # Another worker adds one: its rows land in the database, this process's cache is stale.
    item = TypedIndicator(code="KHAC", label="Khác", value_type="so_nguyen")
    catalogue()  # what this process still holds
    TypedIndicator.objects.bulk_create([item])  # no signal here, as in another process …
    TypedIndicatorVersion.objects.bulk_create(  # … except its version row
        [
            TypedIndicatorVersion(
                indicator=TypedIndicator.objects.get(code="KHAC"),
                number=1,
                change="tạo",
                label="Khác",
                value_type="so_nguyen",
                additive=True,
                active=True,
            )
        ]
    )
    assert "KHAC" not in catalogue()
    assert admin_indicators_stamp() != stamp
    catalogue_refresh()  # what each computation does first
    assert "KHAC" in catalogue()


def _on_the_form():
    current = form_version_current()
    text = form_version_text(current) + "\nSO_DV_THAM_DU\nTONG_DANG_VIEN\nTL_DV_THAM_DU"
    form_version_create(version=current, text=text, valid_from=None)


def test_values_are_typed_only_for_the_users_own_units(users, tree, three, login):
    _on_the_form()
    url = "/chi-tieu/?don_vi=A&ky=2021"
    data = {"SO_DV_THAM_DU": "159", "TONG_DANG_VIEN": "171"}
    assert login(users["aggregator"]).post(url, data).status_code == 403  # sees A, keeps no book
    login(users["clerk_b"]).post(url, data)  # A is not among B's units: nothing is saved
    assert not TypedValue.objects.exists()
    page = login(users["clerk_a"]).post(url, data, follow=True)
    assert "Đã lưu số liệu nhập tay." in page.content.decode()
    assert "159/171, đạt 93,0%" in page.content.decode()
    assert TypedValue.objects.filter(unit=tree["A"]).count() == 2


def test_a_clerk_cannot_open_the_catalogue_editor(users, three, login):
    clerk = login(users["clerk_a"])
    assert clerk.get("/chi-tieu/danh-muc/them/").status_code == 403
    assert clerk.post("/chi-tieu/danh-muc/them/", {**ATTENDED, "code": "KHAC"}).status_code == 403
    edit = clerk.post("/chi-tieu/danh-muc/SO_DV_THAM_DU/", {"label": "Khác"})
    assert edit.status_code == 403
    assert clerk.post("/chi-tieu/danh-muc/SO_DV_THAM_DU/ngung-dung/").status_code == 403
    assert TypedIndicator.objects.get(code="SO_DV_THAM_DU").active
    assert not TypedIndicator.objects.filter(code="KHAC").exists()
    page = clerk.get("/chi-tieu/bieu-mau/").content.decode()
    assert "Số đảng viên tham dự hội nghị" in page and "Thêm chỉ tiêu" not in page


def test_the_page_refuses_bad_input_and_keeps_what_was_typed(users, login):
    admin = login(users["admin"])
    typed = {**ATTENDED, "code": "HS_MOI", "value_type": "so_nguyen", "additive": "on"}
    page = admin.post("/chi-tieu/danh-muc/them/", typed)
    text = page.content.decode()
    assert "Mã «HS_MOI» đã có trong danh mục chỉ tiêu" in text
    assert 'value="Số đảng viên tham dự hội nghị"' in text
    assert not TypedIndicator.objects.filter(label=ATTENDED["label"]).exists()


def test_the_command_line_adds_edits_lists_and_retires(db, capsys):
    call_command("indicator_catalogue", "add", "so_luot_cc_dao_tao", label="Số lượt công chức")
    call_command("indicator_catalogue", "edit", "SO_LUOT_CC_DAO_TAO", unit="lượt")
    call_command("indicator_catalogue", "retire", "SO_LUOT_CC_DAO_TAO", valid_to="31/12/2030")
    call_command("indicator_catalogue", "list")
    out = capsys.readouterr().out
    assert "Đã thêm chỉ tiêu SO_LUOT_CC_DAO_TAO: Số lượt công chức." in out
    assert "Đã ngừng dùng chỉ tiêu SO_LUOT_CC_DAO_TAO sau ngày 31/12/2030." in out
    assert "SO_LUOT_CC_DAO_TAO" in out and "đến 31/12/2030" in out
    with pytest.raises(CommandError, match="Mã «HS_MOI» đã có trong danh mục"):
        call_command("indicator_catalogue", "add", "HS_MOI", label="Trùng")
    assert TypedIndicator.objects.get(code="SO_LUOT_CC_DAO_TAO").unit == "lượt"


def test_the_edit_page_changes_the_label_and_shows_the_history(users, three, login):
    admin = login(users["admin"])
    page = admin.get("/chi-tieu/danh-muc/SO_DV_THAM_DU/").content.decode()
    assert 'value="Số đảng viên tham dự hội nghị"' in page and "Lịch sử thay đổi" in page
    data = {
        "label": "Số đảng viên dự hội nghị",
        "unit": "người",
        "value_type": "so_nguyen",
        "additive": "on",
    }
    done = admin.post("/chi-tieu/danh-muc/SO_DV_THAM_DU/", data, follow=True).content.decode()
    assert "Đã lưu chỉ tiêu «Số đảng viên dự hội nghị»." in done
    history = admin.get("/chi-tieu/danh-muc/SO_DV_THAM_DU/").content.decode()
    assert "Số đảng viên tham dự hội nghị" in history  # version 1 stays in the history
    assert TypedIndicator.objects.get(code="SO_DV_THAM_DU").versions.count() == 2


def test_a_blank_retirement_date_means_today_in_vietnam(users):
    """Only spaces is no date: the indicator stops today (Vietnamese date), no server error."""
    item = typed_indicator_create(user=users["admin"], data={**ATTENDED, "valid_from": "1/7/2025"})
    eve_utc = datetime.datetime(2026, 12, 31, 23, 30, tzinfo=datetime.UTC)
    with mock.patch("django.utils.timezone.now", return_value=eve_utc):
        typed_indicator_retire(user=users["admin"], indicator=item, valid_to="   ")
    item.refresh_from_db()
    assert (item.active, item.valid_to) == (False, D(2027, 1, 1))
