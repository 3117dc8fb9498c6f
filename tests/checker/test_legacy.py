"""Legacy reports into history: proposals from unambiguous wording, confirmation by a keeper
of the unit's registers, all or nothing, and the selector the consolidation reads."""

from decimal import Decimal

import pytest
from django.core.exceptions import PermissionDenied
from django.core.files.uploadedfile import SimpleUploadedFile

from danvan.audit.models import AuditEvent
from danvan.checker.engine import check_text
from danvan.checker.legacy import proposals
from danvan.checker.mapping import PHRASES
from danvan.checker.models import LegacyValue
from danvan.checker.selectors import legacy_values
from danvan.checker.services import LegacyRow, indicator_choices, legacy_values_confirm
from danvan.core.errors import DomainError

LEGACY = (
    "Tổng số hồ sơ tiếp nhận: 1.250 hồ sơ (kỳ trước chuyển qua 150 hồ sơ, tiếp nhận mới "
    "1.100 hồ sơ). Số hồ sơ tiếp nhận trực tuyến là 856 hồ sơ. Trong năm đã tiếp nhận, giải "
    "quyết 15/15 đơn khiếu nại. Tổ chức 12 cuộc họp."
)


def test_every_mapped_code_is_in_the_catalogue(db):
    known = {code for code, _ in indicator_choices()}
    for phrase in PHRASES:
        assert phrase.code in known, phrase.code
        if phrase.denominator:
            assert phrase.denominator in known, phrase.denominator


def test_unambiguous_wording_is_proposed_the_rest_left_to_the_person():
    rows = proposals(check_text(LEGACY))
    mapped = {(r["code"], r["value"]) for r in rows if r["checked"]}
    assert mapped == {
        ("HS_TIEP_NHAN", "1.250"),
        ("HS_KY_TRUOC", "150"),
        ("HS_MOI", "1.100"),
        ("HS_TRUC_TUYEN", "856"),
        ("KN_DA_GIAI_QUYET", "15"),
        ("KN_THAM_QUYEN", "15"),
    }
    unmapped = [r for r in rows if not r["code"]]
    assert [r["value"] for r in unmapped] == ["12"]  # "12 cuộc họp": which indicator? ask
    assert not unmapped[0]["checked"]


def test_confirm_stores_history_and_audits(users, tree):
    rows = [LegacyRow("HS_TIEP_NHAN", "1.250"), LegacyRow("HS_TRUC_TUYEN", "856")]
    before = AuditEvent.objects.count()
    legacy_values_confirm(
        user=users["clerk_a"], unit=tree["A"], period="2021", rows=rows, source_name="bc.docx"
    )
    assert AuditEvent.objects.count() == before + 2
    assert legacy_values([tree["A"]], "2021") == {
        "HS_TIEP_NHAN": Decimal(1250),
        "HS_TRUC_TUYEN": Decimal(856),
    }
    # Confirming again replaces the value (unique per unit, period, indicator).
    legacy_values_confirm(
        user=users["clerk_a"],
        unit=tree["A"],
        period="2021",
        rows=[LegacyRow("HS_TIEP_NHAN", "1.300")],
        source_name="bc-sua.docx",
    )
    assert LegacyValue.objects.get(indicator_code="HS_TIEP_NHAN").value == 1300
    assert LegacyValue.objects.count() == 2


def test_selector_sums_over_units(users, tree):
    head = users["head_a"]  # keeps the registers of A and A1
    for unit, value in ((tree["A"], "100"), (tree["A1"], "23")):
        legacy_values_confirm(
            user=head, unit=unit, period="2021", rows=[LegacyRow("HS_MOI", value)], source_name="x"
        )
    assert legacy_values([tree["A"], tree["A1"]], "2021") == {"HS_MOI": Decimal(123)}
    assert legacy_values([tree["A"]], "2022") == {}


@pytest.mark.parametrize(
    ("rows", "message"),
    [
        ([LegacyRow("HS_MOI", "10"), LegacyRow("KHONG_CO", "1")], "không có chỉ tiêu «KHONG_CO»"),
        ([LegacyRow("HS_MOI", "10"), LegacyRow("HS_KY_TRUOC", "mười")], "«mười» không phải số"),
        ([LegacyRow("HS_MOI", "10"), LegacyRow("HS_MOI", "11")], "đã có ở dòng 1"),
        ([LegacyRow("TL_TRUC_TUYEN", "54,38")], "không có chỉ tiêu «TL_TRUC_TUYEN»"),  # a ratio
        ([], "Chưa chọn số liệu nào"),
    ],
)
def test_all_or_nothing(users, tree, rows, message):
    with pytest.raises(DomainError) as error:
        legacy_values_confirm(
            user=users["clerk_a"], unit=tree["A"], period="2021", rows=rows, source_name="x"
        )
    assert message in error.value.message
    assert LegacyValue.objects.count() == 0


def test_bad_period_is_refused(users, tree):
    with pytest.raises(DomainError):
        legacy_values_confirm(
            user=users["clerk_a"],
            unit=tree["A"],
            period="năm ngoái",
            rows=[LegacyRow("HS_MOI", "1")],
            source_name="x",
        )


@pytest.mark.parametrize("who", ["clerk_b", "aggregator"])
def test_only_a_keeper_of_the_unit_may_confirm(users, tree, who):
    with pytest.raises(PermissionDenied):
        legacy_values_confirm(
            user=users[who],
            unit=tree["A"],
            period="2021",
            rows=[LegacyRow("HS_MOI", "1")],
            source_name="x",
        )
    assert LegacyValue.objects.count() == 0


def test_legacy_page_two_steps(users, tree, login):
    client = login(users["clerk_a"])
    page = client.post(
        "/kiem-tra/lich-su/",
        {
            "buoc": "doc",
            "file": SimpleUploadedFile("bao-cao-2021.txt", LEGACY.encode("utf-8")),
            "unit": tree["A"].pk,
            "period": "2021",
        },
    )
    html = page.content.decode()
    assert page.status_code == 200
    assert '<option value="HS_TRUC_TUYEN" title="Mã: HS_TRUC_TUYEN" selected>' in html
    assert 'name="gia_tri_3" value="856"' in html
    saved = client.post(
        "/kiem-tra/lich-su/",
        {
            "buoc": "xac-nhan",
            "unit": tree["A"].pk,
            "period": "2021",
            "source_name": "bao-cao-2021.txt",
            "chon": ["3", "6"],
            "ma_3": "HS_TRUC_TUYEN",
            "gia_tri_3": "856",
            "ma_6": "HN_TONG",  # the person picks the indicator of "12 cuộc họp"
            "gia_tri_6": "12",
        },
    )
    assert saved.status_code == 302
    assert legacy_values([tree["A"]], "2021") == {
        "HS_TRUC_TUYEN": Decimal(856),
        "HN_TONG": Decimal(12),
    }
    listing = client.get(saved["Location"]).content.decode()
    assert "Đã lưu 2 số liệu lịch sử" in listing and "HN_TONG" in listing


def test_legacy_page_refuses_another_units_confirmation(users, tree, login):
    response = login(users["clerk_b"]).post(
        "/kiem-tra/lich-su/",
        {
            "buoc": "xac-nhan",
            "unit": tree["A"].pk,
            "period": "2021",
            "chon": ["0"],
            "ma_0": "HS_MOI",
            "gia_tri_0": "5",
        },
    )
    assert response.status_code == 404
    assert LegacyValue.objects.count() == 0


def test_legacy_page_keeps_the_rows_when_a_value_is_wrong(users, tree, login):
    response = login(users["clerk_a"]).post(
        "/kiem-tra/lich-su/",
        {
            "buoc": "xac-nhan",
            "unit": tree["A"].pk,
            "period": "2021",
            "source_name": "x",
            "chon": ["0"],
            "ma_0": "HS_MOI",
            "gia_tri_0": "năm",
            "cau_0": "Câu gốc",
        },
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "«năm» không phải số" in html and 'value="năm"' in html
    assert LegacyValue.objects.count() == 0


def test_confirm_form_carries_the_unit_id_unlocalised(db):
    """A unit id of 1461 must not be rendered "1.461" (the Vietnamese thousands dot)."""
    from types import SimpleNamespace

    from django.template.loader import render_to_string

    from danvan.checker.forms import LegacyUploadForm
    from danvan.orgunits.models import OrgUnit

    row = {"index": 0, "code": "", "value": "1", "sentence": "x", "figure": "1", "checked": False}
    html = render_to_string(
        "checker/legacy.html",
        {
            "units_exist": True,
            "rows": [row],
            "unit": SimpleNamespace(pk=1461, name="Đơn vị"),
            "choices": [],
            "form": LegacyUploadForm(units=OrgUnit.objects.none()),
            "stored": [],
        },
    )
    assert 'name="unit" value="1461"' in html
