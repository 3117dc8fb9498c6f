"""Writes to accounts and grants."""

import datetime
import hashlib
import secrets
from collections.abc import Sequence

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models import Field
from django.utils import timezone

from danvan.accounts.models import ApiToken, Role, RoleGrant
from danvan.core.errors import DomainError
from danvan.orgunits.models import OrgUnit

USERNAME_TAKEN = "Tên đăng nhập «{username}» đã có người dùng."
USERNAME_BAD = "Tên đăng nhập «{username}» không hợp lệ: dùng chữ không dấu, số và . _ - @."
UNKNOWN_ROLE = "Vai trò «{role}» không có; chọn một trong: {roles}."
UNKNOWN_UNIT = "Không có đơn vị mã «{code}»."
WEAK_PASSWORD = "Mật khẩu chưa đạt: {reasons}"


def role_parse(value: str) -> Role:
    value = (value or "").strip().lower()
    for role in Role:
        if value in {role.value, role.label.lower()}:
            return role
    raise DomainError(UNKNOWN_ROLE.format(role=value, roles=", ".join(r.label for r in Role)))


def unit_by_code(code: str) -> OrgUnit:
    unit = OrgUnit.objects.filter(code=(code or "").strip()).first()
    if unit is None:
        raise DomainError(UNKNOWN_UNIT.format(code=code))
    return unit


def password_check(password: str, user=None) -> None:
    try:
        validate_password(password, user=user)
    except ValidationError as error:
        raise DomainError(WEAK_PASSWORD.format(reasons=" ".join(error.messages)))


def username_validate(username: str) -> str:
    """The username's form only (letters without diacritics, digits, . _ - @)."""
    username = (username or "").strip()
    User = get_user_model()
    field = User._meta.get_field(User.USERNAME_FIELD)
    assert isinstance(field, Field)  # USERNAME_FIELD names a column, never a relation
    try:
        for validator in field.validators:
            validator(username)
    except ValidationError:
        raise DomainError(USERNAME_BAD.format(username=username))
    # Django accepts any Unicode letter; office keyboards and other systems do not.
    if not username or not username.isascii():
        raise DomainError(USERNAME_BAD.format(username=username))
    return username


def _username_check(username: str) -> str:
    username = username_validate(username)
    User = get_user_model()
    if User.objects.filter(username__iexact=username).exists():
        raise DomainError(USERNAME_TAKEN.format(username=username))
    return username


@transaction.atomic
def user_create(
    *,
    username: str,
    password: str,
    full_name: str = "",
    email: str = "",
    grants: Sequence[tuple[Role, OrgUnit, bool]] = (),
):
    username = _username_check(username)
    User = get_user_model()
    probe = User(username=username, first_name=full_name, email=email)
    password_check(password, user=probe)
    user = User.objects.create_user(
        username=username, password=password, email=email.strip(), first_name=full_name.strip()
    )
    for role, unit, subtree in grants:
        grant_add(user=user, role=role, unit=unit, include_subtree=subtree)
    return user


def grant_add(*, user, role: Role, unit: OrgUnit, include_subtree: bool = False) -> RoleGrant:
    grant, created = RoleGrant.objects.get_or_create(
        user=user, role=role, unit=unit, defaults={"include_subtree": include_subtree}
    )
    if not created and grant.include_subtree != include_subtree:
        grant.include_subtree = include_subtree
        grant.save()
    return grant


def grant_remove(*, grant: RoleGrant) -> None:
    grant.delete()


def user_set_password(*, user, password: str) -> None:
    password_check(password, user=user)
    user.set_password(password)
    user.save()


def user_set_active(*, user, active: bool) -> None:
    user.is_active = active
    user.save()


def _token_hash(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def api_token_create(*, user) -> str:
    """Issue a bearer token; only its hash is kept, so it is returned here once."""
    token = secrets.token_urlsafe(32)
    ApiToken.objects.create(
        user=user,
        key_hash=_token_hash(token),
        prefix=token[:8],
        expires_at=timezone.now() + datetime.timedelta(days=settings.DANVAN_API_TOKEN_DAYS),
    )
    return token


def api_token_user(token: str):
    """The active user a bearer token belongs to, or None (unknown, expired or revoked)."""
    if not token:
        return None
    found = (
        ApiToken.objects.select_related("user")
        .filter(key_hash=_token_hash(token), revoked=False, expires_at__gt=timezone.now())
        .first()
    )
    if found is None or not found.user.is_active:
        return None
    now = timezone.now()
    if found.last_used_at is None or now - found.last_used_at > datetime.timedelta(minutes=5):
        ApiToken.objects.filter(pk=found.pk).update(last_used_at=now)
    return found.user
