"""The legal deadline of a petition from the dated rules (DeadlineRule)."""

import datetime

from django.db.models import Q

from danvan.calendars.selectors import calendar_current
from danvan.petitions.models import DeadlineRule, Handling


def deadline_computer():
    """Loads the rules and the calendar once; returns values → deadline (or None)."""
    rules = list(DeadlineRule.objects.all())
    calendar = calendar_current()

    def deadline(values: dict) -> datetime.date | None:
        accepted = values.get("accepted_on")
        if accepted is None or values.get("handling") != Handling.THU_LY:
            return None
        for rule in rules:
            if (
                rule.kind == values.get("kind")
                and rule.complexity == (values.get("complexity") or "khong")
                and rule.remote_area == bool(values.get("remote_area"))
                and (rule.valid_from is None or rule.valid_from <= accepted)
                and (rule.valid_to is None or accepted <= rule.valid_to)
            ):
                if rule.day_kind == DeadlineRule.DayKind.NGAY_LAM_VIEC:
                    return calendar.add_working_days(accepted, rule.days)
                return accepted + datetime.timedelta(days=rule.days)
        return None

    return deadline


def rules_in_force(day: datetime.date):
    return DeadlineRule.objects.filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=day),
        Q(valid_to__isnull=True) | Q(valid_to__gte=day),
    )
