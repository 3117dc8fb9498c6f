"""«Dân vận khéo» targets from plan items: «ít nhất 01 mô hình» per unit of the item and year."""

import datetime

import pytest

from danvan.accounts.access import SYSTEM, access_register_units, access_units
from danvan.activities.spec import SKILFUL_MODELS
from danvan.orgunits.models import OrgUnit
from danvan.plans.selectors import dvk_targets
from danvan.plans.services import plan_item_add, plan_item_cancel
from danvan.registers.importing import register_import

D = datetime.date
HEAD = "ma,ma_don_vi,ngay_xac_dinh,ngay,ngay_cong_nhan,cap_cong_nhan,ten_mo_hinh\n"


def _models(text: str):
    register_import(
        SKILFUL_MODELS, (HEAD + text).encode(), "m.csv", units=access_register_units(SYSTEM)
    )


@pytest.fixture
def model_item(users, tree, plan):
    """A's 2023 plan: A leads, A1 co-operates; at least one model each."""
    return plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        number="2",
        content="Xây dựng mô hình “Dân vận khéo”",
        unit=tree["A"],
        co_units=[tree["A1"]],
        due_rule="trước ngày 30/11/2023",
        output="mo_hinh",
        target="ít nhất 01 mô hình",
    )


def _by_code(rows):
    return {row.unit.code: row for row in rows}


def test_targets_met_and_not_met(model_item, tree):
    assert model_item.plan.year == 2023 and model_item.target_value == 1
    _models(
        "M1,A1,10/02/2023,01/03/2023,,,Một cửa thân thiện\n"  # A1 registered: met
        "M2,A,15/03/2023,,,,Chỉ mới xác định\n"  # identified only: not registered
        "M3,A,,31/12/2022,01/06/2023,co_so,Năm trước\n"  # registered the year before
    )
    rows = _by_code(dvk_targets(2023, OrgUnit.objects.all()))
    assert set(rows) == {"A", "A1"}
    a, a1 = rows["A"], rows["A1"]
    assert (a1.target, a1.identified, a1.registered, a1.recognised, a1.met) == (1, 1, 1, 0, True)
    # A counts its subtree (A1's model too) but M2 is only identified and M3 registered in 2022:
    # registered in 2023 = M1 only.
    assert (a.identified, a.registered, a.recognised) == (2, 1, 1)
    assert a.met and a.target_text == "ít nhất 01 mô hình"
    # Another year has no target.
    assert dvk_targets(2024, OrgUnit.objects.all()) == []


def test_identified_only_does_not_meet_the_target(model_item, tree):
    _models("M1,A1,10/02/2023,,,,Mới xác định\n")
    a1 = _by_code(dvk_targets(2023, OrgUnit.objects.all()))["A1"]
    assert (a1.identified, a1.registered, a1.met) == (1, 0, False)
    _models("M1,A1,10/02/2023,31/12/2023,,,Mới xác định\n")
    assert _by_code(dvk_targets(2023, OrgUnit.objects.all()))["A1"].met


def test_the_strictest_item_counts_and_cancelled_items_do_not(users, tree, plan, model_item):
    other = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Nhân rộng mô hình",
        unit=tree["A1"],
        output="mo_hinh",
        target="02 mô hình",
    )
    _models("M1,A1,,01/03/2023,,,x\n")
    a1 = _by_code(dvk_targets(2023, OrgUnit.objects.all()))["A1"]
    assert (a1.target, a1.met, len(a1.items)) == (2, False, 2)
    plan_item_cancel(user=users["clerk_a"], item=other, reason="Gộp vào nhiệm vụ 2")
    a1 = _by_code(dvk_targets(2023, OrgUnit.objects.all()))["A1"]
    assert (a1.target, a1.met) == (1, True)


def test_items_of_other_outputs_or_without_target_state_nothing(users, tree, plan):
    plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Hội nghị",
        unit=tree["A"],
        output="hoi_nghi",
        target="01 hội nghị",
    )
    plan_item_add(
        user=users["clerk_a"], plan=plan, content="Mô hình", unit=tree["A"], output="mo_hinh"
    )
    assert dvk_targets(2023, OrgUnit.objects.all()) == []


def test_only_the_units_given_are_shown(model_item, tree, users):
    assert set(_by_code(dvk_targets(2023, access_units(users["clerk_b"])))) == set()
    assert set(_by_code(dvk_targets(2023, OrgUnit.objects.filter(code="A1")))) == {"A1"}


def test_targets_page_and_item_page(model_item, users, login, tree):
    _models("M1,A1,10/02/2023,01/03/2023,,,x\n")
    page = login(users["head_a"]).get("/mo-hinh-dan-van-kheo/chi-tieu/?nam=2023")
    text = page.content.decode()
    assert page.status_code == 200
    assert "Chỉ tiêu mô hình “Dân vận khéo” năm 2023" in text
    assert "Phòng Xây dựng chính quyền" in text and "ít nhất 01 mô hình" in text
    assert "Đạt" in text and "Chưa đạt" not in text  # A (its subtree) and A1 both met
    item_page = login(users["head_a"]).get(
        f"/ke-hoach/{model_item.plan_id}/nhiem-vu/{model_item.pk}/"
    )
    assert "Chỉ tiêu mô hình “Dân vận khéo” năm 2023" in item_page.content.decode()


def test_plan_list_links_to_the_targets_page(users, login, tree):
    text = login(users["clerk_a"]).get("/ke-hoach/").content.decode()
    assert 'href="/mo-hinh-dan-van-kheo/chi-tieu/"' in text


def test_targets_page_bad_year_is_said_in_vietnamese(users, login, tree):
    page = login(users["clerk_a"]).get("/mo-hinh-dan-van-kheo/chi-tieu/?nam=abc")
    assert page.status_code == 200
    assert "Năm «abc» không hợp lệ; nhập năm như 2023." in page.content.decode()
    page = login(users["clerk_a"]).get("/mo-hinh-dan-van-kheo/chi-tieu/?nam=1800")
    assert "Năm «1800» không hợp lệ" in page.content.decode()


def test_targets_page_shows_nothing_of_other_units(model_item, users, login, tree):
    _models("M1,A,10/02/2023,01/03/2023,,,x\n")
    text = login(users["clerk_b"]).get("/mo-hinh-dan-van-kheo/chi-tieu/?nam=2023").content.decode()
    assert "Sở Nội vụ" not in text and "Phòng Xây dựng chính quyền" not in text
    assert "Chưa có chỉ tiêu mô hình nào" in text
    # Unit A1's clerk sees A1's row, not A's.
    from tests.conftest import make_user

    clerk_a1 = make_user("chuyenvien.a1", "chuyen_vien", tree["A1"])
    text = login(clerk_a1).get("/mo-hinh-dan-van-kheo/chi-tieu/?nam=2023").content.decode()
    assert "Phòng Xây dựng chính quyền" in text
    assert "<td>Sở Nội vụ</td>" not in text


@pytest.mark.django_db
def test_demo_plan_states_a_model_target_met_by_the_office_only():
    from danvan.demo.loader import demo_load

    demo_load()
    rows = _by_code(dvk_targets(2023, OrgUnit.objects.all()))
    assert rows["BQLKKT.VP"].met and rows["BQLKKT.VP"].recognised == 1
    assert (rows["BQLKKT.TTDV"].identified, rows["BQLKKT.TTDV"].met) == (1, False)
    assert not rows["BQLKKT.QLDT"].met
    assert dvk_targets(2026, OrgUnit.objects.all()) == []  # the 2026 copy is a draft
