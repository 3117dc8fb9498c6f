"""Demo register data: two years of one-stop dossiers.

The Economic Zone Board's 2021 dossiers reproduce the figures of the real 2021 report
(shared/samples/bao-cao-qcdc-dan-van-2021.txt): from 01/01/2021 to the report date 524 dossiers
received and resolved, 285 of them online (54,38%), 99,4% resolved before or on time (521/524).
The data is generated deterministically and loaded through the real import path, so loading
twice changes nothing.
"""

import csv
import datetime
import io
import random

from danvan.calendars.selectors import calendar_current
from danvan.dossiers.models import Procedure

D = datetime.date

# code, name, field, duration in working days
PROCEDURES = [
    ("1.009645", "Cấp Giấy chứng nhận đăng ký đầu tư", "Đầu tư", 15),
    ("1.009646", "Điều chỉnh Giấy chứng nhận đăng ký đầu tư", "Đầu tư", 10),
    ("1.009763", "Cấp giấy phép xây dựng công trình trong khu kinh tế", "Xây dựng", 20),
    ("2.000205", "Xác nhận khai báo sử dụng lao động nước ngoài", "Lao động", 10),
    ("1.004257", "Thẩm định báo cáo đánh giá tác động môi trường", "Môi trường", 30),
    ("2.001583", "Cấp chứng chỉ quy hoạch", "Quy hoạch", 15),
]
COMMUNE_PROCEDURES = [
    ("1.001193", "Đăng ký khai sinh", "Hộ tịch", 1),
    ("1.004873", "Chứng thực bản sao từ bản chính", "Chứng thực", 1),
    ("1.003583", "Đăng ký kết hôn", "Hộ tịch", 5),
    ("2.000488", "Cấp giấy phép kinh doanh hộ cá thể", "Hộ kinh doanh", 3),
]
HEADER = [
    "ma_ho_so",
    "ma_don_vi",
    "ma_thu_tuc",
    "ten_thu_tuc",
    "linh_vuc",
    "kenh_nop",
    "muc_do_dvc",
    "ngay_tiep_nhan",
    "ngay_hen_tra",
    "ngay_ket_thuc",
    "ket_qua",
    "thanh_toan_truc_tuyen",
    "tra_qua_buu_chinh",
    "phieu_xin_loi",
    "danh_gia",
]
RATINGS = ["rat_hai_long"] * 55 + ["hai_long"] * 35 + ["binh_thuong"] * 8 + ["khong_hai_long"] * 2


def procedures_load() -> int:
    created = 0
    for code, name, field, days in PROCEDURES + COMMUNE_PROCEDURES:
        _, new = Procedure.objects.get_or_create(
            code=code, defaults={"name": name, "field": field, "duration_working_days": days}
        )
        created += new
    return created


def _day(rng, start: datetime.date, end: datetime.date, calendar) -> datetime.date:
    while True:
        day = start + datetime.timedelta(rng.randrange((end - start).days + 1))
        if calendar.is_working_day(day):
            return day


def _rows_for_year(
    rng,
    calendar,
    *,
    unit,
    prefix,
    procedures,
    count,
    online,
    late,
    received_from,
    received_to,
    pending=0,
    level="toan_trinh",
):
    """``count`` dossiers received in the range: ``online`` of them online, ``late`` resolved
    after their due date, ``pending`` still open at the end; the rest before/on time."""
    flags_online = [True] * online + [False] * (count - online)
    rng.shuffle(flags_online)
    lateness = ["late"] * late + ["pending"] * pending + ["ok"] * (count - late - pending)
    rng.shuffle(lateness)
    rows = []
    for i in range(count):
        code, name, field, days = procedures[rng.randrange(len(procedures))]
        received = _day(rng, received_from, received_to, calendar)
        due = calendar.add_working_days(received, days)
        is_online = flags_online[i]
        outcome, finished = "", None
        if lateness[i] == "late":
            finished = calendar.add_working_days(due, rng.randint(1, 3))
            outcome = "da_tra_ket_qua"
        elif lateness[i] == "ok":
            finished = calendar.add_working_days(received, rng.randint(max(1, days // 3), days))
            outcome = "tu_choi" if rng.random() < 0.02 else "da_tra_ket_qua"
        rated = finished is not None and rng.random() < 0.6
        rows.append(
            [
                f"{prefix}-{i + 1:05d}",
                unit,
                code,
                name,
                field,
                "truc_tuyen" if is_online else rng.choice(["truc_tiep"] * 9 + ["buu_chinh"]),
                level if is_online else "",
                received.strftime("%d/%m/%Y"),
                due.strftime("%d/%m/%Y"),
                finished.strftime("%d/%m/%Y") if finished else "",
                outcome,
                "có" if is_online and finished and rng.random() < 0.5 else "",
                "có" if finished and rng.random() < 0.1 else "",
                "có" if lateness[i] == "late" else "",
                rng.choice(RATINGS) if rated else "",
            ]
        )
    return rows


def dossiers_csv() -> bytes:
    rng = random.Random(2021)
    calendar = calendar_current()
    rows = []
    # 2021 of the Economic Zone Board: all received from 04/01 to 29/10 and resolved before
    # the report of 08/11/2021 — so the calendar year and the Nghị định 09 window agree.
    rows += _rows_for_year(
        rng,
        calendar,
        unit="BQLKKT",
        prefix="BQL-2021",
        procedures=PROCEDURES,
        count=524,
        online=285,
        late=3,
        received_from=D(2021, 1, 4),
        received_to=D(2021, 10, 1),
        level="muc_do_4",
    )
    rows += _rows_for_year(
        rng,
        calendar,
        unit="BQLKKT",
        prefix="BQL-2022",
        procedures=PROCEDURES,
        count=588,
        online=371,
        late=5,
        pending=12,
        received_from=D(2022, 1, 4),
        received_to=D(2022, 12, 9),
    )
    # Communes after the reform: 1/7/2025 to the present.
    for unit, count in (("XA.QUYNHON", 420), ("XA.PLEIKU", 380), ("XA.TUYPHUOC", 150)):
        rows += _rows_for_year(
            rng,
            calendar,
            unit=unit,
            prefix=f"{unit[3:]}-2025",
            procedures=COMMUNE_PROCEDURES,
            count=count,
            online=int(count * 0.62),
            late=count // 60,
            pending=count // 40,
            received_from=D(2025, 7, 1),
            received_to=D(2026, 10, 30),
        )
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(HEADER)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")
