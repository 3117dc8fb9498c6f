from django.conf import settings
from django.db import models


class Job(models.Model):
    """One piece of work run by the task queue's worker (an import, a PDF, a consolidation …).

    The queue carries only ``pk``: everything the worker needs is here (``params``, the input
    file), and everything the page shows too (state, progress ``done``/``total``, ``message``
    in Vietnamese, the result). ``unit`` is the unit the work is about: who sees the job is
    decided by the access gate on it, like any unit-scoped data.
    """

    class State(models.TextChoices):
        QUEUED = "queued", "Đang chờ"
        RUNNING = "running", "Đang chạy"
        DONE = "done", "Đã xong"
        FAILED = "failed", "Không thành công"
        CANCELLED = "cancelled", "Đã huỷ"

    kind = models.CharField("loại việc", max_length=100)
    unit = models.ForeignKey(
        "orgunits.OrgUnit",
        verbose_name="đơn vị",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name="người tạo",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    state = models.CharField("trạng thái", max_length=20, choices=State, default=State.QUEUED)
    params = models.JSONField("tham số", default=dict, blank=True)
    input_name = models.CharField("tên tệp đầu vào", max_length=300, blank=True)
    done = models.PositiveBigIntegerField("đã làm", default=0)
    total = models.PositiveBigIntegerField("tổng", default=0)
    message = models.CharField("thông báo", max_length=1000, blank=True)
    cancel_requested = models.BooleanField("đã yêu cầu huỷ", default=False)
    result_lines = models.JSONField("kết quả", default=list, blank=True)
    result_name = models.CharField("tên tệp kết quả", max_length=300, blank=True)
    created_at = models.DateTimeField("tạo lúc", auto_now_add=True)
    started_at = models.DateTimeField("bắt đầu lúc", null=True, blank=True)
    finished_at = models.DateTimeField("kết thúc lúc", null=True, blank=True)

    FINISHED = (State.DONE, State.FAILED, State.CANCELLED)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [models.Index(fields=["unit", "state"])]
        verbose_name = "việc nền"
        verbose_name_plural = "việc nền"

    def __str__(self):
        return f"{self.kind} #{self.pk}"

    @property
    def finished(self) -> bool:
        return self.state in self.FINISHED

    @property
    def percent(self) -> int:
        if self.state == self.State.DONE:
            return 100
        return int(self.done * 100 / self.total) if self.total else 0
