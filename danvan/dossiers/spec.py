"""The dossier register's columns, as the one-stop system exports them."""

from danvan.calendars.selectors import calendar_current
from danvan.dossiers.models import (
    ROLLUP_COLUMNS,
    Channel,
    Dossier,
    DossierDaily,
    DossierMonthly,
    OnlineLevel,
    Outcome,
    Procedure,
    Rating,
)
from danvan.dossiers.rollups import deltas_for, rollups_apply
from danvan.registers import columns as c
from danvan.registers.columns import Column, Counters, RegisterSpec

FINISHED_WITHOUT_OUTCOME = "có ngày kết thúc nhưng thiếu kết quả"
OUTCOME_WITHOUT_FINISH = "có kết quả nhưng thiếu ngày kết thúc"
FINISHED_BEFORE_RECEIVED = "ngày kết thúc trước ngày tiếp nhận"
DUE_BEFORE_RECEIVED = "ngày hẹn trả trước ngày tiếp nhận"
RECEIVED_REQUIRED = "thiếu ngày tiếp nhận"


def dossier_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    received, finished = values.get("received_on"), values.get("finished_on")
    due, outcome = values.get("due_on"), values.get("outcome")
    if "received_on" in values and received is None:
        problems.append(("ngay_tiep_nhan", RECEIVED_REQUIRED))
    if "finished_on" in values and "outcome" in values:
        if finished and not outcome:
            problems.append(("ket_qua", FINISHED_WITHOUT_OUTCOME))
        if outcome and not finished:
            problems.append(("ngay_ket_thuc", OUTCOME_WITHOUT_FINISH))
    if received and finished and finished < received:
        problems.append(("ngay_ket_thuc", FINISHED_BEFORE_RECEIVED))
    if received and due and due < received:
        problems.append(("ngay_hen_tra", DUE_BEFORE_RECEIVED))
    return problems


def dossier_completer():
    """Due date from the procedure's duration in working days, when the row has none."""
    durations = dict(
        Procedure.objects.filter(duration_working_days__isnull=False).values_list(
            "code", "duration_working_days"
        )
    )
    calendar = calendar_current()

    def complete(values: dict) -> dict:
        if values.get("due_on") is None and values.get("received_on"):
            days = durations.get(values.get("procedure_code", ""))
            if days:
                values["due_on"] = calendar.add_working_days(values["received_on"], days)
        return values

    return complete


def dossier_on_write(created: list, updated: list[tuple]) -> None:
    rollups_apply(deltas_for([old for old, _ in updated], [*created, *(new for _, new in updated)]))


DOSSIERS = RegisterSpec(
    slug="dossiers",
    position=10,
    pages="dossiers",
    label="Hồ sơ thủ tục hành chính",
    model=Dossier,
    key="ma_ho_so",
    columns=(
        Column("ma_ho_so", ("Mã hồ sơ", "Số hồ sơ"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ma_thu_tuc", ("Mã thủ tục", "Mã TTHC"), "procedure_code", c.text(60)),
        Column("ten_thu_tuc", ("Tên thủ tục", "Tên TTHC"), "procedure_name", c.text(500)),
        Column("linh_vuc", ("Lĩnh vực",), "field", c.text(200)),
        Column(
            "kenh_nop",
            ("Kênh nộp", "Hình thức nộp"),
            "channel",
            c.choice(Channel.choices),
            required=True,
        ),
        Column(
            "muc_do_dvc",
            ("Mức độ DVC", "Mức độ dịch vụ công"),
            "online_level",
            c.choice(OnlineLevel.choices, blank=True),
        ),
        Column(
            "ngay_tiep_nhan", ("Ngày tiếp nhận", "Ngày nhận"), "received_on", c.date, required=True
        ),
        Column("ngay_hen_tra", ("Ngày hẹn trả", "Hẹn trả"), "due_on", c.date),
        Column("ngay_ket_thuc", ("Ngày kết thúc", "Ngày trả kết quả"), "finished_on", c.date),
        Column("ket_qua", ("Kết quả",), "outcome", c.choice(Outcome.choices, blank=True)),
        Column("thanh_toan_truc_tuyen", ("Thanh toán trực tuyến",), "paid_online", c.boolean),
        Column(
            "tra_qua_buu_chinh",
            ("Trả qua bưu chính", "Trả kết quả qua bưu chính"),
            "returned_by_post",
            c.boolean,
        ),
        Column("phieu_xin_loi", ("Phiếu xin lỗi",), "apology_issued", c.boolean),
        Column(
            "danh_gia",
            ("Đánh giá", "Mức độ hài lòng"),
            "rating",
            c.choice(Rating.choices, blank=True),
        ),
    ),
    check=dossier_check,
    completer=dossier_completer,
    on_write=dossier_on_write,
    on_delete=lambda deleted: rollups_apply(deltas_for(deleted, [])),
    date_field="received_on",
    counters=Counters(
        daily=DossierDaily,
        monthly=DossierMonthly,
        columns=ROLLUP_COLUMNS,
        # What the formulas read from "before" (and so "upto"): carried-over, pending dossiers.
        carried=("received", "finished", "due_open", "due_closed"),
    ),
)
