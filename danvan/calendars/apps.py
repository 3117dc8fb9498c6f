from django.apps import AppConfig


class CalendarsConfig(AppConfig):
    name = "danvan.calendars"
    label = "calendars"
    verbose_name = "Lịch ngày làm việc"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.calendars.models import CalendarDay

        audit_register(CalendarDay)
