import datetime

from django.http import Http404
from ninja import Router, Schema, Status
from ninja.errors import HttpError

from danvan.accounts.access import access_register_units, access_units
from danvan.core.api import ErrorOut
from danvan.core.errors import DomainError
from danvan.dossiers import services
from danvan.dossiers.models import Channel, OnlineLevel, Outcome, Rating
from danvan.dossiers.selectors import dossier_get, dossier_list

router = Router(tags=["Hồ sơ TTHC"])


class DossierIn(Schema):
    code: str
    unit: str  # mã đơn vị
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


def _out(dossier) -> dict:
    data = {f.attname: getattr(dossier, f.attname) for f in dossier._meta.concrete_fields}
    data["unit"] = dossier.unit.code
    return data


def _fields(payload: DossierIn, request) -> dict:
    data = payload.dict()
    unit = access_register_units(request.auth).filter(code=data.pop("unit")).first()
    if unit is None:
        raise HttpError(403, "Bạn không được ghi sổ của đơn vị này, hoặc đơn vị không có.")
    for name in ("online_level", "outcome", "rating"):
        data[name] = data[name] or ""
    return {"unit": unit, **data}


def _get(units, dossier_id):
    try:
        return dossier_get(units, dossier_id)
    except Http404 as error:
        raise HttpError(404, str(error))


@router.get("/", response=list[DossierOut], summary="Danh sách hồ sơ")
def dossiers_list(
    request,
    unit: str = "",
    q: str = "",
    received_from: datetime.date | None = None,
    received_to: datetime.date | None = None,
    limit: int = 500,
    offset: int = 0,
):
    dossiers = dossier_list(
        access_units(request.auth),
        text=q,
        unit_code=unit,
        received_from=received_from,
        received_to=received_to,
    ).order_by("received_on", "code")
    limit = max(1, min(limit, 5000))
    return [_out(d) for d in dossiers[offset : offset + limit]]


@router.get("/{dossier_id}/", response={200: DossierOut, 404: ErrorOut}, summary="Một hồ sơ")
def dossiers_detail(request, dossier_id: int):
    return _out(_get(access_units(request.auth), dossier_id))


@router.post("/", response={201: DossierOut, 400: ErrorOut, 403: ErrorOut}, summary="Thêm hồ sơ")
def dossiers_create(request, payload: DossierIn):
    try:
        dossier = services.dossier_create(**_fields(payload, request))
    except DomainError as error:
        raise HttpError(400, error.message)
    return Status(201, _out(dossier))


@router.put(
    "/{dossier_id}/",
    response={200: DossierOut, 400: ErrorOut, 403: ErrorOut, 404: ErrorOut},
    summary="Sửa hồ sơ",
)
def dossiers_update(request, dossier_id: int, payload: DossierIn):
    dossier = _get(access_register_units(request.auth), dossier_id)
    try:
        dossier = services.dossier_update(dossier=dossier, **_fields(payload, request))
    except DomainError as error:
        raise HttpError(400, error.message)
    return _out(dossier)


@router.delete("/{dossier_id}/", response={204: None, 404: ErrorOut}, summary="Xóa hồ sơ")
def dossiers_delete(request, dossier_id: int):
    services.dossier_delete(dossier=_get(access_register_units(request.auth), dossier_id))
    return Status(204, None)
