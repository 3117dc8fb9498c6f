"""REST API of the trash: list the deleted records in the caller's scope, restore one."""

import datetime

from ninja import Router, Schema, Status

from danvan.core.api import Limit, Offset, errors
from danvan.registers.trash import trash_entries, trash_entry, trash_restore, trash_units

router = Router(tags=["Thùng rác"])


class TrashedOut(Schema):
    id: int
    register_slug: str
    unit: str
    record_key: str
    label: str
    values: dict[str, str]
    deleted_at: datetime.datetime
    deleted_by: str
    restored_at: datetime.datetime | None
    restored_by: str | None
    restored_record_id: int | None


class RestoredOut(Schema):
    entry_id: int
    register_slug: str
    record_id: int
    label: str


def _out(entry) -> dict:
    return {
        "id": entry.pk,
        "register_slug": entry.register_slug,
        "unit": entry.unit.code,
        "record_key": entry.record_key,
        "label": entry.label,
        "values": entry.values,
        "deleted_at": entry.deleted_at,
        "deleted_by": entry.deleted_by.get_username()
        if entry.deleted_by
        else entry.deleted_by_name,
        "restored_at": entry.restored_at,
        "restored_by": entry.restored_by.get_username() if entry.restored_by else None,
        "restored_record_id": entry.restored_record_id,
    }


@router.get("/", response={200: list[TrashedOut], **errors()}, summary="Bản ghi đã xóa (thùng rác)")
def trash_list(
    request,
    slug: str = "",
    unit: str = "",
    state: str = "",
    limit: Limit = 500,
    offset: Offset = 0,
):
    """``state``: rỗng = chờ khôi phục, ``da-khoi-phuc``, ``tat-ca``."""
    entries = trash_entries(
        trash_units(request.auth), register_slug=slug, unit_code=unit, state=state
    )
    return [_out(e) for e in entries[offset : offset + limit]]


@router.post(
    "/{entry_id}/restore/",
    response={201: RestoredOut, **errors(400, 404)},
    summary="Khôi phục một bản ghi đã xóa",
)
def trash_restore_api(request, entry_id: int):
    record = trash_restore(user=request.auth, entry_id=entry_id)
    entry = trash_entry(trash_units(request.auth), entry_id)
    return Status(
        201,
        {
            "entry_id": entry.pk,
            "register_slug": entry.register_slug,
            "record_id": record.pk,
            "label": str(record),
        },
    )
