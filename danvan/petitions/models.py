"""Tiếp công dân (citizen reception) and đơn thư (complaints, denunciations, petitions)."""

from django.db import models

from danvan.orgunits.models import OrgUnit, OrgUnitKind


class Receiver(models.TextChoices):
    LANH_DAO_DINH_KY = "lanh_dao_dinh_ky", "Lãnh đạo tiếp định kỳ"
    LANH_DAO_DOT_XUAT = "lanh_dao_dot_xuat", "Lãnh đạo tiếp đột xuất"
    THUONG_XUYEN = "thuong_xuyen", "Tiếp thường xuyên"


class Reception(models.Model):
    code = models.CharField("mã phiên tiếp", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="receptions"
    )
    held_on = models.DateField("ngày tiếp")
    receiver = models.CharField("người tiếp", max_length=20, choices=Receiver.choices)
    visits = models.PositiveIntegerField("số lượt", default=1)
    people = models.PositiveIntegerField("số người", default=1)
    mass_delegation = models.BooleanField("đoàn đông người", default=False)
    subject = models.CharField("nội dung", max_length=500, blank=True)
    # Values of the register's custom fields, by their code (danvan.registers.custom).
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-held_on", "code"]
        verbose_name = "phiên tiếp công dân"
        verbose_name_plural = "tiếp công dân"
        indexes = [models.Index(fields=["unit", "held_on"], name="reception_unit_day")]

    def __str__(self):
        return f"{self.code} — {self.held_on:%d/%m/%Y}"


class PetitionKind(models.TextChoices):
    KHIEU_NAI = "khieu_nai", "Khiếu nại"
    TO_CAO = "to_cao", "Tố cáo"
    KIEN_NGHI_PHAN_ANH = "kien_nghi_phan_anh", "Kiến nghị, phản ánh"
    TRANH_CHAP = "tranh_chap", "Tranh chấp đất đai"


class Handling(models.TextChoices):
    THU_LY = "thu_ly", "Thụ lý giải quyết"
    CHUYEN = "chuyen", "Chuyển cơ quan có thẩm quyền"
    DON_DOC = "don_doc", "Đôn đốc giải quyết"
    LUU = "luu", "Lưu đơn"


class Complexity(models.TextChoices):
    KHONG = "khong", "Không phức tạp"
    PHUC_TAP = "phuc_tap", "Phức tạp"
    DAC_BIET_PHUC_TAP = "dac_biet_phuc_tap", "Đặc biệt phức tạp"


class PetitionOutcome(models.TextChoices):
    DUNG = "dung", "Đúng"
    SAI = "sai", "Sai"
    DUNG_MOT_PHAN = "dung_mot_phan", "Đúng một phần"
    RUT = "rut", "Rút đơn"
    DA_TRA_LOI = "da_tra_loi", "Đã trả lời"


class Petition(models.Model):
    code = models.CharField("mã đơn", max_length=60, unique=True)
    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị", on_delete=models.PROTECT, related_name="petitions"
    )
    received_on = models.DateField("ngày nhận")
    kind = models.CharField("loại đơn", max_length=20, choices=PetitionKind.choices)
    senders = models.PositiveIntegerField("số người đứng đơn", default=1)
    eligible = models.BooleanField("đủ điều kiện xử lý", default=True)
    ineligible_reason = models.CharField("lý do không đủ điều kiện", max_length=300, blank=True)
    handling = models.CharField(
        "hình thức xử lý", max_length=10, choices=Handling.choices, blank=True
    )
    accepted_on = models.DateField("ngày thụ lý", null=True, blank=True)
    complexity = models.CharField(
        "mức độ phức tạp", max_length=20, choices=Complexity.choices, default=Complexity.KHONG
    )
    remote_area = models.BooleanField("vùng sâu, vùng xa", default=False)
    deadline = models.DateField("hạn giải quyết", null=True, blank=True)
    resolved_on = models.DateField("ngày giải quyết xong", null=True, blank=True)
    outcome = models.CharField(
        "kết quả", max_length=16, choices=PetitionOutcome.choices, blank=True
    )
    # Values of the register's custom fields, by their code (danvan.registers.custom).
    custom = models.JSONField("trường bổ sung", default=dict, blank=True)

    class Meta:
        ordering = ["-received_on", "code"]
        verbose_name = "đơn thư"
        verbose_name_plural = "đơn thư"
        indexes = [models.Index(fields=["unit", "received_on"], name="petition_unit_day")]

    def __str__(self):
        return f"{self.code} — {self.get_kind_display()}"


class DeadlineRule(models.Model):
    """The legal time limit for resolving a petition, as dated data: a change in the law is a
    new row with its own ``valid_from``, not a code change."""

    class DayKind(models.TextChoices):
        NGAY_LAM_VIEC = "ngay_lam_viec", "Ngày làm việc"
        NGAY_LICH = "ngay_lich", "Ngày theo lịch"

    kind = models.CharField("loại đơn", max_length=20, choices=PetitionKind.choices)
    complexity = models.CharField("mức độ phức tạp", max_length=20, choices=Complexity.choices)
    remote_area = models.BooleanField("vùng sâu, vùng xa", default=False)
    days = models.PositiveSmallIntegerField("thời hạn (ngày)")
    day_kind = models.CharField("cách tính ngày", max_length=15, choices=DayKind.choices)
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)
    legal_ref = models.CharField("căn cứ", max_length=300)

    class Meta:
        ordering = ["kind", "complexity", "remote_area", "valid_from"]
        verbose_name = "thời hạn giải quyết đơn"
        verbose_name_plural = "thời hạn giải quyết đơn"

    def __str__(self):
        return f"{self.get_kind_display()} {self.get_complexity_display()}: {self.days} ngày"


class ReceptionQuota(models.Model):
    """How often the head of a kind of unit must receive citizens in person (tiếp công dân
    định kỳ), as dated data: Luật Tiếp công dân 2013 (Chủ tịch UBND cấp tỉnh ít nhất 01 ngày
    mỗi tháng, cấp xã ít nhất 01 ngày mỗi tuần, thủ trưởng cơ quan hành chính ít nhất 01 ngày
    mỗi tháng …). A change in the law is a new row with its own ``valid_from``."""

    class Per(models.TextChoices):
        THANG = "thang", "tháng"
        TUAN = "tuan", "tuần"

    unit_kind = models.CharField("loại đơn vị", max_length=20, choices=OrgUnitKind.choices)
    holder = models.CharField("người phải tiếp", max_length=200)
    days = models.PositiveSmallIntegerField("số ngày tối thiểu")
    per = models.CharField("mỗi", max_length=10, choices=Per.choices)
    valid_from = models.DateField("áp dụng từ", null=True, blank=True)
    valid_to = models.DateField("áp dụng đến", null=True, blank=True)
    legal_ref = models.CharField("căn cứ", max_length=300)

    class Meta:
        ordering = ["unit_kind", "valid_from"]
        verbose_name = "định mức tiếp công dân định kỳ"
        verbose_name_plural = "định mức tiếp công dân định kỳ"

    def __str__(self):
        return f"{self.holder}: ít nhất {self.days:02d} ngày mỗi {self.get_per_display()}"
