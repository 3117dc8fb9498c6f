"""The proposals' workflow (đề xuất khen thưởng), in the shape of the reports': a unit's clerk
drafts and «trình lãnh đạo», the head «gửi» it to the deciding unit, whose people return it with
a reason (editable again) or decide it with the decision's number and date, entry by entry;
each granted entry becomes a commendation of the register. Every move is recorded; every write
names the version it was made from."""

import datetime
from collections.abc import Sequence

from django.db import transaction
from django.db.models import Max
from django.utils import timezone

from danvan.accounts.access import access_units
from danvan.accounts.models import Role
from danvan.commendations.models import (
    Commendation,
    Form,
    Level,
    Proposal,
    ProposalEntry,
    ProposalStatus,
    ProposalTransition,
)
from danvan.commendations.selectors import DECIDERS, PROPOSERS
from danvan.commendations.spec import form_fits
from danvan.core.errors import Conflict, DomainError, Forbidden, Invalid, problem
from danvan.emulation.models import Movement, Subject
from danvan.orgunits.models import OrgUnit

S = ProposalStatus
EDITABLE = (S.DRAFT, S.RETURNED)
ALLOWED = {
    S.DRAFT: {S.PENDING_HEAD},
    S.RETURNED: {S.PENDING_HEAD},
    S.PENDING_HEAD: {S.SUBMITTED, S.DRAFT},
    S.SUBMITTED: {S.RETURNED, S.DECIDED},
    S.DECIDED: set(),
}

NOT_A_PROPOSER = "Bạn không phải chuyên viên hoặc lãnh đạo của đơn vị đề xuất."
NOT_A_CLERK = "Chỉ chuyên viên của đơn vị đề xuất được trình lãnh đạo."
NOT_A_HEAD = "Chỉ lãnh đạo của đơn vị đề xuất được gửi đề xuất."
NOT_A_DECIDER = (
    "Chỉ lãnh đạo hoặc bộ phận tổng hợp của cơ quan quyết định được trả lại hoặc quyết định."
)
OWN_PROPOSAL = "Đơn vị không được tự quyết định đề xuất khen thưởng của mình."
LOCKED = "Đề xuất đang ở trạng thái «{status}», không sửa được."
BAD_TRANSITION = "Không chuyển được đề xuất từ «{from_}» sang «{to}»."
CONFLICT = (
    "Đề xuất đã được thay đổi sau khi bạn mở (phiên bản {version}). Hãy tải lại trang rồi làm lại."
)
NO_ENTRIES = "Đề xuất chưa có tập thể, cá nhân nào được đề nghị."
REASON_REQUIRED = "Hãy ghi lý do trả lại."
DECISION_REQUIRED = "Hãy ghi số quyết định."
DECISION_DATE_REQUIRED = "Hãy ghi ngày quyết định."
DECISION_FUTURE = "Ngày quyết định sau ngày hôm nay."
GRANT_UNKNOWN = "Có dòng không thuộc đề xuất này: {ids}."
SAME_UNIT = "Cơ quan quyết định phải khác đơn vị đề xuất."
REQUIRED = "không được để trống"
BAD_CHOICE = "giá trị «{value}» không có trong danh sách"
BAD_YEAR = "năm phải từ 2000 đến {max}"


def _has(user, roles, unit: OrgUnit) -> bool:
    return access_units(user, roles=roles).filter(pk=unit.pk).exists()


def proposal_actions(*, user, proposal: Proposal) -> frozenset[str]:
    """What ``user`` may do with ``proposal`` now: edit, send_to_head, submit, withdraw,
    return, decide."""
    actions = set()
    status = proposal.status
    clerk = _has(user, [Role.CHUYEN_VIEN], proposal.unit)
    head = _has(user, [Role.LANH_DAO], proposal.unit)
    if status in EDITABLE and (clerk or head):
        actions.add("edit")
    if status in EDITABLE and clerk:
        actions.add("send_to_head")
    if status == S.PENDING_HEAD and head:
        actions.update({"edit", "submit", "withdraw"})
    if (
        status == S.SUBMITTED
        and proposal.deciding_unit_id != proposal.unit_id
        and _has(user, DECIDERS, proposal.deciding_unit)
    ):
        actions.update({"return", "decide"})
    return frozenset(actions)


def _check_version(proposal: Proposal, expected_version: int | None) -> None:
    if expected_version is not None and int(expected_version) != proposal.version:
        raise Conflict(
            CONFLICT.format(version=proposal.version),
            {
                "version": proposal.version,
                "saved_by": None,
                "saved_at": proposal.updated_at.isoformat() if proposal.updated_at else None,
                "content": {"title": proposal.title, "body": proposal.body},
            },
        )


def _clean_entries(entries: list[dict]) -> list[dict]:
    problems, cleaned = [], []
    choices = {"subject_kind": Subject, "form": Form, "level": Level}
    for i, raw in enumerate(entries, start=1):
        row = {
            "subject_kind": str(raw.get("subject_kind") or "").strip(),
            "subject_name": str(raw.get("subject_name") or "").strip(),
            "position_title": str(raw.get("position_title") or "").strip(),
            "form": str(raw.get("form") or "").strip(),
            "level": str(raw.get("level") or "").strip(),
            "achievement": str(raw.get("achievement") or "").strip(),
        }
        if not any(row.values()):
            continue  # an empty row of the form
        for name in ("subject_kind", "subject_name", "form", "level", "achievement"):
            if not row[name]:
                problems.append(problem(f"entries[{i}].{name}", REQUIRED, label=f"dòng {i}"))
        for name, enum in choices.items():
            if row[name] and row[name] not in enum.values:
                problems.append(
                    problem(
                        f"entries[{i}].{name}",
                        BAD_CHOICE.format(value=row[name]),
                        label=f"dòng {i}",
                        value=row[name],
                    )
                )
        if row["subject_kind"] in Subject.values and row["form"] in Form.values:
            reason = form_fits(row["subject_kind"], row["form"])
            if reason:
                problems.append(problem(f"entries[{i}].form", reason, label=f"dòng {i}"))
        cleaned.append(row)
    if problems:
        raise Invalid("Danh sách đề nghị khen thưởng có dòng chưa đúng.", problems)
    return cleaned


def _clean_head(*, unit, deciding_unit, title, year, movement) -> dict:
    problems = []
    title = (title or "").strip()
    if not title:
        problems.append(problem("title", REQUIRED, label="Trích yếu"))
    max_year = timezone.localdate().year + 1
    try:
        year = int(year)
        if not 2000 <= year <= max_year:
            raise ValueError
    except (TypeError, ValueError):
        problems.append(problem("year", BAD_YEAR.format(max=max_year), label="Năm", value=year))
    if deciding_unit is None:
        problems.append(problem("deciding_unit", REQUIRED, label="Cơ quan quyết định"))
    elif unit is not None and deciding_unit.pk == unit.pk:
        problems.append(problem("deciding_unit", SAME_UNIT, label="Cơ quan quyết định"))
    if problems:
        raise Invalid("Đề xuất chưa đúng.", problems)
    return {"title": title, "year": year, "deciding_unit": deciding_unit, "movement": movement}


def _set_entries(proposal: Proposal, entries: list[dict]) -> None:
    proposal.entries.all().delete()
    ProposalEntry.objects.bulk_create(
        ProposalEntry(proposal=proposal, position=i, **row) for i, row in enumerate(entries, 1)
    )


@transaction.atomic
def proposal_create(
    *,
    user,
    unit: OrgUnit,
    deciding_unit: OrgUnit | None,
    title: str,
    year,
    movement: Movement | None = None,
    body: str = "",
    number: str = "",
    entries: Sequence[dict] = (),
) -> Proposal:
    if not _has(user, PROPOSERS, unit):
        raise Forbidden(NOT_A_PROPOSER)
    head = _clean_head(
        unit=unit, deciding_unit=deciding_unit, title=title, year=year, movement=movement
    )
    rows = _clean_entries(list(entries))
    proposal = Proposal.objects.create(
        unit=unit, body=(body or "").strip(), number=(number or "").strip(), created_by=user, **head
    )
    _set_entries(proposal, rows)
    return proposal


@transaction.atomic
def proposal_update(
    *,
    user,
    proposal: Proposal,
    expected_version: int | None,
    deciding_unit: OrgUnit | None,
    title: str,
    year,
    movement: Movement | None = None,
    body: str = "",
    number: str = "",
    entries: list[dict] | None = None,
) -> Proposal:
    proposal = Proposal.objects.select_for_update().get(pk=proposal.pk)
    if "edit" not in proposal_actions(user=user, proposal=proposal):
        if not _has(user, PROPOSERS, proposal.unit):
            raise Forbidden(NOT_A_PROPOSER)
        raise DomainError(LOCKED.format(status=proposal.get_status_display()))
    _check_version(proposal, expected_version)
    head = _clean_head(
        unit=proposal.unit, deciding_unit=deciding_unit, title=title, year=year, movement=movement
    )
    rows = _clean_entries(list(entries)) if entries is not None else None
    for name, value in head.items():
        setattr(proposal, name, value)
    proposal.body = (body or "").strip()
    proposal.number = (number or "").strip()
    proposal.version += 1
    proposal.save()
    if rows is not None:
        _set_entries(proposal, rows)
    return proposal


def _move(proposal: Proposal, to: str, user, comment: str = "") -> None:
    if to not in ALLOWED[S(proposal.status)]:
        raise DomainError(
            BAD_TRANSITION.format(from_=proposal.get_status_display(), to=S(to).label)
        )
    ProposalTransition.objects.create(
        proposal=proposal, from_status=proposal.status, to_status=to, by=user, comment=comment
    )
    proposal.status = to
    proposal.version += 1


def _locked(proposal: Proposal, expected_version) -> Proposal:
    current = Proposal.objects.select_for_update().get(pk=proposal.pk)
    _check_version(current, expected_version)
    return current


@transaction.atomic
def proposal_send_to_head(
    *, user, proposal: Proposal, expected_version=None, comment=""
) -> Proposal:
    """«Trình lãnh đạo»: the clerk hands the draft (or the returned proposal) to the head."""
    proposal = _locked(proposal, expected_version)
    if not _has(user, [Role.CHUYEN_VIEN], proposal.unit):
        raise Forbidden(NOT_A_CLERK)
    if not proposal.entries.exists():
        raise DomainError(NO_ENTRIES)
    _move(proposal, S.PENDING_HEAD, user, comment.strip())
    proposal.save()
    return proposal


@transaction.atomic
def proposal_withdraw(*, user, proposal: Proposal, expected_version=None, comment="") -> Proposal:
    """The head sends the proposal back to draft (with what to change)."""
    proposal = _locked(proposal, expected_version)
    if not _has(user, [Role.LANH_DAO], proposal.unit):
        raise Forbidden(NOT_A_HEAD)
    if proposal.status != S.PENDING_HEAD:
        raise DomainError(
            BAD_TRANSITION.format(from_=proposal.get_status_display(), to=S.DRAFT.label)
        )
    _move(proposal, S.DRAFT, user, comment.strip())
    proposal.save()
    return proposal


@transaction.atomic
def proposal_submit(*, user, proposal: Proposal, expected_version=None) -> Proposal:
    """«Gửi»: the head sends the proposal to the deciding unit."""
    proposal = _locked(proposal, expected_version)
    if not _has(user, [Role.LANH_DAO], proposal.unit):
        raise Forbidden(NOT_A_HEAD)
    if not proposal.entries.exists():
        raise DomainError(NO_ENTRIES)
    _move(proposal, S.SUBMITTED, user)
    proposal.submitted_at = timezone.now()
    proposal.return_reason = ""
    proposal.save()
    return proposal


def _require_decider(user, proposal: Proposal) -> None:
    if proposal.deciding_unit_id == proposal.unit_id:
        raise Forbidden(OWN_PROPOSAL)
    if not _has(user, DECIDERS, proposal.deciding_unit):
        raise Forbidden(OWN_PROPOSAL if _has(user, PROPOSERS, proposal.unit) else NOT_A_DECIDER)


@transaction.atomic
def proposal_return(*, user, proposal: Proposal, reason: str, expected_version=None) -> Proposal:
    """The deciding unit sends the proposal back with a reason; the proposer may edit it."""
    proposal = _locked(proposal, expected_version)
    _require_decider(user, proposal)
    reason = (reason or "").strip()
    if not reason:
        raise Invalid(REASON_REQUIRED, [problem("reason", REQUIRED, label="Lý do trả lại")])
    _move(proposal, S.RETURNED, user, reason)
    proposal.return_reason = reason
    proposal.save()
    return proposal


def _next_code(day: datetime.date) -> str:
    prefix = f"KT-{day.year}-"
    taken = set(Commendation.objects.filter(code__startswith=prefix).values_list("code", flat=True))
    n = len(taken) + 1
    while f"{prefix}{n:03d}" in taken:
        n += 1
    return f"{prefix}{n:03d}"


@transaction.atomic
def proposal_decide(
    *,
    user,
    proposal: Proposal,
    decision_number: str,
    decided_on: datetime.date | None,
    granted: list[int] | set[int],
    expected_version=None,
) -> Proposal:
    """Decides the proposal: ``granted`` lists the entry ids granted; one commendation each."""
    proposal = _locked(proposal, expected_version)
    _require_decider(user, proposal)
    problems = []
    number = (decision_number or "").strip()
    if not number:
        problems.append(problem("decision_number", DECISION_REQUIRED, label="Số quyết định"))
    if decided_on is None:
        problems.append(problem("decided_on", DECISION_DATE_REQUIRED, label="Ngày quyết định"))
    elif decided_on > timezone.localdate():
        problems.append(
            problem("decided_on", DECISION_FUTURE, label="Ngày quyết định", value=decided_on)
        )
    entries = list(proposal.entries.all())
    ids = {e.pk for e in entries}
    granted = {int(g) for g in granted}
    if granted - ids:
        unknown = ", ".join(str(g) for g in sorted(granted - ids))
        problems.append(problem("granted", GRANT_UNKNOWN.format(ids=unknown), label="Khen thưởng"))
    if problems:
        raise Invalid(problems[0]["reason"], problems)
    assert decided_on is not None  # checked above: deciding needs its date
    _move(proposal, S.DECIDED, user, number)
    proposal.decision_number = number
    proposal.decided_on = decided_on
    proposal.save()
    for entry in entries:
        entry.granted = entry.pk in granted
        entry.save(update_fields=["granted"])
        if entry.granted:
            Commendation.objects.create(
                code=_next_code(decided_on),
                unit=proposal.unit,
                subject_kind=entry.subject_kind,
                subject_name=entry.subject_name,
                form=entry.form,
                level=entry.level,
                decision_number=number,
                decided_on=decided_on,
                movement=proposal.movement,
                achievement=entry.achievement,
                proposal=proposal,
            )
    return proposal


def proposal_entries_max(proposal: Proposal) -> int:
    return proposal.entries.aggregate(m=Max("position"))["m"] or 0


def _entry_spec():
    from danvan.core.importing import ImportColumn, ImportSpec
    from danvan.core.parsing import Choice

    return ImportSpec(
        columns=(
            ImportColumn(
                "doi_tuong", ("Đối tượng", "Tập thể/cá nhân"), Choice(Subject.choices), True
            ),
            ImportColumn("ten_doi_tuong", ("Tên tập thể, cá nhân", "Họ và tên"), required=True),
            ImportColumn("chuc_vu", ("Chức vụ, đơn vị công tác", "Chức vụ")),
            ImportColumn(
                "hinh_thuc", ("Hình thức khen thưởng", "Hình thức"), Choice(Form.choices), True
            ),
            ImportColumn("cap", ("Cấp khen thưởng", "Cấp"), Choice(Level.choices), True),
            ImportColumn("tom_tat_thanh_tich", ("Tóm tắt thành tích", "Thành tích"), required=True),
        ),
        required=frozenset(
            {"doi_tuong", "ten_doi_tuong", "hinh_thuc", "cap", "tom_tat_thanh_tich"}
        ),
    )


def proposal_entries_read(data: bytes, filename: str) -> list[dict]:
    """The entry list of a file (CSV or Excel, the appendix's columns), as the form's rows;
    any bad row rejects the whole file (ImportRejected names each)."""
    from danvan.core.importing import ImportRejected, Problem, import_read

    spec = _entry_spec()
    read = import_read(spec, data, filename)
    problems = list(read.problems)
    rows = []
    for row in read.rows:
        v = row.values
        entry = {
            "subject_kind": v.get("doi_tuong", ""),
            "subject_name": v.get("ten_doi_tuong", ""),
            "position_title": v.get("chuc_vu", ""),
            "form": v.get("hinh_thuc", ""),
            "level": v.get("cap", ""),
            "achievement": v.get("tom_tat_thanh_tich", ""),
        }
        if row.ok:
            reason = form_fits(entry["subject_kind"], entry["form"])
            if reason:
                problems.append(
                    Problem(row.line, "hinh_thuc", row.raw.get("hinh_thuc", ""), reason)
                )
        rows.append(entry)
    if problems:
        raise ImportRejected(problems, spec.headers)
    return rows
