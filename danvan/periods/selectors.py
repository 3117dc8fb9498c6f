import datetime

from danvan.periods.models import PeriodSettings
from danvan.periods.values import Period, Window, WindowRule, period_window


def period_settings_get() -> PeriodSettings:
    settings = PeriodSettings.objects.order_by("pk").first()
    return settings or PeriodSettings(window_rule=WindowRule.ND09.value)


def period_window_for(
    period: Period, *, override: tuple[datetime.date, datetime.date] | None = None
) -> Window:
    """The data window of ``period`` under the province's rule, or a request's own dates."""
    rule = WindowRule(period_settings_get().window_rule)
    return period_window(period, rule, override=override)
