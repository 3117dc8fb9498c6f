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
    return csv_bytes(HEADER, rows)


def csv_bytes(header: list[str], rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def petitions_csv() -> bytes:
    """2021 of the Economic Zone Board: 15/15 complaints and 14/14 petitions resolved
    ("Trong năm 2021 đã tiếp nhận, giải quyết 15/15 đơn khiếu nại, 14/14 đơn kiến nghị")."""
    rng = random.Random(15)
    rows = []
    for kind, prefix, count in (("khieu_nai", "KN", 15), ("kien_nghi_phan_anh", "KNPA", 14)):
        for i in range(count):
            received = D(2021, 1, 11) + datetime.timedelta(days=rng.randrange(250))
            accepted = received + datetime.timedelta(days=rng.randint(1, 7))
            resolved = accepted + datetime.timedelta(days=rng.randint(5, 25))
            outcome = (
                rng.choice(["dung", "sai", "dung_mot_phan"])
                if kind == "khieu_nai"
                else ("da_tra_loi")
            )
            rows.append(
                [
                    f"BQL-{prefix}-2021-{i + 1:02d}",
                    "BQLKKT",
                    received.strftime("%d/%m/%Y"),
                    kind,
                    str(rng.randint(1, 4)),
                    "có",
                    "",
                    "thu_ly",
                    accepted.strftime("%d/%m/%Y"),
                    "khong",
                    "",
                    "",
                    resolved.strftime("%d/%m/%Y"),
                    outcome,
                ]
            )
    rows.append(
        [
            "BQL-DON-2021-LUU",
            "BQLKKT",
            "15/06/2021",
            "to_cao",
            "0",
            "không",
            "Đơn nặc danh, không rõ nội dung",
            "luu",
            "",
            "khong",
            "",
            "",
            "",
            "",
        ]
    )
    return csv_bytes(PETITION_HEADER, rows)


PETITION_HEADER = [
    "ma_don",
    "ma_don_vi",
    "ngay_nhan",
    "loai_don",
    "so_nguoi_dung_don",
    "du_dieu_kien",
    "ly_do_khong_du_dieu_kien",
    "xu_ly",
    "ngay_thu_ly",
    "muc_do_phuc_tap",
    "vung_kho_khan",
    "han_giai_quyet",
    "ngay_giai_quyet",
    "ket_qua",
]

# The 2021 appendix of the sample report, as register records.
ACTIVITY_ROWS = {
    "receptions": (
        [
            "ma_phien",
            "ma_don_vi",
            "ngay_tiep",
            "nguoi_tiep",
            "so_luot",
            "so_nguoi",
            "doan_dong_nguoi",
            "noi_dung",
        ],
        [
            [
                "BQL-TCD-2021-01",
                "BQLKKT",
                "15/03/2021",
                "lanh_dao_dinh_ky",
                "4",
                "6",
                "",
                "Bồi thường, giải phóng mặt bằng KKT Nhơn Hội",
            ],
            [
                "BQL-TCD-2021-02",
                "BQLKKT",
                "15/06/2021",
                "lanh_dao_dinh_ky",
                "3",
                "3",
                "",
                "Tái định cư",
            ],
            [
                "BQL-TCD-2021-03",
                "BQLKKT",
                "15/09/2021",
                "lanh_dao_dinh_ky",
                "2",
                "2",
                "",
                "Hỗ trợ chuyển đổi nghề",
            ],
            [
                "BQL-TCD-2021-04",
                "BQLKKT",
                "20/07/2021",
                "thuong_xuyen",
                "5",
                "5",
                "",
                "Kiến nghị về môi trường KCN",
            ],
        ],
    ),
    "documents": (
        ["ma", "ma_don_vi", "ngay", "co_quan", "loai_van_ban", "noi_dung"],
        [
            [
                "08/KH-BQL",
                "BQLKKT",
                "19/03/2021",
                "chinh_quyen",
                "ke_hoach",
                "Triển khai thực hiện quy chế dân chủ ở cơ sở và dân vận chính quyền năm 2021",
            ],
            [
                "15/KH-BQL",
                "BQLKKT",
                "05/04/2021",
                "chinh_quyen",
                "ke_hoach",
                "Cải cách hành chính năm 2021",
            ],
            [
                "21/KH-BQL",
                "BQLKKT",
                "12/05/2021",
                "chinh_quyen",
                "ke_hoach",
                "Phổ biến, giáo dục pháp luật năm 2021",
            ],
            [
                "32/KH-BQL",
                "BQLKKT",
                "01/07/2021",
                "chinh_quyen",
                "ke_hoach",
                "Năm dân vận khéo 2021",
            ],
            [
                "40/KH-BQL",
                "BQLKKT",
                "10/08/2021",
                "chinh_quyen",
                "ke_hoach",
                "Phòng, chống dịch Covid-19 tại doanh nghiệp trong KKT, KCN",
            ],
            [
                "05-KH/ĐU",
                "BQLKKT",
                "15/02/2021",
                "dang",
                "ke_hoach",
                "Học tập và làm theo tư tưởng, đạo đức, phong cách Hồ Chí Minh năm 2021",
            ],
            [
                "12-QĐ/ĐU",
                "BQLKKT",
                "20/04/2021",
                "dang",
                "quyet_dinh",
                "Kiện toàn Ban chỉ đạo thực hiện quy chế dân chủ",
            ],
        ],
    ),
    "conferences": (
        ["ma", "ma_don_vi", "ngay", "loai", "hinh_thuc", "so_nguoi", "noi_dung"],
        [
            [
                "BQL-HN-2021-01",
                "BQLKKT",
                "25/03/2021",
                "hoi_nghi",
                "rieng",
                "159",
                "Học tập, quán triệt Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XX",
            ],
            [
                "BQL-HN-2021-02",
                "BQLKKT",
                "10/03/2021",
                "hoi_nghi",
                "long_ghep",
                "65",
                "Phổ biến pháp luật lồng ghép Hội nghị CBCCVC",
            ],
        ],
    ),
    "staff-conferences": (
        ["ma", "ma_don_vi", "ngay", "so_nguoi", "noi_dung"],
        [
            ["BQL-HNCB-2021", "BQLKKT", "10/03/2021", "65", "Hội nghị CBCCVC năm 2021"],
            ["TTDV-HNCB-2021", "BQLKKT.TTDV", "12/03/2021", "18", "Hội nghị viên chức 2021"],
        ],
    ),
    "dialogues": (
        ["ma", "ma_don_vi", "ngay", "chu_tri", "doi_tuong", "so_nguoi", "noi_dung"],
        [
            [
                "BQL-DT-2021-01",
                "BQLKKT",
                "22/04/2021",
                "cap_uy",
                "doanh_nghiep",
                "45",
                "Đối thoại với doanh nghiệp trong KKT",
            ],
            [
                "BQL-DT-2021-02",
                "BQLKKT",
                "18/10/2021",
                "chinh_quyen",
                "ca_hai",
                "60",
                "Tháo gỡ khó khăn do dịch Covid-19",
            ],
        ],
    ),
    "inspections": (
        ["ma", "ma_don_vi", "ngay", "so_don_vi", "noi_dung"],
        [
            [
                "BQL-KT-2021-01",
                "BQLKKT",
                "16/08/2021",
                "57",
                "Kiểm tra phòng, chống dịch tại doanh nghiệp",
            ]
        ],
    ),
}


# A custom field a province administrator added to the trainings register, with its sum
# indicator (Quản trị › Trường bổ sung), and its values on the demo records.
CUSTOM_FIELD = {
    "register_slug": "conferences",
    "label": "Số lượt công chức được cử đi",
    "kind": "number",
    "indicator_code": "HN_LUOT_CU_DI",
    "indicator_label": "Số lượt công chức được cử đi hội nghị, tập huấn",
}
CUSTOM_VALUES = {"BQL-HN-2021-01": "12", "BQL-HN-2021-02": "5"}
