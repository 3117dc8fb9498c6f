import datetime
import io

import docx

from danvan.documents import render
from danvan.plans.models import Plan, PlanItem
from danvan.plans.services import plan_copy, plan_item_add

D = datetime.date


def test_plan_pages(users, tree, login):
    client = login(users["clerk_a"])
    response = client.post(
        "/ke-hoach/moi/",
        {
            "unit": "A",
            "subject": "Kế hoạch tuyên truyền năm 2023",
            "number": "07",
            "symbol": "KH-SNV",
            "issued_on": "16/01/2023",
            "status": "ban_hanh",
            "impl_0_number": "79",
            "impl_0_symbol": "KH-UBND",
            "impl_0_date": "10/01/2023",
            "impl_0_issuer": "UBND tỉnh",
            "section_I": "Mục đích tuyên truyền",
        },
    )
    created = Plan.objects.get(subject="Kế hoạch tuyên truyền năm 2023")
    assert response.status_code == 302 and created.issued_on == D(2023, 1, 16)
    assert created.year == 2023 and created.implements[0]["symbol"] == "KH-UBND"
    url = f"/ke-hoach/{created.pk}/"
    client.post(
        f"{url}nhiem-vu/",
        {
            "nv-content": "In tờ rơi",
            "nv-unit": "A1",
            "nv-co_children": "on",
            "nv-due_rule": "31/03/2023",
            "nv-output": "van_ban",
            "nv-target": "500 tờ",
        },
    )
    item = created.items.get()
    assert (item.content, item.unit, item.due_on, item.target) == (
        "In tờ rơi",
        tree["A1"],
        D(2023, 3, 31),
        "500 tờ",
    )
    page = client.get(url).content.decode()
    assert "số 79/KH-UBND ngày 10/01/2023 của UBND tỉnh" in page
    assert "In tờ rơi" in page and "Quá hạn" in page and "quá hạn" in page
    # A bad item keeps the user's text and says why.
    bad = client.post(
        f"{url}nhiem-vu/", {"nv-content": "Hội nghị", "nv-unit": "A", "nv-due_rule": "sau Tết"}
    )
    text = bad.content.decode()
    assert "không phải thời hạn hợp lệ" in text and "Hội nghị" in text
    # The item page: edit, progress with a typed date, cancel only with a reason.
    item_url = f"{url}nhiem-vu/{item.pk}/"
    assert "Nhiệm vụ 1" in client.get(item_url).content.decode()
    client.post(
        item_url,
        {
            "nv-number": "1",
            "nv-content": "In 500 tờ rơi",
            "nv-unit": "A1",
            "nv-due_rule": "15/04/2023",
            "nv-output": "van_ban",
        },
    )
    item.refresh_from_db()
    assert (item.content, item.due_on) == ("In 500 tờ rơi", D(2023, 4, 15))
    client.post(
        f"{item_url}tien-do/", {"state": "hoan_thanh", "done_on": "14/04/2023", "note": "Đã in"}
    )
    item.refresh_from_db()
    assert (item.state, item.done_on) == ("hoan_thanh", D(2023, 4, 14))
    response = client.post(f"{item_url}huy/", {"reason": ""}, follow=True)
    assert "Hủy cần ghi rõ lý do." in response.content.decode()
    assert PlanItem.objects.get().state == "hoan_thanh"
    # Copy to next year from the page; the list filters by year and status.
    response = client.post(f"{url}sao-chep/", {"year": "2024"})
    copy = Plan.objects.get(year=2024)
    assert response.status_code == 302 and response["Location"] == f"/ke-hoach/{copy.pk}/"
    listed = client.get("/ke-hoach/?nam=2024").content.decode()
    assert "Kế hoạch tuyên truyền năm 2024" in listed and "năm 2023</a>" not in listed
    assert "năm 2024" not in client.get("/ke-hoach/?tinh_trang=ban_hanh").content.decode()
    # Another unit sees nothing and changes nothing.
    other = login(users["clerk_b"])
    assert other.get(url).status_code == 404 and other.get(item_url).status_code == 404
    assert other.post(f"{item_url}huy/", {"reason": "x"}).status_code == 404
    assert other.post(f"{url}nhiem-vu/", {"nv-content": "x"}).status_code == 404


def test_the_lead_units_people_see_the_plan_and_record_progress(users, tree, plan, login):
    from tests.conftest import make_user

    item = plan_item_add(
        user=users["clerk_a"], plan=plan, content="Việc của phòng", unit=tree["A1"]
    )
    clerk_a1 = make_user("chuyenvien.a1", "chuyen_vien", tree["A1"])
    client = login(clerk_a1)
    assert "Việc của phòng" in client.get(f"/ke-hoach/{plan.pk}/").content.decode()
    client.post(
        f"/ke-hoach/{plan.pk}/nhiem-vu/{item.pk}/tien-do/",
        {"state": "dang_thuc_hien", "note": "Đang làm"},
    )
    item.refresh_from_db()
    assert item.state == "dang_thuc_hien"
    # … but do not edit the plan's items.
    response = client.post(f"/ke-hoach/{plan.pk}/nhiem-vu/{item.pk}/", {"nv-content": "Khác"})
    assert response.status_code == 403


def test_the_word_file_has_the_items_with_their_lead_units(users, tree, plan, report_item):
    plan_item_add(
        user=users["clerk_a"],
        plan=plan,
        content="Xây dựng mô hình “Dân vận khéo”",
        unit=tree["A1"],
        co_units=[tree["A"]],
        due_rule="trước ngày 30/11 hằng năm",
        output="mo_hinh",
        target="01 mô hình",
    )
    read = docx.Document(io.BytesIO(render.render_plan(plan, "docx").content))
    rows = [[c.text for c in row.cells] for table in read.tables for row in table.rows]
    assert [
        "1",
        "Báo cáo công tác dân vận chính quyền 06 tháng",
        "Sở Nội vụ; phối hợp: các phòng, đơn vị trực thuộc",
        "10/05/2023",
    ] in rows
    assert [
        "2",
        "Xây dựng mô hình “Dân vận khéo” (chỉ tiêu: 01 mô hình)",
        "Phòng Xây dựng chính quyền; phối hợp: Sở Nội vụ",
        "trước ngày 30/11 hằng năm (30/11/2023)",
    ] in rows
    copy = plan_copy(user=users["clerk_a"], plan=plan, year=2024)
    again = docx.Document(io.BytesIO(render.render_plan(copy, "docx").content))
    cells = [c.text for table in again.tables for row in table.rows for c in row.cells]
    assert "10/05/2024" in cells
