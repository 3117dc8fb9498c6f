"""The refusals a user reads, one family for pages, API and CLI (decision 0024).

Each class carries a stable machine ``code`` (never changed once published; an API client
branches on it) and a Vietnamese ``message`` that says what to do. The HTTP status of each
class is decided in one place only, ``ERROR_STATUS`` below (used by the API's one handler and
by pages that answer with a status): services raise these without knowing whether a page,
the API or the CLI called them.
"""


class DomainError(Exception):
    """A refusal the user should read: ``message`` is Vietnamese and says what to do.

    The base class is a rule refusing the action as things stand (a locked report, a
    missing reason, a deadline before the issue date)."""

    code = "bi_tu_choi"

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


class NotAuthenticated(DomainError):
    """No token, or a token that is wrong, expired or revoked (API only)."""

    code = "chua_dang_nhap"


class BadBody(DomainError):
    """The body is not JSON at all (a body that is JSON but does not fit is Invalid)."""

    code = "noi_dung_khong_doc_duoc"


class NotFound(DomainError):
    """The thing does not exist, or the user may not see it (the two are not told apart)."""

    code = "khong_tim_thay"


class Forbidden(DomainError):
    """The user sees the thing but lacks the role or the scope for this action."""

    code = "khong_co_quyen"


class Conflict(DomainError):
    """Somebody else saved in between: ``current`` is their version, plain data that a client
    can merge with its own text — ``{"version", "saved_by", "saved_at", "content"}``."""

    code = "xung_dot_phien_ban"

    def __init__(self, message: str, current: dict):
        super().__init__(message)
        self.current = current


class Invalid(DomainError):
    """What was sent does not pass the checks: ``problems`` names each field and why,
    as ``{"field", "label", "value", "reason"}`` dicts."""

    code = "du_lieu_khong_hop_le"

    def __init__(self, message: str, problems: list[dict] | None = None):
        super().__init__(message)
        self.problems = problems or []


class Busy(DomainError):
    """Another operation holds what this one needs (an import of the same register and unit,
    core/locks): nothing was done; try again when it has finished. ``held`` names the lock."""

    code = "dang_ban"

    def __init__(self, message: str, held=None):
        super().__init__(message)
        self.held = held


class TooManyRequests(DomainError):
    """Too many attempts (failed logins): refused before anything is checked; ``until`` says
    when to try again."""

    code = "qua_nhieu_lan_thu"


class Unavailable(DomainError):
    """A tool the server needs is missing or busy (LibreOffice for PDF): try again later."""

    code = "tam_thoi_khong_phuc_vu"


def problem(field: str, reason: str, *, label: str = "", value=None) -> dict:
    """One entry of ``Invalid.problems``: the technical name, its Vietnamese label, the value
    sent (as text, or None) and the Vietnamese reason."""
    return {
        "field": field,
        "label": label or field,
        "value": None if value is None else str(value),
        "reason": reason,
    }


# One place decides the HTTP status of each kind of refusal; most specific class first.
ERROR_STATUS: list[tuple[type[DomainError], int]] = [
    (NotAuthenticated, 401),
    (NotFound, 404),
    (Forbidden, 403),
    (Conflict, 409),
    (Busy, 409),
    (TooManyRequests, 429),
    (Invalid, 422),
    (Unavailable, 503),
    (DomainError, 400),
]


def error_status(error: DomainError) -> int:
    return next(status for cls, status in ERROR_STATUS if isinstance(error, cls))
