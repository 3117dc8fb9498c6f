"""Writes to the dossier register, one record at a time (files go through the import).
The register's shared services validate with the import's own checks, fill the due date and
update the daily counters in the same transaction."""

from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS
from danvan.orgunits.models import OrgUnit
from danvan.registers.services import (
    register_record_create,
    register_record_delete,
    register_record_update,
)


def dossier_create(*, unit: OrgUnit, code: str, **fields) -> Dossier:
    return register_record_create(DOSSIERS, {"unit": unit, "code": code.strip(), **fields})


def dossier_update(*, dossier: Dossier, **fields) -> Dossier:
    if "code" in fields:
        fields["code"] = fields["code"].strip()
    return register_record_update(DOSSIERS, dossier, fields)


def dossier_delete(*, dossier: Dossier) -> None:
    register_record_delete(DOSSIERS, dossier)
