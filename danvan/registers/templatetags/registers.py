"""``{{ slug|so_theo_doi }}``: a register's Vietnamese name from its slug;
``{{ spec|record_url:record.pk }}``: where a record of it opens."""

from django import template

from danvan.registers.registry import registers

register = template.Library()


@register.filter
def so_theo_doi(slug: str) -> str:
    spec = registers().get(str(slug))
    return spec.label if spec else str(slug or "")


@register.filter
def record_url(spec, pk) -> str:
    return spec.detail_url(pk)
