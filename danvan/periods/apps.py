from django.apps import AppConfig


class PeriodsConfig(AppConfig):
    name = "danvan.periods"
    label = "periods"
    verbose_name = "Kỳ báo cáo"

    def ready(self):
        from danvan.audit.recorder import audit_register
        from danvan.periods.models import PeriodSettings

        audit_register(PeriodSettings)
