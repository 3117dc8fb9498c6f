"""`danvan import plan-items FILE`: Vietnamese headers, the plan by number/symbol or id, units
by code (or «các phòng, đơn vị trực thuộc»), due rules, outputs and statuses by label or code;
every bad cell named; all or nothing; a re-import changes nothing."""

import datetime

import pytest
from django.core.management import CommandError, call_command

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.importing import ImportRejected
from danvan.deadlines.status import State, Status
from danvan.plans.models import PlanItem
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

D = datetime.date
HEADER = (
    "Mã kế hoạch,STT,Nội dung,Đơn vị chủ trì,Đơn vị phối hợp,Hạn,Sản phẩm,Chỉ tiêu,"
    "Trạng thái,Ngày hoàn thành\n"
)
GOOD = HEADER + (
    '12/KH-SNV,1,Tuyên truyền Luật Thực hiện dân chủ ở cơ sở,A,"các phòng, đơn vị trực thuộc",'
    "31/03/2023,Hội nghị,01 hội nghị,Hoàn thành,28/03/2023\n"
    "12/KH-SNV,2,Xây dựng mô hình Dân vận khéo,A1,A,trước ngày 30/11 hằng năm,mo_hinh,"
    "ít nhất 01 mô hình,hoàn thành quá hạn,05/12/2023\n"
    "12/KH-SNV,3,Báo cáo 6 tháng,A,,trước ngày 10/5/2023,Báo cáo,,quá hạn,\n"
    "12/KH-SNV,4,Đối thoại với doanh nghiệp,A1,,,khac,,Đang thực hiện,\n"
    "12/KH-SNV,5,Kiểm tra quy chế dân chủ,A,A1,30/09/2023,Kiểm tra,,Hủy,\n"
)


def _import(text: str, units=None):
    spec = registers()["plan-items"]
    units = units if units is not None else access_register_units(SYSTEM)
    return register_import(spec, text.encode(), "nhiem-vu.csv", units=units)


def test_a_good_file_creates_the_items_and_a_second_run_changes_nothing(plan, tree, tmp_path):
    source = tmp_path / "nhiem-vu.csv"
    source.write_text(GOOD, encoding="utf-8")
    call_command("import", "plan-items", str(source))
    items = {i.number: i for i in PlanItem.objects.all()}
    assert len(items) == 5
    first = items["1"]
    assert first.co_children and first.due_on == D(2023, 3, 31) and first.output == "hoi_nghi"
    assert (first.state, first.done_on, first.target) == (
        State.HOAN_THANH,
        D(2023, 3, 28),
        "01 hội nghị",
    )
    second = items["2"]
    assert second.unit == tree["A1"] and list(second.co_units.all()) == [tree["A"]]
    assert (
        second.due_on == D(2023, 11, 30)
        and second.status_on(D(2024, 1, 1)) == Status.HOAN_THANH_QUA_HAN
    )
    assert items["3"].status_on(D(2024, 1, 1)) == Status.QUA_HAN and items["3"].output == "bao_cao"
    assert items["4"].state == State.DANG_THUC_HIEN and items["4"].due_on is None
    assert items["5"].state == State.HUY and "nhiem-vu.csv" in items["5"].cancel_reason
    again = _import(GOOD)
    assert (again.created, again.updated, again.unchanged) == (0, 0, 5)
    changed = _import(GOOD.replace("Đối thoại với doanh nghiệp", "Đối thoại với 12 doanh nghiệp"))
    assert (changed.created, changed.updated, changed.unchanged) == (0, 1, 4)
    # The plan may also be named by its id.
    by_id = _import(HEADER + f"{plan.pk},6,Việc thêm,A,,,,,,\n")
    assert by_id.created == 1 and PlanItem.objects.get(number="6").plan == plan


@pytest.mark.parametrize(
    ("row", "column", "reason"),
    [
        ("99/KH-X,1,Việc,A,,,,,,", "Mã kế hoạch", "không có kế hoạch «99/KH-X»"),
        ("12/KH-SNV,1,Việc,ZZ,,,,,,", "Đơn vị chủ trì", "không có đơn vị «ZZ»"),
        ("12/KH-SNV,1,Việc,A,A1;QQ,,,,,", "Đơn vị phối hợp", "không có đơn vị «QQ»"),
        ("12/KH-SNV,1,Việc,A,,sau Tết,,,,", "Hạn", "không phải thời hạn hợp lệ"),
        ("12/KH-SNV,1,Việc,A,,31/02/2023,,,,", "Hạn", "không có thật"),
        ("12/KH-SNV,1,Việc,A,,,sách,,,", "Sản phẩm", "sách"),
        ("12/KH-SNV,1,Việc,A,,,,một mô hình,,", "Chỉ tiêu", "một mô hình"),
        ("12/KH-SNV,1,Việc,A,,,,,xong rồi,", "Trạng thái", "xong rồi"),
        ("12/KH-SNV,1,Việc,A,,,,,,32/01/2023", "Ngày hoàn thành", "32/01/2023"),
        ("12/KH-SNV,1,Việc,A,,10/05/2023,,,Hoàn thành,", "Ngày hoàn thành", "cần ngày hoàn thành"),
        (
            "12/KH-SNV,1,Việc,A,,10/05/2023,,,Hoàn thành,12/05/2023",
            "Trạng thái",
            "Hoàn thành quá hạn",
        ),
        (
            "12/KH-SNV,1,Việc,A,,10/05/2023,,,Hoàn thành quá hạn,09/05/2023",
            "Trạng thái",
            "phải là «Hoàn thành»",
        ),
        ("12/KH-SNV,1,Việc,A,,10/05/2023,,,Chưa thực hiện,", "Trạng thái", "phải là «Quá hạn»"),
        ("12/KH-SNV,1,Việc,A,,10/05/2099,,,Quá hạn,", "Trạng thái", "chưa quá hạn"),
        (
            "12/KH-SNV,1,Việc,A,,,,,Đang thực hiện,01/02/2023",
            "Ngày hoàn thành",
            "không có ngày hoàn thành",
        ),
        ("12/KH-SNV,1 a,Việc,A,,,,,,", "STT", "số thứ tự «1 a»"),
        ("12/KH-SNV,1,,A,,,,,,", "Nội dung", "bắt buộc"),
    ],
)
def test_every_bad_cell_is_named_and_nothing_is_imported(plan, row, column, reason):
    good = "12/KH-SNV,9,Việc tốt,A,,,,,,\n"
    with pytest.raises(ImportRejected) as refused:
        _import(HEADER + good + row + "\n")
    problems = refused.value.problems
    assert [(p.line, p.column) for p in problems] == [(3, column)], problems
    assert reason in problems[0].message
    assert not PlanItem.objects.exists()


def test_a_number_twice_in_one_plan_and_a_plan_of_another_unit_are_refused(users, tree, plan):
    twice = HEADER + "12/KH-SNV,1,Việc,A,,,,,,\n12/KH-SNV,1,Việc khác,A,,,,,,\n"
    with pytest.raises(ImportRejected, match="Dòng 3.*lặp lại"):
        _import(twice)
    # A clerk of B may not write A's plan.
    with pytest.raises(ImportRejected, match="không được ghi kế hoạch"):
        _import(
            HEADER + "12/KH-SNV,1,Việc,B,,,,,,\n", units=access_register_units(users["clerk_b"])
        )
    with pytest.raises(CommandError, match="chưa nhập gì"):
        import tempfile

        with tempfile.NamedTemporaryFile("w", suffix=".csv", delete=False, encoding="utf-8") as f:
            f.write(twice)
        call_command("import", "plan-items", f.name)
    assert not PlanItem.objects.exists()


def test_the_generic_list_filters_by_the_status_of_the_day_and_exports(plan, users, login):
    _import(GOOD)
    client = login(users["head_a"])
    page = client.get("/so/plan-items/?trang_thai=qua_han").content.decode()
    assert "Báo cáo 6 tháng" in page and "Đối thoại với doanh nghiệp" not in page
    page = client.get("/so/plan-items/?trang_thai=hoan_thanh_qua_han").content.decode()
    assert "Xây dựng mô hình" in page and "Tuyên truyền" not in page
    exported = client.get("/so/plan-items/xuat/").content.decode("utf-8-sig")
    assert "12/KH-SNV" in exported and "các phòng, đơn vị trực thuộc" in exported
    assert "Hoàn thành quá hạn" in exported
    # The export reads back: nothing changes.
    again = _import(exported)
    assert (again.created, again.updated) == (0, 0)
    # Generic writes are refused: the plan page writes items.
    assert client.get("/so/plan-items/them/").status_code == 403


def test_a_blank_status_is_not_started_or_done_when_a_done_date_is_given(plan, tree):
    _import(
        HEADER + "12/KH-SNV,1,Việc xong,A,,10/05/2023,,,,12/05/2023\n12/KH-SNV,2,Việc mới,A,,,,,,\n"
    )
    done, new = PlanItem.objects.order_by("number")
    assert (done.state, done.status_on(D(2023, 6, 1))) == (
        State.HOAN_THANH,
        Status.HOAN_THANH_QUA_HAN,
    )
    assert new.state == State.CHUA_THUC_HIEN


def test_the_template_names_every_column(db, tmp_path):
    target = tmp_path / "mau.csv"
    call_command("import", "plan-items", "--template", str(target))
    header = target.read_text(encoding="utf-8-sig").splitlines()[0]
    assert header == HEADER.strip()
