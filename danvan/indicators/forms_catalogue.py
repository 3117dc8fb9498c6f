"""The appendix as a form (biểu mẫu) prescribes it: headings and items in order."""

from dataclasses import dataclass

from danvan.core.numbers import format_number
from danvan.indicators.engine import Result, catalogue
from danvan.indicators.models import Form, FormVersion, TypedIndicator
from danvan.orgunits.models import OrgUnit

DEFAULT_FORM = "PL_DANVAN"


@dataclass(frozen=True)
class FormRow:
    heading: str = ""
    code: str = ""
    label: str = ""
    unit: str = ""
    shown: str = ""
    drill_down: bool = False
    typed: bool = False
    listed: tuple = ()


def form_version_current(code: str = DEFAULT_FORM) -> FormVersion | None:
    form = Form.objects.filter(code=code).first()
    return form.versions.order_by("-number").first() if form else None


def _shown(value, *, typed: TypedIndicator | None) -> str:
    if value is None:
        return "—"
    if typed is not None and typed.value_type == TypedIndicator.ValueType.CO_KHONG:
        return "Có" if value else "Không"
    if typed is not None and typed.value_type == TypedIndicator.ValueType.SO_THAP_PHAN:
        return format_number(value, 1)
    return str(value) if not isinstance(value, int | float) else format_number(value)


def form_rows(version: FormVersion, result: Result) -> list[FormRow]:
    items = [
        (item.heading, item.indicator_code, item.label)
        for item in version.items.order_by("position")
    ]
    return _rows(items, result)


def catalogue_rows(result: Result) -> list[FormRow]:
    """Every indicator of the catalogue, then every typed-in one: the full list."""
    items = [("", i.code, "") for i in catalogue().for_window(result.window)]
    items += [("", t.code, "") for t in TypedIndicator.objects.filter(active=True)]
    return _rows(items, result)


def _unit_names(result: Result) -> dict[str, str]:
    """Listed values name their unit by code; people read the unit's (short) name."""

    codes = {unit for rows in result.listed.values() for unit, _ in rows}
    if not codes:
        return {}
    return {
        code: unit.short_name or unit.name
        for code, unit in OrgUnit.objects.in_bulk(list(codes), field_name="code").items()
    }


def _rows(items, result: Result) -> list[FormRow]:
    typed = {t.code: t for t in TypedIndicator.objects.all()}
    names = _unit_names(result)
    rows = []
    for heading, code, label in items:
        if heading:
            rows.append(FormRow(heading=heading))
            continue
        if code in typed:
            indicator = typed[code]
            listed = tuple(
                (names.get(unit, unit), _shown(value, typed=indicator))
                for unit, value in result.listed.get(code, [])
            )
            rows.append(
                FormRow(
                    code=code,
                    label=label or indicator.label,
                    unit=indicator.unit,
                    typed=True,
                    listed=listed,
                    shown=_shown(result.value(code), typed=indicator),
                )
            )
        elif code in catalogue():
            definition = catalogue().get(code)
            rows.append(
                FormRow(
                    code=code,
                    label=label or definition.label,
                    unit=definition.unit,
                    drill_down=definition.has_records,
                    shown=_shown(result.value(code), typed=None),
                )
            )
        else:
            rows.append(
                FormRow(code=code, label=label or code, shown="(chỉ tiêu không có trong danh mục)")
            )
    return rows


def form_typed_indicators(version: FormVersion) -> list[TypedIndicator]:
    codes = list(version.items.exclude(indicator_code="").values_list("indicator_code", flat=True))
    found = {t.code: t for t in TypedIndicator.objects.filter(code__in=codes, active=True)}
    return [found[code] for code in codes if code in found]
