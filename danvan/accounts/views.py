from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.http import Http404
from django.shortcuts import redirect, render
from django.views.decorators.http import require_POST

from danvan.accounts import services, throttle
from danvan.accounts.access import access_is_province_admin, access_units, access_user_accounts
from danvan.accounts.decorators import role_required
from danvan.accounts.forms import GrantForm, LoginForm, PasswordForm, UserCreateForm
from danvan.accounts.importing import users_import, users_template_columns
from danvan.accounts.models import Role, RoleGrant
from danvan.core.errors import DomainError
from danvan.core.import_templates import template_response
from danvan.core.importing import import_upload_page
from danvan.orgunits.selectors import orgunit_active

ADMIN = [Role.QUAN_TRI]
LIFTED = "Đã mở khóa đăng nhập cho «{who}»."


class LoginView(auth_views.LoginView):
    """The login page: a throttled attempt answers 429 with when to try again; a success
    makes this browser a trusted device of the account (accounts/throttle.py)."""

    template_name = "registration/login.html"
    authentication_form = LoginForm
    redirect_authenticated_user = True

    def form_valid(self, form):
        response = super().form_valid(form)
        throttle.device_cookie_set(response, self.request, form.get_user())
        return response

    def form_invalid(self, form):
        response = super().form_invalid(form)
        if form.throttled is not None:
            response.status_code = 429
        return response


LOCKOUT_NOT_FOUND = "Không tìm thấy lần tạm khóa này, hoặc nó đã hết hiệu lực."
ACCOUNT_NOT_FOUND = "Không tìm thấy tài khoản, hoặc tài khoản nằm ngoài phạm vi bạn quản trị."


def _admin_units(request):
    return orgunit_active(access_units(request.user, roles=ADMIN))


def _account(request, pk):
    user = access_user_accounts(request.user).filter(pk=pk).first()
    if user is None:
        raise Http404(ACCOUNT_NOT_FOUND)
    return user


@role_required(*ADMIN)
def user_list(request):
    query = request.GET.get("q", "").strip()
    users = access_user_accounts(request.user).prefetch_related("grants__unit")
    if query:
        users = users.filter(username__icontains=query) | users.filter(first_name__icontains=query)
    return render(
        request, "accounts/list.html", {"users": users.order_by("username"), "query": query}
    )


@role_required(*ADMIN)
def user_create(request):
    units = _admin_units(request)
    form = UserCreateForm(request.POST or None, units=units)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        unit = units.get(code=data["unit"])
        try:
            user = services.user_create(
                username=data["username"],
                password=data["password"],
                full_name=data["full_name"],
                email=data["email"],
                grants=[(Role(data["role"]), unit, data["include_subtree"])],
            )
        except DomainError as error:
            form.add_error(None, error.message)
        else:
            messages.success(request, f"Đã tạo tài khoản «{user.username}».")
            return redirect("accounts:detail", pk=user.pk)
    return render(request, "accounts/create.html", {"form": form})


@role_required(*ADMIN)
def user_detail(request, pk):
    account = _account(request, pk)
    context = {
        "account": account,
        "grants": account.grants.select_related("unit").order_by("unit__path"),
        "grant_form": GrantForm(units=_admin_units(request)),
        "password_form": PasswordForm(),
    }
    return render(request, "accounts/detail.html", context)


@require_POST
@role_required(*ADMIN)
def grant_add(request, pk):
    account = _account(request, pk)
    units = _admin_units(request)
    form = GrantForm(request.POST, units=units)
    if form.is_valid():
        data = form.cleaned_data
        services.grant_add(
            user=account,
            role=Role(data["role"]),
            unit=units.get(code=data["unit"]),
            include_subtree=data["include_subtree"],
        )
        messages.success(request, "Đã thêm quyền.")
    else:
        messages.error(request, "Vai trò hoặc đơn vị không hợp lệ.")
    return redirect("accounts:detail", pk=account.pk)


@require_POST
@role_required(*ADMIN)
def grant_remove(request, pk, grant_pk):
    account = _account(request, pk)
    grant = RoleGrant.objects.filter(
        pk=grant_pk, user=account, unit__in=access_units(request.user, roles=ADMIN)
    ).first()
    if grant is None:
        raise Http404(ACCOUNT_NOT_FOUND)
    services.grant_remove(grant=grant)
    messages.success(request, "Đã bỏ quyền.")
    return redirect("accounts:detail", pk=account.pk)


@require_POST
@role_required(*ADMIN)
def set_password(request, pk):
    account = _account(request, pk)
    form = PasswordForm(request.POST)
    if form.is_valid():
        try:
            services.user_set_password(user=account, password=form.cleaned_data["password"])
        except DomainError as error:
            messages.error(request, error.message)
        else:
            messages.success(request, "Đã đặt mật khẩu mới.")
    return redirect("accounts:detail", pk=account.pk)


@require_POST
@role_required(*ADMIN)
def set_active(request, pk):
    account = _account(request, pk)
    if account.pk == request.user.pk:
        messages.error(request, "Không thể tự khóa tài khoản của chính mình.")
    else:
        active = request.POST.get("active") == "1"
        services.user_set_active(user=account, active=active)
        messages.success(request, "Đã mở khóa tài khoản." if active else "Đã khóa tài khoản.")
    return redirect("accounts:detail", pk=account.pk)


@role_required(*ADMIN)
def import_file(request):
    allowed = None
    if not request.user.is_superuser:
        allowed = set(_admin_units(request).values_list("code", flat=True))
    manageable = access_user_accounts(request.user)
    return import_upload_page(
        request,
        "accounts/import.html",
        lambda data, name, **options: users_import(
            data, name, allowed_codes=allowed, manageable=manageable, **options
        ),
    )


@role_required(*ADMIN)
def import_template(request):
    """The import template; its sample row grants a clerk's role on the first unit the
    administrator manages."""
    unit = _admin_units(request).order_by("path").first()
    return template_response(
        "mau-nhap-nguoi-dung",
        "Người dùng và quyền",
        users_template_columns(unit_code=unit.code if unit else ""),
        request.GET.get("dinh_dang", "xlsx"),
    )


@role_required(*ADMIN)
def lockout_list(request):
    """«Tạm khóa đăng nhập»: the lock-outs in force over the accounts this administrator
    manages (and, for a province administrator, over addresses), each with «Mở khóa»."""
    addresses = access_is_province_admin(request.user)
    managed = access_user_accounts(request.user).values("username")
    if request.method == "POST":
        row = (
            throttle.lockout_active(usernames=managed, addresses=addresses)
            .filter(pk=request.POST.get("khoa"))
            .first()
        )
        if row is None:
            raise Http404(LOCKOUT_NOT_FOUND)
        throttle.lockout_lift(throttle=row, by=request.user.get_username())
        messages.success(request, LIFTED.format(who=row.username or row.key))
        return redirect("accounts:lockouts")
    rows = throttle.lockout_active(usernames=managed, addresses=addresses)
    return render(request, "accounts/lockouts.html", {"rows": rows})
