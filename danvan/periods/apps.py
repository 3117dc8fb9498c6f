from django.apps import AppConfig


class PeriodsConfig(AppConfig):
    name = "danvan.periods"
    label = "periods"
    verbose_name = "Kỳ báo cáo"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.periods.models import PeriodSettings

        audit_register(PeriodSettings)
