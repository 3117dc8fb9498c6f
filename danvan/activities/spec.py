"""Columns of the smaller registers. Each has a code, a unit and a date like the others."""

import itertools

from django.db.models.deletion import Collector, ProtectedError
from django.urls import reverse

from danvan.activities.models import (
    Conference,
    Dialogue,
    Document,
    Inspection,
    SkilfulModel,
    StaffConference,
    Supervision,
)
from danvan.core.errors import DomainError
from danvan.orgunits.models import OrgUnit
from danvan.registers import columns as c
from danvan.registers.columns import Column, RegisterSpec

ACCEPTED_OVER_OPINIONS = "số ý kiến được tiếp thu vượt số ý kiến"
RECOGNISED_BEFORE = "ngày công nhận trước ngày đăng ký"
RECOGNISED_WITHOUT_LEVEL = "đã công nhận thì cần cấp công nhận"
NO_DATE = "cần ngày xác định hoặc ngày đăng ký của mô hình"
REGISTERED_BEFORE = "ngày đăng ký trước ngày xác định"
RECOGNISED_UNREGISTERED = "mô hình chưa đăng ký thì chưa công nhận được (cần ngày đăng ký)"
RECOGNISED_BEFORE_IDENTIFIED = "ngày công nhận trước ngày xác định"
LEVEL_WITHOUT_RECOGNITION = "có cấp công nhận thì cần ngày công nhận"
YEAR_AFTER = "năm {year} sau năm của ngày xác định, đăng ký ({day})"
BAD_YEAR = "năm phải từ 1990 đến 2100"
STAGE_AHEAD = (
    "giai đoạn «{stage}» chưa có ngày tương ứng (theo các ngày đã ghi, mô hình mới ở giai đoạn "
    "«{expected}»)"
)
ATTENDEES_OVER_TOTAL = "số người tham dự ({attendees}) vượt tổng số người phải tham dự ({total})"


def _common(key_headers, date_headers):
    return (
        Column("ma", key_headers, "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị",), "unit", c.text(40), required=True),
        Column("ngay", date_headers, "held_on", c.date, required=True),
    )


SUBJECT = Column("noi_dung", ("Nội dung", "Trích yếu"), "subject", c.text(500))


def supervision_check(values: dict) -> list[tuple[str, str]]:
    if values.get("opinions_accepted", 0) > values.get("opinions", 0):
        return [("so_y_kien_tiep_thu", ACCEPTED_OVER_OPINIONS)]
    return []


def skilful_check(values: dict) -> list[tuple[str, str]]:
    """The model's life keeps its order: identified ≤ registered ≤ recognised; a recognition
    needs a registration and a level, a level needs a recognition; a stated stage agrees with
    the dates. Only the columns given are checked (a file may update some of them)."""
    problems = []
    identified, registered = values.get("identified_on"), values.get("registered_on")
    recognised = values.get("recognised_on")
    dates_given = "identified_on" in values or "registered_on" in values
    if not dates_given or not (identified or registered):
        problems.append(("ngay", NO_DATE))
    if identified and registered and registered < identified:
        problems.append(("ngay", REGISTERED_BEFORE))
    if recognised and registered and recognised < registered:
        problems.append(("ngay_cong_nhan", RECOGNISED_BEFORE))
    if recognised and "registered_on" in values and not registered:
        problems.append(("ngay_cong_nhan", RECOGNISED_UNREGISTERED))
    if recognised and identified and not registered and recognised < identified:
        problems.append(("ngay_cong_nhan", RECOGNISED_BEFORE_IDENTIFIED))
    if recognised and "level" in values and not values["level"]:
        problems.append(("cap_cong_nhan", RECOGNISED_WITHOUT_LEVEL))
    if values.get("level") and "recognised_on" in values and not recognised:
        problems.append(("cap_cong_nhan", LEVEL_WITHOUT_RECOGNITION))
    year, first = values.get("year"), identified or registered
    if year and first and year > first.year + 1:
        problems.append(("nam", YEAR_AFTER.format(year=year, day=first.strftime("%d/%m/%Y"))))
    # A stated stage ahead of the dates is refused (it says «công nhận» without a recognition
    # date); one behind them follows the dates (a registration date added to an identified
    # model registers it).
    stage, order = values.get("stage"), list(SkilfulModel.Stage.values)
    if stage and dates_given and "recognised_on" in values:
        expected = skilful_stage(values)
        if order.index(stage) > order.index(expected):
            problems.append(
                (
                    "giai_doan",
                    STAGE_AHEAD.format(
                        stage=SkilfulModel.Stage(stage).label.lower(),
                        expected=SkilfulModel.Stage(expected).label.lower(),
                    ),
                )
            )
    return problems


def skilful_stage(values: dict) -> str:
    """The stage the dates say: recognised, registered, or identified only."""
    if values.get("recognised_on"):
        return SkilfulModel.Stage.CONG_NHAN
    if values.get("registered_on"):
        return SkilfulModel.Stage.DANG_KY
    return SkilfulModel.Stage.XAC_DINH


def skilful_complete():
    """The register's date (the first of the model's life), the stage and the year, from the
    dates; a record without a date is left as it is (the check refuses it)."""

    def complete(values: dict) -> dict:
        first = values.get("identified_on") or values.get("registered_on")
        if first is None:
            return values
        values = {**values, "held_on": first, "stage": skilful_stage(values)}
        if not values.get("year"):
            values["year"] = first.year
        return values

    return complete


def optional_year(text: str) -> int | None:
    """A year such as 2022; empty: the year of the model's first date."""
    if not (text or "").strip():
        return None
    year = c.count(text)
    if not 1990 <= year <= 2100:
        raise ValueError(BAD_YEAR)
    return year


def staff_conference_check(values: dict) -> list[tuple[str, str]]:
    total, attendees = values.get("staff_total"), values.get("attendees")
    if total is not None and attendees is not None and attendees > total:
        return [("so_nguoi", ATTENDEES_OVER_TOTAL.format(attendees=attendees, total=total))]
    return []


def optional_count(text: str) -> int | None:
    """A count that may be unknown: an empty cell is None (not 0)."""
    return c.count(text) if (text or "").strip() else None


# After the dossiers (10), receptions (20) and petitions (30), in the order defined here.
_POSITIONS = itertools.count(40)


def _spec(slug, label, model, columns, **extra):
    return RegisterSpec(
        position=next(_POSITIONS),
        slug=slug,
        label=label,
        model=model,
        key="ma",
        columns=columns,
        date_field="held_on",
        **extra,
    )


DIALOGUES = _spec(
    "dialogues",
    "Sổ đối thoại",
    Dialogue,
    (
        *_common(("Mã cuộc đối thoại", "Mã"), ("Ngày đối thoại", "Ngày")),
        Column(
            "chu_tri", ("Người chủ trì",), "host", c.choice(Dialogue.Host.choices), required=True
        ),
        Column(
            "doi_tuong",
            ("Đối tượng",),
            "audience",
            c.choice(Dialogue.Audience.choices, default=Dialogue.Audience.NGUOI_DAN),
        ),
        Column("so_nguoi", ("Số người tham dự",), "participants", c.count),
        SUBJECT,
    ),
)
CONFERENCES = _spec(
    "conferences",
    "Sổ hội nghị, hội thảo, tập huấn",
    Conference,
    (
        *_common(("Mã hội nghị", "Mã"), ("Ngày tổ chức", "Ngày")),
        Column("loai", ("Loại",), "kind", c.choice(Conference.Kind.choices), required=True),
        Column(
            "hinh_thuc", ("Hình thức",), "organisation", c.choice(Conference.Organisation.choices)
        ),
        Column("so_nguoi", ("Số người tham dự",), "attendees", c.count),
        SUBJECT,
    ),
)
DOCUMENTS = _spec(
    "documents",
    "Sổ văn bản ban hành",
    Document,
    (
        *_common(("Số, ký hiệu", "Mã"), ("Ngày ban hành", "Ngày")),
        Column(
            "co_quan",
            ("Cơ quan ban hành",),
            "issuer",
            c.choice(Document.Issuer.choices),
            required=True,
        ),
        Column(
            "loai_van_ban",
            ("Loại văn bản",),
            "doc_type",
            c.choice(Document.DocType.choices),
            required=True,
        ),
        SUBJECT,
    ),
)
SKILFUL_MODELS = _spec(
    "skilful-models",
    "Sổ mô hình \u201cDân vận khéo\u201d",
    SkilfulModel,
    (
        Column("ma", ("Mã mô hình", "Mã"), "code", c.text(60), required=True),
        Column("ma_don_vi", ("Mã đơn vị", "Đơn vị thực hiện"), "unit", c.text(40), required=True),
        Column(
            "giai_doan",
            ("Giai đoạn",),
            "stage",
            c.choice(SkilfulModel.Stage.choices, blank=True),
            help="để trống: theo các ngày (xác định → đăng ký → công nhận)",
            sample="",
        ),
        Column(
            "nam",
            ("Năm",),
            "year",
            optional_year,
            help="để trống: năm của ngày xác định (hoặc ngày đăng ký)",
            sample="2022",
        ),
        Column(
            "ngay_xac_dinh",
            ("Ngày xác định",),
            "identified_on",
            c.date,
            help="ngày đơn vị xác định mô hình (chưa đăng ký)",
            sample="15/03/2022",
        ),
        # Files before the model's life was kept have only this date: the registration.
        Column(
            "ngay",
            ("Ngày đăng ký", "Ngày"),
            "registered_on",
            c.date,
            help="để trống khi mô hình mới được xác định",
            sample="01/04/2022",
        ),
        Column("linh_vuc", ("Lĩnh vực",), "field", c.text(200)),
        Column("don_vi_phoi_hop", ("Đơn vị phối hợp",), "partners", c.text(500), sample=""),
        Column("ngay_cong_nhan", ("Ngày công nhận",), "recognised_on", c.date, sample=""),
        Column(
            "cap_cong_nhan",
            ("Cấp công nhận",),
            "level",
            c.choice(SkilfulModel.Level.choices, blank=True),
            sample="",
        ),
        Column("ten_mo_hinh", ("Tên mô hình", "Nội dung"), "subject", c.text(500)),
        Column("ket_qua", ("Kết quả đạt được",), "results", c.text(5000), sample=""),
        Column(
            "minh_chung",
            ("Minh chứng",),
            "evidence",
            c.text(2000),
            help="văn bản, quyết định, đường dẫn chứng minh kết quả",
            sample="",
        ),
    ),
    check=skilful_check,
    completer=skilful_complete,
)
# The inspection register: the team, the legal basis, the units inspected (codes of the tree,
# kept as the file writes them and resolved into ``inspected_units``), the conclusion.
UNKNOWN_UNITS = "không có đơn vị {codes} trong cây đơn vị"
CONCLUDED_BEFORE = "ngày kết luận trước ngày kiểm tra"
INSPECTS_ITSELF = "đơn vị kiểm tra không tự kiểm tra chính mình ({code})"


def unit_codes(text: str) -> str:
    """ "BQLKKT;  BQLKKT.VP,BQLKKT" → "BQLKKT; BQLKKT.VP" (codes separated by ";" or ",",
    each once, in the order given)."""
    codes: list[str] = []
    for part in text.replace(",", ";").split(";"):
        code = part.strip()
        if code and code not in codes:
            codes.append(code)
    joined = "; ".join(codes)
    if len(joined) > 1000:
        raise ValueError(c.TOO_LONG.format(max_length=1000))
    return joined


unit_codes.max_length = 1000  # type: ignore[attr-defined]


def codes_of(text: str) -> list[str]:
    return [code for code in unit_codes(text or "").split("; ") if code]


def inspection_check(values: dict) -> list[tuple[str, str]]:
    problems = []
    codes = codes_of(values.get("inspected_codes", ""))
    if codes:
        known = set(OrgUnit.objects.filter(code__in=codes).values_list("code", flat=True))
        missing = [code for code in codes if code not in known]
        if missing:
            shown = ", ".join(f"«{code}»" for code in missing)
            problems.append(("don_vi_duoc_kiem_tra", UNKNOWN_UNITS.format(codes=shown)))
        unit = values.get("unit")
        if unit is not None and unit.code in codes:
            problems.append(("don_vi_duoc_kiem_tra", INSPECTS_ITSELF.format(code=unit.code)))
    concluded, held = values.get("conclusion_on"), values.get("held_on")
    if concluded and held and concluded < held:
        problems.append(("ngay_ket_luan", CONCLUDED_BEFORE))
    return problems


def inspection_complete():
    def complete(values: dict) -> dict:
        if "inspected_codes" not in values:
            return values
        codes = codes_of(values["inspected_codes"])
        values = {**values, "inspected_codes": "; ".join(codes)}
        if codes:  # the count follows the list when one is given
            values["units_inspected"] = len(codes)
        return values

    return complete


def inspection_units_sync(created: list, updated: list[tuple]) -> None:
    """Every written inspection's ``inspected_units`` = the units its codes name."""
    records = list(created) + [new for _, new in updated]
    wanted = {code for record in records for code in codes_of(record.inspected_codes)}
    units = {u.code: u for u in OrgUnit.objects.filter(code__in=wanted)}
    for record in records:
        record.inspected_units.set(
            [units[code] for code in codes_of(record.inspected_codes) if code in units]
        )


HAS_RECOMMENDATIONS = (
    "Không xóa được: cuộc kiểm tra còn {count} kiến nghị sau kiểm tra; xóa các kiến nghị đó trước."
)


def inspection_delete_check(records: list) -> None:
    """An inspection whose recommendations are kept is not deleted (they point at it)."""
    try:
        Collector(using="default").collect(records)
    except ProtectedError as error:
        raise DomainError(HAS_RECOMMENDATIONS.format(count=len(error.protected_objects))) from None


INSPECTIONS = _spec(
    "inspections",
    "Sổ kiểm tra",
    Inspection,
    (
        *_common(("Mã đoàn kiểm tra", "Mã"), ("Ngày kiểm tra", "Ngày")),
        Column(
            "loai",
            ("Loại kiểm tra", "Loại"),
            "kind",
            c.choice(Inspection.Kind.choices, default=Inspection.Kind.KHAC),
        ),
        Column("so_don_vi", ("Số đơn vị được kiểm tra",), "units_inspected", c.count),
        SUBJECT,
        Column("truong_doan", ("Trưởng đoàn",), "leader", c.text(200)),
        Column(
            "thanh_vien",
            ("Thành viên đoàn",),
            "members",
            c.text(4000),
            help="mỗi người một dòng: họ tên — chức vụ",
        ),
        Column("can_cu", ("Căn cứ", "Căn cứ kiểm tra"), "basis", c.text(500)),
        Column(
            "don_vi_duoc_kiem_tra",
            ("Đơn vị được kiểm tra",),
            "inspected_codes",
            unit_codes,
            help="mã đơn vị trong cây đơn vị, cách nhau bởi dấu «;»",
            sample="",
        ),
        Column("ngay_ket_luan", ("Ngày kết luận",), "conclusion_on", c.date),
        Column("ket_luan", ("Kết luận", "Kết luận kiểm tra"), "conclusion", c.text(20000)),
    ),
    check=inspection_check,
    completer=inspection_complete,
    on_write=inspection_units_sync,
    on_delete=inspection_delete_check,
    # The inspection page (team, conclusion, recommendations) of danvan.inspections.
    record_page=lambda record: (
        reverse("inspections:detail", args=[record.pk]),
        "Mở trang cuộc kiểm tra (đoàn, kết luận, kiến nghị)",
    ),
)
SUPERVISIONS = _spec(
    "supervisions",
    "Sổ giám sát, phản biện của MTTQ",
    Supervision,
    (
        *_common(("Mã cuộc giám sát", "Mã"), ("Ngày", "Ngày giám sát")),
        Column(
            "hinh_thuc", ("Hình thức",), "kind", c.choice(Supervision.Kind.choices), required=True
        ),
        Column("so_y_kien", ("Số ý kiến",), "opinions", c.count),
        Column("so_y_kien_tiep_thu", ("Số ý kiến được tiếp thu",), "opinions_accepted", c.count),
        SUBJECT,
    ),
    check=supervision_check,
)
STAFF_CONFERENCES = _spec(
    "staff-conferences",
    "Sổ hội nghị cán bộ, công chức, viên chức",
    StaffConference,
    (
        *_common(("Mã hội nghị", "Mã"), ("Ngày tổ chức", "Ngày")),
        Column("so_nguoi", ("Số người tham dự",), "attendees", c.count),
        Column(
            "tong_so",
            ("Tổng số người phải tham dự", "Tổng số CBCCVC"),
            "staff_total",
            optional_count,
            help="Cán bộ, công chức, viên chức, người lao động của đơn vị; để trống nếu chưa rõ",
            sample="171",
        ),
        Column("so_nghi_quyet", ("Số nghị quyết",), "resolution_number", c.text(60)),
        Column("nghi_quyet", ("Nghị quyết hội nghị",), "resolution", c.text(5000)),
        SUBJECT,
    ),
    check=staff_conference_check,
)

ACTIVITY_SPECS = (
    DIALOGUES,
    CONFERENCES,
    DOCUMENTS,
    SKILFUL_MODELS,
    INSPECTIONS,
    SUPERVISIONS,
    STAFF_CONFERENCES,
)
