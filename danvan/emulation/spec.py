"""The registers of emulation (decision 0034): movements, registrations with their yearly
result, and the "cơ quan đạt chuẩn văn hóa" recognitions — files, checks, the generic pages."""

from dataclasses import dataclass

from django.urls import reverse

from danvan.activities.spec import codes_of, unit_codes
from danvan.emulation.models import CultureRecognition, Movement, Registration, Result, Subject
from danvan.orgunits.models import OrgUnit
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

UNKNOWN_MOVEMENT = "không có phong trào «{value}» trong sổ phong trào thi đua"
UNKNOWN_UNITS = "không có đơn vị {codes} trong cây đơn vị"
ENDS_BEFORE = "ngày kết thúc trước ngày bắt đầu"
NOT_TAKING_PART = "đơn vị «{unit}» không tham gia phong trào «{code}»"
YEAR_OUTSIDE = "năm {year} ngoài thời gian của phong trào ({start} – {end})"
REGISTERED_OUTSIDE = "ngày đăng ký ngoài thời gian của phong trào ({start} – {end})"
RESULT_WITHOUT_DAY = "có kết quả thì phải có ngày đánh giá"
DAY_WITHOUT_RESULT = "có ngày đánh giá thì phải có kết quả"
ASSESSED_BEFORE = "ngày đánh giá trước ngày đăng ký"
YEAR_BAD = "năm phải từ 1990 đến 2100"


def movement_code(text: str) -> Movement | None:
    code = text.strip()
    if not code:  # an optional column left empty (a required one is checked before)
        return None
    found = Movement.objects.filter(code=code).first()
    if found is None:
        raise ValueError(UNKNOWN_MOVEMENT.format(value=code))
    return found


@dataclass(frozen=True)
class MovementColumn(Column):
    def export(self, value) -> str:
        return value.code if value else ""


def _year(text: str) -> int:
    year = c.count(text)
    if not 1990 <= year <= 2100:
        raise ValueError(YEAR_BAD)
    return year


def movement_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    start, end = values.get("starts_on"), values.get("ends_on")
    if start and end and end < start:
        problems.append(("den_ngay", ENDS_BEFORE))
    codes = codes_of(values.get("participant_codes", ""))
    if codes:
        known = set(OrgUnit.objects.filter(code__in=codes).values_list("code", flat=True))
        missing = [code for code in codes if code not in known]
        if missing:
            shown = ", ".join(f"«{code}»" for code in missing)
            problems.append(("ma_don_vi_tham_gia", UNKNOWN_UNITS.format(codes=shown)))
    return problems


def movement_participants_sync(created: list, updated: list[tuple]) -> None:
    """Every written movement's ``participants`` = the units its codes name."""
    records = list(created) + [new for _, new in updated]
    wanted = {code for record in records for code in codes_of(record.participant_codes)}
    units = {u.code: u for u in OrgUnit.objects.filter(code__in=wanted)}
    for record in records:
        record.participants.set(
            [units[code] for code in codes_of(record.participant_codes) if code in units]
        )


def registration_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    movement, unit = values.get("movement"), values.get("unit")
    year, registered = values.get("year"), values.get("registered_on")
    if movement is not None:
        span = (f"{movement.starts_on:%d/%m/%Y}", f"{movement.ends_on:%d/%m/%Y}")
        codes = codes_of(movement.participant_codes)
        if unit is not None and codes and unit.code not in codes:
            problems.append(
                ("ma_don_vi", NOT_TAKING_PART.format(unit=unit.code, code=movement.code))
            )
        if year and not movement.starts_on.year <= year <= movement.ends_on.year:
            problems.append(("nam", YEAR_OUTSIDE.format(year=year, start=span[0], end=span[1])))
        if registered and not movement.starts_on <= registered <= movement.ends_on:
            problems.append(("ngay_dang_ky", REGISTERED_OUTSIDE.format(start=span[0], end=span[1])))
    result, assessed = values.get("result", ""), values.get("assessed_on")
    if result and not assessed:
        problems.append(("ngay_danh_gia", RESULT_WITHOUT_DAY))
    if assessed and not result:
        problems.append(("ket_qua", DAY_WITHOUT_RESULT))
    if assessed and registered and assessed < registered:
        problems.append(("ngay_danh_gia", ASSESSED_BEFORE))
    return problems


MOVEMENTS = RegisterSpec(
    position=80,
    slug="emulation-movements",
    label="Sổ phong trào thi đua",
    model=Movement,
    key="ma_phong_trao",
    columns=(
        Column("ma_phong_trao", ("Mã phong trào",), "code", c.text(60), required=True),
        Column(
            "ten_phong_trao",
            ("Tên phong trào", "Tên phong trào thi đua"),
            "name",
            c.text(500),
            required=True,
            sample="Cán bộ, công chức, viên chức thi đua thực hiện văn hóa công sở",
        ),
        Column(
            "ma_don_vi",
            ("Mã đơn vị", "Đơn vị phát động"),
            "unit",
            c.text(40),
            required=True,
            help="đơn vị phát động phong trào",
        ),
        Column("tu_ngay", ("Từ ngày", "Ngày bắt đầu"), "starts_on", c.date, required=True),
        Column("den_ngay", ("Đến ngày", "Ngày kết thúc"), "ends_on", c.date, required=True),
        Column(
            "van_ban_phat_dong",
            ("Văn bản phát động", "Kế hoạch phát động"),
            "launch_document",
            c.text(500),
            sample="Kế hoạch số 19/KH-BQL ngày 01/10/2019",
        ),
        Column(
            "ma_don_vi_tham_gia",
            ("Mã các đơn vị tham gia", "Đơn vị tham gia"),
            "participant_codes",
            unit_codes,
            help="mã các đơn vị tham gia, cách nhau bởi dấu «;» (để trống: mọi đơn vị)",
            sample="",
            filterable=False,
        ),
        Column(
            "noi_dung_tap_the",
            ("Nội dung thi đua đối với tập thể",),
            "goal_collective",
            c.text(500),
        ),
        Column(
            "noi_dung_ca_nhan",
            ("Nội dung thi đua đối với cá nhân",),
            "goal_individual",
            c.text(500),
        ),
    ),
    check=movement_check,
    on_write=movement_participants_sync,
    date_field="starts_on",
    record_page=lambda record: (
        reverse("emulation:movement", args=[record.pk]),
        "Trang phong trào (tiêu chí, đăng ký, đánh giá)",
    ),
)

REGISTRATIONS = RegisterSpec(
    position=81,
    slug="emulation-registrations",
    label="Sổ đăng ký thi đua",
    model=Registration,
    key="ma_dang_ky",
    columns=(
        Column("ma_dang_ky", ("Mã đăng ký",), "code", c.text(60), required=True),
        MovementColumn(
            "ma_phong_trao",
            ("Mã phong trào",),
            "movement",
            movement_code,
            required=True,
            help="mã của phong trào trong sổ phong trào thi đua",
            sample="TD-VHCS-2019",
        ),
        Column(
            "ma_don_vi",
            ("Mã đơn vị",),
            "unit",
            c.text(40),
            required=True,
            help="đơn vị giữ sổ đăng ký (đơn vị tham gia phong trào)",
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
            sample="Văn phòng Ban",
        ),
        Column("ngay_dang_ky", ("Ngày đăng ký",), "registered_on", c.date, required=True),
        Column(
            "nam",
            ("Năm", "Năm thi đua"),
            "year",
            _year,
            required=True,
            help="năm thi đua của lần đăng ký (trong thời gian của phong trào)",
            sample="2022",
        ),
        Column(
            "ket_qua",
            ("Kết quả", "Kết quả đánh giá"),
            "result",
            c.choice(Result.choices, blank=True),
            help="để trống: chưa đánh giá",
        ),
        Column("ngay_danh_gia", ("Ngày đánh giá",), "assessed_on", c.date),
        Column(
            "noi_dung_dang_ky",
            ("Nội dung đăng ký", "Cam kết"),
            "commitment",
            c.text(4000),
        ),
    ),
    check=registration_check,
    date_field="registered_on",
    record_page=lambda record: (
        reverse("emulation:registration", args=[record.pk]),
        "Đánh giá theo tiêu chí",
    ),
)

RECOGNITIONS = RegisterSpec(
    position=82,
    slug="culture-recognitions",
    label="Sổ công nhận cơ quan đạt chuẩn văn hóa",
    model=CultureRecognition,
    key="ma",
    columns=(
        Column("ma", ("Mã",), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column(
            "nam",
            ("Năm",),
            "year",
            _year,
            required=True,
            help="năm được công nhận cơ quan đạt chuẩn văn hóa",
            sample="2021",
        ),
        Column("so_quyet_dinh", ("Số quyết định",), "decision_number", c.text(60)),
        Column("ngay_quyet_dinh", ("Ngày quyết định",), "decided_on", c.date, required=True),
        Column("co_quan_cong_nhan", ("Cơ quan công nhận",), "decided_by", c.text(300)),
        MovementColumn(
            "ma_phong_trao",
            ("Mã phong trào",),
            "movement",
            movement_code,
            help="mã phong trào trong sổ phong trào thi đua (có thể để trống)",
            sample="",
        ),
    ),
    date_field="decided_on",
)

EMULATION_SPECS = (MOVEMENTS, REGISTRATIONS, RECOGNITIONS)
