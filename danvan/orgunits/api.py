import datetime

from django.http import Http404
from ninja import Router, Schema
from ninja.errors import HttpError

from danvan.accounts.access import access_unit, access_units
from danvan.api.schemas import ErrorOut
from danvan.orgunits.selectors import (
    orgunit_as_of,
    orgunit_predecessors,
    orgunit_search,
    orgunit_valid_on,
    orgunit_versions,
)

router = Router(tags=["Đơn vị"])


class UnitOut(Schema):
    code: str
    name: str
    short_name: str
    kind: str
    kind_label: str
    parent_code: str | None
    path: str
    level: int
    valid_from: datetime.date | None
    valid_to: datetime.date | None
    merged_into: str | None


class VersionOut(Schema):
    valid_from: datetime.date | None
    name: str
    short_name: str
    parent_code: str | None


class UnitDetailOut(UnitOut):
    name_as_of: str | None = None
    versions: list[VersionOut]
    predecessors: list[str]


def _unit_out(unit) -> dict:
    return {
        "code": unit.code,
        "name": unit.name,
        "short_name": unit.short_name,
        "kind": unit.kind,
        "kind_label": unit.get_kind_display(),
        "parent_code": unit.parent.code if unit.parent_id else None,
        "path": unit.path,
        "level": unit.level,
        "valid_from": unit.valid_from,
        "valid_to": unit.valid_to,
        "merged_into": unit.merged_into.code if unit.merged_into_id else None,
    }


@router.get("/", response=list[UnitOut], summary="Danh sách đơn vị được xem")
def units_list(request, q: str = "", as_of: datetime.date | None = None):
    units = orgunit_search(access_units(request.auth), q).select_related("parent", "merged_into")
    if as_of is not None:
        units = orgunit_valid_on(units, as_of)
    return [_unit_out(unit) for unit in units.order_by("path")]


@router.get(
    "/{code}/", response={200: UnitDetailOut, 404: ErrorOut}, summary="Một đơn vị và lịch sử"
)
def units_detail(request, code: str, as_of: datetime.date | None = None):
    try:
        unit = access_unit(request.auth, code)
    except Http404 as error:
        raise HttpError(404, str(error))
    data = _unit_out(unit)
    data["versions"] = [
        {
            "valid_from": v.valid_from,
            "name": v.name,
            "short_name": v.short_name,
            "parent_code": v.parent.code if v.parent_id else None,
        }
        for v in orgunit_versions(unit)
    ]
    data["predecessors"] = [u.code for u in orgunit_predecessors(unit)]
    if as_of is not None:
        data["name_as_of"] = orgunit_as_of(unit, as_of).name
    return data
