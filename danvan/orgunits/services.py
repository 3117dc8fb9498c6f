"""Writes to the organisation tree. Every change goes through here so paths, levels and the
name history stay consistent, and each save is picked up by the audit trail."""

import datetime

from django.db import transaction
from django.db.models import F

from danvan.core.errors import DomainError
from danvan.orgunits.letterhead import letterhead_clean
from danvan.orgunits.models import CODE_PATTERN, PATH_SEPARATOR, OrgUnit, OrgUnitVersion
from danvan.orgunits.selectors import orgunit_version_as_of

BAD_CODE = "Mã đơn vị «{code}» không hợp lệ: chỉ dùng chữ không dấu, số, dấu chấm, gạch ngang."
DUPLICATE_CODE = "Mã đơn vị «{code}» đã tồn tại."
CYCLE = "Không thể đặt «{unit}» dưới «{parent}»: «{parent}» nằm trong chính đơn vị này."
BAD_RANGE = "Ngày hiệu lực đến ({end}) phải sau ngày hiệu lực từ ({start})."
RENAME_BEFORE_START = "Ngày đổi tên phải sau ngày đơn vị bắt đầu hoạt động ({start})."
MERGE_NEEDS_SOURCES = "Cần chọn ít nhất một đơn vị để sáp nhập."
MERGE_INTO_SELF = "Không thể sáp nhập «{unit}» vào chính nó hoặc vào đơn vị cấp dưới của nó."
MERGE_CLOSED = "Đơn vị «{unit}» đã ngừng hoạt động từ {day}, không thể sáp nhập nữa."


def _fmt(day: datetime.date | None) -> str:
    return day.strftime("%d/%m/%Y") if day else "—"


def _path_for(code: str, parent: OrgUnit | None) -> tuple[str, int]:
    if parent is None:
        return f"{PATH_SEPARATOR}{code}{PATH_SEPARATOR}", 1
    return f"{parent.path}{code}{PATH_SEPARATOR}", parent.level + 1


def _check_range(start, end):
    if start and end and end < start:
        raise DomainError(BAD_RANGE.format(start=_fmt(start), end=_fmt(end)))


@transaction.atomic
def orgunit_create(
    *,
    code: str,
    name: str,
    kind: str,
    parent: OrgUnit | None = None,
    short_name: str = "",
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
    symbol: str = "",
    symbol_with_parent: bool = False,
    place_name: str = "",
    parent_header: str = "",
    issuer_header: str = "",
) -> OrgUnit:
    code = code.strip()
    letterhead = letterhead_clean(
        symbol=symbol,
        place_name=place_name,
        parent_header=parent_header,
        issuer_header=issuer_header,
    )
    if not CODE_PATTERN.match(code):
        raise DomainError(BAD_CODE.format(code=code))
    if OrgUnit.objects.filter(code=code).exists():
        raise DomainError(DUPLICATE_CODE.format(code=code))
    _check_range(valid_from, valid_to)
    path, level = _path_for(code, parent)
    unit = OrgUnit.objects.create(
        code=code,
        name=name.strip(),
        short_name=short_name.strip(),
        kind=kind,
        parent=parent,
        path=path,
        level=level,
        valid_from=valid_from,
        valid_to=valid_to,
    )
    OrgUnitVersion.objects.create(
        unit=unit,
        valid_from=valid_from,
        name=unit.name,
        short_name=unit.short_name,
        parent=parent,
        symbol_with_parent=symbol_with_parent,
        **letterhead,
    )
    return unit


LETTERHEAD_FIELDS = ("symbol", "symbol_with_parent", "place_name", "parent_header", "issuer_header")


def _letterhead_of(
    version: OrgUnitVersion | None, *, keep_issuer: bool = True, keep_parent: bool = True
) -> dict:
    """The letterhead a new version inherits from the one before it. A rename does not keep
    the issuer's header lines (they spell the old name), a move not the parent's line."""
    if version is None:
        return {}
    kept = {field: getattr(version, field) for field in LETTERHEAD_FIELDS}
    if not keep_issuer:
        kept["issuer_header"] = ""
    if not keep_parent:
        kept["parent_header"] = ""
    return kept


def _repath_subtree(unit: OrgUnit, old_path: str) -> None:
    """Rewrite the paths of everything below ``unit`` after it moved (derived data)."""
    for descendant in OrgUnit.objects.filter(path__startswith=old_path).exclude(pk=unit.pk):
        descendant.path = unit.path + descendant.path[len(old_path) :]
        descendant.level = descendant.path.count(PATH_SEPARATOR) - 1
        descendant.save(update_fields=["path", "level", "updated_at"])


@transaction.atomic
def orgunit_move(
    *, unit: OrgUnit, parent: OrgUnit | None, effective: datetime.date | None = None
) -> OrgUnit:
    """Put ``unit`` under ``parent``. With ``effective``, dates before it keep the old parent."""
    if parent is not None and parent.path.startswith(unit.path):
        raise DomainError(CYCLE.format(unit=unit.name, parent=parent.name))
    if unit.parent_id == (parent.pk if parent else None):
        return unit
    old_path = unit.path
    unit.parent = parent
    unit.path, unit.level = _path_for(unit.code, parent)
    unit.save()
    _repath_subtree(unit, old_path)
    if effective is not None:
        before = orgunit_version_as_of(unit, effective - datetime.timedelta(days=1))
        OrgUnitVersion.objects.update_or_create(
            unit=unit,
            valid_from=effective,
            defaults={
                **_letterhead_of(before, keep_parent=False),
                "name": unit.name,
                "short_name": unit.short_name,
                "parent": parent,
            },
        )
    return unit


@transaction.atomic
def orgunit_update(
    *,
    unit: OrgUnit,
    kind: str | None = None,
    valid_from: datetime.date | None = None,
    valid_to: datetime.date | None = None,
    clear_valid_to: bool = False,
) -> OrgUnit:
    """Change the unit's kind or dates (not its name: see :func:`orgunit_rename`)."""
    if kind is not None:
        unit.kind = kind
    if valid_from is not None:
        unit.valid_from = valid_from
    if clear_valid_to:
        unit.valid_to = None
    elif valid_to is not None:
        unit.valid_to = valid_to
    _check_range(unit.valid_from, unit.valid_to)
    unit.save()
    return unit


@transaction.atomic
def orgunit_rename(
    *,
    unit: OrgUnit,
    name: str,
    short_name: str | None = None,
    effective: datetime.date,
    note: str = "",
    symbol: str | None = None,
    issuer_header: str | None = None,
) -> OrgUnit:
    """Rename from ``effective`` on; dates before it keep the old name. A second rename on
    the same day corrects the first rather than stacking another version. The new version
    keeps the abbreviation, place and parent line of the one before unless given; the issuer's
    header lines start empty (derived from the new name) unless given."""
    if unit.valid_from and effective <= unit.valid_from:
        raise DomainError(RENAME_BEFORE_START.format(start=_fmt(unit.valid_from)))
    short_name = unit.short_name if short_name is None else short_name.strip()
    before = orgunit_version_as_of(unit, effective - datetime.timedelta(days=1))
    letterhead = _letterhead_of(before, keep_issuer=False)
    given = letterhead_clean(symbol=symbol or "", issuer_header=issuer_header or "")
    if symbol is not None:
        letterhead["symbol"] = given["symbol"]
    if issuer_header is not None:
        letterhead["issuer_header"] = given["issuer_header"]
    OrgUnitVersion.objects.update_or_create(
        unit=unit,
        valid_from=effective,
        defaults={
            **letterhead,
            "name": name.strip(),
            "short_name": short_name,
            "parent": unit.parent,
            "note": note,
        },
    )
    # NULL (the first version) must sort last; PostgreSQL sorts NULLs first when descending.
    latest = unit.versions.order_by(F("valid_from").desc(nulls_last=True)).first()
    # The current name is the one of the latest version (a rename may be recorded late).
    unit.name, unit.short_name = latest.name, latest.short_name
    unit.save()
    return unit


@transaction.atomic
def orgunit_merge(*, sources: list[OrgUnit], target: OrgUnit, effective: datetime.date) -> OrgUnit:
    """Merge ``sources`` into ``target`` from ``effective`` on.

    Each source closes the day before, points to its successor, and is re-parented under the
    target (with its children), so whoever sees the target also sees the merged units' history.
    Their versions keep their old names and parents for dates before the merge.
    """
    if not sources:
        raise DomainError(MERGE_NEEDS_SOURCES)
    last_day = effective - datetime.timedelta(days=1)
    for source in sources:
        if source.pk == target.pk or target.path.startswith(source.path):
            raise DomainError(MERGE_INTO_SELF.format(unit=source.name))
        if source.valid_to is not None and source.valid_to < last_day:
            raise DomainError(MERGE_CLOSED.format(unit=source.name, day=_fmt(source.valid_to)))
    for source in sources:
        for child in list(source.children.filter(valid_to__isnull=True)):
            orgunit_move(unit=child, parent=target, effective=effective)
        source.refresh_from_db()
        source.valid_to = last_day
        source.merged_into = target
        source.save()
        orgunit_move(unit=source, parent=target)
    return target


@transaction.atomic
def orgunit_letterhead_set(
    *,
    unit: OrgUnit,
    symbol: str = "",
    symbol_with_parent: bool = False,
    place_name: str = "",
    parent_header: str = "",
    issuer_header: str = "",
    day: datetime.date | None = None,
) -> OrgUnitVersion:
    """Correct the letterhead of the version in force on ``day`` (today by default): the
    abbreviation, the place of the date line and the header lines. Empty fields are derived
    (see :mod:`danvan.orgunits.letterhead`). Older versions keep theirs."""
    cleaned = letterhead_clean(
        symbol=symbol,
        place_name=place_name,
        parent_header=parent_header,
        issuer_header=issuer_header,
    )
    version = orgunit_version_as_of(unit, day or datetime.date.today())
    if version is None:  # a unit made before versions existed
        version = OrgUnitVersion(
            unit=unit,
            valid_from=unit.valid_from,
            name=unit.name,
            short_name=unit.short_name,
            parent=unit.parent,
        )
    changed = {**cleaned, "symbol_with_parent": bool(symbol_with_parent)}
    if version.pk and all(getattr(version, f) == v for f, v in changed.items()):
        return version  # nothing to write, nothing to audit
    for field, value in changed.items():
        setattr(version, field, value)
    version.save()
    return version
