"""The deadline overview's demo lines (decision 0029): the heads' periodic citizen receptions
of last month and this month, relative to the day the demo is loaded, so that the overview
(``/viec-can-lam/``) shows one head who met the quota and one commune behind it:

- Ban Quản lý Khu kinh tế: the head received citizens on the 15th of last month (quota met);
- UBND phường Quy Nhơn: the chairman received in the first two weeks of last month only
  (behind: "đã tiếp 2/4 tuần", or 2/5), and not yet this month.

Idempotent: the sessions' codes carry their month; re-loading adds nothing.
"""

import datetime

from django.apps import apps
from django.utils import timezone

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.demo.registers import csv_bytes
from danvan.petitions.defaults import seed_reception_quotas
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

HEADER = ["ma_phien", "ma_don_vi", "ngay_tiep", "nguoi_tiep", "so_luot", "so_nguoi", "noi_dung"]


def _weekday_on_or_after(day: datetime.date, weekday: int = 2) -> datetime.date:
    """The first Wednesday (by default) on or after ``day``."""
    return day + datetime.timedelta(days=(weekday - day.weekday()) % 7)


def reception_rows(today: datetime.date) -> list[list[str]]:
    last_month = (today.replace(day=1) - datetime.timedelta(days=1)).replace(day=1)
    tag = last_month.strftime("%Y%m")
    # The first week ending in last month: its Monday may fall in the month before.
    first_sunday = last_month + datetime.timedelta(days=(6 - last_month.weekday()) % 7)
    week_1 = max(first_sunday - datetime.timedelta(days=4), last_month)
    week_2 = week_1 + datetime.timedelta(days=7)
    board_day = _weekday_on_or_after(last_month.replace(day=15))
    return [
        [
            f"BQL-TCD-DK-{tag}",
            "BQLKKT",
            board_day.strftime("%d/%m/%Y"),
            "lanh_dao_dinh_ky",
            "3",
            "4",
            "Tiếp công dân định kỳ của Trưởng ban: bồi thường, tái định cư KKT Nhơn Hội",
        ],
        [
            f"QN-TCD-DK-{tag}-1",
            "XA.QUYNHON",
            week_1.strftime("%d/%m/%Y"),
            "lanh_dao_dinh_ky",
            "2",
            "2",
            "Chủ tịch UBND phường tiếp công dân định kỳ: tranh chấp ranh giới đất",
        ],
        [
            f"QN-TCD-DK-{tag}-2",
            "XA.QUYNHON",
            week_2.strftime("%d/%m/%Y"),
            "lanh_dao_dinh_ky",
            "1",
            "1",
            "Chủ tịch UBND phường tiếp công dân định kỳ: cấp giấy chứng nhận quyền sử dụng đất",
        ],
    ]


def load_overview() -> str:
    seed_reception_quotas(apps.get_model)
    spec = registers()["receptions"]
    result = register_import(
        spec,
        csv_bytes(HEADER, reception_rows(timezone.localdate())),
        "tiep-cong-dan-dinh-ky.csv",
        units=access_register_units(SYSTEM),
    )
    return f"định mức tiếp công dân định kỳ; {result.created} phiên tiếp định kỳ mới"
