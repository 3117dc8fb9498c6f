"""Loads the demo province. Each step is idempotent; a later issue adds its own step (demo
dossiers, receptions …) to :data:`STEPS` and re-running ``danvan demo load`` fills it in."""

from collections.abc import Callable

from django.apps import apps
from django.contrib.auth import get_user_model
from django.db import transaction

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.accounts.models import Role
from danvan.accounts.services import grant_add, user_create
from danvan.calendars.models import CalendarDay
from danvan.demo import province
from danvan.demo.democracy import load_democracy
from danvan.demo.emulation import load_emulation
from danvan.demo.indicators import load_admin_indicators
from danvan.demo.inspections import load_inspections
from danvan.demo.overview import load_overview
from danvan.demo.plans import load_plans
from danvan.demo.registers import (
    ACTIVITY_ROWS,
    CUSTOM_FIELD,
    CUSTOM_VALUES,
    dossiers_csv,
    petitions_csv,
    procedures_load,
)
from danvan.demo.registers import csv_bytes as activity_csv
from danvan.demo.reporting import load_reporting, load_reporting_current
from danvan.dossiers.spec import DOSSIERS
from danvan.indicators.defaults import seed_defaults
from danvan.indicators.models import TypedIndicator
from danvan.indicators.services import typed_values_set
from danvan.orgunits import services as orgunit_services
from danvan.orgunits.models import OrgUnit
from danvan.orgunits.selectors import orgunit_version_as_of
from danvan.periods.values import Period
from danvan.petitions.defaults import seed_deadline_rules
from danvan.registers.custom_services import custom_field_create
from danvan.registers.importing import register_import
from danvan.registers.models import CustomField
from danvan.registers.registry import registers
from danvan.registers.services import register_record_update
from danvan.reporting.type_defaults import seed_report_types


def load_units() -> str:
    created = 0
    for code, name, short, kind, parent, start, end in province.UNITS:
        if OrgUnit.objects.filter(code=code).exists():
            continue
        orgunit_services.orgunit_create(
            code=code,
            name=name,
            short_name=short,
            kind=kind,
            parent=OrgUnit.objects.get(code=parent) if parent else None,
            valid_from=start,
            valid_to=end,
        )
        created += 1
    return f"{created} đơn vị mới"


def load_history() -> str:
    done = 0
    for code, name, short, effective, note in province.RENAMES:
        unit = OrgUnit.objects.get(code=code)
        if not unit.versions.filter(valid_from=effective).exists():
            orgunit_services.orgunit_rename(
                unit=unit, name=name, short_name=short, effective=effective, note=note
            )
            done += 1
    for sources, target, effective in province.MERGES:
        pending = [
            unit for unit in OrgUnit.objects.filter(code__in=sources, merged_into__isnull=True)
        ]
        if pending:
            orgunit_services.orgunit_merge(
                sources=pending, target=OrgUnit.objects.get(code=target), effective=effective
            )
            done += 1
    return f"{done} lần đổi tên, sáp nhập"


def load_letterheads() -> str:
    """After the history (a rename or a move starts a version with a letterhead of its own)."""

    changed = 0
    for code, day, symbol, with_parent, place, parent_lines, issuer_lines in province.LETTERHEADS:
        unit = OrgUnit.objects.get(code=code)
        version = orgunit_version_as_of(unit, day)
        fields = orgunit_services.LETTERHEAD_FIELDS
        before = [getattr(version, f) for f in fields] if version else None
        version = orgunit_services.orgunit_letterhead_set(
            unit=unit,
            symbol=symbol,
            symbol_with_parent=with_parent,
            place_name=place,
            parent_header=parent_lines,
            issuer_header=issuer_lines,
            day=day,
        )
        changed += before != [getattr(version, f) for f in fields]
    return f"{changed} thể thức văn bản"


def load_users() -> str:
    User = get_user_model()
    created = 0
    for username, full_name, grants in province.USERS:
        user = User.objects.filter(username=username).first()
        if user is None:
            user = user_create(
                username=username, password=province.DEMO_PASSWORD, full_name=full_name
            )
            created += 1
        for role, code, subtree in grants:
            grant_add(
                user=user,
                role=Role(role),
                unit=OrgUnit.objects.get(code=code),
                include_subtree=subtree,
            )
    return f"{created} tài khoản mới"


def load_emails() -> str:
    """Demo addresses, set last so that loading sends no mail; from then on every notification
    is also printed as an e-mail by the console backend of the demo."""
    User = get_user_model()
    users = User.objects.filter(username__in=[u for u, _, _ in province.USERS], email="")
    count = 0
    for user in users:
        user.email = f"{user.username}@danvan.local"
        user.save(update_fields=["email"])
        count += 1
    return f"{count} địa chỉ thư (@danvan.local)"


def load_calendar() -> str:
    created = 0
    for day, kind, note in province.CALENDAR_DAYS:
        _, new = CalendarDay.objects.get_or_create(day=day, defaults={"kind": kind, "note": note})
        created += new
    return f"{created} ngày điều chỉnh"


def load_dossiers() -> str:
    procedures_load()
    result = register_import(
        DOSSIERS, dossiers_csv(), "ho-so-mau.csv", units=access_register_units(SYSTEM)
    )
    return f"{result.created} hồ sơ mới, {result.unchanged} không đổi"


def load_registers() -> str:
    specs = registers()
    units = access_register_units(SYSTEM)
    created = register_import(specs["petitions"], petitions_csv(), "don-thu.csv", units=units)
    total = created.created
    for slug, (header, rows) in ACTIVITY_ROWS.items():
        data = activity_csv(header, rows)
        total += register_import(specs[slug], data, f"{slug}.csv", units=units).created
    board = OrgUnit.objects.get(code="BQLKKT")
    typed = {t.code: t for t in TypedIndicator.objects.all()}
    typed_values_set(
        unit=board,
        period=Period.parse("2021"),
        entries={typed[code]: text for code, text in TYPED_2021.items()},
    )
    return f"{total} bản ghi mới"


# The typed-in items of the sample's 2021 appendix (online services 45/67, income per head).
TYPED_2021 = {
    "DVC_MUC_DO_3": "0",
    "DVC_MUC_DO_4": "45",
    "DVC_TONG": "67",
    "THU_NHAP_BQ": "60.000.000",
}


def load_custom_fields() -> str:
    """The demo's custom field and its values, through the services (idempotent)."""
    spec = registers()[CUSTOM_FIELD["register_slug"]]
    field = CustomField.objects.filter(
        register_slug=spec.slug, label=CUSTOM_FIELD["label"]
    ).first() or custom_field_create(user=SYSTEM, **CUSTOM_FIELD)
    changed = 0
    for record in spec.model.objects.filter(code__in=CUSTOM_VALUES):
        value = CUSTOM_VALUES[record.code]
        if (record.custom or {}).get(field.code) != value:
            register_record_update(spec, record, {"custom": {field.code: value}})
            changed += 1
    return f"«{field.label}» của {spec.label.lower()}, {changed} giá trị mới"


def load_defaults() -> str:
    """The catalogue's defaults (also seeded by migrations): back if a database lost them."""
    seed_defaults(apps.get_model)
    seed_deadline_rules(apps.get_model)
    seed_report_types(apps.get_model)
    return "quy tắc kiểm tra, chỉ tiêu nhập tay, biểu mẫu, thời hạn giải quyết đơn, loại báo cáo"


STEPS: list[tuple[str, Callable[[], str]]] = [
    ("Danh mục mặc định", load_defaults),
    ("Cây đơn vị", load_units),
    ("Lịch sử đơn vị", load_history),
    ("Thể thức văn bản", load_letterheads),
    ("Người dùng", load_users),
    ("Lịch làm việc", load_calendar),
    ("Hồ sơ TTHC", load_dossiers),
    ("Sổ đơn thư, tiếp công dân và các sổ khác", load_registers),
    ("Trường bổ sung", load_custom_fields),
    ("Chỉ tiêu do quản trị định nghĩa", load_admin_indicators),
    ("Yêu cầu báo cáo năm 2021", load_reporting),
    ("Yêu cầu báo cáo kỳ hiện tại", load_reporting_current),
    ("Kế hoạch công tác dân vận năm 2023", load_plans),
    ("Tiếp công dân định kỳ của lãnh đạo", load_overview),
    ("Kiểm tra cải cách hành chính năm 2023 và kiến nghị", load_inspections),
    ("Thực hiện dân chủ ở cơ sở năm 2023", load_democracy),
    ("Phong trào thi đua thực hiện văn hóa công sở 2019 – 2025 và khen thưởng", load_emulation),
    ("Địa chỉ thư", load_emails),
]


@transaction.atomic
def demo_load() -> list[tuple[str, str]]:
    return [(label, step()) for label, step in STEPS]


def demo_logins() -> list[tuple[str, str, str]]:
    rows = []
    for username, full_name, grants in province.USERS:
        role, code, subtree = grants[0]
        scope = " và cấp dưới" if subtree else ""
        rows.append((username, Role(role).label, f"{code}{scope} — {full_name}"))
    return rows
