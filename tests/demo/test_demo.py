import datetime

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.test import Client

from danvan.accounts.access import SYSTEM, access_units
from danvan.demo import province
from danvan.demo.loader import demo_load
from danvan.indicators.forms_catalogue import form_rows, form_version_current
from danvan.indicators.selectors import indicators_for_scope, indicators_scope
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_name_as_of, orgunit_predecessors

User = get_user_model()


def test_demo_load_is_idempotent_and_prints_the_logins(db, capsys):
    call_command("demo", "load")
    counts = (OrgUnit.objects.count(), User.objects.count())
    call_command("demo", "load")
    out = capsys.readouterr().out
    assert (OrgUnit.objects.count(), User.objects.count()) == counts
    assert counts[0] == len(province.UNITS)
    assert "0 đơn vị mới" in out and province.DEMO_PASSWORD in out
    for username, *_ in province.USERS:
        assert username in out


def test_demo_province_is_two_level_after_the_2025_reform(db):
    demo_load()
    root = OrgUnit.objects.get(code="GL")
    communes = OrgUnit.objects.filter(kind="ubnd_xa", parent=root, valid_to__isnull=True)
    assert 6 <= communes.count() <= 10
    assert all(c.valid_from == datetime.date(2025, 7, 1) for c in communes)
    assert OrgUnit.objects.get(code="GL.SNV").parent == root
    assert OrgUnit.objects.get(code="BQLKKT").children.filter(kind="phong").count() >= 4
    roles = {g.role for u in User.objects.all() for g in u.grants.all()}
    assert roles == {"chuyen_vien", "lanh_dao", "tong_hop", "quan_tri"}


def test_demo_history_keeps_2021_names_and_merged_units_reachable(db):
    demo_load()
    board = OrgUnit.objects.get(code="BQLKKT")
    assert orgunit_name_as_of(board, datetime.date(2021, 11, 8)) == (
        "Ban Quản lý Khu kinh tế tỉnh Bình Định"
    )
    assert board.name == "Ban Quản lý Khu kinh tế tỉnh Gia Lai"
    snv = OrgUnit.objects.get(code="GL.SNV")
    assert [u.code for u in orgunit_predecessors(snv)] == ["GL.SLDTBXH"]
    aggregator = User.objects.get(username="snv.tonghop")
    assert access_units(aggregator).filter(code="BD").exists()


def test_every_demo_login_works(db):
    demo_load()
    for username, *_ in province.USERS:
        client = Client()
        response = client.post(
            "/dang-nhap/", {"username": username, "password": province.DEMO_PASSWORD}
        )
        assert response.status_code == 302, username


def test_demo_2021_figures_reproduce_the_real_report(db):
    """shared/samples/bao-cao-qcdc-dan-van-2021.txt: 524 dossiers received and resolved,
    285 online (54,38%), 99,4% before or on time."""
    from danvan.accounts.access import SYSTEM
    from danvan.indicators.selectors import indicators_for_scope, indicators_scope
    from danvan.indicators.values import Ratio

    demo_load()
    for start, end in ((None, None), (datetime.date(2021, 1, 1), datetime.date(2021, 11, 8))):
        scope = indicators_scope(SYSTEM, "BQLKKT", "2021", start=start, end=end)
        result = indicators_for_scope(scope)
        assert result.values["HS_MOI"] == 524
        assert result.values["HS_DA_GIAI_QUYET"] == 524
        assert result.values["HS_DANG_GIAI_QUYET"] == 0
        assert result.ratios["TL_TRUC_TUYEN"] == Ratio(285, 524)
        assert str(result.ratios["TL_DUNG_HAN"]) == "521/524, đạt 99,43%"
        assert result.violations == []


def test_demo_dossiers_load_twice_changes_nothing(db):
    from danvan.dossiers.models import Dossier

    demo_load()
    count = Dossier.objects.count()
    outcome = dict(demo_load())["Hồ sơ TTHC"]
    assert Dossier.objects.count() == count
    assert outcome.startswith("0 hồ sơ mới")


def test_demo_2021_appendix_shows_the_2021_name(db):
    from danvan.accounts.access import SYSTEM
    from danvan.indicators.selectors import indicators_scope

    demo_load()
    assert indicators_scope(SYSTEM, "BQLKKT", "2021").unit_name == (
        "Ban Quản lý Khu kinh tế tỉnh Bình Định"
    )
    assert indicators_scope(SYSTEM, "BQLKKT", "2026").unit_name == (
        "Ban Quản lý Khu kinh tế tỉnh Gia Lai"
    )


def test_demo_2021_appendix_of_the_board_matches_the_sample(db):
    """Phụ lục of the sample: documents 2 Party (1 KH, 1 QĐ) + 5 government plans;
    2 conferences (1 separate, 1 integrated); staff conference 02/02; dialogues 1 + 1;
    complaints 15/15 and petitions 14/14."""
    from danvan.accounts.access import SYSTEM
    from danvan.indicators.selectors import indicators_for_scope, indicators_scope

    demo_load()
    result = indicators_for_scope(indicators_scope(SYSTEM, "BQLKKT", "2021", subtree=True))
    v = result.values
    assert (v["VB_DANG"], v["VB_CHINH_QUYEN"], v["VB_KE_HOACH"]) == (2, 5, 6)
    assert (v["HN_TONG"], v["HN_RIENG"], v["HN_LONG_GHEP"]) == (2, 1, 1)
    assert str(result.ratios["TL_HNCB"]) == "2/2, đạt 100,00%"
    assert (v["DT_CAP_UY"], v["DT_CHINH_QUYEN"]) == (1, 1)
    assert str(result.ratios["TL_KN_GIAI_QUYET"]) == "15/15, đạt 100,00%"
    assert str(result.ratios["TL_KNPA_GIAI_QUYET"]) == "14/14, đạt 100,00%"
    assert result.violations == []


def test_demo_typed_items_of_the_2021_appendix(db):
    from danvan.accounts.access import SYSTEM
    from danvan.indicators.selectors import indicators_for_scope, indicators_scope

    demo_load()
    result = indicators_for_scope(indicators_scope(SYSTEM, "BQLKKT", "2021"))
    assert str(result.ratios["TL_DVC_TRUC_TUYEN"]) == "45/67, đạt 67,16%"
    assert result.values["THU_NHAP_BQ"] == 60000000


def test_demo_request_has_one_report_of_each_status(db):
    from danvan.reporting.models import ReportRequest
    from danvan.reporting.selectors import request_completeness

    demo_load()
    demo_load()  # idempotent
    request = ReportRequest.objects.get(number="1995")
    statuses = sorted(request.reports.values_list("status", flat=True))
    assert statuses == ["accepted", "draft", "returned", "submitted"]
    result = request_completeness(request)
    assert (result.expected, result.submitted, result.on_time, result.late, result.missing) == (
        5,
        2,
        1,
        1,
        3,
    )


def test_demo_custom_field_is_summed_by_its_indicator(db):
    """The trainings register's «Số lượt công chức được cử đi» (12 + 5) and its indicator."""
    from danvan.accounts.access import SYSTEM
    from danvan.activities.models import Conference
    from danvan.indicators.selectors import indicators_for_scope, indicators_scope
    from danvan.registers.models import CustomField

    demo_load()
    demo_load()  # twice: nothing changes
    field = CustomField.objects.get(register_slug="conferences")
    assert (field.label, field.indicator_code) == ("Số lượt công chức được cử đi", "HN_LUOT_CU_DI")
    assert Conference.objects.get(code="BQL-HN-2021-01").custom == {field.code: "12"}
    result = indicators_for_scope(indicators_scope(SYSTEM, "BQLKKT", "2021"))
    assert result.values["HN_LUOT_CU_DI"] == 17


def test_demo_appendix_shows_the_administrator_defined_indicators(db):
    demo_load()
    demo_load()  # idempotent: no second form version, no duplicate indicator
    version = form_version_current()
    assert version.items.filter(indicator_code="TL_DV_THAM_DU").count() == 1
    scope = indicators_scope(SYSTEM, "BQLKKT", "2021")
    rows = {row.code: row for row in form_rows(version, indicators_for_scope(scope))}
    assert rows["SO_DV_THAM_DU"].shown == "159"
    assert rows["TONG_DANG_VIEN"].shown == "171"
    assert rows["TL_DV_THAM_DU"].shown == "159/171, đạt 93,0%"
    assert rows["SO_LUOT_CC_DAO_TAO"].label == "Số lượt công chức được cử đi đào tạo"
    assert rows["SO_LUOT_CC_DAO_TAO"].shown == "21"
