"""Keeping the per-unit, per-day counters (DossierDaily) in step with the dossiers.

Every write computes what the old and the new version of a dossier contribute and applies
the difference, inside the same transaction as the write. ``dossier_rollups_rebuild``
recomputes everything from the records (recovery, and the check used by tests).
"""

import datetime
from collections import Counter, defaultdict
from collections.abc import Iterable

from django.db import connection, transaction

from danvan.dossiers.models import (
    ROLLUP_COLUMNS,
    Dossier,
    DossierDaily,
    DossierMonthly,
    Outcome,
    Rating,
)

ONE_DAY = datetime.timedelta(days=1)
RESOLVED = {Outcome.DA_TRA_KET_QUA, Outcome.TU_CHOI}
RATING_COLUMN = {
    Rating.RAT_HAI_LONG: "rated_very_satisfied",
    Rating.HAI_LONG: "rated_satisfied",
    Rating.BINH_THUONG: "rated_normal",
    Rating.KHONG_HAI_LONG: "rated_unsatisfied",
}

Key = tuple[int, datetime.date, str]


def contributions(dossier) -> list[Key]:
    """The (unit, day, counter) cells one dossier adds 1 to."""
    unit, received, finished = dossier.unit_id, dossier.received_on, dossier.finished_on
    cells = [(unit, received, "received")]
    if dossier.channel == "truc_tuyen":
        cells.append((unit, received, "received_online"))
    elif dossier.channel == "buu_chinh":
        cells.append((unit, received, "received_post"))
    if finished is not None:
        cells.append((unit, finished, "finished"))
        if dossier.outcome in RESOLVED:
            cells.append((unit, finished, "resolved"))
            cells.append((unit, finished, timeliness(dossier)))
            for flag, column in (
                (dossier.apology_issued, "resolved_apology"),
                (dossier.paid_online, "resolved_paid_online"),
                (dossier.returned_by_post, "resolved_by_post"),
            ):
                if flag:
                    cells.append((unit, finished, column))
            if dossier.rating:
                cells.append((unit, finished, "rated"))
                cells.append((unit, finished, RATING_COLUMN[dossier.rating]))
        elif dossier.outcome == Outcome.RUT_HO_SO:
            cells.append((unit, finished, "withdrawn"))
    if dossier.due_on is not None:
        cells.append((unit, dossier.due_on + ONE_DAY, "due_open"))
        if finished is not None:
            cells.append((unit, max(dossier.due_on + ONE_DAY, finished), "due_closed"))
    return cells


def timeliness(dossier) -> str:
    """Before, on or after the due date. A dossier without a due date cannot be late: it
    counts as on time (DOMAIN.md gives no other rule; documented in docs/)."""
    if dossier.due_on is None or dossier.finished_on == dossier.due_on:
        return "resolved_on_time"
    return "resolved_early" if dossier.finished_on < dossier.due_on else "resolved_late"


def deltas_for(before: Iterable, after: Iterable) -> Counter:
    """What replacing the ``before`` dossiers by the ``after`` ones changes in the counters."""
    change: Counter = Counter()
    for dossier in before:
        change.subtract(contributions(dossier))
    for dossier in after:
        change.update(contributions(dossier))
    return Counter({key: amount for key, amount in change.items() if amount})


def _upsert_sql(model, key: str) -> str:
    table = model._meta.db_table
    columns = ", ".join(ROLLUP_COLUMNS)
    placeholders = ", ".join(["%s"] * (len(ROLLUP_COLUMNS) + 2))
    additions = ", ".join(f"{c} = {table}.{c} + excluded.{c}" for c in ROLLUP_COLUMNS)
    # Identifiers come from the model's own metadata, values go through parameters.
    return (
        f"INSERT INTO {table} (unit_id, {key}, {columns}) VALUES ({placeholders}) "  # noqa: S608
        f"ON CONFLICT (unit_id, {key}) DO UPDATE SET {additions}"
    )


def _params(by_row: dict) -> list[list]:
    return [
        [unit, day, *(amounts.get(column, 0) for column in ROLLUP_COLUMNS)]
        for (unit, day), amounts in sorted(by_row.items())
    ]


def rollups_apply(change: Counter) -> None:
    """Add ``change`` to the stored counters in one batched upsert. Each row is an atomic
    ``counter = counter + delta`` in the database (SQLite ≥ 3.24 and PostgreSQL alike), so
    concurrent writers never lose each other's increments and nothing is read first."""
    by_row: dict[tuple[int, datetime.date], dict[str, int]] = defaultdict(dict)
    for (unit, day, column), amount in change.items():
        if amount:
            by_row[(unit, day)][column] = by_row[(unit, day)].get(column, 0) + amount
    if not by_row:
        return
    by_month: dict[tuple[int, datetime.date], dict[str, int]] = defaultdict(dict)
    for (unit, day), amounts in by_row.items():
        month = by_month[(unit, day.replace(day=1))]
        for column, amount in amounts.items():
            month[column] = month.get(column, 0) + amount
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.executemany(_upsert_sql(DossierDaily, "day"), _params(by_row))
        cursor.executemany(_upsert_sql(DossierMonthly, "month"), _params(by_month))


def dossier_rollups_rebuild() -> int:
    """Recompute every counter from the dossiers; returns the number of rows written."""
    change: Counter = Counter()
    for dossier in Dossier.objects.all().iterator(chunk_size=5000):
        change.update(contributions(dossier))
    with transaction.atomic():
        DossierDaily.objects.all().delete()
        DossierMonthly.objects.all().delete()
        rollups_apply(change)
    return DossierDaily.objects.count()
