"""An indicator's Vietnamese label from its code (``HS_MOI`` → "Hồ sơ tiếp nhận mới"), for the
places that show codes people should not have to decode (the audit trail's figure changes)."""

import re

CODE = re.compile(r"^[A-Z][A-Z0-9_]*$")


def indicator_label(code: str) -> str | None:
    from danvan.indicators.engine import catalogue

    if not CODE.match(code or ""):
        return None
    if code in catalogue():
        return catalogue().get(code).label
    from danvan.indicators.models import TypedIndicator

    return TypedIndicator.objects.filter(code=code).values_list("label", flat=True).first()
