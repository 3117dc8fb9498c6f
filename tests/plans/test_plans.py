import datetime

import pytest

from danvan.core.errors import DomainError
from danvan.plans.models import Plan
from danvan.plans.services import plan_create, plan_item_add, plan_item_done, plan_save

D = datetime.date


@pytest.fixture
def plan(users, tree):
    return plan_create(
        user=users["clerk_a"],
        unit=tree["A"],
        subject="Kế hoạch công tác dân vận năm 2023",
        sections={"I": "Mục đích <script>x</script>", "II": "<p>Nội dung<script>x</script></p>"},
    )


def test_a_plan_keeps_its_text_safe_and_its_versions(users, plan):
    # Markup anywhere in the text is read as HTML and reduced to the safe subset.
    assert plan.sections == {
        "I": "<p>Mục đích</p>",
        "II": "<p>Nội dung</p>",
        "III": "",
    }
    saved = plan_save(user=users["head_a"], plan=plan, expected_version=1, subject="Kế hoạch mới")
    assert saved.version == 2
    with pytest.raises(DomainError, match="người khác lưu"):
        plan_save(user=users["clerk_a"], plan=plan, expected_version=1, subject="Cũ")
    with pytest.raises(DomainError, match="trích yếu"):
        plan_save(user=users["clerk_a"], plan=saved, expected_version=2, subject=" ")
    assert Plan.objects.get().subject == "Kế hoạch mới"


def test_only_the_units_keepers_write_its_plans(users, tree, plan):
    with pytest.raises(DomainError, match="Chỉ chuyên viên hoặc lãnh đạo"):
        plan_create(user=users["clerk_b"], unit=tree["A"], subject="Kế hoạch lạ")
    with pytest.raises(DomainError):
        plan_item_add(user=users["aggregator"], plan=plan, content="Việc")


def test_tasks_are_tracked_to_done(users, plan, login):
    item = plan_item_add(
        user=users["clerk_a"], plan=plan, content="Báo cáo 6 tháng", deadline=D(2023, 5, 10)
    )
    page = login(users["clerk_a"]).get(f"/ke-hoach/{plan.pk}/").content.decode()
    assert "Báo cáo 6 tháng" in page and "(quá hạn)" in page
    plan_item_done(user=users["clerk_a"], item=item, done_on=D(2023, 5, 9))
    page = login(users["clerk_a"]).get(f"/ke-hoach/{plan.pk}/").content.decode()
    assert "09/05/2023" in page and "(quá hạn)" not in page
    with pytest.raises(DomainError):
        plan_item_add(user=users["clerk_a"], plan=plan, content="  ")


def test_plan_pages(users, tree, login):
    client = login(users["clerk_a"])
    response = client.post(
        "/ke-hoach/moi/",
        {
            "unit": "A",
            "subject": "Kế hoạch tuyên truyền",
            "number": "07",
            "symbol": "KH-SNV",
            "issued_on": "16/01/2023",
            "section_I": "Mục đích tuyên truyền",
        },
    )
    created = Plan.objects.get(subject="Kế hoạch tuyên truyền")
    assert response.status_code == 302 and created.issued_on == D(2023, 1, 16)
    client.post(
        f"/ke-hoach/{created.pk}/nhiem-vu/", {"content": "In tờ rơi", "deadline": "31/03/2023"}
    )
    assert created.items.get().content == "In tờ rơi"
    page = client.get("/ke-hoach/").content.decode()
    assert "Kế hoạch tuyên truyền" in page
    assert login(users["clerk_b"]).get(f"/ke-hoach/{created.pk}/").status_code == 404
    response = login(users["clerk_b"]).post(f"/ke-hoach/{created.pk}/nhiem-vu/", {"content": "x"})
    assert response.status_code == 404 and created.items.count() == 1
