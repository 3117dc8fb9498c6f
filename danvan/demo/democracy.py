"""Demo of grassroots democracy in 2023: the Economic Zone Board's obligations (some published
on time, one late, one overdue, one cancelled), its staff conference with attendance and its
resolution's items, the steering board, the people's inspection board of the 2022–2024 term and
its supervisions; a few obligations of the Board's service centre and of the Home Affairs
department. Everything goes through the services and the register import; loading twice
changes nothing.

Attendance is the staff conference's own (the Board's staff, 64/70; the centre's, 17/18), not
the 159/171 of the 2021 report, which counts the Party members of the zone's Party committee
at another conference (see danvan/demo/indicators.py)."""

import datetime

from django.apps import apps
from django.utils import timezone

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.activities.models import StaffConference
from danvan.deadlines.status import State
from danvan.demo.registers import csv_bytes
from danvan.democracy import services
from danvan.democracy.catalogue import seed_catalogue
from danvan.democracy.models import Obligation, PeopleInspectionBoard, SteeringBoard
from danvan.orgunits.models import OrgUnit
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

D = datetime.date
YEAR = 2023
UNITS = ["BQLKKT", "BQLKKT.TTDV", "GL.SNV"]

CONFERENCES = (
    ["ma", "ma_don_vi", "ngay", "so_nguoi", "tong_so", "so_nghi_quyet", "nghi_quyet", "noi_dung"],
    [
        [
            "BQL-HNCB-2023",
            "BQLKKT",
            "08/03/2023",
            "64",
            "70",
            "01/NQ-HNCBCCVC",
            "Hội nghị thống nhất kế hoạch công tác năm 2023, quy chế chi tiêu nội bộ sửa đổi và "
            "các chỉ tiêu thi đua.",
            "Hội nghị cán bộ, công chức, viên chức năm 2023",
        ],
        [
            "TTDV-HNCB-2023",
            "BQLKKT.TTDV",
            "14/03/2023",
            "17",
            "18",
            "01/NQ-HNVC",
            "Hội nghị thống nhất kế hoạch hoạt động năm 2023 của Trung tâm.",
            "Hội nghị viên chức, người lao động năm 2023",
        ],
    ],
)
RESOLUTION = [
    # content, due, done (None: open)
    ("Công khai quy chế chi tiêu nội bộ sửa đổi", D(2023, 3, 31), D(2023, 3, 20)),
    ("Tổ chức phong trào thi đua «Văn hóa công sở» năm 2023", D(2023, 6, 30), D(2023, 7, 10)),
    ("Rà soát, cập nhật quy chế làm việc của Ban", D(2023, 9, 30), None),
    ("Tổng kết thực hiện nghị quyết tại hội nghị năm 2024", D(2024, 3, 31), None),
]
# type code → (event day or None, done day or None, form, content); "huy" cancels.
BOARD_RECORDS = {
    "CK_DU_TOAN": (D(2023, 1, 5), D(2023, 1, 9), "niem_yet", "Dự toán ngân sách năm 2023"),
    "CK_KE_HOACH_NAM": (D(2023, 1, 16), D(2023, 1, 18), "cong_thong_tin", "Kế hoạch năm 2023"),
    "CK_CHI_TIEU_NOI_BO": (D(2023, 2, 10), D(2023, 2, 14), "cuoc_hop", "Quy chế chi tiêu nội bộ"),
    "CK_TAI_SAN": (None, D(2023, 3, 28), "niem_yet", "Bản kê khai tài sản, thu nhập năm 2022"),
    "LYK_KE_HOACH_NAM": (None, D(2023, 3, 8), "cuoc_hop", "Dự thảo kế hoạch công tác 2023"),
    "HNCB_HANG_NAM": (None, D(2023, 3, 8), "cuoc_hop", "Hội nghị CBCCVC ngày 08/03/2023"),
    "BCD_KIEN_TOAN": (None, D(2023, 2, 20), "van_ban", "Quyết định số 125/QĐ-BQL"),
    "BTTND_BAO_CAO": (None, D(2023, 3, 8), "cuoc_hop", "Báo cáo tại hội nghị CBCCVC 2023"),
    # Published three working days late.
    "CK_QUYET_TOAN": (D(2023, 6, 15), D(2023, 6, 23), "van_ban", "Quyết toán ngân sách 2022"),
    # Recruitment plan issued, never published: overdue.
    "CK_TUYEN_DUNG": (D(2023, 4, 3), None, "", ""),
    "CK_BO_NHIEM": (D(2023, 10, 2), D(2023, 10, 5), "cuoc_hop", "Quyết định bổ nhiệm Trưởng phòng"),
    "CK_DIEU_DONG": "Năm 2023 Ban không có quyết định điều động, luân chuyển.",
}
OTHER_RECORDS = {
    "CK_DU_TOAN": (D(2023, 1, 6), D(2023, 1, 11), "niem_yet", "Dự toán năm 2023"),
    "CK_TAI_SAN": (None, D(2023, 3, 30), "niem_yet", "Bản kê khai năm 2022"),
    "HNCB_HANG_NAM": (None, D(2023, 3, 14), "cuoc_hop", "Hội nghị ngày 14/03/2023"),
    "LYK_KE_HOACH_NAM": (None, D(2023, 3, 14), "cuoc_hop", "Dự thảo kế hoạch 2023"),
    "BCD_KIEN_TOAN": (None, D(2023, 3, 1), "van_ban", "Quyết định kiện toàn Ban chỉ đạo"),
    "BTTND_BAO_CAO": (None, D(2023, 3, 14), "cuoc_hop", "Báo cáo tại hội nghị 2023"),
    "BTTND_BAU": (None, D(2023, 3, 14), "cuoc_hop", "Bầu Ban thanh tra nhân dân nhiệm kỳ mới"),
}
STEERING = (
    "125/QĐ-BQL",
    D(2023, 2, 20),
    "\n".join(
        [
            "Trần Văn Minh; Phó Trưởng ban, Bí thư Đảng ủy; Trưởng ban",
            "Nguyễn Thị Hạnh; Phó Trưởng ban, Phó Bí thư Đảng ủy; Phó Trưởng ban",
            "Lê Quang Vinh; Chánh Văn phòng Ban; Thành viên",
            "Phạm Thị Thu; Trưởng phòng Quản lý đầu tư; Thành viên",
            "Võ Đình Lộc; Trưởng phòng Quy hoạch và Xây dựng; Thành viên",
            "Đặng Thị Mai; Trưởng phòng Doanh nghiệp, Lao động; Thành viên",
            "Huỳnh Văn Tài; Trưởng phòng Tài nguyên và Môi trường; Thành viên",
            "Bùi Thị Ngọc; Giám đốc Trung tâm Dịch vụ và Hỗ trợ đầu tư; Thành viên",
            "Ngô Minh Đức; Bí thư Đoàn Thanh niên Khu kinh tế; Thành viên",
        ]
    ),
)
INSPECTION = (
    D(2022, 3, 10),
    D(2024, 3, 9),
    "Hội nghị cán bộ, công chức, viên chức năm 2022",
    "\n".join(
        [
            "Nguyễn Văn Hòa; Chủ tịch Công đoàn cơ sở; Trưởng ban",
            "Trương Thị Lan; Phòng Doanh nghiệp, Lao động; Phó Trưởng ban",
            "Phan Văn Sơn; Văn phòng Ban; Thành viên",
            "Lý Thị Hồng; Phòng Quản lý đầu tư; Thành viên",
            "Đỗ Văn Khánh; Trung tâm Dịch vụ và Hỗ trợ đầu tư; Thành viên",
        ]
    ),
)
SUPERVISIONS = (
    ["ma", "ma_don_vi", "ngay", "noi_dung", "so_kien_nghi", "so_kien_nghi_tiep_thu"],
    [
        [
            "BQL-BTTND-2023-01",
            "BQLKKT",
            "20/04/2023",
            "Thực hiện quy chế chi tiêu nội bộ",
            "3",
            "3",
        ],
        [
            "BQL-BTTND-2023-02",
            "BQLKKT",
            "15/08/2023",
            "Thực hiện Nghị quyết Hội nghị cán bộ, công chức, viên chức năm 2023",
            "2",
            "1",
        ],
        [
            "BQL-BTTND-2023-03",
            "BQLKKT",
            "20/11/2023",
            "Công khai kế hoạch, kết quả tuyển dụng năm 2023",
            "2",
            "1",
        ],
    ],
)


def _record(obligation: Obligation, what) -> bool:
    if obligation.state != State.CHUA_THUC_HIEN:
        return False
    if isinstance(what, str):
        services.obligation_cancel(user=SYSTEM, obligation=obligation, reason=what)
        return True
    event, done, form, content = what
    changed = False
    if event and not obligation.event_on:
        services.obligation_event_set(user=SYSTEM, obligation=obligation, event_on=event)
        changed = True
    if done:
        changed = True
        services.obligation_complete(
            user=SYSTEM,
            obligation=obligation,
            done_on=done,
            form=form,
            content=content,
            evidence_label=content,
            today=timezone.localdate(),
        )
    return changed


def load_democracy() -> str:
    seed_catalogue(apps.get_model)
    specs, writable = registers(), access_register_units(SYSTEM)
    register_import(
        specs["staff-conferences"], csv_bytes(*CONFERENCES), "hncb-2023.csv", units=writable
    )
    board = OrgUnit.objects.get(code="BQLKKT")
    if not SteeringBoard.objects.filter(unit=board).exists():
        number, day, members = STEERING
        services.steering_board_set(
            user=SYSTEM, unit=board, decision_number=number, decided_on=day, members=members
        )
    if not PeopleInspectionBoard.objects.filter(unit=board).exists():
        start, end, where, members = INSPECTION
        services.inspection_board_set(
            user=SYSTEM, unit=board, term_from=start, term_to=end, elected_at=where, members=members
        )
    register_import(
        specs["people-inspection-supervisions"],
        csv_bytes(*SUPERVISIONS),
        "bttnd-2023.csv",
        units=writable,
    )
    units = list(OrgUnit.objects.filter(code__in=UNITS))
    created = services.obligations_instantiate(year=YEAR, units=units)
    recorded = 0
    for obligation in Obligation.objects.filter(year=YEAR, unit__in=units).select_related(
        "type", "unit"
    ):
        records = BOARD_RECORDS if obligation.unit.code == "BQLKKT" else OTHER_RECORDS
        what = records.get(obligation.type.code)
        if what is not None:
            recorded += _record(obligation, what)
    conference = StaffConference.objects.get(code="BQL-HNCB-2023")
    if not conference.resolution_items.exists():
        for content, due, done in RESOLUTION:
            item = services.resolution_item_add(
                user=SYSTEM, conference=conference, content=content, due_on=due
            )
            if done:
                services.resolution_item_done(
                    user=SYSTEM,
                    item=item,
                    done_on=done,
                    result="Đã thực hiện",
                    today=timezone.localdate(),
                )
    return f"{len(created)} nghĩa vụ năm {YEAR} mới, {recorded} lần ghi nhận"
