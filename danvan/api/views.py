"""The REST API, /api/v1/. Each domain app contributes a router; this module only assembles."""

from django.contrib.auth import authenticate
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer

from danvan.accounts.services import api_token_create
from danvan.api.auth import BearerToken
from danvan.api.schemas import ErrorOut
from danvan.checker.api import router as checker_router
from danvan.documents.api import router as documents_router
from danvan.dossiers.api import router as dossiers_router
from danvan.indicators.api import catalogue_router as indicator_catalogue_router
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
INVALID_INPUT = "Dữ liệu gửi lên không hợp lệ."


class VietnameseJSONRenderer(JSONRenderer):
    """Vietnamese text as UTF-8 in the body ("Sở Nội vụ"), not as \\u escapes."""

    media_type = "application/json"  # ninja adds the charset
    json_dumps_params = {"ensure_ascii": False}


api = NinjaAPI(
    renderer=VietnameseJSONRenderer(),
    title="DanVan API",
    version="1",
    description="API của DanVan: đơn vị, sổ theo dõi, báo cáo. Xác thực bằng Bearer token.",
    auth=BearerToken(),
    urls_namespace="api-v1",
    docs_url="/docs",
)


class TokenIn(Schema):
    username: str
    password: str


class TokenOut(Schema):
    token: str


@api.post(
    "/auth/token",
    auth=None,
    response={200: TokenOut, 401: ErrorOut},
    summary="Lấy mã truy cập",
    tags=["Xác thực"],
)
def auth_token(request, payload: TokenIn):
    # authenticate() with the request lets django-axes count failures and lock out guessers.
    user = authenticate(request, username=payload.username, password=payload.password)
    if user is None or not user.is_active:
        return Status(401, {"detail": BAD_LOGIN})
    return Status(200, {"token": api_token_create(user=user)})


@api.exception_handler(AuthenticationError)
def _unauthenticated(request, exc):
    return api.create_response(request, {"detail": NOT_AUTHENTICATED}, status=401)


@api.exception_handler(ValidationError)
def _invalid(request, exc):
    return api.create_response(request, {"detail": INVALID_INPUT, "errors": exc.errors}, status=422)


@api.exception_handler(HttpError)
def _http_error(request, exc):
    return api.create_response(request, {"detail": exc.message}, status=exc.status_code)


api.add_router("/units", orgunits_router)
api.add_router("/units", indicators_router)
api.add_router("/indicators", indicator_catalogue_router)
api.add_router("/periods", periods_router)
api.add_router("/dossiers", dossiers_router)
api.add_router("/registers", registers_router)
api.add_router("/trash", trash_router)
api.add_router("/reporting", reporting_router)
api.add_router("/notifications", notifications_router)
api.add_router("/documents", documents_router)
api.add_router("/checker", checker_router)
api.add_router("/worklist", worklist_router)
