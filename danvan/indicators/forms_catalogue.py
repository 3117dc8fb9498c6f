"""The appendix as a form (biểu mẫu) prescribes it: headings and items in order."""

from dataclasses import dataclass

from danvan.core.numbers import format_number
from danvan.indicators.admin_defined import typed_indicator_as_of
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


def form_rows(version: FormVersion, result: Result, *, as_of=None) -> list[FormRow]:
    """The form's rows with ``result``'s figures; ``as_of`` (a submitted report's moment) shows
    administrator-defined indicators with the label and unit they had then."""
    items = [
        (item.heading, item.indicator_code, item.label)
        for item in version.items.order_by("position")
    ]
    return _rows(items, result, as_of=as_of)


def catalogue_rows(result: Result, *, as_of=None) -> list[FormRow]:
    """Every indicator of the catalogue for the window (counted, typed in, ratios): the full
    list."""
    items = [("", i.code, "") for i in catalogue().for_window(result.window)]
    return _rows(items, result, as_of=as_of)


def _unit_names(result: Result) -> dict[str, str]:
    """Listed values name their unit by code; people read the unit's (short) name."""

    codes = {unit for rows in result.listed.values() for unit, _ in rows}
    if not codes:
        return {}
    return {
        code: unit.short_name or unit.name
        for code, unit in OrgUnit.objects.in_bulk(list(codes), field_name="code").items()
    }


def _rows(items, result: Result, *, as_of=None) -> list[FormRow]:
    typed = {t.code: t for t in TypedIndicator.objects.typed_in()}
    then = typed_indicator_as_of(as_of) if as_of is not None else {}
    names = _unit_names(result)
    rows = []
    for heading, code, label in items:
        if heading:
            rows.append(FormRow(heading=heading))
            continue
        if code in then:
            label = label or then[code].label
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
                    unit=then[code].unit if code in then else indicator.unit,
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


def form_typed_indicators(version: FormVersion, window=None) -> list[TypedIndicator]:
    """The form's items a unit types a value for; with ``window``, those that apply to it (a
    retired item is still typed for the periods before its end)."""
    codes = list(version.items.exclude(indicator_code="").values_list("indicator_code", flat=True))
    found = {t.code: t for t in TypedIndicator.objects.typed_in().filter(code__in=codes)}
    applies = {i.code for i in catalogue().for_window(window)} if window is not None else None
    return [
        found[code]
        for code in codes
        if code in found and (found[code].active if applies is None else code in applies)
    ]
