import datetime

from django.utils import timezone
from ninja import Router, Schema

from danvan.accounts.access import NOT_UNIT_ADMIN, access_unit, access_units, can_administer_unit
from danvan.core.api import DateParam, StrictIn, errors
from danvan.core.errors import Forbidden
from danvan.orgunits.letterhead import orgunit_letterhead_as_of
from danvan.orgunits.selectors import (
    orgunit_as_of,
    orgunit_predecessors,
    orgunit_search,
    orgunit_valid_on,
    orgunit_versions,
)
from danvan.orgunits.services import orgunit_letterhead_set

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
    symbol: str = ""
    symbol_with_parent: bool = False
    place_name: str = ""
    parent_header: str = ""
    issuer_header: str = ""


class LetterheadOut(Schema):
    """What a document of the unit dated ``day`` writes in its header, declared or derived."""

    day: datetime.date
    symbol: str
    symbol_declared: bool
    symbol_guessed: bool
    document_symbol: str
    place: str
    place_declared: bool
    parent_lines: list[str]
    parent_declared: bool
    issuer_lines: list[str]
    issuer_declared: bool


class LetterheadIn(StrictIn):
    symbol: str = ""
    symbol_with_parent: bool = False
    place_name: str = ""
    parent_header: str = ""
    issuer_header: str = ""


class UnitDetailOut(UnitOut):
    name_as_of: str | None = None
    versions: list[VersionOut]
    predecessors: list[str]
    letterhead: LetterheadOut


def _letterhead_out(unit, day: datetime.date) -> dict:
    head = orgunit_letterhead_as_of(unit, day)
    return {
        "day": day,
        **{name: getattr(head, name) for name in LetterheadOut.model_fields if name != "day"},
    }


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


@router.get("/", response={200: list[UnitOut], **errors()}, summary="Danh sách đơn vị được xem")
def units_list(request, q: str = "", as_of: DateParam | None = None):
    units = orgunit_search(access_units(request.auth), q).select_related("parent", "merged_into")
    if as_of is not None:
        units = orgunit_valid_on(units, as_of)
    return [_unit_out(unit) for unit in units.order_by("path")]


@router.get(
    "/{code}/", response={200: UnitDetailOut, **errors(404)}, summary="Một đơn vị và lịch sử"
)
def units_detail(request, code: str, as_of: DateParam | None = None):
    unit = access_unit(request.auth, code)
    data = _unit_out(unit)
    data["versions"] = [
        {
            "valid_from": v.valid_from,
            "name": v.name,
            "short_name": v.short_name,
            "parent_code": v.parent.code if v.parent_id else None,
            "symbol": v.symbol,
            "symbol_with_parent": v.symbol_with_parent,
            "place_name": v.place_name,
            "parent_header": v.parent_header,
            "issuer_header": v.issuer_header,
        }
        for v in orgunit_versions(unit)
    ]
    data["predecessors"] = [u.code for u in orgunit_predecessors(unit)]
    if as_of is not None:
        data["name_as_of"] = orgunit_as_of(unit, as_of).name
    data["letterhead"] = _letterhead_out(unit, as_of or timezone.localdate())
    return data


@router.put(
    "/{code}/the-thuc/",
    response={200: LetterheadOut, **errors(400, 403, 404)},
    summary="Sửa thể thức văn bản (ký hiệu, địa danh, dòng tiêu đề) của đơn vị",
)
def units_letterhead_set(request, code: str, payload: LetterheadIn):
    unit = access_unit(request.auth, code)
    if not can_administer_unit(request.auth, unit):
        raise Forbidden(NOT_UNIT_ADMIN)
    orgunit_letterhead_set(unit=unit, **payload.dict())
    return _letterhead_out(unit, timezone.localdate())
