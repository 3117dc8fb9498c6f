from ninja.security import HttpBearer

from danvan.accounts.services import api_token_user
from danvan.audit.context import _current, actor_from_request


class BearerToken(HttpBearer):
    """``Authorization: Bearer <token>`` from ``POST /api/v1/auth/token``."""

    def authenticate(self, request, token):
        user = api_token_user(token)
        if user is None:
            return None
        request.user = user
        # Bind the API caller to the audit trail for the rest of this request.
        _current.set(actor_from_request(request, user=user, source="api"))
        return user
