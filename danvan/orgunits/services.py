"""Writes to the organisation tree. Every change goes through here so paths, levels and the
name history stay consistent, and each save is picked up by the audit trail."""

import datetime

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

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
MERGE_PENDING = "Đơn vị «{unit}» đã có quyết định sáp nhập vào «{target}» từ ngày {day}."


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
    today: datetime.date | None = None,
    symbol: str | None = None,
    issuer_header: str | None = None,
) -> OrgUnit:
    """Rename from ``effective`` on; dates before it keep the old name. A second rename on
    the same day corrects the first rather than stacking another version. A rename dated
    after ``today`` keeps today's name until its day. The new version keeps the
    abbreviation, place and parent line of the one before unless given; the issuer's header
    lines start empty (derived from the new name) unless given."""
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
    _apply_name(unit, today or timezone.localdate())
    return unit


def _apply_name(unit: OrgUnit, today: datetime.date) -> bool:
    """Make the stored current name the one in force on ``today`` (a rename dated later
    waits for its day: :func:`orgunit_apply_scheduled`; one recorded late applies at once)."""
    current = orgunit_version_as_of(unit, today)
    if current is None or (unit.name, unit.short_name) == (current.name, current.short_name):
        return False
    unit.name, unit.short_name = current.name, current.short_name
    unit.save()
    return True


@transaction.atomic
def orgunit_merge(
    *,
    sources: list[OrgUnit],
    target: OrgUnit,
    effective: datetime.date,
    today: datetime.date | None = None,
) -> OrgUnit:
    """Merge ``sources`` into ``target`` from ``effective`` on.

    Each source closes the day before and points to its successor. Once the merge is in force
    it is re-parented under the target (with its children), so whoever sees the target also
    sees the merged units' history; their versions keep their old names and parents for dates
    before the merge. A merge dated after ``today`` is recorded now (end date, successor) but
    the move waits for its day (:func:`orgunit_apply_scheduled`, run daily): until then the
    source stays where it is, active, in pickers, and its people and records keep their place.
    """
    today = today or timezone.localdate()
    if not sources:
        raise DomainError(MERGE_NEEDS_SOURCES)
    last_day = effective - datetime.timedelta(days=1)
    for source in sources:
        if source.pk == target.pk or target.path.startswith(source.path):
            raise DomainError(MERGE_INTO_SELF.format(unit=source.name))
        if source.merged_into is not None:
            first = source.valid_to + datetime.timedelta(days=1) if source.valid_to else None
            raise DomainError(
                MERGE_PENDING.format(
                    unit=source.name, target=source.merged_into.name, day=_fmt(first)
                )
            )
        if source.valid_to is not None and source.valid_to < last_day:
            raise DomainError(MERGE_CLOSED.format(unit=source.name, day=_fmt(source.valid_to)))
    for source in sources:
        source.refresh_from_db()
        source.valid_to = last_day
        source.merged_into = target
        source.save()
        if effective <= today:
            _move_merged(source)
    return target


def _move_merged(source: OrgUnit) -> None:
    """Put a merged unit, and its children still working on the merge day, under its
    successor (dated versions record the children's new parent)."""
    target = source.merged_into
    # orgunit_merge set both, and only merged units come here.
    assert target is not None and source.valid_to is not None
    effective = source.valid_to + datetime.timedelta(days=1)
    children = source.children.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=effective))
    for child in list(children):
        orgunit_move(unit=child, parent=target, effective=effective)
    source.refresh_from_db()
    orgunit_move(unit=source, parent=target)


@transaction.atomic
def orgunit_apply_scheduled(*, today: datetime.date | None = None) -> dict[str, list[OrgUnit]]:
    """Apply what dated changes say is true on ``today`` (run daily by `danvan orgunits apply`
    and `danvan reminders`; idempotent): merges now in force move under their successor, and
    the stored current name becomes the name in force today."""
    today = today or timezone.localdate()
    moved = []
    due = (
        OrgUnit.objects.filter(merged_into__isnull=False, valid_to__lt=today)
        .exclude(parent=F("merged_into"))
        .select_related("merged_into")
        .order_by("valid_to", "path")
    )
    for source in due:
        _move_merged(source)
        moved.append(source)
    renamed = [
        unit
        for unit in OrgUnit.objects.filter(versions__valid_from__isnull=False)
        .distinct()
        .prefetch_related("versions")
        if _apply_name(unit, today)
    ]
    return {"moved": moved, "renamed": renamed}


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
    version = orgunit_version_as_of(unit, day or timezone.localdate())
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
