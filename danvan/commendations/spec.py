"""The register of commendations (Sổ theo dõi khen thưởng): its file columns and checks."""

from dataclasses import dataclass

from django.utils import timezone

from danvan.commendations.models import Commendation, Form, Level
from danvan.emulation.models import Movement, Subject
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

UNKNOWN_MOVEMENT = "không có phong trào thi đua «{value}»"
FUTURE_DECISION = "ngày quyết định sau ngày hôm nay ({today})"
COLLECTIVE_ONLY = "hình thức «{form}» chỉ dành cho tập thể"
PERSON_ONLY = "hình thức «{form}» chỉ dành cho cá nhân"

# Forms given only to collectives, and only to persons (Luật Thi đua, khen thưởng 2022).
COLLECTIVE_FORMS = (Form.TAP_THE_LAO_DONG_XUAT_SAC,)
PERSON_FORMS = (Form.CHIEN_SI_THI_DUA, Form.LAO_DONG_TIEN_TIEN)


def movement_code(text: str) -> Movement | None:
    code = text.strip()
    if not code:
        return None
    found = Movement.objects.filter(code=code).first()
    if found is None:
        raise ValueError(UNKNOWN_MOVEMENT.format(value=code))
    return found


@dataclass(frozen=True)
class MovementColumn(Column):
    """The movement, written by its code in files and the API."""

    def export(self, value) -> str:
        return value.code if value else ""


def form_fits(subject_kind: str, form: str) -> str | None:
    """Why a form cannot go to this kind of subject, or None."""
    label = Form(form).label if form in Form.values else form
    if subject_kind == Subject.CA_NHAN and form in COLLECTIVE_FORMS:
        return COLLECTIVE_ONLY.format(form=label)
    if subject_kind == Subject.TAP_THE and form in PERSON_FORMS:
        return PERSON_ONLY.format(form=label)
    return None


def commendation_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    today = timezone.localdate()
    decided = values.get("decided_on")
    if decided and decided > today:
        problems.append(("ngay_quyet_dinh", FUTURE_DECISION.format(today=f"{today:%d/%m/%Y}")))
    kind, form = values.get("subject_kind"), values.get("form")
    if kind and form:
        reason = form_fits(kind, form)
        if reason:
            problems.append(("hinh_thuc", reason))
    return problems


COMMENDATIONS = RegisterSpec(
    position=60,
    slug="commendations",
    label="Sổ theo dõi khen thưởng",
    model=Commendation,
    key="ma_khen_thuong",
    columns=(
        Column("ma_khen_thuong", ("Mã khen thưởng",), "code", c.text(60), required=True),
        Column(
            "ma_don_vi",
            ("Mã đơn vị", "Đơn vị"),
            "unit",
            c.text(40),
            required=True,
            help="đơn vị của tập thể, cá nhân được khen thưởng",
        ),
        Column(
            "doi_tuong",
            ("Đối tượng", "Tập thể/cá nhân"),
            "subject_kind",
            c.choice(Subject.choices),
            required=True,
        ),
        Column(
            "ten_doi_tuong",
            ("Tên tập thể, cá nhân", "Tên đối tượng", "Họ và tên"),
            "subject_name",
            c.text(300),
            required=True,
            sample="Văn phòng Ban Quản lý",
        ),
        Column(
            "hinh_thuc",
            ("Hình thức khen thưởng", "Hình thức"),
            "form",
            c.choice(Form.choices),
            required=True,
        ),
        Column(
            "cap",
            ("Cấp khen thưởng", "Cấp"),
            "level",
            c.choice(Level.choices),
            required=True,
        ),
        Column(
            "so_quyet_dinh",
            ("Số quyết định", "Quyết định số"),
            "decision_number",
            c.text(60),
            required=True,
            sample="123/QĐ-UBND",
        ),
        Column("ngay_quyet_dinh", ("Ngày quyết định",), "decided_on", c.date, required=True),
        MovementColumn(
            "ma_phong_trao",
            ("Mã phong trào", "Phong trào thi đua"),
            "movement",
            movement_code,
            help="mã phong trào thi đua được khen thưởng (để trống nếu không theo phong trào)",
            sample="",
        ),
        Column(
            "thanh_tich",
            ("Thành tích", "Tóm tắt thành tích"),
            "achievement",
            c.text(4000),
            sample="Hoàn thành xuất sắc nhiệm vụ năm 2022",
        ),
    ),
    check=commendation_check,
    date_field="decided_on",
)
