"""Every register, by the slug used in `danvan import <slug> FILE` and in URLs."""

from danvan.registers.columns import RegisterSpec


def registers() -> dict[str, RegisterSpec]:
    from danvan.activities.spec import ACTIVITY_SPECS
    from danvan.dossiers.spec import DOSSIERS
    from danvan.petitions.spec import PETITIONS, RECEPTIONS

    return {spec.slug: spec for spec in (DOSSIERS, RECEPTIONS, PETITIONS, *ACTIVITY_SPECS)}
