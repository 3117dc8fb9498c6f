"""An indicator's Vietnamese label from its code (``HS_MOI`` → "Hồ sơ tiếp nhận mới"), for the
places that show codes people should not have to decode (the audit trail's figure changes)."""

import functools
import re

from danvan.indicators.engine import catalogue
from danvan.indicators.models import TypedIndicator

CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


@functools.cache
def _defined_labels() -> dict[str, str]:

    return {indicator.code: indicator.label for indicator in catalogue()}


def indicator_label(code: str) -> str | None:
    if not CODE.match(code or ""):
        return None
    label = _defined_labels().get(code)
    if label:
        return label

    return TypedIndicator.objects.filter(code=code).values_list("label", flat=True).first()
