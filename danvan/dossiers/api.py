import datetime

from ninja import Router, Schema, Status

from danvan.accounts.access import access_register_units, access_units
from danvan.core.api import DateParam, Key, Limit, Offset, StrictIn, errors
from danvan.core.errors import Forbidden
from danvan.dossiers import services
from danvan.dossiers.models import Channel, OnlineLevel, Outcome, Rating
from danvan.dossiers.selectors import dossier_get, dossier_list

router = Router(tags=["Hồ sơ TTHC"])
NOT_WRITABLE = "Bạn không được ghi sổ của đơn vị này, hoặc đơn vị không có."


class DossierIn(StrictIn):
    code: Key
    unit: Key  # mã đơn vị
    procedure_code: str = ""
    procedure_name: str = ""
    field: str = ""
    channel: Channel
    online_level: OnlineLevel | None = None
    received_on: datetime.date
    due_on: datetime.date | None = None
    finished_on: datetime.date | None = None
    outcome: Outcome | None = None
    paid_online: bool = False
    returned_by_post: bool = False
    apology_issued: bool = False
    rating: Rating | None = None


class DossierOut(Schema):
    id: int
    code: str
    unit: str
    procedure_code: str
    procedure_name: str
    field: str
    channel: str
    online_level: str
    received_on: datetime.date
    due_on: datetime.date | None
    finished_on: datetime.date | None
    outcome: str
    paid_online: bool
    returned_by_post: bool
    apology_issued: bool
    rating: str
    custom: dict  # the register's custom fields, by their code (as stored)
    created_at: datetime.datetime
    updated_at: datetime.datetime


def _out(dossier) -> dict:
    data = {f.attname: getattr(dossier, f.attname) for f in dossier._meta.concrete_fields}
    del data["unit_id"]  # answered as the unit's code
    data["unit"] = dossier.unit.code
    return data


def _fields(payload: DossierIn, request) -> dict:
    data = payload.dict()
    unit = access_register_units(request.auth).filter(code=data.pop("unit")).first()
    if unit is None:
        raise Forbidden(NOT_WRITABLE)
    for name in ("online_level", "outcome", "rating"):
        data[name] = data[name] or ""
    return {"unit": unit, **data}


@router.get("/", response={200: list[DossierOut], **errors()}, summary="Danh sách hồ sơ")
def dossiers_list(
    request,
    unit: str = "",
    q: str = "",
    received_from: DateParam | None = None,
    received_to: DateParam | None = None,
    limit: Limit = 500,
    offset: Offset = 0,
):
    dossiers = dossier_list(
        access_units(request.auth),
        text=q,
        unit_code=unit,
        received_from=received_from,
        received_to=received_to,
    ).order_by("received_on", "code")
    return [_out(d) for d in dossiers[offset : offset + limit]]


@router.get("/{dossier_id}/", response={200: DossierOut, **errors(404)}, summary="Một hồ sơ")
def dossiers_detail(request, dossier_id: int):
    return _out(dossier_get(access_units(request.auth), dossier_id))


@router.post("/", response={201: DossierOut, **errors(400, 403)}, summary="Thêm hồ sơ")
def dossiers_create(request, payload: DossierIn):
    dossier = services.dossier_create(**_fields(payload, request))
    return Status(201, _out(dossier))


@router.put(
    "/{dossier_id}/",
    response={200: DossierOut, **errors(400, 403, 404)},
    summary="Sửa hồ sơ",
)
def dossiers_update(request, dossier_id: int, payload: DossierIn):
    dossier = dossier_get(access_register_units(request.auth), dossier_id)
    dossier = services.dossier_update(dossier=dossier, **_fields(payload, request))
    return _out(dossier)


@router.delete("/{dossier_id}/", response={204: None, **errors(404)}, summary="Xóa hồ sơ")
def dossiers_delete(request, dossier_id: int):
    services.dossier_delete(dossier=dossier_get(access_register_units(request.auth), dossier_id))
    return Status(204, None)
