"""Writes on a due thing of any kind: progress, completion (with the date the user gives),
reopening, cancellation with a reason, evidence.

Each service is given the person acting and the record (a model inheriting
:class:`danvan.deadlines.models.Deadline` whose kind is registered with ``model=``); the kind's
``can_change(user, obj)`` decides, here, whether that person may change it. Refusals are
:mod:`danvan.core.errors` kinds with a Vietnamese message, and a refused call changes nothing
(nor stores any file). Every change is audited by the signals: the record by its own app's
``audit_register``, progress notes and evidence by this app's (unit path of the thing).
"""

from __future__ import annotations

import datetime
from pathlib import PurePosixPath
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import transaction
from django.utils import timezone

from danvan.core.dates import format_date
from danvan.core.errors import DomainError, Forbidden, Invalid, problem
from danvan.core.middleware import human_size
from danvan.deadlines.models import Evidence, ProgressNote
from danvan.deadlines.registry import DeadlineKind, deadline_kind_of
from danvan.deadlines.status import OPEN_STATES, State

NOT_A_KIND = "«{thing}» không phải việc có thời hạn mà hệ thống theo dõi."
READ_ONLY = "Loại việc «{kind}» chỉ để xem, không cập nhật được tại đây."
NOT_ALLOWED = (
    "Bạn không có quyền cập nhật việc này: chỉ chuyên viên, lãnh đạo của đơn vị chủ trì "
    "(hoặc người được giao) mới cập nhật được."
)
BAD_PROGRESS_STATE = "Trạng thái tiến độ chỉ có thể là «Chưa thực hiện» hoặc «Đang thực hiện»."
CLOSED = "Việc này đã {state}; hãy mở lại trước khi cập nhật."
NOTHING_TO_SAVE = "Chưa có gì để lưu: hãy chọn trạng thái khác hoặc ghi nội dung tiến độ."
NOTE_IN_FUTURE = "Ngày ghi tiến độ {day} chưa tới (hôm nay là {today})."
DONE_REQUIRED = "Hãy nhập ngày hoàn thành (dd/mm/yyyy)."
DONE_IN_FUTURE = "Ngày hoàn thành {day} chưa tới (hôm nay là {today}): không ghi trước được."
DONE_BEFORE_START = "Ngày hoàn thành {day} trước ngày bắt đầu của việc ({start})."
ALREADY_OPEN = "Việc này đang mở, không cần mở lại."
CANCEL_REASON_REQUIRED = "Hãy ghi lý do hủy."
ALREADY_CANCELLED = "Việc này đã hủy."
CANCEL_DONE = "Việc này đã hoàn thành; muốn hủy thì mở lại trước."
EVIDENCE_KIND = "Loại minh chứng «{kind}» không có; chọn một trong: {kinds}."
EVIDENCE_LABEL = "Hãy ghi mô tả minh chứng."
EVIDENCE_FILE_REQUIRED = "Hãy chọn tệp minh chứng để tải lên."
EVIDENCE_FILE_NOT_HERE = "Minh chứng loại «{kind}» là một đường dẫn, không kèm tệp."
EVIDENCE_URL_REQUIRED = "Hãy nhập đường dẫn của minh chứng."
EVIDENCE_URL_NOT_HERE = "Minh chứng là tệp tải lên thì không nhập đường dẫn."
EVIDENCE_LOCAL_URL = (
    "Đường dẫn đến {what} trong DanVan phải là đường dẫn nội bộ bắt đầu bằng «/» "
    "(ví dụ /so/petitions/12/), không phải «{url}»."
)
EVIDENCE_LINK_URL = "«{url}» không phải địa chỉ web hợp lệ (bắt đầu bằng http:// hoặc https://)."
EVIDENCE_EXTENSION = "Tệp «{name}» không được nhận: chỉ nhận tệp {extensions}."
EVIDENCE_TOO_BIG = "Tệp «{name}» quá lớn ({size}); giới hạn là {limit}."
EVIDENCE_EMPTY = "Tệp «{name}» rỗng."
EVIDENCE_NOT_OF_THING = "Minh chứng này không thuộc việc đang xem."

EVIDENCE_EXTENSIONS = ("pdf", "doc", "docx", "xls", "xlsx", "odt", "jpg", "jpeg", "png")
# What a DanVan path may name (record, report, document); an outside address is a LINK.
_LOCAL_KINDS = {
    Evidence.Kind.RECORD: "bản ghi sổ theo dõi",
    Evidence.Kind.REPORT: "báo cáo",
    Evidence.Kind.DOCUMENT: "văn bản",
}
_STATE_WORDS = {State.HOAN_THANH: "hoàn thành", State.HUY: "hủy"}


def evidence_max_bytes() -> int:
    """The size limit of one evidence file (``DANVAN_EVIDENCE_MAX_BYTES``; by default the
    upload limit of every form, ``DANVAN_MAX_UPLOAD_BYTES``)."""
    return int(settings.DANVAN_EVIDENCE_MAX_BYTES)


# -- permission ---------------------------------------------------------------------------


def _kind(obj: Any) -> DeadlineKind:
    kind = deadline_kind_of(obj)
    if kind is None:
        raise DomainError(NOT_A_KIND.format(thing=obj))
    return kind


def can_change_deadline(user: Any, obj: Any) -> bool:
    """May ``user`` change ``obj``'s state, notes and evidence? The kind decides; the one
    answer for the panel's forms, the views and the services."""
    kind = deadline_kind_of(obj)
    if kind is None or kind.can_change is None or user is None:
        return False
    return bool(kind.can_change(user, obj))


def _require_change(user: Any, obj: Any) -> DeadlineKind:
    kind = _kind(obj)
    if kind.can_change is None:
        raise Forbidden(READ_ONLY.format(kind=kind.label))
    if user is None or not kind.can_change(user, obj):
        raise Forbidden(NOT_ALLOWED)
    return kind


def _today() -> datetime.date:
    return timezone.localdate()


def _who(user: Any):
    """The user to store as ``created_by`` (None for the command line's system principal)."""
    return user if getattr(user, "pk", None) is not None else None


def _note(user: Any, obj: Any, text: str, day: datetime.date) -> ProgressNote:
    return ProgressNote.objects.create(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        created_by=_who(user),
        day=day,
        text=text,
    )


def _save(obj: Any, *fields: str) -> None:
    obj.save(update_fields=list(fields))


# -- state --------------------------------------------------------------------------------


@transaction.atomic
def deadline_progress(
    user: Any, obj: Any, state: str, note: str = "", day: datetime.date | None = None
) -> ProgressNote | None:
    """Set an open thing's state to chưa / đang thực hiện, with a progress note dated ``day``
    (default today; never a future day). Returns the note (None when only the state changed)."""
    _require_change(user, obj)
    today = _today()
    day = day or today
    if obj.state not in OPEN_STATES:
        raise DomainError(CLOSED.format(state=_STATE_WORDS[State(obj.state)]))
    if state not in OPEN_STATES:
        raise Invalid(BAD_PROGRESS_STATE, [problem("state", BAD_PROGRESS_STATE, value=state)])
    note = (note or "").strip()
    if state == obj.state and not note:
        raise DomainError(NOTHING_TO_SAVE)
    if day > today:
        message = NOTE_IN_FUTURE.format(day=format_date(day), today=format_date(today))
        raise Invalid(message, [problem("day", message, value=format_date(day))])
    if state != obj.state:
        obj.state = state
        _save(obj, "state")
    return _note(user, obj, note, day) if note else None


@transaction.atomic
def deadline_complete(user: Any, obj: Any, done_on: datetime.date | None, note: str = "") -> Any:
    """Mark ``obj`` done on ``done_on``, the day the user says it was done (the form offers
    today; the service never assumes it). A day after today, or before the record's start
    when its kind has one, is refused."""
    kind = _require_change(user, obj)
    if obj.state not in OPEN_STATES:
        raise DomainError(CLOSED.format(state=_STATE_WORDS[State(obj.state)]))
    if done_on is None:
        raise Invalid(DONE_REQUIRED, [problem("done_on", DONE_REQUIRED)])
    today = _today()
    if done_on > today:
        message = DONE_IN_FUTURE.format(day=format_date(done_on), today=format_date(today))
        raise Invalid(message, [problem("done_on", message, value=format_date(done_on))])
    start = kind.start(obj) if kind.start is not None else None
    if start is not None and done_on < start:
        message = DONE_BEFORE_START.format(day=format_date(done_on), start=format_date(start))
        raise Invalid(message, [problem("done_on", message, value=format_date(done_on))])
    obj.state = State.HOAN_THANH
    obj.done_on = done_on
    obj.cancel_reason = ""
    _save(obj, "state", "done_on", "cancel_reason")
    note = (note or "").strip()
    _note(user, obj, f"Hoàn thành. {note}".strip() if note else "Hoàn thành.", done_on)
    return obj


@transaction.atomic
def deadline_reopen(user: Any, obj: Any, note: str = "") -> Any:
    """Open a done or cancelled thing again (đang thực hiện): its done date and cancel reason
    are cleared, and a progress note keeps what it was."""
    _require_change(user, obj)
    if obj.state in OPEN_STATES:
        raise DomainError(ALREADY_OPEN)
    if obj.state == State.HUY:
        was = f"Mở lại (đã hủy, lý do: {obj.cancel_reason})."
    else:
        was = f"Mở lại (đã hoàn thành ngày {format_date(obj.done_on)})."
    obj.state = State.DANG_THUC_HIEN
    obj.done_on = None
    obj.cancel_reason = ""
    _save(obj, "state", "done_on", "cancel_reason")
    note = (note or "").strip()
    _note(user, obj, f"{was} {note}".strip(), _today())
    return obj


@transaction.atomic
def deadline_cancel(user: Any, obj: Any, reason: str) -> Any:
    """Cancel ``obj``; the reason is required and shown with the status."""
    _require_change(user, obj)
    reason = (reason or "").strip()
    if not reason:
        raise Invalid(CANCEL_REASON_REQUIRED, [problem("reason", CANCEL_REASON_REQUIRED)])
    if obj.state == State.HUY:
        raise DomainError(ALREADY_CANCELLED)
    if obj.state == State.HOAN_THANH:
        raise DomainError(CANCEL_DONE)
    obj.state = State.HUY
    obj.done_on = None
    obj.cancel_reason = reason
    _save(obj, "state", "done_on", "cancel_reason")
    _note(user, obj, f"Hủy. Lý do: {reason}", _today())
    return obj


# -- evidence -----------------------------------------------------------------------------


def evidence_file_check(file: Any) -> None:
    """Refuse a file with an extension outside :data:`EVIDENCE_EXTENSIONS`, an empty one, or
    one over :func:`evidence_max_bytes` (Invalid naming the file). Other apps' uploads (an
    inspection's conclusion) may reuse it."""
    name = PurePosixPath(getattr(file, "name", "") or "").name
    extension = name.rsplit(".", 1)[-1].lower() if "." in name else ""
    if extension not in EVIDENCE_EXTENSIONS:
        extensions = ", ".join(f".{e}" for e in EVIDENCE_EXTENSIONS)
        message = EVIDENCE_EXTENSION.format(name=name, extensions=extensions)
        raise Invalid(message, [problem("file", message, value=name)])
    size = int(getattr(file, "size", 0) or 0)
    if size == 0:
        message = EVIDENCE_EMPTY.format(name=name)
        raise Invalid(message, [problem("file", message, value=name)])
    limit = evidence_max_bytes()
    if size > limit:
        message = EVIDENCE_TOO_BIG.format(name=name, size=human_size(size), limit=human_size(limit))
        raise Invalid(message, [problem("file", message, value=name)])


def _check_url(kind: str, url: str) -> None:
    if kind in _LOCAL_KINDS:
        if not url.startswith("/") or url.startswith("//") or "\\" in url:
            message = EVIDENCE_LOCAL_URL.format(what=_LOCAL_KINDS[Evidence.Kind(kind)], url=url)
            raise Invalid(message, [problem("url", message, value=url)])
        return
    try:
        URLValidator(schemes=["http", "https"])(url)
    except ValidationError:
        message = EVIDENCE_LINK_URL.format(url=url)
        raise Invalid(message, [problem("url", message, value=url)]) from None


def evidence_add(
    user: Any, obj: Any, kind: str, label: str, url: str = "", file: Any = None
) -> Evidence:
    """Attach evidence to ``obj``: a DanVan record, report or document by its local path
    ("/so/…"), an outside address (http/https), or an uploaded file (stored under
    MEDIA_ROOT/evidence/<year>/, served only through the access-checked download view)."""
    _require_change(user, obj)
    if kind not in Evidence.Kind.values:
        kinds = ", ".join(str(label) for label in Evidence.Kind.labels)
        message = EVIDENCE_KIND.format(kind=kind, kinds=kinds)
        raise Invalid(message, [problem("kind", message, value=kind)])
    url = (url or "").strip()
    label = " ".join((label or "").split())
    if kind == Evidence.Kind.FILE:
        if file is None:
            raise Invalid(EVIDENCE_FILE_REQUIRED, [problem("file", EVIDENCE_FILE_REQUIRED)])
        if url:
            raise Invalid(EVIDENCE_URL_NOT_HERE, [problem("url", EVIDENCE_URL_NOT_HERE)])
        evidence_file_check(file)
        label = label or PurePosixPath(file.name).name
    else:
        if file is not None:
            message = EVIDENCE_FILE_NOT_HERE.format(kind=Evidence.Kind(kind).label)
            raise Invalid(message, [problem("file", message)])
        if not url:
            raise Invalid(EVIDENCE_URL_REQUIRED, [problem("url", EVIDENCE_URL_REQUIRED)])
        _check_url(kind, url)
    if not label:
        raise Invalid(EVIDENCE_LABEL, [problem("label", EVIDENCE_LABEL)])
    evidence = Evidence(
        content_type=ContentType.objects.get_for_model(obj),
        object_id=obj.pk,
        created_by=_who(user),
        kind=kind,
        label=label[:300],
        url=url,
    )
    try:
        with transaction.atomic():
            if file is not None:
                evidence.file.save(PurePosixPath(file.name).name, file, save=False)
            evidence.save()
    except BaseException:
        if evidence.file:
            evidence.file.delete(save=False)  # no stored file without its row
        raise
    return evidence


@transaction.atomic
def evidence_remove(user: Any, obj: Any, evidence: Evidence) -> None:
    """Remove one piece of ``obj``'s evidence (its file too, once the deletion is committed)."""
    _require_change(user, obj)
    if (
        evidence.content_type_id != ContentType.objects.get_for_model(obj).pk
        or evidence.object_id != obj.pk
    ):
        raise DomainError(EVIDENCE_NOT_OF_THING)
    file = evidence.file
    evidence.delete()
    if file:
        storage, name = file.storage, file.name
        transaction.on_commit(lambda: storage.delete(name))
