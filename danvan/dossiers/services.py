"""Writes to the dossier register, one record at a time (files go through the import).
Each write updates the daily counters in the same transaction."""

import copy

from django.db import transaction

from danvan.core.errors import DomainError
from danvan.dossiers.models import Dossier
from danvan.dossiers.rollups import deltas_for, rollups_apply
from danvan.dossiers.spec import DOSSIERS, dossier_check, dossier_completer
from danvan.orgunits.models import OrgUnit

CODE_TAKEN = "Mã hồ sơ «{code}» đã có."
INVALID = "Hồ sơ chưa hợp lệ: {reasons}."


def dossier_validate(values: dict) -> dict:
    """Cross-field checks of the register (the same as the import's), then derived values."""
    problems = dossier_check(values)
    if problems:
        labels = {c.name: c.headers[0] for c in DOSSIERS.columns}
        reasons = "; ".join(f"{labels[column]}: {reason}" for column, reason in problems)
        raise DomainError(INVALID.format(reasons=reasons))
    return dossier_completer()(values)


@transaction.atomic
def dossier_create(*, unit: OrgUnit, code: str, **fields) -> Dossier:
    code = code.strip()
    if Dossier.objects.filter(code=code).exists():
        raise DomainError(CODE_TAKEN.format(code=code))
    values = dossier_validate({"unit": unit, "code": code, **fields})
    dossier = Dossier.objects.create(**values)
    rollups_apply(deltas_for([], [dossier]))
    return dossier


@transaction.atomic
def dossier_update(*, dossier: Dossier, **fields) -> Dossier:
    code = fields.get("code", dossier.code).strip()
    if code != dossier.code and Dossier.objects.filter(code=code).exists():
        raise DomainError(CODE_TAKEN.format(code=code))
    current = {f.name: getattr(dossier, f.name) for f in Dossier._meta.concrete_fields}
    values = dossier_validate({**current, **fields, "code": code})
    old = copy.copy(dossier)
    for name, value in values.items():
        setattr(dossier, name, value)
    dossier.save()
    rollups_apply(deltas_for([old], [dossier]))
    return dossier


@transaction.atomic
def dossier_delete(*, dossier: Dossier) -> None:
    rollups_apply(deltas_for([dossier], []))
    dossier.delete()
