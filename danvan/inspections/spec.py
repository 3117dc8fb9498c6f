"""The register of recommendations (Sổ theo dõi kiến nghị sau kiểm tra): its file columns,
checks and how a row's result becomes the stored state (docs/decisions/0031)."""

from dataclasses import dataclass

from danvan.activities.models import Inspection
from danvan.deadlines.status import State
from danvan.inspections.models import Recommendation, Result
from danvan.inspections.selectors import recommendation_write_units
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

SAMPLE_INSPECTION = "KT-2023-01"  # the template's sample row names this inspection
UNKNOWN_INSPECTION = "không có cuộc kiểm tra «{value}» trong sổ kiểm tra"
NOT_INSPECTED = "đơn vị «{unit}» không phải đơn vị được kiểm tra của cuộc kiểm tra «{code}»{listed}"
DONE_WITHOUT_RESULT = "có ngày khắc phục thì kết quả phải là «Đã khắc phục»"
DONE_BEFORE_INSPECTION = "ngày khắc phục trước ngày kiểm tra ({day})"
DUE_BEFORE_INSPECTION = "hạn khắc phục trước ngày kiểm tra ({day})"


def inspection_code(text: str) -> Inspection:
    """The inspection of a code in the inspection register."""
    code = text.strip()
    found = Inspection.objects.filter(code=code).select_related("unit").first()
    if found is None:
        raise ValueError(UNKNOWN_INSPECTION.format(value=code))
    return found


@dataclass(frozen=True)
class InspectionColumn(Column):
    """The inspection, written by its code in files and the API."""

    def export(self, value) -> str:
        return value.code if value else ""


def recommendation_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    inspection, unit = values.get("inspection"), values.get("unit")
    held = inspection.held_on if inspection is not None else None
    if inspection is not None and unit is not None:
        inspected = list(inspection.inspected_units.order_by("code").values_list("code", flat=True))
        if unit.code not in inspected:
            listed = (
                f" (các đơn vị được kiểm tra: {', '.join(inspected)})"
                if inspected
                else (" (cuộc kiểm tra chưa ghi đơn vị được kiểm tra)")
            )
            problems.append(
                (
                    "ma_don_vi",
                    NOT_INSPECTED.format(unit=unit.code, code=inspection.code, listed=listed),
                )
            )
    done, result = values.get("done_on"), values.get("result", "")
    if done and result != Result.DA_KHAC_PHUC:
        problems.append(("ngay_khac_phuc", DONE_WITHOUT_RESULT))
    if done and held and done < held:
        problems.append(("ngay_khac_phuc", DONE_BEFORE_INSPECTION.format(day=f"{held:%d/%m/%Y}")))
    due = values.get("due_on")
    if due and held and due < held:
        problems.append(("han_khac_phuc", DUE_BEFORE_INSPECTION.format(day=f"{held:%d/%m/%Y}")))
    return problems


def state_of(result: str, done_on) -> str:
    """The stored state a result stands for (decision 0031)."""
    if result == Result.DA_KHAC_PHUC and done_on:
        return State.HOAN_THANH
    if result:
        return State.DANG_THUC_HIEN
    return State.CHUA_THUC_HIEN


def recommendation_complete():
    def complete(values: dict) -> dict:
        if "result" not in values and "done_on" not in values:
            return values
        if values.get("state") == State.HUY:
            return values
        return {**values, "state": state_of(values.get("result", ""), values.get("done_on"))}

    return complete


RECOMMENDATIONS = RegisterSpec(
    position=45,  # beside the inspection register
    slug="recommendations",
    label="Sổ theo dõi kiến nghị sau kiểm tra",
    model=Recommendation,
    key="ma_kien_nghi",
    columns=(
        Column("ma_kien_nghi", ("Mã kiến nghị",), "code", c.text(60), required=True),
        InspectionColumn(
            "ma_cuoc_kiem_tra",
            ("Mã cuộc kiểm tra", "Mã đoàn kiểm tra"),
            "inspection",
            inspection_code,
            required=True,
            help="mã của cuộc kiểm tra trong sổ kiểm tra",
            sample=SAMPLE_INSPECTION,
        ),
        Column(
            "ma_don_vi",
            ("Mã đơn vị", "Đơn vị phải khắc phục"),
            "unit",
            c.text(40),
            required=True,
            help="đơn vị phải khắc phục: một trong các đơn vị được kiểm tra",
        ),
        Column(
            "noi_dung",
            ("Nội dung kiến nghị", "Nội dung"),
            "content",
            c.text(4000),
            required=True,
            sample="Niêm yết đầy đủ thủ tục hành chính tại Bộ phận Một cửa",
        ),
        Column("han_khac_phuc", ("Hạn khắc phục",), "due_on", c.date, required=True),
        Column("ngay_khac_phuc", ("Ngày khắc phục",), "done_on", c.date),
        Column(
            "ket_qua",
            ("Kết quả", "Kết quả khắc phục"),
            "result",
            c.choice(Result.choices, blank=True),
            help="để trống: chưa báo cáo",
        ),
    ),
    check=recommendation_check,
    completer=recommendation_complete,
    date_field="due_on",
    pages="recommendations",
    writable_units=recommendation_write_units,
)
