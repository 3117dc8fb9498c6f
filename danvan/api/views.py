"""The REST API, /api/v1/. Each domain app contributes a router; this module only assembles."""

from django.contrib.auth import authenticate
from django.core.exceptions import PermissionDenied
from django.http import Http404
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer

from danvan.accounts.services import api_token_create
from danvan.api.auth import BearerToken
from danvan.checker.api import router as checker_router
from danvan.core.api import (
    CODE_BAD_BODY,
    CODE_NOT_AUTHENTICATED,
    StrictIn,
    error_body,
    errors,
    validation_detail,
    validation_problems,
)
from danvan.core.errors import DomainError, Forbidden, Invalid, NotFound, error_status
from danvan.documents.api import router as documents_router
from danvan.dossiers.api import router as dossiers_router
from danvan.indicators.api import router as indicators_router
from danvan.notifications.api import router as notifications_router
from danvan.orgunits.api import router as orgunits_router
from danvan.periods.api import router as periods_router
from danvan.registers.api import router as registers_router
from danvan.registers.trash_api import router as trash_router
from danvan.reporting.api import router as reporting_router
from danvan.worklist.api import router as worklist_router

BAD_LOGIN = "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị khóa tạm thời."
NOT_AUTHENTICATED = "Cần đăng nhập: gửi tiêu đề Authorization: Bearer <mã truy cập>."
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."
FORBIDDEN = "Bạn không có quyền làm việc này."
BAD_BODY = "Nội dung gửi lên không phải JSON hợp lệ theo mô tả của API (xem /api/v1/docs)."
# Statuses of HttpError raised by ninja itself (or by a route) → the stable code.
HTTP_CODES = {
    400: CODE_BAD_BODY,
    401: CODE_NOT_AUTHENTICATED,
    403: Forbidden.code,
    404: NotFound.code,
}


class VietnameseJSONRenderer(JSONRenderer):
    """Vietnamese text as UTF-8 in the body ("Sở Nội vụ"), not as \\u escapes."""

    media_type = "application/json"  # ninja adds the charset
    json_dumps_params = {"ensure_ascii": False}


class DanVanAPI(NinjaAPI):
    def validation_error_from_error_contexts(self, error_contexts) -> ValidationError:
        """Pydantic's errors as Vietnamese ProblemOut dicts (the unknown field named with the
        accepted ones), instead of ninja's English ones."""
        problems = []
        for context in error_contexts:
            model = context.model
            raw = []
            for error in context.pydantic_validation_error.errors(include_url=False):
                error = dict(error)
                error["loc"] = (model.__ninja_param_source__,) + (
                    model.__ninja_flatten_map_reverse__.get(error["loc"], error["loc"])
                )
                raw.append(error)
            problems += validation_problems(raw, model)
        return ValidationError(problems)


api = DanVanAPI(
    renderer=VietnameseJSONRenderer(),
    title="DanVan API",
    version="1",
    description="API của DanVan: đơn vị, sổ theo dõi, báo cáo. Xác thực bằng Bearer token.",
    auth=BearerToken(),
    urls_namespace="api-v1",
    docs_url="/docs",
)


class TokenIn(StrictIn):
    username: str
    password: str


class TokenOut(Schema):
    token: str


@api.post(
    "/auth/token",
    auth=None,
    response={200: TokenOut, **errors()},
    summary="Lấy mã truy cập",
    tags=["Xác thực"],
)
def auth_token(request, payload: TokenIn):
    # authenticate() with the request lets django-axes count failures and lock out guessers.
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None or not user.is_active:
        return Status(401, {"detail": BAD_LOGIN, "code": CODE_NOT_AUTHENTICATED})
    return Status(200, {"token": api_token_create(user=user)})


def _error(request, status: int, body: dict):
    return api.create_response(request, {"problems": [], **body}, status=status)


# The one error path of the API (decision 0024): every refusal leaves through these handlers
# as {"detail": Vietnamese, "code": stable, "problems": [...], "current": {...} on a 409}.
@api.exception_handler(DomainError)
def _domain_error(request, exc: DomainError):
    return _error(request, error_status(exc), error_body(exc))


@api.exception_handler(Http404)
def _not_found(request, exc):
    # access_unit() and friends raise Http404 with a Vietnamese message; ninja's own is English.
    message = str(exc) if exc.args and str(exc) else NOT_FOUND
    return _error(request, 404, {"detail": message, "code": NotFound.code})


@api.exception_handler(PermissionDenied)
def _forbidden(request, exc):
    message = str(exc) if exc.args and str(exc) else FORBIDDEN
    return _error(request, 403, {"detail": message, "code": Forbidden.code})


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return _error(request, 401, {"detail": NOT_AUTHENTICATED, "code": CODE_NOT_AUTHENTICATED})


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    problems = exc.errors
    return _error(
        request,
        422,
        {"detail": validation_detail(problems), "code": Invalid.code, "problems": problems},
    )


@api.exception_handler(HttpError)
def _http_error(request, exc):
    code = HTTP_CODES.get(exc.status_code, DomainError.code)
    message = BAD_BODY if exc.message.startswith("Cannot parse request body") else exc.message
    return _error(request, exc.status_code, {"detail": message, "code": code})


api.add_router("/units", orgunits_router)
api.add_router("/units", indicators_router)
api.add_router("/periods", periods_router)
api.add_router("/dossiers", dossiers_router)
api.add_router("/registers", registers_router)
api.add_router("/trash", trash_router)
api.add_router("/reporting", reporting_router)
api.add_router("/notifications", notifications_router)
api.add_router("/documents", documents_router)
api.add_router("/checker", checker_router)
api.add_router("/worklist", worklist_router)
