from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models


class Notification(models.Model):
    """One message in one person's inbox; the same text also goes out by e-mail.

    A notification names what it is about: ``link`` is where the work is done, ``target``
    the object itself (a request, a report …, through Django's content types, so this app
    knows no domain model), and ``about`` / ``period`` the words the inbox shows ("Văn bản số
    1995/SNV-XDCQ&CTTN ngày 29/10/2021 — Báo cáo kết quả …", "Năm 2021"), kept as written when
    sent so they stay readable even if the object changes later.
    """

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    subject = models.CharField("tiêu đề", max_length=300)
    body = models.TextField("nội dung", blank=True)
    link = models.CharField("đường dẫn", max_length=300, blank=True)
    target_type = models.ForeignKey(
        ContentType,
        verbose_name="loại đối tượng",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    target_id = models.PositiveBigIntegerField("mã đối tượng", null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    about = models.CharField("liên quan đến", max_length=600, blank=True)
    period = models.CharField("kỳ", max_length=100, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        indexes = [
            models.Index(fields=["user", "read_at"]),
            models.Index(fields=["target_type", "target_id"], name="notification_target"),
        ]
        verbose_name = "thông báo"
        verbose_name_plural = "thông báo"

    def __str__(self):
        return self.subject
