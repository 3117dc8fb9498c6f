import datetime

import pytest

from danvan.core.errors import Conflict, DomainError, Forbidden
from danvan.deadlines.status import State, Status
from danvan.plans.models import Plan, PlanItem, PlanStatus
from danvan.plans.services import (
    deadline_complete,
    deadline_progress,
    plan_cancel,
    plan_copy,
    plan_create,
    plan_item_add,
    plan_item_cancel,
    plan_item_edit,
    plan_save,
)

D = datetime.date


def test_a_plan_keeps_its_text_safe_its_documents_and_its_versions(users, tree):
    plan = plan_create(
        user=users["clerk_a"],
        unit=tree["A"],
        subject="Kế hoạch công tác dân vận năm 2023",
        sections={"I": "Mục đích <script>x</script>", "II": "<p>Nội dung<script>x</script></p>"},
        implements=[{"number": "79", "symbol": "KH-UBND", "date": "10/1/2023"}, {}],
    )
    assert plan.sections == {"I": "<p>Mục đích</p>", "II": "<p>Nội dung</p>", "III": ""}
    assert plan.implements == [
        {"number": "79", "symbol": "KH-UBND", "date": "10/01/2023", "issuer": "", "subject": ""}
    ]
    assert plan.year == datetime.date.today().year and plan.status == PlanStatus.BAN_HANH
    saved = plan_save(user=users["head_a"], plan=plan, expected_version=1, subject="Kế hoạch mới")
    assert saved.version == 2
    with pytest.raises(Conflict, match="người khác lưu") as conflict:
        plan_save(user=users["clerk_a"], plan=plan, expected_version=1, subject="Cũ")
    assert conflict.value.current["version"] == 2
    with pytest.raises(DomainError, match="trích yếu"):
        plan_save(user=users["clerk_a"], plan=saved, expected_version=2, subject=" ")
    with pytest.raises(DomainError, match="dòng 1: .*31/02/2023"):
        plan_save(
            user=users["clerk_a"],
            plan=saved,
            expected_version=2,
            implements=[{"date": "31/02/2023", "number": "1"}],
        )
    assert Plan.objects.get().subject == "Kế hoạch mới"


def test_only_the_units_keepers_write_its_plans(users, tree, plan):
    with pytest.raises(Forbidden, match="Chỉ chuyên viên hoặc lãnh đạo"):
        plan_create(user=users["clerk_b"], unit=tree["A"], subject="Kế hoạch lạ")
    with pytest.raises(Forbidden):
        plan_item_add(user=users["aggregator"], plan=plan, content="Việc", unit=tree["A"])
    with pytest.raises(Forbidden):
        plan_cancel(user=users["clerk_b"], plan=plan, reason="Không cần")


def test_an_item_names_its_lead_unit_from_the_tree_its_due_rule_and_target(users, tree, plan):
    item = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Xây dựng mô hình “Dân vận khéo”",
        unit=tree["A1"],
        due_rule="trước ngày 30/11 hằng năm",
        output="mo_hinh",
        target="ít nhất 01 mô hình",
    )
    assert (item.number, item.code) == ("1", f"{plan.pk}:1")
    assert item.unit == tree["A1"] and item.due_on == D(2023, 11, 30)
    assert item.due_rule == "trước ngày 30/11 hằng năm"
    assert (item.target_value, item.target_unit, item.target) == (1, "mô hình", "01 mô hình")
    assert item.status_on(D(2023, 12, 1)) == Status.QUA_HAN
    # A unit outside the plan's subtree and the user's scope is refused by name.
    with pytest.raises(DomainError, match="«B»"):
        plan_item_add(user=users["clerk_a"], plan=plan, content="Việc", unit="B")
    for bad, message in [
        ({"due_rule": "sau Tết"}, "không phải thời hạn hợp lệ"),
        ({"due_rule": "31/02/2023"}, "không có thật"),
        ({"target": "một mô hình"}, "Chỉ tiêu «một mô hình»"),
        ({"number": "1"}, "đã có nhiệm vụ số 1"),
        ({"number": "a b"}, "Số thứ tự «a b»"),
        ({"content": " "}, "cần có nội dung"),
        ({"output": "bao_cao", "due_rule": "10/05/2023"}, "cần ghi kỳ báo cáo"),
        ({"output": "bao_cao", "period": "2023-H3", "due_rule": "10/05/2023"}, "Kỳ báo cáo"),
        ({"output": "bao_cao", "period": "2023-H1"}, "hạn là một ngày"),
    ]:
        data = {"content": "Việc", "unit": tree["A"], **bad}
        with pytest.raises(DomainError, match=message):
            plan_item_add(user=users["clerk_a"], plan=plan, **data)
    assert plan.items.count() == 1


def test_an_item_is_edited_and_cancelled_only_with_a_reason(users, tree, plan):
    item = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Tuyên truyền",
        unit=tree["A"],
        due_rule="31/03/2023",
    )
    item = plan_item_edit(
        user=users["clerk_a"],
        item=item,
        number="1.a",
        content="Tuyên truyền Luật Thực hiện dân chủ ở cơ sở",
        unit="A1",
        co_units=[tree["A"]],
        due_rule="15/04/2023",
    )
    item.refresh_from_db()
    assert (item.number, item.code, item.unit, item.due_on) == (
        "1.a",
        f"{plan.pk}:1.a",
        tree["A1"],
        D(2023, 4, 15),
    )
    assert list(item.co_units.all()) == [tree["A"]]
    with pytest.raises(Forbidden):
        plan_item_edit(user=users["clerk_b"], item=item, content="Việc khác")
    with pytest.raises(DomainError, match="lý do"):
        plan_item_cancel(user=users["clerk_a"], item=item, reason="  ")
    assert PlanItem.objects.get().state == State.CHUA_THUC_HIEN
    plan_item_cancel(user=users["clerk_a"], item=item, reason="Đã lồng ghép vào việc khác")
    item.refresh_from_db()
    assert item.status_on(D(2023, 6, 1)) == Status.HUY
    with pytest.raises(DomainError, match="đã hủy"):
        plan_item_edit(user=users["clerk_a"], item=item, content="Sửa lại")


def test_done_takes_the_date_the_user_gives(users, tree, plan):
    item = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Báo cáo 6 tháng",
        unit=tree["A"],
        due_rule="10/05/2023",
    )
    with pytest.raises(DomainError, match="không được sau hôm nay"):
        deadline_complete(
            users["clerk_a"], item, datetime.date.today() + datetime.timedelta(days=1)
        )
    with pytest.raises(DomainError, match="trước ngày ban hành"):
        deadline_complete(users["clerk_a"], item, D(2023, 1, 2))
    with pytest.raises(Forbidden):
        deadline_complete(users["clerk_b"], item, D(2023, 5, 9))
    item = deadline_complete(users["clerk_a"], item, D(2023, 5, 12), "Đã gửi báo cáo")
    assert (item.state, item.done_on) == (State.HOAN_THANH, D(2023, 5, 12))
    assert item.status_on(D(2023, 6, 1)) == Status.HOAN_THANH_QUA_HAN
    item = deadline_progress(users["clerk_a"], item, State.DANG_THUC_HIEN, "Làm lại", D(2023, 6, 1))
    assert (item.state, item.done_on) == (State.DANG_THUC_HIEN, None)


def test_a_plan_is_cancelled_with_a_reason_and_then_stays_as_it_is(users, plan):
    with pytest.raises(DomainError, match="lý do"):
        plan_cancel(user=users["clerk_a"], plan=plan, reason="")
    plan = plan_cancel(user=users["clerk_a"], plan=plan, reason="Thay bằng kế hoạch mới")
    assert (plan.status, plan.cancel_reason) == (PlanStatus.HUY, "Thay bằng kế hoạch mới")
    with pytest.raises(DomainError, match="đã hủy"):
        plan_save(user=users["clerk_a"], plan=plan, expected_version=plan.version, subject="X")


def test_copying_last_years_plan_moves_every_date_a_year_and_resets_the_rest(
    users, tree, plan, report_item
):
    done = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Tuyên truyền",
        unit=tree["A1"],
        due_rule="31/03/2023",
    )
    deadline_complete(users["clerk_a"], done, D(2023, 3, 30))
    leap = plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Hằng năm",
        unit=tree["A"],
        due_rule="trước ngày 15/6 hằng năm",
    )
    gone = plan_item_add(user=users["clerk_a"], plan=plan, content="Bỏ", unit=tree["A"])
    plan_item_cancel(user=users["clerk_a"], item=gone, reason="Không làm nữa")
    copy = plan_copy(user=users["clerk_a"], plan=plan, year=2024)
    assert (copy.year, copy.status, copy.number, copy.copied_from) == (2024, "du_thao", "", plan)
    assert copy.subject == "Kế hoạch công tác dân vận chính quyền năm 2024"
    assert copy.implements == plan.implements
    items = {i.content: i for i in copy.items.all()}
    assert set(items) == {report_item.content, done.content, leap.content}
    moved = items[report_item.content]
    assert (moved.due_on, moved.period, moved.request, moved.state) == (
        D(2024, 5, 10),
        "2024-H1",
        None,
        State.CHUA_THUC_HIEN,
    )
    assert moved.co_children and moved.lead_days == 5
    assert (items[done.content].state, items[done.content].done_on) == (State.CHUA_THUC_HIEN, None)
    assert items[done.content].due_on == D(2024, 3, 31)
    assert items[leap.content].due_on == D(2024, 6, 15)
    with pytest.raises(DomainError, match="năm 2023"):
        plan_copy(user=users["clerk_a"], plan=plan, year=2023)
    with pytest.raises(Forbidden):
        plan_copy(user=users["clerk_b"], plan=plan, year=2025)
