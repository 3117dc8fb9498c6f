import datetime
from decimal import Decimal

import pytest

from danvan.core.errors import DomainError
from danvan.indicators.engine import indicators_compute
from danvan.indicators.forms_catalogue import form_rows, form_version_current
from danvan.indicators.models import TypedIndicator, TypedValue
from danvan.indicators.services import typed_parse, typed_values_set
from danvan.indicators.values import Ratio
from danvan.orgunits.models import OrgUnit
from danvan.periods.values import Period, Window

D = datetime.date
YEAR = Window(D(2021, 1, 1), D(2021, 12, 31))
P2021 = Period.parse("2021")


def typed(code):
    return TypedIndicator.objects.get(code=code)


@pytest.mark.parametrize(
    ("code", "text", "expected"),
    [
        ("DVC_TONG", "67", Decimal(67)),
        ("THU_NHAP_BQ", "60.000.000", Decimal(60000000)),
        ("GRDP_TANG_TRUONG", "7,25", Decimal("7.25")),
        ("CO_TTPVHCC", "có", Decimal(1)),
        ("CO_TTPVHCC", "không", Decimal(0)),
        ("DVC_TONG", "", None),
    ],
)
def test_typed_values_are_read_the_vietnamese_way(db, code, text, expected):
    assert typed_parse(typed(code), text) == expected


@pytest.mark.parametrize(
    ("code", "text", "message"),
    [
        ("DVC_TONG", "4,5", "số nguyên"),
        ("DVC_TONG", "-3", "số nguyên"),
        ("GRDP_TANG_TRUONG", "bảy", "không phải số"),
        ("CO_TTPVHCC", "có lẽ", "có hoặc không"),
    ],
)
def test_bad_typed_values_are_refused_and_nothing_is_saved(tree, code, text, message):
    entries = {typed("DVC_TONG"): "67", typed(code): text}
    with pytest.raises(DomainError, match=message):
        typed_values_set(unit=tree["A"], period=P2021, entries=entries)
    assert not TypedValue.objects.exists()


def test_typed_values_sum_over_a_subtree_only_when_they_add_up(tree):
    for unit, online, total, income in (
        ("A", "45", "67", "60.000.000"),
        ("A1", "5", "10", "40.000.000"),
    ):
        typed_values_set(
            unit=tree[unit],
            period=P2021,
            entries={
                typed("DVC_MUC_DO_4"): online,
                typed("DVC_TONG"): total,
                typed("THU_NHAP_BQ"): income,
            },
        )
    single = indicators_compute(
        OrgUnit.objects.filter(pk=tree["A"].pk), YEAR, period_code="2021", single_unit=True
    )
    assert single.ratios["TL_DVC_TRUC_TUYEN"] == Ratio(45, 67)
    assert str(single.ratios["TL_DVC_TRUC_TUYEN"]) == "45/67, đạt 67,16%"
    assert single.values["THU_NHAP_BQ"] == 60000000
    subtree = indicators_compute(
        OrgUnit.objects.filter(path__startswith="/P/A/"), YEAR, period_code="2021"
    )
    assert subtree.ratios["TL_DVC_TRUC_TUYEN"] == Ratio(50, 77)  # parts summed, not averaged
    assert "THU_NHAP_BQ" not in subtree.values  # an average per head never adds up
    assert sorted(subtree.listed["THU_NHAP_BQ"]) == [("A", 60000000), ("A1", 40000000)]


def test_emptying_a_field_removes_the_value(tree):
    typed_values_set(unit=tree["A"], period=P2021, entries={typed("DVC_TONG"): "67"})
    typed_values_set(unit=tree["A"], period=P2021, entries={typed("DVC_TONG"): ""})
    assert not TypedValue.objects.exists()


def test_default_form_lists_every_appendix_item_known_to_the_catalogue(tree):
    version = form_version_current()
    assert version is not None and version.number == 1
    rows = form_rows(version, indicators_compute(OrgUnit.objects.all(), YEAR, period_code="2021"))
    headings = [r.heading for r in rows if r.heading]
    assert headings[0] == "1. Văn bản ban hành" and len(headings) == 12
    assert all(r.shown != "(chỉ tiêu không có trong danh mục)" for r in rows if not r.heading)


def test_keeper_types_values_on_the_appendix_page(users, tree, login):
    client = login(users["clerk_a"])
    url = "/chi-tieu/?don_vi=A&ky=2021"
    page = client.get(url).content.decode()
    assert "Nhập số liệu không tính từ sổ" in page
    bad = client.post(url, {"DVC_MUC_DO_4": "45", "DVC_TONG": "sáu mươi"})
    assert "không phải số" in bad.content.decode() or "số nguyên" in bad.content.decode()
    assert 'value="sáu mươi"' in bad.content.decode()
    assert not TypedValue.objects.exists()
    client.post(url, {"DVC_MUC_DO_4": "45", "DVC_TONG": "67"})
    page = client.get(url).content.decode()
    assert "45/67, đạt 67,16%" in page


def test_aggregator_cannot_type_for_a_unit(users, tree, login):
    client = login(users["aggregator"])
    assert (
        "Nhập số liệu không tính từ sổ"
        not in client.get("/chi-tieu/?don_vi=A&ky=2021").content.decode()
    )
    assert client.post("/chi-tieu/?don_vi=A&ky=2021", {"DVC_TONG": "1"}).status_code == 403
    assert not TypedValue.objects.exists()


def test_province_admin_makes_a_new_form_version_and_old_ones_stay(users, tree, login):
    from danvan.indicators.models import FormVersion

    client = login(users["admin"])
    page = client.get("/chi-tieu/bieu-mau/").content.decode()
    assert "# 1. Văn bản ban hành" in page and "HS_CAN_DOI" in page
    bad = client.post("/chi-tieu/bieu-mau/", {"text": "# Mục\nHS_MOI\nKHONG_CO\n"})
    assert "Dòng 3" in bad.content.decode() and "KHONG_CO" in bad.content.decode()
    assert FormVersion.objects.count() == 1
    client.post(
        "/chi-tieu/bieu-mau/",
        {"text": "# Một cửa\nHS_MOI | Hồ sơ mới\nTL_DUNG_HAN\n", "note": "Rút gọn thử"},
    )
    latest = form_version_current()
    assert latest.number == 2
    assert [(i.heading, i.indicator_code, i.label) for i in latest.items.all()] == [
        ("Một cửa", "", ""),
        ("", "HS_MOI", "Hồ sơ mới"),
        ("", "TL_DUNG_HAN", ""),
    ]
    assert FormVersion.objects.get(number=1).items.count() == 66
    appendix = client.get("/chi-tieu/?don_vi=A&ky=2021").content.decode()
    assert "Hồ sơ mới" in appendix and "Văn bản ban hành" not in appendix


def test_only_province_admins_change_forms(users, tree, login):
    client = login(users["admin_a"])
    assert "Lưu thành phiên bản mới" not in client.get("/chi-tieu/bieu-mau/").content.decode()
    assert client.post("/chi-tieu/bieu-mau/", {"text": "HS_MOI"}).status_code == 403
