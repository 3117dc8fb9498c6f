"""Bulk creation of accounts from CSV/XLSX: one row per (user, role, unit) grant.

Rows for the same username add grants to one account (the password is taken from the first
row that gives one). Validated whole first; any bad row and nothing is created.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db import transaction
from django.db.models.functions import Lower

from danvan.accounts.models import Role
from danvan.accounts.services import (
    grant_add,
    password_check,
    role_parse,
    user_create,
    username_validate,
)
from danvan.core.errors import DomainError
from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import ImportRejected, Problem
from danvan.core.tabular import read_table
from danvan.orgunits.models import OrgUnit

COLUMNS = {
    "ten_dang_nhap": ["Tên đăng nhập"],
    "mat_khau": ["Mật khẩu"],
    "ho_ten": ["Họ và tên", "Họ tên"],
    "email": ["Thư điện tử", "Email"],
    "vai_tro": ["Vai trò"],
    "ma_don_vi": ["Mã đơn vị"],
    "ca_cap_duoi": ["Cả cấp dưới", "Gồm cả cấp dưới"],
}
REQUIRED = {"ten_dang_nhap", "vai_tro", "ma_don_vi"}
TRUE_WORDS = {"1", "x", "co", "có", "true", "yes", "c"}
FALSE_WORDS = {"", "0", "khong", "không", "false", "no", "k"}

NO_ROWS = "Tệp không có dòng dữ liệu nào."
MISSING_PASSWORD = "tài khoản mới «{username}» cần mật khẩu"
UNKNOWN_UNIT = "không có đơn vị mã «{value}»"
OUT_OF_SCOPE = "đơn vị «{value}» nằm ngoài phạm vi bạn được quản trị"
BAD_BOOL = "«{value}» không phải có/không (ghi có, không, x, 1, 0)"
EXISTING_NOT_YOURS = "tài khoản «{value}» đã có và không thuộc phạm vi bạn quản trị"


SAMPLE_PASSWORD = "Doi-mat-khau-ngay-2026"


def users_template_columns(*, unit_code: str) -> list[TemplateColumn]:
    """The import template's columns; the sample row grants a clerk's role on ``unit_code``."""
    h = {name: headers[0] for name, headers in COLUMNS.items()}
    return [
        TemplateColumn(
            h["ten_dang_nhap"],
            "Tên đăng nhập: chữ không dấu, số, dấu chấm, gạch dưới. Nhiều dòng cùng tên đăng "
            "nhập là nhiều quyền của một tài khoản",
            required=True,
            sample="nguyen.van.mau",
        ),
        TemplateColumn(
            h["mat_khau"],
            "Mật khẩu ban đầu của tài khoản mới (ít nhất 10 ký tự, không quá phổ biến); "
            "tài khoản đã có thì để trống",
            sample=SAMPLE_PASSWORD,
        ),
        TemplateColumn(h["ho_ten"], "Họ và tên người dùng", sample="Nguyễn Văn Mẫu"),
        TemplateColumn(h["email"], "Thư điện tử nhận thông báo (không bắt buộc)"),
        TemplateColumn(
            h["vai_tro"],
            "Vai trò của quyền này",
            required=True,
            choices=tuple(role.label for role in Role),
            sample=Role.CHUYEN_VIEN.label,
        ),
        TemplateColumn(
            h["ma_don_vi"],
            "Mã đơn vị được giao quyền (trong phạm vi bạn quản trị)",
            required=True,
            sample=unit_code,
        ),
        TemplateColumn(
            h["ca_cap_duoi"],
            "Có: quyền trên cả các đơn vị cấp dưới; không: chỉ đơn vị này",
            choices=("có", "không"),
            sample="không",
        ),
    ]


@dataclass
class UsersImportResult:
    created: list[str] = field(default_factory=list)
    grants_added: int = 0


def users_import(
    data: bytes, filename: str, *, allowed_codes: set[str] | None = None, manageable=None
) -> UsersImportResult:
    table = read_table(data, filename, COLUMNS, required=REQUIRED)
    if not table.rows:
        raise DomainError(NO_ROWS)
    User = get_user_model()
    units = {u.code: u for u in OrgUnit.objects.all()}
    problems: list[Problem] = []
    accounts: dict[str, dict] = {}
    for row in table.rows:
        v = row.values
        username = v.get("ten_dang_nhap", "")
        try:
            username_validate(username)
        except DomainError as error:
            problems.append(Problem(row.line, "ten_dang_nhap", username, error.message))
            continue
        account = accounts.setdefault(
            username.lower(),
            {
                "username": username,
                "password": "",
                "name": "",
                "email": "",
                "grants": [],
                "line": row.line,
            },
        )
        account["password"] = account["password"] or v.get("mat_khau", "")
        account["name"] = account["name"] or v.get("ho_ten", "")
        account["email"] = account["email"] or v.get("email", "")
        try:
            role = role_parse(v.get("vai_tro", ""))
        except DomainError as error:
            problems.append(Problem(row.line, "vai_tro", v.get("vai_tro", ""), error.message))
            role = None
        code = v.get("ma_don_vi", "")
        unit = units.get(code)
        if unit is None:
            problems.append(Problem(row.line, "ma_don_vi", code, UNKNOWN_UNIT.format(value=code)))
        elif allowed_codes is not None and code not in allowed_codes:
            problems.append(Problem(row.line, "ma_don_vi", code, OUT_OF_SCOPE.format(value=code)))
        flag = v.get("ca_cap_duoi", "").strip().lower()
        if flag not in TRUE_WORDS | FALSE_WORDS:
            problems.append(Problem(row.line, "ca_cap_duoi", flag, BAD_BOOL.format(value=flag)))
        if role is not None and unit is not None:
            account["grants"].append((role, unit, flag in TRUE_WORDS))
    # Usernames are unique without regard to case (see services.user_create).
    existing = {
        u.username.lower(): u
        for u in User.objects.annotate(key=Lower("username")).filter(key__in=list(accounts))
    }
    for key, account in accounts.items():
        user = existing.get(key)
        if user is None:
            if not account["password"]:
                problems.append(
                    Problem(
                        account["line"],
                        "mat_khau",
                        "",
                        MISSING_PASSWORD.format(username=account["username"]),
                    )
                )
                continue
            try:
                password_check(
                    account["password"],
                    user=User(username=account["username"], first_name=account["name"]),
                )
            except DomainError as error:
                problems.append(Problem(account["line"], "mat_khau", "***", error.message))
        elif manageable is not None and not manageable.filter(pk=user.pk).exists():
            problems.append(
                Problem(
                    account["line"],
                    "ten_dang_nhap",
                    account["username"],
                    EXISTING_NOT_YOURS.format(value=account["username"]),
                )
            )
    if problems:
        raise ImportRejected(problems, COLUMNS)
    result = UsersImportResult()
    with transaction.atomic():
        for key, account in accounts.items():
            user = existing.get(key)
            if user is None:
                user = user_create(
                    username=account["username"],
                    password=account["password"],
                    full_name=account["name"],
                    email=account["email"],
                )
                result.created.append(user.username)
            for role, unit, subtree in account["grants"]:
                grant_add(user=user, role=Role(role), unit=unit, include_subtree=subtree)
                result.grants_added += 1
    return result
