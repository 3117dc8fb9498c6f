"""Bulk creation of accounts from CSV/XLSX: one row per (user, role, unit) grant.

Rows for the same username add grants to one account (the password is taken from the first
row that gives one). Validated whole first; any bad row and nothing is created.
"""

from dataclasses import dataclass, field

from django.contrib.auth import get_user_model
from django.db.models.functions import Lower

from danvan.accounts.models import Role, RoleGrant
from danvan.accounts.services import (
    grant_add,
    password_check,
    role_parse,
    user_create,
    username_validate,
)
from danvan.core.errors import DomainError
from danvan.core.import_templates import TemplateColumn
from danvan.core.importing import (
    ImportFile,
    ImportOutcome,
    ImportSpec,
    Problem,
    import_lock,
    import_run,
)
from danvan.core.parsing import parse_bool
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

MISSING_PASSWORD = "tài khoản mới «{username}» cần mật khẩu"
UNKNOWN_UNIT = "không có đơn vị mã «{value}»"
OUT_OF_SCOPE = "đơn vị «{value}» nằm ngoài phạm vi bạn được quản trị"
EXISTING_NOT_YOURS = "tài khoản «{value}» đã có và không thuộc phạm vi bạn quản trị"


SAMPLE_PASSWORD = "Doi-mat-khau-ngay-2026"
SPEC = ImportSpec.from_headers(
    COLUMNS,
    parsers={
        "ten_dang_nhap": username_validate,
        "mat_khau": str,  # a password is kept exactly as typed
        "vai_tro": role_parse,
        "ca_cap_duoi": parse_bool,
    },
    required=REQUIRED,
)


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
class UsersImportResult(ImportOutcome):
    created: list[str] = field(default_factory=list)
    grants_added: int = 0  # grants written by the file (new, or with a changed «Cả cấp dưới»)
    grants_unchanged: int = 0

    @property
    def changed(self) -> bool:
        return bool(self.created or self.grants_added)


def users_import(
    data: bytes,
    filename: str,
    *,
    allowed_codes: set[str] | None = None,
    manageable=None,
    ignore_columns: bool = False,
    ignore_how: str = "",
) -> UsersImportResult:
    accounts: dict[str, dict] = {}
    existing: dict = {}

    def check(file: ImportFile) -> list[Problem]:
        return _check(file, accounts, existing, allowed_codes, manageable)

    def write(file: ImportFile) -> UsersImportResult:
        result = UsersImportResult()
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
                same = RoleGrant.objects.filter(
                    user=user, role=role, unit=unit, include_subtree=subtree
                ).exists()
                if same:
                    result.grants_unchanged += 1
                    continue
                grant_add(user=user, role=Role(role), unit=unit, include_subtree=subtree)
                result.grants_added += 1
        return result

    return import_run(
        SPEC,
        data,
        filename,
        locks=import_lock("accounts", "danh sách tài khoản"),
        check=check,
        write=write,
        ignore_columns=ignore_columns,
        ignore_how=ignore_how,
    )


def _check(file: ImportFile, accounts: dict, existing: dict, allowed_codes, manageable):
    """Rows of one username make one account; units known and in scope; a new account has a
    strong password, an existing one is one the administrator manages."""
    User = get_user_model()
    units = {u.code: u for u in OrgUnit.objects.all()}
    problems: list[Problem] = []
    for row in file.rows:
        v = row.values
        username = v.get("ten_dang_nhap")
        if not username:
            continue  # its problem is already reported
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
        code = v.get("ma_don_vi", "")
        unit = units.get(code) if code else None
        if code and unit is None:
            problems.append(Problem(row.line, "ma_don_vi", code, UNKNOWN_UNIT.format(value=code)))
        elif unit is not None and allowed_codes is not None and code not in allowed_codes:
            problems.append(Problem(row.line, "ma_don_vi", code, OUT_OF_SCOPE.format(value=code)))
        role = v.get("vai_tro")
        if row.ok and role is not None and unit is not None:
            account["grants"].append((role, unit, v.get("ca_cap_duoi", False)))
    # Usernames are unique without regard to case (see services.user_create).
    existing.update(
        {
            u.username.lower(): u
            for u in User.objects.annotate(key=Lower("username")).filter(key__in=list(accounts))
        }
    )
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
    return problems
