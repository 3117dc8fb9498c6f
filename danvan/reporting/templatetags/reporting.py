from django import template
from django.utils.safestring import mark_safe

from danvan.reporting.richtext import richtext_clean

register = template.Library()


@register.filter
def richtext(value: str) -> str:
    """Show stored report text: cleaned again on the way out, so only the safe subset of
    HTML ever reaches a page, whatever path the text took into the database."""
    return mark_safe(richtext_clean(value or ""))  # noqa: S308 — nh3 removed all else
