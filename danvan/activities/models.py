from django.db import models

from danvan.orgunits.models import OrgUnit


class Record(models.Model):
    """What every small register has: a code users give it, a unit, a date."""

    code = models.CharField("mã", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="+"
    )
    held_on = models.DateField("ngày")
    subject = models.CharField("nội dung", max_length=500, blank=True)
    # Values of the register's custom fields, by their code (danvan.registers.custom).
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        abstract = True
        ordering = ["-held_on", "code"]

    def __str__(self):
        return f"{self.code} — {self.held_on:%d/%m/%Y}"


class Dialogue(Record):
    class Host(models.TextChoices):
        CAP_UY = "cap_uy", "Người đứng đầu cấp ủy"
        CHINH_QUYEN = "chinh_quyen", "Người đứng đầu chính quyền"

    class Audience(models.TextChoices):
        NGUOI_DAN = "nguoi_dan", "Người dân"
        DOANH_NGHIEP = "doanh_nghiep", "Doanh nghiệp"
        CA_HAI = "ca_hai", "Người dân và doanh nghiệp"

    host = models.CharField("người chủ trì", max_length=12, choices=Host.choices)
    audience = models.CharField(
        "đối tượng", max_length=12, choices=Audience.choices, default=Audience.NGUOI_DAN
    )
    participants = models.PositiveIntegerField("số người tham dự", default=0)

    class Meta(Record.Meta):
        verbose_name = "cuộc đối thoại"
        verbose_name_plural = "đối thoại"


class Conference(Record):
    class Kind(models.TextChoices):
        HOI_NGHI = "hoi_nghi", "Hội nghị"
        HOI_THAO = "hoi_thao", "Hội thảo"
        TAP_HUAN = "tap_huan", "Tập huấn"

    class Organisation(models.TextChoices):
        RIENG = "rieng", "Tổ chức riêng"
        LONG_GHEP = "long_ghep", "Lồng ghép"

    kind = models.CharField("loại", max_length=10, choices=Kind.choices)
    organisation = models.CharField(
        "hình thức", max_length=10, choices=Organisation.choices, default=Organisation.RIENG
    )
    attendees = models.PositiveIntegerField("số người tham dự", default=0)

    class Meta(Record.Meta):
        verbose_name = "hội nghị, tập huấn"
        verbose_name_plural = "hội nghị, tập huấn"


class Document(Record):
    class Issuer(models.TextChoices):
        DANG = "dang", "Cấp ủy, tổ chức đảng"
        CHINH_QUYEN = "chinh_quyen", "Chính quyền"

    class DocType(models.TextChoices):
        KE_HOACH = "ke_hoach", "Kế hoạch"
        QUYET_DINH = "quyet_dinh", "Quyết định"
        CHI_THI = "chi_thi", "Chỉ thị"
        HUONG_DAN = "huong_dan", "Hướng dẫn"
        CONG_VAN = "cong_van", "Công văn"
        BAO_CAO = "bao_cao", "Báo cáo"
        KHAC = "khac", "Khác"

    issuer = models.CharField("cơ quan ban hành", max_length=12, choices=Issuer.choices)
    doc_type = models.CharField("loại văn bản", max_length=12, choices=DocType.choices)

    class Meta(Record.Meta):
        verbose_name = "văn bản ban hành"
        verbose_name_plural = "văn bản ban hành"


class SkilfulModel(Record):
    """Mô hình "Dân vận khéo" through its life: identified (xác định), registered (đăng ký),
    recognised (công nhận, with a level). ``held_on`` is the register's date: the first date of
    the model's life (identified, or registered when no identification was recorded)."""

    class Stage(models.TextChoices):
        XAC_DINH = "xac_dinh", "Xác định"
        DANG_KY = "dang_ky", "Đăng ký"
        CONG_NHAN = "cong_nhan", "Công nhận"

    class Level(models.TextChoices):
        CO_SO = "co_so", "Cơ sở"
        # Districts existed until 30/6/2025; older recognitions keep their level.
        HUYEN = "huyen", "Cấp huyện (trước 01/7/2025)"
        TINH = "tinh", "Cấp tỉnh"
        TRUNG_UONG = "trung_uong", "Trung ương"

    stage = models.CharField(
        "giai đoạn", max_length=10, choices=Stage.choices, default=Stage.XAC_DINH, blank=True
    )
    year = models.PositiveSmallIntegerField("năm", null=True, blank=True)
    identified_on = models.DateField("ngày xác định", null=True, blank=True)
    registered_on = models.DateField("ngày đăng ký", null=True, blank=True)
    field = models.CharField("lĩnh vực", max_length=200, blank=True)
    partners = models.CharField("đơn vị phối hợp", max_length=500, blank=True)
    recognised_on = models.DateField("ngày công nhận", null=True, blank=True)
    level = models.CharField("cấp công nhận", max_length=12, choices=Level.choices, blank=True)
    results = models.TextField("kết quả đạt được", blank=True)
    evidence = models.TextField("minh chứng", blank=True)
    evidence_file = models.FileField("tệp minh chứng", upload_to="skilful-models/%Y/", blank=True)

    class Meta(Record.Meta):
        verbose_name = "mô hình Dân vận khéo"
        verbose_name_plural = "mô hình Dân vận khéo"


class Inspection(Record):
    class Kind(models.TextChoices):
        CCHC = "cchc", "Kiểm tra cải cách hành chính"
        CONG_VU = "cong_vu", "Kiểm tra công vụ"
        QCDC = "qcdc", "Kiểm tra thực hiện dân chủ ở cơ sở"
        VAN_HOA_CONG_SO = "van_hoa_cong_so", "Kiểm tra thực hiện văn hóa công sở"
        KHAC = "khac", "Kiểm tra khác"

    kind = models.CharField("loại kiểm tra", max_length=20, choices=Kind.choices, default=Kind.KHAC)
    units_inspected = models.PositiveIntegerField("số đơn vị được kiểm tra", default=0)
    # The units inspected, from the tree (units_inspected counts them, or the units of a
    # sample when the list was not recorded).
    inspected_units = models.ManyToManyField(
        OrgUnit,
        verbose_name="đơn vị được kiểm tra",
        blank=True,
        related_name="inspections_received",
    )
    # The same list as the register's files write it ("BQLKKT; BQLKKT.VP"): imports, exports,
    # the API and the audit trail read it; every write sets ``inspected_units`` from it
    # (danvan.activities.spec.inspection_units_sync).
    inspected_codes = models.CharField("mã các đơn vị được kiểm tra", max_length=1000, blank=True)
    leader = models.CharField("trưởng đoàn", max_length=200, blank=True)
    members = models.TextField("thành viên đoàn", blank=True)  # one per line: name — position
    basis = models.CharField("căn cứ (kế hoạch, quyết định)", max_length=500, blank=True)
    conclusion_on = models.DateField("ngày kết luận", null=True, blank=True)
    conclusion = models.TextField("kết luận", blank=True)
    conclusion_file = models.FileField("tệp kết luận", upload_to="inspections/%Y/", blank=True)

    class Meta(Record.Meta):
        verbose_name = "cuộc kiểm tra"
        verbose_name_plural = "kiểm tra"


class Supervision(Record):
    class Kind(models.TextChoices):
        GIAM_SAT = "giam_sat", "Giám sát"
        PHAN_BIEN = "phan_bien", "Phản biện xã hội"

    kind = models.CharField("hình thức", max_length=10, choices=Kind.choices)
    opinions = models.PositiveIntegerField("số ý kiến", default=0)
    opinions_accepted = models.PositiveIntegerField("số ý kiến được tiếp thu", default=0)

    class Meta(Record.Meta):
        verbose_name = "cuộc giám sát, phản biện của MTTQ"
        verbose_name_plural = "giám sát, phản biện của MTTQ"


class StaffConference(Record):
    attendees = models.PositiveIntegerField("số người tham dự", default=0)
    # Everyone who should attend (cán bộ, công chức, viên chức, người lao động of the unit):
    # attendance is attendees / staff_total ("159/171"); empty when not recorded.
    staff_total = models.PositiveIntegerField("tổng số người phải tham dự", null=True, blank=True)
    resolution_number = models.CharField("số nghị quyết", max_length=60, blank=True)
    resolution = models.TextField("nghị quyết hội nghị", blank=True)

    class Meta(Record.Meta):
        verbose_name = "hội nghị cán bộ, công chức, viên chức"
        verbose_name_plural = "hội nghị cán bộ, công chức, viên chức"


REGISTER_MODELS = [
    Dialogue,
    Conference,
    Document,
    SkilfulModel,
    Inspection,
    Supervision,
    StaffConference,
]
