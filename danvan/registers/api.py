"""REST API of every register: records as {technical column: value}, the same names as
the import files, validated by the same parsers and checks."""

from django.http import Http404
from ninja import Body, Router, Schema, Status
from ninja.errors import HttpError

from danvan.accounts.access import access_register_units, access_units
from danvan.core.api import ErrorOut
from danvan.core.errors import DomainError
from danvan.registers.custom import columns_for, headers_for
from danvan.registers.parsing import record_values
from danvan.registers.registry import registers
from danvan.registers.selectors import register_record, register_records
from danvan.registers.services import (
    register_record_create,
    register_record_delete,
    register_record_update,
)

router = Router(tags=["Sổ theo dõi"])
UNKNOWN_REGISTER = "Không có sổ «{slug}». Các sổ: {slugs}."


class RecordOut(Schema):
    id: int
    register_slug: str
    values: dict[str, str]


class ProblemsOut(Schema):
    detail: str
    problems: list[dict]


def _spec(slug):
    spec = registers().get(slug)
    if spec is None:
        raise HttpError(404, UNKNOWN_REGISTER.format(slug=slug, slugs=", ".join(registers())))
    return spec


def record_out(spec, record, columns=None) -> dict:
    """The record as {technical column: text}: its fixed and custom columns (by code)."""
    values = {}
    for column in columns if columns is not None else columns_for(spec):
        value = column.value_of(record)
        values[column.name] = value.code if column.field == "unit" else column.export(value)
    return {"id": record.pk, "register_slug": spec.slug, "values": values}


def _parsed(spec, request, payload: dict, *, partial=False):
    writable = {u.code: u for u in access_register_units(request.auth)}
    columns = columns_for(spec)
    values, problems = record_values(spec, payload, writable, partial=partial, columns=columns)
    if problems:
        headers = headers_for(columns)
        return None, Status(
            400,
            {
                "detail": "Bản ghi chưa hợp lệ.",
                "problems": [
                    {"column": c, "header": headers.get(c, c), "value": v, "reason": r}
                    for c, v, r in problems
                ],
            },
        )
    return values, None


@router.get(
    "/{slug}/", response={200: list[RecordOut], 404: ErrorOut}, summary="Các bản ghi của một sổ"
)
def registers_list(
    request, slug: str, unit: str = "", q: str = "", limit: int = 500, offset: int = 0
):
    spec = _spec(slug)
    records = register_records(spec, access_units(request.auth), text=q, unit_code=unit)
    limit = max(1, min(limit, 5000))
    columns = columns_for(spec)
    return [record_out(spec, r, columns) for r in records[offset : offset + limit]]


@router.get("/{slug}/{record_id}/", response={200: RecordOut, 404: ErrorOut}, summary="Một bản ghi")
def registers_detail(request, slug: str, record_id: int):
    spec = _spec(slug)
    try:
        return record_out(spec, register_record(spec, access_units(request.auth), record_id))
    except Http404 as error:
        raise HttpError(404, str(error))


@router.post(
    "/{slug}/",
    response={201: RecordOut, 400: ProblemsOut, 404: ErrorOut},
    summary="Thêm bản ghi",
)
def registers_create(request, slug: str, payload: Body[dict]):
    spec = _spec(slug)
    values, refusal = _parsed(spec, request, payload)
    if refusal:
        return refusal
    try:
        record = register_record_create(spec, values)
    except DomainError as error:
        return Status(400, {"detail": error.message, "problems": []})
    return Status(201, record_out(spec, record))


@router.patch(
    "/{slug}/{record_id}/",
    response={200: RecordOut, 400: ProblemsOut, 404: ErrorOut},
    summary="Sửa bản ghi (chỉ các cột gửi lên)",
)
def registers_update(request, slug: str, record_id: int, payload: Body[dict]):
    spec = _spec(slug)
    try:
        record = register_record(spec, access_register_units(request.auth), record_id)
    except Http404 as error:
        raise HttpError(404, str(error))
    values, refusal = _parsed(spec, request, payload, partial=True)
    if refusal:
        return refusal
    try:
        record = register_record_update(spec, record, values)
    except DomainError as error:
        return Status(400, {"detail": error.message, "problems": []})
    return record_out(spec, record)


@router.delete("/{slug}/{record_id}/", response={204: None, 404: ErrorOut}, summary="Xóa bản ghi")
def registers_delete(request, slug: str, record_id: int):
    spec = _spec(slug)
    try:
        record = register_record(spec, access_register_units(request.auth), record_id)
    except Http404 as error:
        raise HttpError(404, str(error))
    register_record_delete(spec, record)
    return Status(204, None)
