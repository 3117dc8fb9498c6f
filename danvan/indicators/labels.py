"""An indicator's Vietnamese label from its code (``HS_MOI`` → "Hồ sơ tiếp nhận mới"), for the
places that show codes people should not have to decode (the audit trail's figure changes)."""

import re

from danvan.indicators.engine import catalogue
from danvan.indicators.models import TypedIndicator

CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def indicator_label(code: str) -> str | None:
    if not CODE.match(code or ""):
        return None
    found = catalogue()
    if code in found:
        return found.get(code).label
    # A typed-in item that no longer applies to any window still has its label.
    return TypedIndicator.objects.filter(code=code).values_list("label", flat=True).first()
