"""What every API router shares (decision 0024): the strict input base, the error body, the
status of each domain error and the Vietnamese wording of input-validation problems.

Domain apps import this module, never danvan.api (which only assembles the routers)."""

import datetime
import json
import types
import typing

from ninja import Schema
from pydantic import BaseModel, ConfigDict, ValidationError

from danvan.core.errors import BadBody, Conflict, DomainError, Invalid

# The statuses every route may answer besides its own: 401 (no or bad token) and 422 (the
# path, query or body does not pass its schema). The others are listed route by route.
ALWAYS = (401, 422)

INVALID_INPUT = "Dữ liệu gửi lên không hợp lệ: xem từng mục trong «problems»."
UNKNOWN_FIELD = "Trường «{field}» không được nhận. Các trường được nhận: {accepted}."


class ProblemOut(Schema):
    field: str  # technical name: a body field ("targets", "rows.0.value") or a register column
    label: str  # its Vietnamese name when it has one, otherwise the technical name
    value: str | None = None
    reason: str


class CurrentOut(Schema):
    """The other person's version after a 409: merge it with yours, then send
    ``expected_version`` = ``version``."""

    version: int
    saved_by: str | None
    saved_at: datetime.datetime | None
    content: dict


class ErrorOut(Schema):
    detail: str  # Vietnamese, says what to do
    code: str  # stable machine code (decision 0024), never translated
    problems: list[ProblemOut] = []
    current: CurrentOut | None = None


def error_body(error: DomainError) -> dict:
    body: dict = {"detail": error.message, "code": error.code, "problems": []}
    if isinstance(error, Invalid):
        body["problems"] = error.problems
    if isinstance(error, Conflict):
        body["current"] = error.current
    return body


def errors(*statuses: int) -> dict:
    """``response=`` entries documenting a route's error statuses: 401 and 422 always, plus
    the ones the route itself can answer (400, 403, 404, 409, 503)."""
    return {status: ErrorOut for status in sorted({*ALWAYS, *statuses})}


class StrictIn(Schema):
    """Base of every input schema: an unknown field is refused (422 naming it and listing the
    accepted ones), never dropped."""

    model_config = ConfigDict(extra="forbid")


# --- the Vietnamese wording of pydantic's validation errors -------------------------------

_REASONS = {
    "missing": "Thiếu trường bắt buộc này.",
    "int_parsing": "Phải là một số nguyên.",
    "int_type": "Phải là một số nguyên.",
    "int_from_float": "Phải là một số nguyên (không có phần thập phân).",
    "greater_than_equal": "Phải lớn hơn hoặc bằng {ge}.",
    "less_than_equal": "Phải nhỏ hơn hoặc bằng {le}.",
    "float_parsing": "Phải là một số.",
    "float_type": "Phải là một số.",
    "decimal_parsing": "Phải là một số.",
    "decimal_type": "Phải là một số.",
    "bool_parsing": "Phải là true hoặc false.",
    "bool_type": "Phải là true hoặc false.",
    "string_type": "Phải là một chuỗi chữ.",
    "list_type": "Phải là một danh sách.",
    "dict_type": "Phải là một đối tượng JSON {…}.",
    "model_type": "Phải là một đối tượng JSON {…}.",
    "model_attributes_type": "Phải là một đối tượng JSON {…}.",
    "date_parsing": "Phải là một ngày dạng yyyy-mm-dd.",
    "date_from_datetime_parsing": "Phải là một ngày dạng yyyy-mm-dd.",
    "date_type": "Phải là một ngày dạng yyyy-mm-dd.",
    "datetime_parsing": "Phải là thời điểm dạng yyyy-mm-ddThh:mm:ss.",
    "datetime_type": "Phải là thời điểm dạng yyyy-mm-ddThh:mm:ss.",
    "enum": "Phải là một trong: {expected}.",
    "literal_error": "Phải là một trong: {expected}.",
    "string_too_long": "Dài quá {max_length} ký tự.",
    "string_too_short": "Cần ít nhất {min_length} ký tự.",
    "json_invalid": "Không phải JSON hợp lệ.",
}
_OR = " hoặc "


def _unwrap(annotation):
    """The model or container inside Optional[...] / list[...] annotations."""
    origin = typing.get_origin(annotation)
    if origin in (typing.Union, types.UnionType):
        inner = [a for a in typing.get_args(annotation) if a is not type(None)]
        return _unwrap(inner[0]) if len(inner) == 1 else annotation
    return annotation


def _model_at(model, path) -> type[BaseModel] | None:
    """The pydantic model that holds the last element of ``path`` (field names and list
    indices), starting from ``model``."""
    current = model
    for part in path:
        current = _unwrap(current)
        if isinstance(part, int):
            args = typing.get_args(current)
            current = args[0] if args else None
            continue
        if not (isinstance(current, type) and issubclass(current, BaseModel)):
            return None
        field = current.model_fields.get(part)
        if field is None:
            return None
        current = field.annotation
    current = _unwrap(current)
    if isinstance(current, type) and issubclass(current, BaseModel):
        return current
    return None


def _reason(error: dict, accepted: list[str] | None) -> str:
    kind = error.get("type", "")
    ctx = dict(error.get("ctx") or {})
    if kind == "extra_forbidden":
        field = str(error["loc"][-1])
        return UNKNOWN_FIELD.format(field=field, accepted=", ".join(accepted or []) or "(không)")
    if kind == "value_error":
        # Our own validators raise ValueError with a Vietnamese reason.
        return str(ctx.get("error", error.get("msg", ""))).removeprefix("Value error, ")
    if "expected" in ctx:
        ctx["expected"] = str(ctx["expected"]).replace(" or ", _OR)
    template = _REASONS.get(kind)
    if template is None:
        return f"Giá trị không hợp lệ ({kind})."
    try:
        return template.format(**ctx)
    except (KeyError, IndexError):
        return template


def validation_detail(problems: list[dict]) -> str:
    """The one-line ``detail`` of a 422: the reason itself when there is one problem."""
    if len(problems) == 1:
        return f"{problems[0]['field']}: {problems[0]['reason']}"
    return INVALID_INPUT


def validation_problems(errors: list[dict], model=None) -> list[dict]:
    """Pydantic errors as ProblemOut dicts in Vietnamese. ``loc`` starts with the source
    (body, query, path) and, for a body, the parameter name; ``model`` is the ninja params
    model the errors came from, used to list the accepted fields after an unknown one."""
    problems = []
    for error in errors:
        loc = tuple(error.get("loc", ()))
        inner = loc[1:] if loc and loc[0] in ("body", "query", "path", "form", "file") else loc
        accepted = None
        if error.get("type") == "extra_forbidden" and model is not None:
            holder = _model_at(model, inner[:-1])
            if holder is not None:
                accepted = [
                    f.alias or name for name, f in holder.model_fields.items() if not f.exclude
                ]
        shown = inner[1:] if len(inner) > 1 and loc and loc[0] == "body" else inner
        field = ".".join(str(part) for part in shown) or (loc[0] if loc else "")
        value = error.get("input")
        problems.append(
            {
                "field": str(field),
                "label": str(field),
                "value": str(value)[:200] if isinstance(value, str | int | float) else None,
                "reason": _reason(error, accepted),
            }
        )
    return problems


BAD_JSON = "Nội dung gửi lên không phải JSON hợp lệ theo mô tả của API (xem /api/v1/docs)."


def parse_body(raw: bytes, schema: type[BaseModel]):
    """``raw`` as ``schema``, for a route that reads its body only after checking the caller's
    access (so that a request about something hidden is answered 404 whatever its body).
    Refuses like a body ninja validated: 400 for non-JSON, 422 with the problems."""
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise BadBody(BAD_JSON)
    try:
        return schema.model_validate(data)
    except ValidationError as error:
        problems = validation_problems(error.errors(include_url=False), schema)
        raise Invalid(validation_detail(problems), problems)


def body_doc(schema: type[BaseModel]) -> dict:
    """``openapi_extra`` describing a JSON body that the route reads itself (parse_body)."""
    return {
        "requestBody": {
            "content": {"application/json": {"schema": schema.model_json_schema()}},
            "required": True,
        }
    }
