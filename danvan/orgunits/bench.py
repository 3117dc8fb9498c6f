"""The foundation's benchmark scenarios: access gate, working-day calendar, unit tree."""

import datetime

from django.test import Client

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.accounts.services import grant_add, user_create
from danvan.calendars.workdays import WorkingDayCalendar
from danvan.core.bench import Scenario, measure
from danvan.core.hostile_files import xlsx_bomb
from danvan.core.tabular import TableError, read_table
from danvan.orgunits.exporting import orgunits_export_csv, orgunits_export_xlsx
from danvan.orgunits.importing import COLUMNS, orgunits_import
from danvan.orgunits.models import OrgUnit, OrgUnitVersion


def build_province(communes: int, departments_per_unit: int) -> dict:
    """A synthetic province: 30 agencies and ``communes`` communes, each with departments."""
    units = [OrgUnit(code="BT", name="Tỉnh Thử", kind="tinh", path="/BT/", level=1)]
    for i in range(30):
        units.append(
            OrgUnit(code=f"BT.S{i}", name=f"Sở {i}", kind="so_nganh", path=f"/BT/BT.S{i}/", level=2)
        )
    for i in range(communes):
        units.append(
            OrgUnit(code=f"BT.X{i}", name=f"Xã {i}", kind="ubnd_xa", path=f"/BT/BT.X{i}/", level=2)
        )
    parents = list(units[1:])
    for parent in parents:
        for j in range(departments_per_unit):
            code = f"{parent.code}.P{j}"
            units.append(
                OrgUnit(
                    code=code,
                    name=f"Phòng {j}",
                    kind="phong",
                    path=f"{parent.path}{code}/",
                    level=3,
                )
            )
    OrgUnit.objects.bulk_create(units, batch_size=500)
    by_code = {u.code: u for u in OrgUnit.objects.all()}
    for unit in by_code.values():
        parent_code = unit.path.strip("/").split("/")[-2] if unit.level > 1 else None
        unit.parent = by_code.get(parent_code)
    OrgUnit.objects.bulk_update(by_code.values(), ["parent"], batch_size=500)
    OrgUnitVersion.objects.bulk_create(
        [OrgUnitVersion(unit=u, name=u.name, parent=u.parent) for u in by_code.values()],
        batch_size=500,
    )
    aggregator = user_create(username="bench.tonghop", password="Bench-mat-khau-1")
    grant_add(user=aggregator, role=Role.TONG_HOP, unit=by_code["BT"], include_subtree=True)
    for i in range(0, communes, max(1, communes // 20)):
        grant_add(user=aggregator, role=Role.CHUYEN_VIEN, unit=by_code[f"BT.X{i}"])
    return {"root": by_code["BT"], "aggregator": aggregator, "count": len(by_code)}


def scenarios(province: dict) -> list[Scenario]:
    root, user = province["root"], province["aggregator"]
    calendar = WorkingDayCalendar()
    start = datetime.date(2021, 1, 4)
    days_off = {d for y in range(2021, 2024) for d, _ in calendar.days_off(y)}

    def naive_add(n=300):
        day, left = start, n
        while left:
            day += datetime.timedelta(days=1)
            if day.weekday() < 5 and day not in days_off:
                left -= 1
        return day

    export = orgunits_export_csv(OrgUnit.objects.all())
    export_xlsx = orgunits_export_xlsx(OrgUnit.objects.all())
    headers = [headers[0] for headers in COLUMNS.values()]
    bombs = {
        "3,6 MB → 2 GiB": xlsx_bomb(headers),
        "357 KB → 194 MiB": xlsx_bomb(headers, mebibytes=194),
    }

    def refused(data: bytes) -> None:
        try:
            read_table(data, "bom.xlsx", COLUMNS)
        except TableError:
            return
        raise AssertionError("a bomb was read")  # the guard of core.safefiles is gone

    client = Client()
    client.force_login(user)
    anonymous = Client()
    return [
        Scenario(
            "access_units (tong_hop, cả tỉnh, 21 quyền)",
            lambda: list(access_units(user).values_list("pk", flat=True)),
            lambda: list(
                OrgUnit.objects.filter(path__startswith=root.path).values_list("pk", flat=True)
            ),
            "cổng phân quyền so với câu truy vấn viết tay",
        ),
        Scenario(
            "add_working_days(+300 ngày làm việc)",
            lambda: calendar.add_working_days(start, 300),
            naive_add,
            "lịch ngày làm việc so với vòng lặp từng ngày",
        ),
        Scenario(
            f"nhập lại cây đơn vị ({province['count']} dòng, không đổi)",
            lambda: orgunits_import(export, "don-vi.csv"),
            lambda: read_table(export, "don-vi.csv", COLUMNS),
            "kiểm tra và áp dụng so với chỉ đọc tệp",
        ),
        *[
            Scenario(
                f"từ chối .xlsx {label}",
                lambda data=data: refused(data),
                lambda: read_table(export_xlsx, "don-vi.xlsx", COLUMNS),
                f"bom nén so với đọc tệp .xlsx {province['count']} đơn vị",
            )
            for label, data in bombs.items()
        ],
        Scenario(
            "mở cấp dưới của tỉnh (htmx, 130 đơn vị)",
            lambda: client.get(f"/don-vi/{root.code}/cap-duoi/", HTTP_HX_REQUEST="true"),
            lambda: anonymous.get("/dang-nhap/"),
            "danh sách cấp dưới so với trang đăng nhập",
        ),
        Scenario(
            "trang cây đơn vị (/don-vi/)",
            lambda: client.get("/don-vi/"),
            lambda: anonymous.get("/dang-nhap/"),
            "trang cây so với trang đăng nhập",
        ),
    ]


def run(communes: int = 100, departments: int = 5, repeat: int = 15) -> list[dict]:
    province = build_province(communes, departments)
    return measure(scenarios(province), repeat), province["count"]
