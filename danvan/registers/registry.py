"""Every register, by the slug used in `danvan import <slug> FILE` and in URLs.

The generic layer owns the list; each domain app adds its specs from its ``AppConfig.ready()``
(e.g. the dossiers: ``register_add(DOSSIERS)``).

A slug added twice is refused (two apps claiming one URL would silently shadow each other).
Lists of registers follow ``spec.position`` then the slug, whatever order the apps load in.
"""

from django.core.exceptions import ImproperlyConfigured

from danvan.registers.columns import RegisterSpec

DUPLICATE_SLUG = "Sổ «{slug}» đã được đăng ký ({label}); mỗi sổ chỉ đăng ký một lần."

_REGISTERS: dict[str, RegisterSpec] = {}


def register_add(spec: RegisterSpec) -> None:
    if spec.slug in _REGISTERS:
        raise ImproperlyConfigured(
            DUPLICATE_SLUG.format(slug=spec.slug, label=_REGISTERS[spec.slug].label)
        )
    _REGISTERS[spec.slug] = spec


def registers() -> dict[str, RegisterSpec]:
    return {
        spec.slug: spec
        for spec in sorted(_REGISTERS.values(), key=lambda spec: (spec.position, spec.slug))
    }
