from django import template

from danvan.core.numbers import format_number, format_percent

register = template.Library()


@register.filter
def so(value, decimals=0):
    """{{ 50003|so }} → 50.003"""
    return format_number(value, int(decimals))


@register.simple_tag
def ty_le(numerator, denominator, decimals=1):
    """{% ty_le 285 524 %} → 54,4%"""
    return format_percent(numerator, denominator, int(decimals))
