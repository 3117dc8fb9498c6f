"""Request-level protections that every response gets, whatever view produced it."""

import json

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

SERVER_ERROR = (
    "Máy chủ gặp lỗi khi xử lý yêu cầu này; yêu cầu chưa được thực hiện trọn vẹn. "
    "Hãy thử lại, và báo quản trị hệ thống nếu lỗi lặp lại."
)
REQUEST_TOO_LARGE = (
    "Dữ liệu gửi lên quá lớn ({size}). Giới hạn là {limit}. "
    "Hãy chia tệp thành nhiều phần nhỏ hơn rồi gửi lại."
)

# No inline script or style anywhere: every asset is a file served by the application.
CONTENT_SECURITY_POLICY = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
    ]
)


def human_size(num_bytes: int) -> str:
    """50 MB style sizes for messages, with a Vietnamese decimal comma."""
    megabytes = num_bytes / (1024 * 1024)
    if megabytes >= 1:
        return f"{megabytes:.1f} MB".replace(".", ",")
    return f"{max(1, round(num_bytes / 1024))} KB"


class RequestSizeLimitMiddleware:
    """Refuse over-size bodies up front, with a message a civil servant can act on."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        try:
            length = int(request.META.get("CONTENT_LENGTH") or 0)
        except ValueError:
            length = 0
        limit = settings.DANVAN_MAX_REQUEST_BYTES
        if length > limit:
            message = REQUEST_TOO_LARGE.format(size=human_size(length), limit=human_size(limit))
            if request.path.startswith("/api/"):
                body = {"detail": message, "code": "du_lieu_qua_lon", "problems": []}
                return HttpResponse(
                    json.dumps(body, ensure_ascii=False),
                    status=413,
                    content_type="application/json; charset=utf-8",
                )
            body = render_to_string("core/error.html", {"title": "Tệp quá lớn", "message": message})
            return HttpResponse(body, status=413)
        return self.get_response(request)


class SecurityHeadersMiddleware:
    """Headers SecurityMiddleware does not set: CSP and a restrictive permissions policy."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=(), payment=()"
        )
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            # Pages of a logged-in user hold unit data: never keep them in shared caches.
            response.headers.setdefault("Cache-Control", "no-store")
        return response


API_NOT_FOUND = "Không có địa chỉ «{path}» trong API. Danh sách các địa chỉ: /api/v1/docs."
API_METHOD = "Địa chỉ «{path}» không nhận phương thức {method}; phương thức được nhận: {allowed}."
API_BAD_REQUEST = "Yêu cầu không đọc được: kiểm tra địa chỉ, tiêu đề và nội dung gửi lên."
API_REFUSED = "Yêu cầu bị từ chối (mã HTTP {status})."


def _api_error(request, response):
    """The DomainError of an API answer produced outside the API's own handler (Django's 404
    for an unknown address, ninja's 405, the size limit's 413, the lock-out's 429, a 500),
    keeping its Vietnamese ``detail`` when it has one."""
    from danvan.core import errors

    detail = None
    try:
        body = json.loads(response.content or b"null")
    except ValueError:
        body = None
    if isinstance(body, dict) and isinstance(body.get("detail"), str):
        detail = body["detail"]
    status = response.status_code
    allowed = response.get("Allow", "")
    defaults = {
        400: (errors.BadBody, API_BAD_REQUEST),
        401: (errors.NotAuthenticated, None),
        403: (errors.Forbidden, None),
        404: (errors.NotFound, API_NOT_FOUND),
        405: (errors.MethodNotAllowed, API_METHOD),
        413: (errors.TooLarge, None),
        429: (errors.TooManyAttempts, None),
        503: (errors.Unavailable, None),
    }
    kind, template = defaults.get(status, (errors.ServerError, SERVER_ERROR))
    if status < 500 and status not in defaults:
        kind, template = errors.DomainError, API_REFUSED
    # Our own 401, 403, 413, 429 and 503 carry a Vietnamese detail; an address, a method or a
    # fault is described here (a 5xx detail may be a library's English).
    if status in (404, 405) or (status >= 500 and status != 503) or detail is None:
        detail = (template or API_REFUSED).format(
            path=request.path, method=request.method, allowed=allowed or "(không)", status=status
        )
    return kind(detail)


class ApiErrorBodyMiddleware:
    """Every error answer under /api/ in the one shape of decision 0024 —
    ``{"detail": Vietnamese, "code", "problems": [...]}`` — whatever produced it. The API's
    own handler already answers so; this reshapes the rest (see :func:`_api_error`)."""

    SHAPE = frozenset({"detail", "code", "problems"})

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if (
            not request.path.startswith("/api/")
            or response.status_code < 400
            or getattr(response, "streaming", False)
        ):
            return response
        try:
            body = json.loads(response.content or b"null")
        except ValueError:
            body = None
        if isinstance(body, dict) and body.keys() >= self.SHAPE:
            return response
        from danvan.core.api import error_body

        shaped = HttpResponse(
            json.dumps(error_body(_api_error(request, response)), ensure_ascii=False),
            status=response.status_code,
            content_type="application/json; charset=utf-8",
        )
        for header, value in response.items():
            if header.lower() not in ("content-type", "content-length"):
                shaped[header] = value
        return shaped


BAD_ADDRESS = "Địa chỉ hoặc tham số tìm kiếm có ký tự không hợp lệ: {reasons}"


class StrictInputMiddleware:
    """The path and the query string of every request pass the one parser's text rule (no
    control character, danvan.core.parsing.text_problem) before any view reads them: a NUL
    in ``?q=`` or in /units/{code}/ would otherwise reach the database (PostgreSQL refuses
    it: a 500). The API answers 422 in the one shape, naming the parameter; a page answers
    400 with the reason. Form bodies are the forms' business (they apply the same rule)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        problems = _edge_problems(request)
        if not problems:
            return self.get_response(request)
        if request.path.startswith("/api/"):
            from danvan.core.api import error_body, validation_detail
            from danvan.core.errors import Invalid

            body = error_body(Invalid(validation_detail(problems), problems))
            return HttpResponse(
                json.dumps(body, ensure_ascii=False),
                status=422,
                content_type="application/json; charset=utf-8",
            )
        reasons = "; ".join(f"{p['field']}: {p['reason']}" for p in problems)
        message = BAD_ADDRESS.format(reasons=reasons)
        body = render_to_string(
            "core/error.html", {"title": "Địa chỉ không hợp lệ", "message": message}
        )
        return HttpResponse(body, status=400)


def _edge_problems(request) -> list[dict]:
    from danvan.core.errors import problem
    from danvan.core.parsing import printable, sentence, text_problem

    found = []
    why = text_problem(request.path, multiline=False)
    if why:
        found.append(problem("path", sentence(why), label="Địa chỉ"))
    for name, values in request.GET.lists():
        for value in [name, *values]:
            why = text_problem(value, multiline=False)
            if why:
                found.append(problem(printable(name), sentence(why), value=value))
                break
    return found
