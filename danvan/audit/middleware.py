from danvan.audit.context import _current, actor_from_request


class AuditContextMiddleware:
    """Bind the request's user and address to every change the request makes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _current.set(actor_from_request(request))
        try:
            return self.get_response(request)
        finally:
            _current.reset(token)
