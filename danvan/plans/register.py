"""The plan items as a register of the registers framework («Sổ nhiệm vụ kế hoạch», slug
``plan-items``): the generic list (filters, the status of the day, export) and API read it;
``danvan import plan-items FILE`` writes it through its own import (a plan, co-operating
units and the six statuses need more than one cell each). The plan page stays the main screen.

A record is keyed by "<plan id>:<stt>" (``PlanItem.code``); a file names the plan by its
number/symbol ("12/KH-BQLKKT") or its id.
"""

from __future__ import annotations

import datetime
import re

import django_filters
from django.db.models import Q
from django.utils import timezone

from danvan.core.importing import (
    ImportColumn,
    ImportFile,
    ImportSpec,
    Problem,
    import_lock,
    import_run,
)
from danvan.core.parsing import Choice
from danvan.deadlines.rules import DueRule
from danvan.deadlines.status import State, Status
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_active
from danvan.plans.models import ALL_CHILDREN, Output, Plan, PlanItem, PlanStatus
from danvan.plans.services import due_from_rule, normalise_children_words, target_parse
from danvan.registers import columns as c
from danvan.registers.importing import RegisterImportResult

SLUG = "plan-items"
LABEL = "Sổ nhiệm vụ kế hoạch"
UNKNOWN_PLAN = "không có kế hoạch «{value}», hoặc bạn không được ghi kế hoạch của đơn vị đó"
TWO_PLANS = "có nhiều kế hoạch số «{value}»: hãy ghi mã số (id) của kế hoạch"
PLAN_CANCELLED = "kế hoạch «{value}» đã hủy"
UNKNOWN_UNIT = "không có đơn vị «{value}» (mã đơn vị), hoặc đơn vị đã ngừng hoạt động"
DUPLICATE = "nhiệm vụ số {stt} của kế hoạch này lặp lại (đã có ở dòng {first})"
DONE_REQUIRED = "trạng thái «{status}» cần ngày hoàn thành"
DONE_NOT_ALLOWED = "trạng thái «{status}» không có ngày hoàn thành"
DONE_LATE = "hoàn thành sau hạn ({due}): trạng thái phải là «Hoàn thành quá hạn»"
DONE_ON_TIME = "hoàn thành đúng hạn ({due}): trạng thái phải là «Hoàn thành»"
NOT_LATE = "chưa quá hạn ({due}): trạng thái phải là «Chưa thực hiện» hoặc «Đang thực hiện»"
LATE = "đã quá hạn ({due}): trạng thái phải là «Quá hạn»"
NEEDS_DUE = "trạng thái «{status}» cần có hạn"
DONE_FUTURE = "ngày hoàn thành không được sau hôm nay"
CANCELLED_BY_FILE = "Hủy theo tệp nhập «{name}»."
BAD_STT = "số thứ tự «{value}» không hợp lệ (ví dụ: 1, 2.a)"

OUTPUTS = Choice(Output.choices, default=Output.KHAC)
STATUSES = Choice(Status.choices, blank=True)
_STT = re.compile(r"[0-9IVXivx]{1,6}([.][0-9a-zđA-ZĐ]{1,3}){0,3}")


def _stt(value: str) -> str:
    value = " ".join(value.split())
    if not _STT.fullmatch(value):
        raise ValueError(BAD_STT.format(value=value))
    return value


def _rule(value: str) -> DueRule | None:
    return DueRule.parse(value) if value.strip() else None


def _target(value: str) -> tuple[int | None, str]:
    return target_parse(value)


class _PlanColumn(c.Column):
    def value_of(self, record):
        return record.plan.code

    def cell(self, record):
        return record.plan.code


class _CoUnitsColumn(c.Column):
    def value_of(self, record):
        if record.co_children:
            return ALL_CHILDREN
        return ";".join(u.code for u in record.co_units.all())

    def cell(self, record):
        if record.co_children:
            return ALL_CHILDREN
        return "; ".join(u.short_name or u.name for u in record.co_units.all())


class _DueColumn(c.Column):
    def value_of(self, record):
        return record.due_rule or (f"{record.due_on:%d/%m/%Y}" if record.due_on else "")

    def cell(self, record):
        text = self.value_of(record)
        if record.due_on and record.due_rule and record.due_rule != f"{record.due_on:%d/%m/%Y}":
            return f"{text} ({record.due_on:%d/%m/%Y})"
        return text


class _TargetColumn(c.Column):
    def value_of(self, record):
        return record.target

    def cell(self, record):
        return record.target


class _StatusColumn(c.Column):
    def value_of(self, record):
        return record.status_on(timezone.localdate())

    def export(self, value):
        return Status(value).label

    def cell(self, record):
        return Status(self.value_of(record)).label


COLUMNS = (
    _PlanColumn(
        "ma_ke_hoach",
        ("Mã kế hoạch", "Kế hoạch", "Số kế hoạch"),
        "plan",
        c.text(80),
        required=True,
        help="Số/ký hiệu của kế hoạch (12/KH-BQLKKT) hoặc mã số của kế hoạch trong DanVan",
        sample="12/KH-BQLKKT",
        filterable=False,
    ),
    c.Column(
        "stt", ("STT", "Số thứ tự"), "number", _stt, required=True, sample="1", help="1, 2.a …"
    ),
    c.Column(
        "noi_dung",
        ("Nội dung", "Nội dung nhiệm vụ", "Nhiệm vụ"),
        "content",
        c.text(5000),
        required=True,
        sample="Báo cáo công tác dân vận chính quyền 06 tháng",
    ),
    c.Column(
        "don_vi_chu_tri",
        ("Đơn vị chủ trì", "Chủ trì", "Mã đơn vị chủ trì"),
        "unit",
        c.text(40),
        required=True,
        help="Mã đơn vị chủ trì",
    ),
    _CoUnitsColumn(
        "don_vi_phoi_hop",
        ("Đơn vị phối hợp", "Phối hợp"),
        "co_units",
        c.text(2000),
        help=f"Mã các đơn vị, cách nhau bằng «;», hoặc «{ALL_CHILDREN}»",
        sample="",
        filterable=False,
        sortable=False,
    ),
    _DueColumn(
        "han",
        ("Hạn", "Thời hạn", "Hạn hoàn thành"),
        "due_on",
        _rule,
        help="10/05/2023; trước ngày 10/5 hằng năm; hằng quý, trước ngày 15 tháng cuối quý",
        sample="trước ngày 10/5/2023",
    ),
    c.Column(
        "san_pham",
        ("Sản phẩm", "Sản phẩm đầu ra"),
        "output",
        OUTPUTS,
        help="; ".join(label for _, label in Output.choices),
        sample="Báo cáo",
    ),
    _TargetColumn(
        "chi_tieu",
        ("Chỉ tiêu",),
        "target_value",
        _target,
        help="Ví dụ: 01 mô hình",
        sample="01 mô hình",
        filterable=False,
    ),
    _StatusColumn(
        "trang_thai",
        ("Trạng thái", "Tình trạng"),
        "state",
        STATUSES,
        help="; ".join(label for _, label in Status.choices)
        + " (để trống: chưa thực hiện, hoặc hoàn thành nếu có ngày hoàn thành)",
        sample="",
        sortable=False,
        filterable=False,
    ),
    c.Column(
        "ngay_hoan_thanh",
        ("Ngày hoàn thành",),
        "done_on",
        c.date,
        help="dd/mm/yyyy; bắt buộc khi hoàn thành",
    ),
)


def status_q(status: str, day: datetime.date) -> Q:
    """The items whose status on ``day`` is ``status`` (the six statuses, worked out)."""
    open_ = Q(state__in=[State.CHUA_THUC_HIEN, State.DANG_THUC_HIEN])
    late = Q(due_on__isnull=False, due_on__lt=day)
    if status == Status.HUY:
        return Q(state=State.HUY)
    if status == Status.QUA_HAN:
        return open_ & late
    if status in (Status.CHUA_THUC_HIEN, Status.DANG_THUC_HIEN):
        return Q(state=status) & ~late
    done = Q(state=State.HOAN_THANH)
    done_late = done & Q(due_on__isnull=False, done_on__gt=models_f("due_on"))
    if status == Status.HOAN_THANH_QUA_HAN:
        return done_late
    return done & ~Q(pk__in=PlanItem.objects.filter(done_late).values("pk"))


def models_f(name: str):
    from django.db.models import F

    return F(name)


def _extra_filters() -> dict:
    def by_status(queryset, name, value):
        return queryset.filter(status_q(value, timezone.localdate()))

    return {
        "trang_thai": django_filters.ChoiceFilter(
            label="Trạng thái", choices=Status.choices, empty_label="Tất cả", method=by_status
        ),
        "nam": django_filters.NumberFilter(field_name="plan__year", label="Năm kế hoạch"),
    }


# -- the import --------------------------------------------------------------------------------


def _import_spec() -> ImportSpec:
    return ImportSpec(
        columns=tuple(
            ImportColumn(col.name, col.headers, col.parse, col.required) for col in COLUMNS
        ),
        required=frozenset({"ma_ke_hoach", "stt", "noi_dung", "don_vi_chu_tri"}),
    )


def _plans_by_code(units) -> dict[str, list[Plan]]:
    found: dict[str, list[Plan]] = {}
    for plan in Plan.objects.filter(unit__in=units).select_related("unit"):
        found.setdefault(str(plan.pk), []).append(plan)
        if plan.number:
            found.setdefault(plan.number_symbol.casefold(), []).append(plan)
    return found


def plan_items_import(data: bytes, filename: str, *, units, ignore_columns=False, ignore_how=""):
    """All or nothing: every row parsed and checked (plan, units, dates against the status),
    then items created or updated by "<plan>:<stt>"."""
    writable = {u.pk for u in units}
    plans = _plans_by_code(units)
    active = {u.code: u for u in orgunit_active(OrgUnit.objects.all())}
    today = timezone.localdate()
    state: dict = {"rows": []}

    def check(file: ImportFile) -> list[Problem]:
        problems: list[Problem] = []
        first: dict[tuple[int, str], int] = {}
        for row in file.rows:
            v, line = row.values, row.line
            bad = []
            code = (v.get("ma_ke_hoach") or "").strip()
            found = plans.get(code.casefold(), [])
            plan = found[0] if len(found) == 1 else None
            if len(found) > 1:
                bad.append(("ma_ke_hoach", code, TWO_PLANS.format(value=code)))
            elif code and plan is None:
                bad.append(("ma_ke_hoach", code, UNKNOWN_PLAN.format(value=code)))
            elif plan is not None and plan.status == PlanStatus.HUY:
                bad.append(("ma_ke_hoach", code, PLAN_CANCELLED.format(value=code)))
            lead = None
            lead_code = (v.get("don_vi_chu_tri") or "").strip()
            if lead_code:
                lead = active.get(lead_code)
                if lead is None:
                    bad.append(("don_vi_chu_tri", lead_code, UNKNOWN_UNIT.format(value=lead_code)))
            co_units, co_children = [], False
            co_text = (v.get("don_vi_phoi_hop") or "").strip()
            if co_text and normalise_children_words(co_text):
                co_children = True
            elif co_text:
                for part in [p.strip() for p in co_text.split(";") if p.strip()]:
                    if part in active:
                        co_units.append(active[part])
                    else:
                        bad.append(("don_vi_phoi_hop", part, UNKNOWN_UNIT.format(value=part)))
            stt = v.get("stt")
            if plan is not None and stt:
                key = (plan.pk, stt)
                if key in first:
                    bad.append(("stt", stt, DUPLICATE.format(stt=stt, first=first[key])))
                else:
                    first[key] = line
            rule = v.get("han")
            due = due_from_rule(rule, plan) if (rule is not None and plan is not None) else None
            done = v.get("ngay_hoan_thanh")
            status = v.get("trang_thai") or ""
            if not status and done is not None:  # a done date alone says «done»
                late = due is not None and done > due
                status = Status.HOAN_THANH_QUA_HAN if late else Status.HOAN_THANH
            label = Status(status).label if status else ""
            if status:
                if status in (Status.HOAN_THANH, Status.HOAN_THANH_QUA_HAN):
                    if done is None:
                        bad.append(("ngay_hoan_thanh", "", DONE_REQUIRED.format(status=label)))
                    elif done > today:
                        bad.append(("ngay_hoan_thanh", f"{done:%d/%m/%Y}", DONE_FUTURE))
                    elif status == Status.HOAN_THANH_QUA_HAN and due is None:
                        bad.append(("han", "", NEEDS_DUE.format(status=label)))
                    elif due is not None and status == Status.HOAN_THANH and done > due:
                        reason = DONE_LATE.format(due=f"{due:%d/%m/%Y}")
                        bad.append(("trang_thai", label, reason))
                    elif due is not None and status == Status.HOAN_THANH_QUA_HAN and done <= due:
                        reason = DONE_ON_TIME.format(due=f"{due:%d/%m/%Y}")
                        bad.append(("trang_thai", label, reason))
                elif done is not None:
                    value = f"{done:%d/%m/%Y}"
                    bad.append(("ngay_hoan_thanh", value, DONE_NOT_ALLOWED.format(status=label)))
                elif status == Status.QUA_HAN:
                    if due is None:
                        bad.append(("han", "", NEEDS_DUE.format(status=label)))
                    elif due >= today:
                        bad.append(("trang_thai", label, NOT_LATE.format(due=f"{due:%d/%m/%Y}")))
                elif (
                    status in (Status.CHUA_THUC_HIEN, Status.DANG_THUC_HIEN)
                    and due is not None
                    and due < today
                ):
                    bad.append(("trang_thai", label, LATE.format(due=f"{due:%d/%m/%Y}")))
            problems += [Problem(line, col, value, why) for col, value, why in bad]
            if row.ok and not bad and plan is not None and lead is not None:
                state["rows"].append(
                    (plan, lead, co_units, co_children, rule, due, status, done, v)
                )
        return problems

    def write(file: ImportFile) -> RegisterImportResult:
        result = RegisterImportResult()
        for plan, lead, co_units, co_children, rule, due, status, done, v in state["rows"]:
            code = f"{plan.pk}:{v['stt']}"
            item = PlanItem.objects.filter(code=code).first()
            fields = {
                "content": v["noi_dung"],
                "unit": lead,
                "number": v["stt"],
            }
            if "han" in v:
                fields["due_rule"] = rule.text if rule is not None else ""
                fields["due_on"] = due
            if "san_pham" in v:
                fields["output"] = v["san_pham"]
            if "chi_tieu" in v:
                fields["target_value"], fields["target_unit"] = v["chi_tieu"]
            if "don_vi_phoi_hop" in v:
                fields["co_children"] = co_children
            if status:
                stored = {
                    Status.HOAN_THANH: State.HOAN_THANH,
                    Status.HOAN_THANH_QUA_HAN: State.HOAN_THANH,
                    Status.HUY: State.HUY,
                    Status.QUA_HAN: (
                        item.state if item is not None and item.is_open else State.CHUA_THUC_HIEN
                    ),
                }.get(status, status)
                fields["state"] = stored
                fields["done_on"] = done if stored == State.HOAN_THANH else None
                if stored == State.HUY and not (item and item.cancel_reason):
                    fields["cancel_reason"] = CANCELLED_BY_FILE.format(name=filename)
            if item is None:
                position = (
                    plan.items.order_by("-position").values_list("position", flat=True).first() or 0
                ) + 1
                item = PlanItem.objects.create(plan=plan, code=code, position=position, **fields)
                result.created += 1
                if co_units:
                    item.co_units.set(co_units)
                continue
            if item.plan.unit_id not in writable:
                continue
            changed = {k: val for k, val in fields.items() if getattr(item, k) != val}
            co_changed = "don_vi_phoi_hop" in v and {u.pk for u in co_units} != set(
                item.co_units.values_list("pk", flat=True)
            )
            if not changed and not co_changed:
                result.unchanged += 1
                continue
            for k, val in changed.items():
                setattr(item, k, val)
            item.save()
            if co_changed:
                item.co_units.set(co_units)
            result.updated += 1
        result.keys = [f"{row[0].pk}:{row[8]['stt']}" for row in state["rows"]]
        return result

    return import_run(
        _import_spec(),
        data,
        filename,
        locks=import_lock("plan-items", "các mục kế hoạch"),
        check=check,
        write=write,
        ignore_columns=ignore_columns,
        ignore_how=ignore_how,
    )


def plan_items_spec():
    from danvan.registers.columns import RegisterSpec

    return RegisterSpec(
        slug=SLUG,
        label=LABEL,
        model=PlanItem,
        key="stt",
        columns=COLUMNS,
        date_field="due_on",
        position=200,
        importer=plan_items_import,
        generic_writes=False,
        extra_filters=_extra_filters,
    )
