"""Report types edited by province administrators: every save is a new version (decision 0033);
requests keep the version they were issued with."""

import re

from django.db import transaction

from danvan.accounts.access import access_is_province_admin
from danvan.core.errors import DomainError, Forbidden
from danvan.indicators.models import Form
from danvan.registers.custom import columns_for
from danvan.registers.registry import registers
from danvan.reporting.models import ReportType, ReportTypeVersion
from danvan.reporting.outlines import outline_from_text, outline_headings

NOT_ADMIN = "Chỉ quản trị cấp tỉnh được thêm, sửa loại báo cáo."
CODE_TAKEN = "Đã có loại báo cáo mã «{code}»."
BAD_CODE = "Mã loại báo cáo chỉ gồm chữ in hoa không dấu, số và dấu gạch dưới (ví dụ BC_SO_KET)."
NO_NAME = "Loại báo cáo phải có tên."
NO_KIND = "Phải ghi loại văn bản in ở phần đầu (ví dụ BÁO CÁO)."
BAD_FIGURES = "Mục mở đầu bằng số liệu «{key}» không có trong đề cương."
BAD_REGISTER = "Không có sổ «{slug}»."
BAD_COLUMN = "Sổ «{slug}» không có cột «{column}»."


def _check(user) -> None:
    if not access_is_province_admin(user):
        raise Forbidden(NOT_ADMIN)


def _clean(
    *, name, document_kind, outline_text, figures_section, form_code, appendix_registers, note=""
):
    problems = []
    if not (name or "").strip():
        problems.append(NO_NAME)
    if not (document_kind or "").strip():
        problems.append(NO_KIND)
    try:
        outline = outline_from_text(outline_text)
    except DomainError as error:
        problems.append(error.message)
        outline = None
    figures = (figures_section or "").strip()
    keys = {h.key for h in outline_headings(outline)} if outline is not None else set()
    if outline is not None and figures and figures not in keys:
        problems.append(BAD_FIGURES.format(key=figures))
    form = None
    if form_code:
        form = Form.objects.filter(code=form_code).first()
    known = registers()
    for entry in appendix_registers or []:
        # A slug, or {"register": slug, "columns": [column names]} to list a subset.
        slug = str(entry.get("register", "")) if isinstance(entry, dict) else str(entry)
        spec = known.get(slug)
        if spec is None:
            problems.append(BAD_REGISTER.format(slug=slug))
            continue
        names = {c.name for c in columns_for(spec)}
        for column in (entry.get("columns") or []) if isinstance(entry, dict) else []:
            if column not in names:
                problems.append(BAD_COLUMN.format(slug=slug, column=column))
    if problems:
        raise DomainError(" ".join(problems))
    return outline, figures, form


@transaction.atomic
def report_type_create(*, user, code: str, **fields) -> ReportTypeVersion:
    _check(user)
    code = (code or "").strip().upper()
    if not re.fullmatch(r"[A-Z0-9_]{2,40}", code):
        raise DomainError(BAD_CODE)
    if ReportType.objects.filter(code=code).exists():
        raise DomainError(CODE_TAKEN.format(code=code))
    outline, figures, form = _clean(**fields)
    position = (
        ReportType.objects.order_by("-position").values_list("position", flat=True).first() or 0
    ) + 1
    kind = ReportType.objects.create(
        code=code,
        name=fields["name"].strip(),
        document_kind=fields["document_kind"].strip().upper(),
        position=position,
    )
    return ReportTypeVersion.objects.create(
        report_type=kind,
        number=1,
        outline=outline,
        figures_section=figures,
        form=form,
        appendix_registers=list(fields.get("appendix_registers") or []),
        note=(fields.get("note") or "").strip(),
        changed_by=user,
    )


@transaction.atomic
def report_type_update(
    *, user, report_type: ReportType, active: bool = True, **fields
) -> ReportTypeVersion:
    """A new version of ``report_type`` (name and document kind are the type's own)."""
    _check(user)
    current = ReportType.objects.select_for_update().get(pk=report_type.pk)
    outline, figures, form = _clean(**fields)
    current.name = fields["name"].strip()
    current.document_kind = fields["document_kind"].strip().upper()
    current.active = active
    current.save()
    last = current.versions.order_by("-number").first()
    # A register kept from the last version keeps the columns it listed.
    before = {
        (e.get("register") if isinstance(e, dict) else e): e
        for e in (last.appendix_registers if last else [])
    }
    return ReportTypeVersion.objects.create(
        report_type=current,
        number=(last.number if last else 0) + 1,
        outline=outline,
        figures_section=figures,
        form=form,
        appendix_registers=[before.get(s, s) for s in fields.get("appendix_registers") or []],
        note=(fields.get("note") or "").strip(),
        changed_by=user,
    )
