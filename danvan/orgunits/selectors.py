"""Reads of the organisation tree. Callers pass a queryset already narrowed by the access gate
(:func:`danvan.accounts.access.access_units`); nothing here decides who may see what."""

import datetime
from dataclasses import dataclass

from django.db.models import Exists, F, OuterRef, Q, QuerySet
from django.utils import timezone

from danvan.orgunits.models import OrgUnit, OrgUnitVersion


@dataclass(frozen=True)
class UnitAsOf:
    """A unit as it stood on one date: the name and parent of that day."""

    unit: OrgUnit
    day: datetime.date
    name: str
    short_name: str
    parent_id: int | None
    # The letterhead of that day as declared (empty = derived, see orgunits.letterhead).
    symbol: str = ""
    symbol_with_parent: bool = False
    place_name: str = ""
    parent_header: str = ""
    issuer_header: str = ""


def orgunit_version_as_of(unit: OrgUnit, day: datetime.date) -> OrgUnitVersion | None:
    versions = list(unit.versions.all())  # prefetched by callers that list many units
    chosen = None
    for version in sorted(versions, key=lambda v: v.valid_from or datetime.date.min):
        if version.valid_from is None or version.valid_from <= day:
            chosen = version
    return chosen or (versions[0] if versions else None)


def orgunit_as_of(unit: OrgUnit, day: datetime.date) -> UnitAsOf:
    version = orgunit_version_as_of(unit, day)
    if version is None:
        return UnitAsOf(unit, day, unit.name, unit.short_name, unit.parent_id)
    return UnitAsOf(
        unit,
        day,
        version.name,
        version.short_name,
        version.parent_id,
        symbol=version.symbol,
        symbol_with_parent=version.symbol_with_parent,
        place_name=version.place_name,
        parent_header=version.parent_header,
        issuer_header=version.issuer_header,
    )


def orgunit_name_as_of(unit: OrgUnit, day: datetime.date) -> str:
    return orgunit_as_of(unit, day).name


def orgunit_names_as_of(units, day: datetime.date) -> dict[int, str]:
    """Each unit's name on ``day``, in two queries however many units there are."""
    found = OrgUnit.objects.filter(pk__in=[u.pk for u in units]).prefetch_related("versions")
    return {unit.pk: orgunit_name_as_of(unit, day) for unit in found}


def orgunit_valid_on(units: QuerySet[OrgUnit], day: datetime.date) -> QuerySet[OrgUnit]:
    return units.filter(
        Q(valid_from__isnull=True) | Q(valid_from__lte=day),
        Q(valid_to__isnull=True) | Q(valid_to__gte=day),
    )


def orgunit_list_as_of(units: QuerySet[OrgUnit], day: datetime.date) -> list[UnitAsOf]:
    """The units that existed on ``day``, each with the name it had then."""
    existing = orgunit_valid_on(units, day).prefetch_related("versions")
    return [orgunit_as_of(unit, day) for unit in existing]


def orgunit_children(units: QuerySet[OrgUnit], parent: OrgUnit | None) -> QuerySet[OrgUnit]:
    # Units still active first (NULL end date), on every engine; then by code.
    return units.filter(parent=parent).order_by(F("valid_to").asc(nulls_first=True), "code")


def orgunit_roots(units: QuerySet[OrgUnit]) -> QuerySet[OrgUnit]:
    """The highest visible units: those whose parent the caller cannot see."""
    return units.filter(Q(parent__isnull=True) | ~Q(parent__in=units.values("pk"))).order_by(
        "valid_to", "path"
    )


def orgunit_subtree(units: QuerySet[OrgUnit], root: OrgUnit) -> QuerySet[OrgUnit]:
    return units.filter(path__startswith=root.path)


def _merged_by(today: datetime.date | None) -> Q:
    """Merges in force on ``today``: the source's last day has passed (a merge dated later
    does not yet carry the source's records or access to its successor)."""
    return Q(valid_to__lt=today or timezone.localdate())


def orgunit_predecessors(unit: OrgUnit, today: datetime.date | None = None) -> list[OrgUnit]:
    """Every unit merged, by ``today``, into ``unit``, directly or through earlier merges."""
    found: list[OrgUnit] = []
    frontier = [unit.pk]
    while frontier:
        batch = list(
            OrgUnit.objects.filter(_merged_by(today), merged_into__in=frontier).order_by("code")
        )
        found.extend(batch)
        frontier = [u.pk for u in batch]
    return found


def orgunit_lineage_ids(units, today: datetime.date | None = None) -> set[int]:
    """The units (objects or ids) and all their predecessors (merges in force on ``today``),
    as ids: one query per merge generation."""
    found = {getattr(u, "pk", u) for u in units}
    frontier = set(found)
    while frontier:
        frontier = (
            set(
                OrgUnit.objects.filter(_merged_by(today), merged_into__in=frontier).values_list(
                    "pk", flat=True
                )
            )
            - found
        )
        found |= frontier
    return found


def orgunit_lineage(unit: OrgUnit, today: datetime.date | None = None) -> list[OrgUnit]:
    """The unit and all its predecessors: whose records a report of ``unit`` covers."""
    return [unit, *orgunit_predecessors(unit, today)]


@dataclass(frozen=True)
class ScheduledChange:
    """A dated change not yet in force: «Sẽ đổi tên thành … từ ngày …»."""

    day: datetime.date
    text: str


def orgunit_scheduled_changes(
    unit: OrgUnit, today: datetime.date | None = None
) -> list[ScheduledChange]:
    """What is decided for ``unit`` but starts after ``today``: renames, its own merge into
    another unit, and units that will merge into it; by date."""
    today = today or timezone.localdate()
    changes = []
    for version in unit.versions.filter(valid_from__gt=today).order_by("valid_from"):
        assert version.valid_from is not None  # filtered on valid_from > today: never undated
        changes.append(
            ScheduledChange(
                version.valid_from,
                f"Sẽ đổi tên thành «{version.name}» từ ngày {version.valid_from:%d/%m/%Y}",
            )
        )
    if unit.merged_into is not None and unit.valid_to and unit.valid_to >= today:
        start = unit.valid_to + datetime.timedelta(days=1)
        changes.append(
            ScheduledChange(
                start, f"Sẽ sáp nhập vào «{unit.merged_into.name}» từ ngày {start:%d/%m/%Y}"
            )
        )
    incoming = OrgUnit.objects.filter(merged_into=unit, valid_to__gte=today).order_by("code")
    for source in incoming:
        assert source.valid_to is not None  # filtered on valid_to >= today
        start = source.valid_to + datetime.timedelta(days=1)
        changes.append(
            ScheduledChange(
                start, f"«{source.name}» sẽ sáp nhập vào đơn vị này từ ngày {start:%d/%m/%Y}"
            )
        )
    return sorted(changes, key=lambda change: change.day)


def orgunit_search(units: QuerySet[OrgUnit], text: str) -> QuerySet[OrgUnit]:
    text = text.strip()
    if not text:
        return units
    return units.filter(
        Q(code__icontains=text)
        | Q(name__icontains=text)
        | Q(short_name__icontains=text)
        | Q(versions__name__icontains=text)
    ).distinct()


def orgunit_versions(unit: OrgUnit) -> QuerySet[OrgUnitVersion]:
    """The unit's names over time, the original (no start date) first on every engine."""
    return unit.versions.select_related("parent").order_by(F("valid_from").asc(nulls_first=True))


@dataclass(frozen=True)
class TreeNode:
    unit: OrgUnit
    as_of: UnitAsOf
    has_children: bool


def orgunit_tree_nodes(
    visible: QuerySet[OrgUnit], units: QuerySet[OrgUnit], day: datetime.date
) -> list[TreeNode]:
    """Tree rows for ``units``: each with its name on ``day`` and whether it has visible
    children, in two queries whatever the number of rows (versions prefetched, children
    answered by an EXISTS subquery)."""
    rows = units.prefetch_related("versions").annotate(
        has_visible_children=Exists(visible.filter(parent=OuterRef("pk")))
    )
    return [TreeNode(u, orgunit_as_of(u, day), u.has_visible_children) for u in rows]


def orgunit_ancestors(unit: OrgUnit, visible: QuerySet[OrgUnit]) -> list[OrgUnit]:
    """The visible units above ``unit``, from the top down (for breadcrumbs and pickers)."""
    codes = [code for code in unit.path.strip("/").split("/")[:-1] if code]
    by_code = {u.code: u for u in visible.filter(code__in=codes)}
    return [by_code[code] for code in codes if code in by_code]


def orgunit_active(
    units: QuerySet[OrgUnit], today: datetime.date | None = None
) -> QuerySet[OrgUnit]:
    """The units still working on ``today`` (default: today): no end date, or one not yet
    passed — a unit merged from a future date stays in pickers until the day before."""
    today = today or timezone.localdate()
    return units.filter(Q(valid_to__isnull=True) | Q(valid_to__gte=today))
