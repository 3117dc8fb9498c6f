"""``{{ code|chi_tieu }}``: an indicator's Vietnamese label from its code (the code itself when
it is not an indicator's)."""

from django import template

from danvan.indicators.labels import indicator_label
from danvan.indicators.models import ValidationRule

register = template.Library()


@register.filter
def chi_tieu(code: str) -> str:
    return indicator_label(str(code)) or str(code)


@register.filter
def phep_so_sanh(operator: str) -> str:
    """A validation rule's operator as written in Vietnamese documents (≤, ≥, =)."""

    return dict(ValidationRule.Operator.choices).get(str(operator), str(operator))
