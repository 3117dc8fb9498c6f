"""Request-level protections that every response gets, whatever view produced it."""

from django.conf import settings
from django.http import HttpResponse
from django.template.loader import render_to_string

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
                import json

                return HttpResponse(
                    json.dumps({"detail": message}, ensure_ascii=False),
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
