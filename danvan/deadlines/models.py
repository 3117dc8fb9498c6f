"""What every kind of due thing stores (an abstract model each domain app's model inherits),
and the engine's own tables: evidence, progress notes, reminders sent, digests sent."""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey, GenericRelation
from django.contrib.contenttypes.models import ContentType
from django.db import models

from danvan.deadlines.status import State, Status, status_on


class Deadline(models.Model):
    """Something a unit must do by a date. The owner unit is the model's own ``unit`` field
    (the register's unit); co-operating units, when the kind has them, are the kind's own.

    ``due_rule`` is the rule as written ("trước ngày 10/5 hằng năm", see
    :mod:`danvan.deadlines.rules`); ``due_on`` the date it gives for this record (what lists,
    filters, indicators and reminders read). Reminders count working days.
    """

    due_on = models.DateField("hạn", null=True, blank=True)
    due_rule = models.CharField("quy tắc thời hạn", max_length=200, blank=True)
    state = models.CharField(
        "trạng thái", max_length=20, choices=State.choices, default=State.CHUA_THUC_HIEN
    )
    done_on = models.DateField("ngày hoàn thành", null=True, blank=True)
    cancel_reason = models.TextField("lý do hủy", blank=True)
    remind_before = models.PositiveSmallIntegerField("nhắc trước (ngày làm việc)", default=3)
    remind_on_day = models.BooleanField("nhắc vào ngày đến hạn", default=True)
    remind_after = models.PositiveSmallIntegerField("nhắc sau hạn (ngày làm việc)", default=1)
    # The engine's notes and evidence of this record (no column: deleting the record deletes
    # them, audited; ``item.evidence.count()`` for a list's "minh chứng" column).
    evidence = GenericRelation("deadlines.Evidence", verbose_name="minh chứng")
    progress_notes = GenericRelation("deadlines.ProgressNote", verbose_name="ghi nhận tiến độ")

    class Meta:
        abstract = True

    def status_on(self, day: datetime.date) -> Status:
        return status_on(self.state, self.due_on, self.done_on, day)

    @property
    def is_open(self) -> bool:
        return self.state in (State.CHUA_THUC_HIEN, State.DANG_THUC_HIEN)


class _Attached(models.Model):
    """Belongs to one due thing of any kind (generic relation)."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE, related_name="+")
    object_id = models.PositiveBigIntegerField()
    thing = GenericForeignKey("content_type", "object_id")
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.PROTECT, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        abstract = True
        indexes = [models.Index(fields=["content_type", "object_id"])]


class Evidence(_Attached):
    """What shows a thing was done: a register record, a report, a document (by its link in
    DanVan), an outside address, or an uploaded file."""

    class Kind(models.TextChoices):
        RECORD = "ban_ghi", "Bản ghi sổ theo dõi"
        REPORT = "bao_cao", "Báo cáo"
        DOCUMENT = "van_ban", "Văn bản"
        FILE = "tep", "Tệp đính kèm"
        LINK = "lien_ket", "Liên kết"

    kind = models.CharField("loại minh chứng", max_length=10, choices=Kind.choices)
    label = models.CharField("mô tả", max_length=300)
    url = models.CharField("đường dẫn", max_length=500, blank=True)
    file = models.FileField("tệp", upload_to="evidence/%Y/", blank=True)

    class Meta(_Attached.Meta):
        verbose_name = "minh chứng"
        verbose_name_plural = "minh chứng"
        indexes = [models.Index(fields=["content_type", "object_id"], name="evidence_thing")]

    def __str__(self):
        return self.label


class ProgressNote(_Attached):
    """A dated line of progress ("đã dự thảo, chờ lãnh đạo cho ý kiến")."""

    day = models.DateField("ngày")
    text = models.TextField("tiến độ")

    class Meta(_Attached.Meta):
        ordering = ["day", "pk"]
        verbose_name = "ghi nhận tiến độ"
        verbose_name_plural = "ghi nhận tiến độ"
        indexes = [models.Index(fields=["content_type", "object_id"], name="progress_thing")]

    def __str__(self):
        return f"{self.day:%d/%m/%Y}: {self.text[:60]}"


class ReminderSent(models.Model):
    """A reminder of one thing to one unit on one day: recorded so it is never sent twice."""

    class Kind(models.TextChoices):
        BEFORE = "truoc_han", "Trước hạn"
        ON_DAY = "dung_han", "Đúng hạn"
        AFTER = "sau_han", "Sau hạn"

    key = models.CharField(max_length=80)  # the thing's key: "plans.planitem:12"
    unit = models.ForeignKey("orgunits.OrgUnit", on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    day = models.DateField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["key", "unit", "kind", "day"], name="deadline_once")
        ]

    def __str__(self):
        return f"{self.key} → {self.unit_id} ({self.kind}, {self.day:%d/%m/%Y})"


class DigestSent(models.Model):
    """The daily digest of one person: at most one a day."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    day = models.DateField()
    items = models.PositiveIntegerField(default=0)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "day"], name="digest_once")]

    def __str__(self):
        return f"{self.user_id} — {self.day:%d/%m/%Y}"
