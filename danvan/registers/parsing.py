"""One record's values from technical column names → model fields, with every problem."""

from danvan.orgunits.models import OrgUnit
from danvan.registers.columns import REQUIRED, RegisterSpec

UNIT_NOT_WRITABLE = "đơn vị «{value}» không có, hoặc bạn không được ghi sổ của đơn vị này"


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    return str(value)


def record_accepted_keys(spec: RegisterSpec) -> list[str]:
    """The keys a record body may carry: the spec's technical column names. The one place
    that says so (custom fields added to ``spec.columns`` are accepted with no other change)."""
    return [column.name for column in spec.columns]


def record_unknown_keys(spec: RegisterSpec, raw: dict) -> list[str]:
    """The keys of ``raw`` that no column of the register takes, in the order sent."""
    accepted = set(record_accepted_keys(spec))
    return [str(key) for key in raw if key not in accepted]


def record_values(
    spec: RegisterSpec, raw: dict, writable: dict[str, OrgUnit], *, partial: bool = False
) -> tuple[dict, list[tuple[str, str, str]]]:
    """Parse ``raw`` (technical column → text/number/bool). Returns (field values,
    [(column, value, reason)]). With ``partial``, absent columns are left out."""
    values, problems = {}, []
    for column in spec.columns:
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
        values[column.field] = value
    if not problems:
        problems += [(col, _text(raw.get(col)), why) for col, why in spec.check(values)]
    return values, problems
