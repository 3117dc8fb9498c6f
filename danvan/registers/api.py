"""REST API of every register: records as {technical column: value}, the same names as
the import files, validated by the same parsers and checks. An unknown key is refused
(422 naming it and the accepted ones), never dropped."""

from ninja import Body, Router, Schema, Status

from danvan.core.api import UNKNOWN_FIELD, Limit, Offset, errors
from danvan.core.errors import Invalid, NotFound, problem
from danvan.registers.custom import columns_for, headers_for
from danvan.registers.parsing import record_accepted_keys, record_unknown_keys, record_values
from danvan.registers.registry import registers
from danvan.registers.selectors import (
    register_read_units,
    register_record,
    register_records,
    register_write_units,
)
from danvan.registers.services import (
    register_record_create,
    register_record_delete,
    register_record_update,
)

router = Router(tags=["Sổ theo dõi"])
UNKNOWN_REGISTER = "Không có sổ «{slug}». Các sổ: {slugs}."
INVALID_RECORD = "Bản ghi chưa hợp lệ: xem từng mục trong «problems»."


class RecordOut(Schema):
    id: int
    register_slug: str
    values: dict[str, str]


def _spec(slug):
    spec = registers().get(slug)
    if spec is None:
        raise NotFound(UNKNOWN_REGISTER.format(slug=slug, slugs=", ".join(registers())))
    return spec


def record_out(spec, record, columns=None) -> dict:
    """The record as {technical column: text}: its fixed and custom columns (by code)."""
    values = {}
    for column in columns if columns is not None else columns_for(spec):
        value = column.value_of(record)
        values[column.name] = value.code if column.field == "unit" else column.export(value)
    return {"id": record.pk, "register_slug": spec.slug, "values": values}


def _parsed(spec, request, payload: dict, *, partial=False) -> dict:
    """The model values of ``payload``, or Invalid naming every unknown key, then every
    column that does not parse or check."""
    unknown = record_unknown_keys(spec, payload)
    if unknown:
        accepted = ", ".join(record_accepted_keys(spec))
        problems = [
            problem(key, UNKNOWN_FIELD.format(field=key, accepted=accepted), value=payload[key])
            for key in unknown
        ]
        raise Invalid(problems[0]["reason"], problems)
    writable = {u.code: u for u in register_write_units(spec, request.auth)}
    columns = columns_for(spec)
    values, found = record_values(spec, payload, writable, partial=partial, columns=columns)
    if found:
        headers = headers_for(columns)
        raise Invalid(
            INVALID_RECORD,
            [problem(c, r, label=headers.get(c, c), value=v) for c, v, r in found],
        )
    return values


@router.get(
    "/{slug}/", response={200: list[RecordOut], **errors(404)}, summary="Các bản ghi của một sổ"
)
def registers_list(
    request, slug: str, unit: str = "", q: str = "", limit: Limit = 500, offset: Offset = 0
):
    spec = _spec(slug)
    records = register_records(
        spec, register_read_units(spec, request.auth), text=q, unit_code=unit
    )
    columns = columns_for(spec)
    return [record_out(spec, r, columns) for r in records[offset : offset + limit]]


@router.get("/{slug}/{record_id}/", response={200: RecordOut, **errors(404)}, summary="Một bản ghi")
def registers_detail(request, slug: str, record_id: int):
    spec = _spec(slug)
    units = register_read_units(spec, request.auth)
    return record_out(spec, register_record(spec, units, record_id))


@router.post(
    "/{slug}/",
    response={201: RecordOut, **errors(400, 404)},
    summary="Thêm bản ghi (chỉ các cột của sổ; cột lạ bị từ chối)",
)
def registers_create(request, slug: str, payload: Body[dict]):
    spec = _spec(slug)
    record = register_record_create(spec, _parsed(spec, request, payload))
    return Status(201, record_out(spec, record))


@router.patch(
    "/{slug}/{record_id}/",
    response={200: RecordOut, **errors(400, 404)},
    summary="Sửa bản ghi (chỉ các cột gửi lên)",
)
def registers_update(request, slug: str, record_id: int, payload: Body[dict]):
    spec = _spec(slug)
    record = register_record(spec, register_write_units(spec, request.auth), record_id)
    record = register_record_update(spec, record, _parsed(spec, request, payload, partial=True))
    return record_out(spec, record)


@router.delete("/{slug}/{record_id}/", response={204: None, **errors(404)}, summary="Xóa bản ghi")
def registers_delete(request, slug: str, record_id: int):
    spec = _spec(slug)
    record = register_record(spec, register_write_units(spec, request.auth), record_id)
    register_record_delete(spec, record)
    return Status(204, None)
