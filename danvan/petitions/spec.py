"""Columns of the reception book and the petition book, as they are kept in spreadsheets."""

from danvan.petitions.deadlines import deadline_computer
from danvan.petitions.models import (
    Complexity,
    Handling,
    Petition,
    PetitionKind,
    PetitionOutcome,
    Receiver,
    Reception,
)
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

NO_PEOPLE = "số người phải từ 1 trở lên"
ACCEPTED_WITHOUT_HANDLING = "có ngày thụ lý nhưng hình thức xử lý không phải «Thụ lý giải quyết»"
ACCEPTED_BEFORE_RECEIVED = "ngày thụ lý trước ngày nhận đơn"
RESOLVED_BEFORE = "ngày giải quyết xong trước ngày nhận (hoặc thụ lý) đơn"
INELIGIBLE_ACCEPTED = "đơn không đủ điều kiện xử lý thì không thể thụ lý"
INELIGIBLE_NO_REASON = "đơn không đủ điều kiện xử lý cần ghi lý do"
RESOLVED_NO_OUTCOME = "đã giải quyết xong nhưng thiếu kết quả"


def reception_check(values: dict) -> list[tuple[str, str]]:
    if "people" in values and values["people"] < 1:
        return [("so_nguoi", NO_PEOPLE)]
    return []


def petition_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    received, accepted = values.get("received_on"), values.get("accepted_on")
    resolved = values.get("resolved_on")
    if accepted and "handling" in values and values["handling"] != Handling.THU_LY:
        problems.append(("ngay_thu_ly", ACCEPTED_WITHOUT_HANDLING))
    if received and accepted and accepted < received:
        problems.append(("ngay_thu_ly", ACCEPTED_BEFORE_RECEIVED))
    if resolved and ((received and resolved < received) or (accepted and resolved < accepted)):
        problems.append(("ngay_giai_quyet", RESOLVED_BEFORE))
    if values.get("eligible") is False:
        if values.get("handling") == Handling.THU_LY:
            problems.append(("xu_ly", INELIGIBLE_ACCEPTED))
        if "ineligible_reason" in values and not values["ineligible_reason"]:
            problems.append(("ly_do_khong_du_dieu_kien", INELIGIBLE_NO_REASON))
    if resolved and "outcome" in values and not values["outcome"]:
        problems.append(("ket_qua", RESOLVED_NO_OUTCOME))
    return problems


def petition_completer():
    deadline = deadline_computer()

    def complete(values: dict) -> dict:
        if values.get("deadline") is None:
            values["deadline"] = deadline(values)
        return values

    return complete


def eligible(value: str) -> bool:
    return True if not value.strip() else c.boolean(value)


RECEPTIONS = RegisterSpec(
    slug="receptions",
    position=20,
    label="Sổ tiếp công dân",
    model=Reception,
    key="ma_phien",
    columns=(
        Column("ma_phien", ("Mã phiên tiếp", "Số thứ tự"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ngay_tiep", ("Ngày tiếp",), "held_on", c.date, required=True),
        Column(
            "nguoi_tiep",
            ("Người tiếp", "Hình thức tiếp"),
            "receiver",
            c.choice(Receiver.choices),
            required=True,
        ),
        Column("so_luot", ("Số lượt",), "visits", c.count),
        Column("so_nguoi", ("Số người",), "people", c.count),
        Column("doan_dong_nguoi", ("Đoàn đông người",), "mass_delegation", c.boolean),
        Column("noi_dung", ("Nội dung",), "subject", c.text(500)),
    ),
    check=reception_check,
    date_field="held_on",
)

PETITIONS = RegisterSpec(
    slug="petitions",
    position=30,
    label="Sổ đơn thư",
    model=Petition,
    key="ma_don",
    columns=(
        Column("ma_don", ("Mã đơn", "Số đơn"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ngay_nhan", ("Ngày nhận", "Ngày nhận đơn"), "received_on", c.date, required=True),
        Column("loai_don", ("Loại đơn",), "kind", c.choice(PetitionKind.choices), required=True),
        Column("so_nguoi_dung_don", ("Số người đứng đơn",), "senders", c.count),
        Column(
            "du_dieu_kien",
            ("Đủ điều kiện xử lý",),
            "eligible",
            eligible,
            help="Có hoặc không (cũng nhận x, 1, 0); để trống là có",
            sample="có",
        ),
        Column(
            "ly_do_khong_du_dieu_kien",
            ("Lý do không đủ điều kiện",),
            "ineligible_reason",
            c.text(300),
        ),
        Column(
            "xu_ly",
            ("Hình thức xử lý", "Xử lý"),
            "handling",
            c.choice(Handling.choices, blank=True),
        ),
        Column("ngay_thu_ly", ("Ngày thụ lý",), "accepted_on", c.date),
        Column(
            "muc_do_phuc_tap",
            ("Mức độ phức tạp",),
            "complexity",
            c.choice(Complexity.choices, default=Complexity.KHONG),
        ),
        Column("vung_kho_khan", ("Vùng sâu, vùng xa",), "remote_area", c.boolean),
        Column("han_giai_quyet", ("Hạn giải quyết",), "deadline", c.date),
        Column(
            "ngay_giai_quyet", ("Ngày giải quyết xong", "Ngày giải quyết"), "resolved_on", c.date
        ),
        Column("ket_qua", ("Kết quả",), "outcome", c.choice(PetitionOutcome.choices, blank=True)),
    ),
    check=petition_check,
    completer=petition_completer,
    date_field="received_on",
)
