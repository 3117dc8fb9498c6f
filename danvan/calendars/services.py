import datetime

from danvan.calendars.models import CalendarDay
from danvan.calendars.selectors import calendar_default
from danvan.core.errors import DomainError

ALREADY_WORKING = "Ngày {day} vốn đã là ngày làm việc."
ALREADY_OFF = "Ngày {day} vốn đã là ngày nghỉ."


def calendar_day_set(*, day: datetime.date, kind: str, note: str = "") -> CalendarDay:
    """Make ``day`` a day off or a working day, refusing a change that changes nothing."""
    default_working = calendar_default().is_working_day(day)
    if kind == CalendarDay.Kind.LAM_VIEC and default_working:
        raise DomainError(ALREADY_WORKING.format(day=f"{day:%d/%m/%Y}"))
    if kind == CalendarDay.Kind.NGHI and not default_working:
        raise DomainError(ALREADY_OFF.format(day=f"{day:%d/%m/%Y}"))
    entry, _ = CalendarDay.objects.update_or_create(
        day=day, defaults={"kind": kind, "note": note.strip()}
    )
    return entry


def calendar_day_remove(*, entry: CalendarDay) -> None:
    entry.delete()
