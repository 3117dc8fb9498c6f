"""Indicators defined from the custom-field screen: «Tạo chỉ tiêu tổng» on a number field sums
it, on a yes/no field counts the records where it is yes — over the register's records in the
window (by the spec's ``date_field``) and the units asked for, like the code indicators.

The provider reads :class:`danvan.registers.models.CustomField` through the registers app's
cache (this app sits above registers; registers never imports it). Both engines take the value
from ``compute`` (one aggregate query), and ``records`` opens the figure to its records.
"""

from decimal import Decimal

from django.db.models import DecimalField, Q, Sum
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast

from danvan.indicators.definitions import Indicator
from danvan.periods.values import Window
from danvan.registers.columns import RegisterSpec
from danvan.registers.custom import custom_fields_all
from danvan.registers.models import CustomField
from danvan.registers.registry import registers

REF = "Trường bổ sung «{label}» của {register}"
_built: dict = {"fields": None, "indicators": []}


def custom_number(code: str):
    """A custom number as an SQL decimal (stored as text in the JSON): summable on SQLite and
    PostgreSQL alike."""
    return Cast(KeyTextTransform(code, "custom"), DecimalField(max_digits=20, decimal_places=4))


def _plain(value) -> int | Decimal:
    value = Decimal(value or 0)
    return int(value) if value == value.to_integral_value() else value.normalize()


def _indicator(spec: RegisterSpec, field: CustomField) -> Indicator:
    code, date_field = field.code, spec.date_field

    def in_window(window: Window) -> Q:
        return Q(**{f"{date_field}__gte": window.start, f"{date_field}__lte": window.end})

    if field.kind == CustomField.Kind.BOOL:

        def records(window: Window) -> Q:
            return in_window(window) & Q(**{f"custom__{code}": True})

        def compute(units, window: Window):
            return spec.model.objects.filter(unit__in=units).filter(records(window)).count()

        unit = "bản ghi"
    else:

        def records(window: Window) -> Q:
            return in_window(window) & Q(custom__has_key=code)

        def compute(units, window: Window):
            rows = spec.model.objects.filter(unit__in=units).filter(in_window(window))
            return _plain(rows.aggregate(v=Sum(custom_number(code)))["v"])

        unit = ""
    return Indicator(
        code=field.indicator_code,
        label=field.indicator_label,
        unit=unit,
        register=spec.slug,
        legal_ref=REF.format(label=field.label, register=spec.label.lower()),
        records=records,
        compute=compute,
    )


def custom_field_indicators() -> list[Indicator]:
    """The sum (or yes-count) indicators of every custom field that has one, retired fields
    included (their values stay in the records, and old reports name them)."""
    fields = custom_fields_all()
    if _built["fields"] is fields:
        return _built["indicators"]
    specs = registers()
    indicators = [
        _indicator(specs[f.register_slug], f)
        for f in fields
        if f.indicator_code and f.register_slug in specs and specs[f.register_slug].date_field
    ]
    _built["fields"], _built["indicators"] = fields, indicators
    return indicators
