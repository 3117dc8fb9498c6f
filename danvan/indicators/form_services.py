"""New versions of a form (biểu mẫu), written by an administrator as plain text:
one line per row, a heading starts with "#", an item is an indicator code optionally followed
by "|" and the label to show."""

import datetime

from django.db import transaction

from danvan.core.errors import DomainError
from danvan.indicators.engine import catalogue, catalogue_refresh
from danvan.indicators.models import FormItem, FormVersion, TypedIndicator

UNKNOWN_CODES = "Dòng {lines}: không có chỉ tiêu mã {codes} trong danh mục."
EMPTY = "Biểu mẫu phải có ít nhất một chỉ tiêu."


def form_version_text(version: FormVersion) -> str:
    lines = []
    for item in version.items.order_by("position"):
        if item.heading:
            lines.append(f"# {item.heading}")
        else:
            lines.append(
                f"{item.indicator_code} | {item.label}" if item.label else item.indicator_code
            )
    return "\n".join(lines)


def _parse(text: str) -> list[tuple[str, str, str]]:
    catalogue_refresh()  # an indicator just added in another worker is accepted
    known = {i.code for i in catalogue()} | set(
        TypedIndicator.objects.values_list("code", flat=True)
    )
    rows, unknown = [], []
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line:
            continue
        if line.startswith("#"):
            rows.append((line.lstrip("#").strip(), "", ""))
            continue
        code, _, label = (part.strip() for part in line.partition("|"))
        code = code.upper()
        if code not in known:
            unknown.append((number, code))
        rows.append(("", code, label))
    if unknown:
        raise DomainError(
            UNKNOWN_CODES.format(
                lines=", ".join(str(n) for n, _ in unknown),
                codes=", ".join(f"«{c}»" for _, c in unknown),
            )
        )
    if not any(code for _, code, _ in rows):
        raise DomainError(EMPTY)
    return rows


@transaction.atomic
def form_version_create(
    *, version: FormVersion, text: str, valid_from: datetime.date | None, note: str = ""
) -> FormVersion:
    """A new version of ``version.form`` from ``text``; earlier versions stay as they were, so
    reports made with them keep their layout."""
    rows = _parse(text)
    latest = version.form.versions.order_by("-number").first()
    number = (latest or version).number + 1
    new = FormVersion.objects.create(
        form=version.form, number=number, valid_from=valid_from, note=note
    )
    for position, (heading, code, label) in enumerate(rows, start=1):
        FormItem.objects.create(
            version=new, position=position, heading=heading, indicator_code=code, label=label
        )
    return new
