"""Writes of recommendations and of an inspection's details, with the permission decisions of
both sides (docs/decisions/0031):

- the inspecting unit's keepers (chuyên viên, lãnh đạo of ``inspection.unit``) create, edit,
  close (with evidence and the ngày khắc phục) and reject a remediation report;
- the inspected unit's keepers (of ``recommendation.unit``) report what they did.
"""

import datetime
import os

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone

from danvan.accounts.access import REGISTER_KEEPERS, access_holders
from danvan.activities.models import Inspection
from danvan.activities.spec import INSPECTIONS
from danvan.core.errors import DomainError, Forbidden
from danvan.deadlines.models import Evidence
from danvan.deadlines.status import State
from danvan.inspections.models import Recommendation, Result
from danvan.inspections.selectors import (
    inspection_can_edit,
    recommendation_can_manage,
    recommendation_can_report,
)
from danvan.inspections.spec import RECOMMENDATIONS
from danvan.notifications.services import notification_send
from danvan.registers.services import register_record_create, register_record_update

NOT_INSPECTING = (
    "Chỉ chuyên viên, lãnh đạo của đơn vị kiểm tra ({unit}) được thêm, sửa, đóng hoặc không "
    "chấp nhận kiến nghị."
)
NOT_INSPECTED = (
    "Chỉ chuyên viên, lãnh đạo của đơn vị phải khắc phục ({unit}) được báo cáo khắc phục."
)
NOT_EDITOR = "Chỉ chuyên viên, lãnh đạo của đơn vị kiểm tra ({unit}) được sửa cuộc kiểm tra."
ALREADY_CLOSED = "Kiến nghị «{code}» đã đóng (đã khắc phục ngày {day})."
NO_REPORT = "Kiến nghị «{code}» chưa có báo cáo khắc phục để không chấp nhận."
REPORT_TEXT_REQUIRED = "Ghi rõ đơn vị đã khắc phục những gì."
RESULT_REQUIRED = "Chọn kết quả khắc phục: {labels}."
DAY_REQUIRED = "Nhập {what} (dd/mm/yyyy)."
DAY_BEFORE_INSPECTION = "{what} ({day}) trước ngày kiểm tra ({held})."
DAY_IN_FUTURE = "{what} ({day}) sau ngày hôm nay."
EVIDENCE_REQUIRED = "Ghi minh chứng khắc phục (biên bản, văn bản, kết quả kiểm tra lại …)."
REASON_REQUIRED = "Ghi lý do không chấp nhận báo cáo khắc phục."
FILE_TOO_BIG = "Tệp «{name}» lớn quá {limit} MB."
FILE_BAD_TYPE = "Tệp «{name}» không nhận được; chỉ nhận các loại tệp: {allowed}."
ALLOWED_EXTENSIONS = (".pdf", ".doc", ".docx", ".odt", ".jpg", ".jpeg", ".png")

REPORTED_SUBJECT = "{unit} báo cáo khắc phục kiến nghị {code}"
REJECTED_SUBJECT = "Báo cáo khắc phục kiến nghị {code} không được chấp nhận"
CLOSED_SUBJECT = "Kiến nghị {code} đã được đóng (đã khắc phục)"


def upload_check(upload) -> None:
    """A conclusion, report or evidence file: the kinds an office sends, within the limit."""
    if upload is None:
        return
    name = os.path.basename(upload.name or "")
    extension = os.path.splitext(name)[1].lower()
    if extension not in ALLOWED_EXTENSIONS:
        raise DomainError(FILE_BAD_TYPE.format(name=name, allowed=", ".join(ALLOWED_EXTENSIONS)))
    limit = settings.DANVAN_MAX_UPLOAD_BYTES
    if upload.size > limit:
        raise DomainError(FILE_TOO_BIG.format(name=name, limit=limit // (1024 * 1024)))


def _day_check(day, what: str, inspection: Inspection, today: datetime.date) -> None:
    if day is None:
        raise DomainError(DAY_REQUIRED.format(what=what.lower()))
    if day < inspection.held_on:
        raise DomainError(
            DAY_BEFORE_INSPECTION.format(
                what=what, day=f"{day:%d/%m/%Y}", held=f"{inspection.held_on:%d/%m/%Y}"
            )
        )
    if day > today:
        raise DomainError(DAY_IN_FUTURE.format(what=what, day=f"{day:%d/%m/%Y}"))


def _require_manager(user, recommendation: Recommendation) -> None:
    if not recommendation_can_manage(user, recommendation):
        raise Forbidden(NOT_INSPECTING.format(unit=recommendation.inspection.unit.name))


def _link(recommendation: Recommendation) -> str:
    return f"/kien-nghi/{recommendation.pk}/"


def _tell(units, subject: str, recommendation: Recommendation, body: str = "") -> None:
    holders = access_holders(units, REGISTER_KEEPERS)
    users = [user for unit in units for user in holders.get(unit.pk, [])]
    notification_send(
        users=users,
        subject=subject,
        body=body,
        link=_link(recommendation),
        target=recommendation,
        about=f"Kiểm tra {recommendation.inspection.code}: {recommendation.content[:200]}",
    )


@transaction.atomic
def recommendation_create(*, user, values: dict) -> Recommendation:
    """A new recommendation (values as the register's columns give them: model fields)."""
    inspection = values["inspection"]
    probe = Recommendation(inspection=inspection, unit=values.get("unit"))
    _require_manager(user, probe)
    return register_record_create(RECOMMENDATIONS, values)


@transaction.atomic
def recommendation_update(*, user, recommendation: Recommendation, values: dict):
    _require_manager(user, recommendation)
    if "inspection" in values:
        _require_manager(user, Recommendation(inspection=values["inspection"]))
    return register_record_update(RECOMMENDATIONS, recommendation, values)


@transaction.atomic
def recommendation_report(
    *,
    user,
    recommendation: Recommendation,
    result: str,
    text: str,
    reported_on: datetime.date | None,
    upload=None,
    today: datetime.date | None = None,
) -> Recommendation:
    """The inspected unit reports what it did: the result, what was done, the day; the
    recommendation waits for the inspecting unit (dang_thuc_hien)."""
    today = today or timezone.localdate()
    rec = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
    if not recommendation_can_report(user, rec):
        raise Forbidden(NOT_INSPECTED.format(unit=rec.unit.name))
    if rec.state == State.HOAN_THANH:
        raise DomainError(ALREADY_CLOSED.format(code=rec.code, day=f"{rec.done_on:%d/%m/%Y}"))
    if result not in Result.values:
        raise DomainError(RESULT_REQUIRED.format(labels=", ".join(Result.labels)))
    text = (text or "").strip()
    if not text:
        raise DomainError(REPORT_TEXT_REQUIRED)
    _day_check(reported_on, "Ngày báo cáo", rec.inspection, today)
    upload_check(upload)
    rec.result, rec.report_text, rec.reported_on = result, text, reported_on
    rec.reported_by = user if getattr(user, "pk", None) else None
    rec.state = State.DANG_THUC_HIEN
    if upload is not None:
        rec.report_file = upload
    rec.save()
    _tell(
        [rec.inspection.unit],
        REPORTED_SUBJECT.format(unit=rec.unit.name, code=rec.code),
        rec,
        body=f"Kết quả: {rec.get_result_display()}. {text[:300]}",
    )
    return rec


@transaction.atomic
def recommendation_close(
    *,
    user,
    recommendation: Recommendation,
    done_on: datetime.date | None,
    evidence: str,
    upload=None,
    today: datetime.date | None = None,
) -> Recommendation:
    """The inspecting unit closes: remedied on ``done_on``, shown by ``evidence``."""
    today = today or timezone.localdate()
    rec = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
    _require_manager(user, rec)
    if rec.state == State.HOAN_THANH:
        raise DomainError(ALREADY_CLOSED.format(code=rec.code, day=f"{rec.done_on:%d/%m/%Y}"))
    evidence = (evidence or "").strip()
    if not evidence:
        raise DomainError(EVIDENCE_REQUIRED)
    _day_check(done_on, "Ngày khắc phục", rec.inspection, today)
    upload_check(upload)
    rec.result, rec.done_on, rec.state = Result.DA_KHAC_PHUC, done_on, State.HOAN_THANH
    rec.closed_by = user if getattr(user, "pk", None) else None
    rec.save()
    Evidence.objects.create(
        content_type=ContentType.objects.get_for_model(Recommendation),
        object_id=rec.pk,
        kind=Evidence.Kind.FILE if upload is not None else Evidence.Kind.DOCUMENT,
        label=evidence[:300],
        file=upload or "",
        created_by=user if getattr(user, "pk", None) else None,
    )
    _tell([rec.unit], CLOSED_SUBJECT.format(code=rec.code), rec, body=evidence[:300])
    return rec


@transaction.atomic
def recommendation_reject(
    *,
    user,
    recommendation: Recommendation,
    reason: str,
    today: datetime.date | None = None,
) -> Recommendation:
    """«Không chấp nhận»: the inspecting unit sends the report back with a reason; the
    recommendation is open again with no accepted result (chua_thuc_hien)."""
    today = today or timezone.localdate()
    rec = Recommendation.objects.select_for_update().get(pk=recommendation.pk)
    _require_manager(user, rec)
    if rec.state == State.HOAN_THANH:
        raise DomainError(ALREADY_CLOSED.format(code=rec.code, day=f"{rec.done_on:%d/%m/%Y}"))
    if rec.reported_on is None or not rec.result:
        raise DomainError(NO_REPORT.format(code=rec.code))
    reason = (reason or "").strip()
    if not reason:
        raise DomainError(REASON_REQUIRED)
    rec.result, rec.state = "", State.CHUA_THUC_HIEN
    rec.rejected_on, rec.rejected_reason = today, reason
    rec.save()
    _tell([rec.unit], REJECTED_SUBJECT.format(code=rec.code), rec, body=reason[:300])
    return rec


def recommendation_evidence(recommendation: Recommendation):
    return Evidence.objects.filter(
        content_type=ContentType.objects.get_for_model(Recommendation),
        object_id=recommendation.pk,
    ).order_by("created_at", "pk")


@transaction.atomic
def inspection_details_update(
    *, user, inspection: Inspection, values: dict, upload=None
) -> Inspection:
    """The team, the basis and the conclusion (text, day, file) of an inspection."""
    if not inspection_can_edit(user, inspection):
        raise Forbidden(NOT_EDITOR.format(unit=inspection.unit.name))
    upload_check(upload)
    allowed = {"leader", "members", "basis", "conclusion_on", "conclusion"}
    record = register_record_update(
        INSPECTIONS, inspection, {k: v for k, v in values.items() if k in allowed}
    )
    if upload is not None:
        record.conclusion_file = upload
        record.save(update_fields=["conclusion_file"])
    return record
