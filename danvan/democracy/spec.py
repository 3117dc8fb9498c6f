"""The democracy app's registers: the yearly obligations and the people's inspection board's
supervisions ("Sổ hoạt động Ban thanh tra nhân dân"), for import, export, lists and the API."""

import datetime
from dataclasses import dataclass

from danvan.deadlines.rules import DueRule, Every
from danvan.deadlines.status import State
from danvan.democracy.models import (
    BoardSupervision,
    Obligation,
    ObligationType,
    PeopleInspectionBoard,
    PublicityForm,
)
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

UNKNOWN_TYPE = "không có nghĩa vụ «{value}» trong danh mục"
NOT_IN_FORCE = "nghĩa vụ «{code}» chưa áp dụng hoặc đã hết áp dụng vào ngày {day}"
ACCEPTED_OVER_MADE = "số kiến nghị được tiếp thu vượt số kiến nghị"
DONE_WITHOUT_DATE = "đã hoàn thành thì cần ngày hoàn thành"
DATE_WITHOUT_DONE = "có ngày hoàn thành thì trạng thái phải là «Hoàn thành»"
BAD_YEAR = "năm {value} không hợp lệ"


def _type(text: str) -> ObligationType:
    code = text.strip().upper()
    found = ObligationType.objects.filter(code=code).order_by("-valid_from").first()
    if found is None:
        raise ValueError(UNKNOWN_TYPE.format(value=text.strip()))
    return found


def _year(text: str) -> int:
    value = c.count(text)
    if not 2000 <= value <= 2100:
        raise ValueError(BAD_YEAR.format(value=text.strip()))
    return value


@dataclass(frozen=True)
class TypeColumn(Column):
    """The obligation's type by its catalogue code (the version follows from the dates)."""

    def export(self, value) -> str:
        return value.code if value else ""


def _version_day(values: dict) -> datetime.date | None:
    if values.get("due_on"):
        return values["due_on"]
    if values.get("event_on"):
        return values["event_on"]
    if values.get("year"):
        return datetime.date(values["year"], 12, 31)
    return None


def _version(code: str, day: datetime.date) -> ObligationType | None:
    return (
        ObligationType.objects.filter(code=code, valid_from__lte=day)
        .exclude(valid_to__lt=day)
        .order_by("-valid_from")
        .first()
    )


def obligation_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    kind = values.get("type")
    day = _version_day(values)
    if isinstance(kind, ObligationType) and day and _version(kind.code, day) is None:
        problems.append(("ma_nghia_vu", NOT_IN_FORCE.format(code=kind.code, day=f"{day:%d/%m/%Y}")))
    state = values.get("state")
    if state == State.HOAN_THANH and "done_on" in values and not values["done_on"]:
        problems.append(("ngay_hoan_thanh", DONE_WITHOUT_DATE))
    if values.get("done_on") and state is not None and state != State.HOAN_THANH:
        problems.append(("trang_thai", DATE_WITHOUT_DONE))
    return problems


def obligation_completer():
    from danvan.calendars.selectors import calendar_current

    calendar = calendar_current()

    def complete(values: dict) -> dict:
        kind = values.get("type")
        day = _version_day(values)
        if isinstance(kind, ObligationType) and day:
            kind = _version(kind.code, day) or kind
            values["type"] = kind
        if isinstance(kind, ObligationType):
            values["due_rule"] = kind.due_rule
            rule = DueRule.parse(kind.due_rule)
            if rule.every == Every.AFTER and values.get("event_on") and not values.get("due_on"):
                values["due_on"] = rule.after(values["event_on"], calendar)
        return values

    return complete


def supervision_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    if values.get("recommendations_accepted", 0) > values.get("recommendations", 0):
        problems.append(("so_kien_nghi_tiep_thu", ACCEPTED_OVER_MADE))
    return problems


def _board(unit, day):
    return PeopleInspectionBoard.objects.filter(
        unit=unit, term_from__lte=day, term_to__gte=day
    ).first()


def supervision_completer():
    def complete(values: dict) -> dict:
        if values.get("unit") is not None and values.get("held_on") is not None:
            values["board"] = _board(values["unit"], values["held_on"])
        return values

    return complete


OBLIGATIONS = RegisterSpec(
    position=90,
    slug="obligations",
    label="Sổ nghĩa vụ thực hiện dân chủ ở cơ sở",
    model=Obligation,
    key="ma",
    columns=(
        Column("ma", ("Mã nghĩa vụ của đơn vị", "Mã"), "code", c.text(80), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column(
            "nam",
            ("Năm",),
            "year",
            _year,
            required=True,
            help="Năm của nghĩa vụ, 4 chữ số",
            sample="2023",
        ),
        TypeColumn(
            "ma_nghia_vu",
            ("Mã nghĩa vụ (danh mục)", "Loại nghĩa vụ"),
            "type",
            _type,
            required=True,
            help="Mã trong danh mục nghĩa vụ, ví dụ CK_DU_TOAN",
            sample="CK_DU_TOAN",
        ),
        Column("ngay_su_kien", ("Ngày của sự kiện",), "event_on", c.date),
        Column("han", ("Hạn",), "due_on", c.date),
        Column(
            "trang_thai",
            ("Trạng thái",),
            "state",
            c.choice(State.choices, default=State.CHUA_THUC_HIEN),
        ),
        Column("ngay_hoan_thanh", ("Ngày công khai, hoàn thành",), "done_on", c.date),
        Column(
            "hinh_thuc",
            ("Hình thức công khai",),
            "published_form",
            c.choice(PublicityForm.choices, blank=True),
        ),
        Column(
            "noi_dung_cong_khai",
            ("Nội dung đã công khai, lấy ý kiến",),
            "published_content",
            c.text(2000),
        ),
    ),
    check=obligation_check,
    completer=obligation_completer,
    date_field="due_on",
)

SUPERVISIONS = RegisterSpec(
    position=91,
    slug="people-inspection-supervisions",
    label="Sổ hoạt động Ban thanh tra nhân dân",
    model=BoardSupervision,
    key="ma",
    columns=(
        Column("ma", ("Mã cuộc giám sát", "Mã"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ngay", ("Ngày giám sát", "Ngày"), "held_on", c.date, required=True),
        Column(
            "noi_dung",
            ("Nội dung giám sát", "Nội dung"),
            "subject",
            c.text(500),
            required=True,
            sample="Giám sát thực hiện quy chế chi tiêu nội bộ",
        ),
        Column("so_kien_nghi", ("Số kiến nghị",), "recommendations", c.count),
        Column(
            "so_kien_nghi_tiep_thu",
            ("Số kiến nghị được tiếp thu",),
            "recommendations_accepted",
            c.count,
        ),
    ),
    check=supervision_check,
    completer=supervision_completer,
    date_field="held_on",
)

DEMOCRACY_SPECS = (OBLIGATIONS, SUPERVISIONS)
