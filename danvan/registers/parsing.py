"""One record's values from technical column names → model fields, with every problem."""

from danvan.orgunits.models import OrgUnit
from danvan.registers.columns import REQUIRED, RegisterSpec
from danvan.registers.custom import columns_for

UNIT_NOT_WRITABLE = "đơn vị «{value}» không có, hoặc bạn không được ghi sổ của đơn vị này"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def record_accepted_keys(spec: RegisterSpec) -> list[str]:
    """The keys a record body may carry: the technical names of the register's columns, its
    custom fields included (:func:`columns_for`). The one place that says so."""
    return [column.name for column in columns_for(spec)]


def record_unknown_keys(spec: RegisterSpec, raw: dict) -> list[str]:
    """The keys of ``raw`` that no column of the register takes, in the order sent."""
    accepted = set(record_accepted_keys(spec))
    return [str(key) for key in raw if key not in accepted]


def record_values(
    spec: RegisterSpec,
    raw: dict,
    writable: dict[str, OrgUnit],
    *,
    partial: bool = False,
    columns=None,
) -> tuple[dict, list[tuple[str, str, str]]]:
    """Parse ``raw`` (technical column → text/number/bool). Returns (field values,
    [(column, value, reason)]). With ``partial``, absent columns are left out. Custom columns
    (of ``columns``, by default :func:`columns_for`) go to ``values["custom"]`` by their code,
    as stored (an empty value is None: the write removes it)."""
    values, problems = {}, []
    for column in columns if columns is not None else columns_for(spec):
        if column.name not in raw and partial:
            continue
        text = _text(raw.get(column.name))
        if column.required and not text.strip():
            problems.append((column.name, text, REQUIRED))
            continue
        try:
            value = column.parse(text)
        except ValueError as error:
            problems.append((column.name, text, str(error)))
            continue
        if column.field == "unit":
            value = writable.get(value)
            if value is None:
                problems.append((column.name, text, UNIT_NOT_WRITABLE.format(value=text)))
                continue
        if column.is_custom:
            values.setdefault("custom", {})[column.name] = column.to_json(value)
            continue
        values[column.field] = value
    if not problems:
        problems += [(col, _text(raw.get(col)), why) for col, why in spec.check(values)]
    return values, problems
