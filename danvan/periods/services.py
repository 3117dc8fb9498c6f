from danvan.periods.models import PeriodSettings
from danvan.periods.values import WindowRule


def period_settings_set(*, window_rule: WindowRule) -> PeriodSettings:
    settings = PeriodSettings.objects.order_by("pk").first() or PeriodSettings()
    settings.window_rule = WindowRule(window_rule).value
    settings.save()
    return settings
