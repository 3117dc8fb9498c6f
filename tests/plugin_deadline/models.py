from django.db import models
from django.urls import reverse

from danvan.deadlines.models import Deadline
from danvan.orgunits.models import OrgUnit

KIND = "plugin_deadline.task"


class Task(Deadline):
    """A unit's task with a start date (a completion before it is refused)."""

    unit = models.ForeignKey(
        OrgUnit, verbose_name="đơn vị chủ trì", on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField("nội dung", max_length=200)
    started_on = models.DateField("ngày giao", null=True, blank=True)

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = "việc thử"
        verbose_name_plural = "việc thử"

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("han:panel", args=[KIND, self.pk])
