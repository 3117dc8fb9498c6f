"""The REST API, /api/v1/. Each domain app contributes a router; this module only assembles."""

import logging

from django.conf import settings
from django.core.exceptions import PermissionDenied, RequestDataTooBig
from django.http import Http404
from ninja import NinjaAPI, Schema, Status
from ninja.errors import AuthenticationError, HttpError, ValidationError
from ninja.renderers import JSONRenderer

from danvan.accounts.services import api_token_create
from danvan.accounts.throttle import login_attempt
from danvan.api.auth import BearerToken
from danvan.checker.api import router as checker_router
from danvan.commendations.api import proposals_router as commendation_proposals_router
from danvan.commendations.api import router as commendations_router
from danvan.core.api import (
    StrictIn,
    bad_json,
    error_body,
    errors,
    validation_detail,
    validation_problems,
)
from danvan.core.errors import (
    DomainError,
    Forbidden,
    Invalid,
    NotAuthenticated,
    NotFound,
    ServerError,
    TooLarge,
    error_status,
)
from danvan.core.middleware import REQUEST_TOO_LARGE, SERVER_ERROR, human_size
from danvan.deadlines.api import router as deadlines_router
from danvan.democracy.api import router as democracy_router
from danvan.documents.api import router as documents_router
from danvan.dossiers.api import router as dossiers_router
from danvan.emulation.api import router as emulation_router
from danvan.indicators.api import catalogue_router as indicator_catalogue_router
from danvan.indicators.api import router as indicators_router
from danvan.inspections.api import router as recommendations_router
from danvan.jobs.api import router as jobs_router
from danvan.notifications.api import router as notifications_router
from danvan.orgunits.api import router as orgunits_router
from danvan.periods.api import router as periods_router
from danvan.plans.api import router as plans_router
from danvan.registers.api import router as registers_router
from danvan.registers.custom_api import router as custom_fields_router
from danvan.registers.trash_api import router as trash_router
from danvan.reporting.api import router as reporting_router
from danvan.reporting.types_api import router as report_types_router
from danvan.worklist.api import router as worklist_router

BAD_LOGIN = "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang bị khóa tạm thời."
NOT_AUTHENTICATED = "Cần đăng nhập: gửi tiêu đề Authorization: Bearer <mã truy cập>."
NOT_FOUND = "Không tìm thấy, hoặc bạn không có quyền xem."
FORBIDDEN = "Bạn không có quyền làm việc này."
logger = logging.getLogger("danvan.api")


class VietnameseJSONRenderer(JSONRenderer):
    """Vietnamese text as UTF-8 in the body ("Sở Nội vụ"), not as \\u escapes."""

    media_type = "application/json"  # ninja adds the charset
    json_dumps_params = {"ensure_ascii": False}


class DanVanAPI(NinjaAPI):
    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        """Ninja's document, plus what no route declares itself: a route that takes a body
        can answer 400 (a body that is not JSON)."""
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        error_ref = {"$ref": "#/components/schemas/ErrorOut"}
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation["responses"]
                if "requestBody" in operation and "400" not in responses and 400 not in responses:
                    responses[400] = {
                        "description": "Bad Request",
                        "content": {"application/json": {"schema": error_ref}},
                    }
        return schema

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
    response={200: TokenOut, **errors(429)},
    summary="Lấy mã truy cập",
    tags=["Xác thực"],
)
def auth_token(request, payload: TokenIn):
    # The same throttle as the login page (a Throttled refusal answers 429).
    user = login_attempt(request, payload.username, payload.password)
    if user is None or not user.is_active:
        return Status(401, {"detail": BAD_LOGIN, "code": NotAuthenticated.code})
    return Status(200, {"token": api_token_create(user=user)})


def _as_domain_error(request, exc: Exception) -> tuple[int, DomainError]:
    """Whatever refused the request, as (status, DomainError): ninja's and Django's own
    exceptions are translated to the same kinds, with Vietnamese messages."""
    if isinstance(exc, DomainError):
        return error_status(exc), exc
    if isinstance(exc, ValidationError):
        return 422, Invalid(validation_detail(exc.errors), exc.errors)
    if isinstance(exc, AuthenticationError):
        return 401, NotAuthenticated(NOT_AUTHENTICATED)
    if isinstance(exc, Http404):
        # access_unit() and friends raise Http404 with a Vietnamese message.
        return 404, NotFound(str(exc) if exc.args and str(exc) else NOT_FOUND)
    if isinstance(exc, PermissionDenied):
        return 403, Forbidden(str(exc) if exc.args and str(exc) else FORBIDDEN)
    if isinstance(exc, RequestDataTooBig):
        limit = human_size(settings.DATA_UPLOAD_MAX_MEMORY_SIZE)
        return 413, TooLarge(REQUEST_TOO_LARGE.format(size=f"hơn {limit}", limit=limit))
    if not isinstance(exc, HttpError):
        # A fault of ours: logged with its traceback, answered in the one shape.
        logger.exception("API %s %s", request.method, request.path)
        return 500, ServerError(SERVER_ERROR)
    # HttpError: raised by ninja itself (a body it cannot parse: its message is English).
    if exc.status_code == 400 and exc.message.startswith("Cannot parse request body"):
        return 400, bad_json(request.body)
    kind = {401: NotAuthenticated, 403: Forbidden, 404: NotFound}.get(exc.status_code, DomainError)
    return exc.status_code, kind(exc.message)


def refusal(request, exc: Exception):
    """The one error path of the API (decision 0024): every refusal leaves as
    {"detail": Vietnamese, "code": stable, "problems": [...], "current": {...} on a 409}."""
    status, error = _as_domain_error(request, exc)
    return api.create_response(request, error_body(error), status=status)


for _kind in (
    DomainError,
    ValidationError,
    AuthenticationError,
    Http404,
    PermissionDenied,
    HttpError,
    RequestDataTooBig,
    Exception,
):
    api.add_exception_handler(_kind, refusal)


api.add_router("/units", orgunits_router)
api.add_router("/units", indicators_router)
api.add_router("/indicators", indicator_catalogue_router)
api.add_router("/periods", periods_router)
api.add_router("/dossiers", dossiers_router)
api.add_router("/registers", registers_router)
api.add_router("/custom-fields", custom_fields_router)
api.add_router("/trash", trash_router)
api.add_router("/reporting", reporting_router)
api.add_router("/report-types", report_types_router)
api.add_router("/notifications", notifications_router)
api.add_router("/documents", documents_router)
api.add_router("/checker", checker_router)
api.add_router("/worklist", worklist_router)
api.add_router("/deadlines", deadlines_router)
api.add_router("/jobs", jobs_router)
api.add_router("/recommendations", recommendations_router)
api.add_router("/commendations", commendations_router)
api.add_router("/commendation-proposals", commendation_proposals_router)
api.add_router("/plans", plans_router)
api.add_router("/democracy", democracy_router)
api.add_router("/emulation", emulation_router)
