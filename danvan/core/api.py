"""What every API router shares (decision 0024): the strict input base, the error body, the
status of each domain error and the Vietnamese wording of input-validation problems.

Domain apps import this module, never danvan.api (which only assembles the routers)."""

import datetime
import enum
import json
import math
import types
import typing
import unicodedata
from decimal import Decimal
from typing import Annotated, ClassVar

from ninja import Schema
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
)

from danvan.core.errors import BadBody, Conflict, DomainError, Invalid, problem
from danvan.core.parsing import (
    INT_MAX,
    date_check,
    int_check,
    parse_date,
    parse_key,
    printable,
    record_date_range,
    sentence,
    text_problem,
)

# The statuses every route may answer besides its own: 401 (no or bad token), 413 (a body
# over DANVAN_MAX_REQUEST_BYTES, refused before routing), 422 (the path, query or body does
# not pass its schema) and 500 (a fault of ours, in the same shape). The others are listed
# route by route; 400 (a body that is not JSON) is added to every route that takes a body.
ALWAYS = (401, 413, 422, 500)

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
    if isinstance(error, Invalid | BadBody):
        body["problems"] = error.problems
    if isinstance(error, Conflict):
        body["current"] = error.current
    return body


def errors(*statuses: int) -> dict:
    """``response=`` entries documenting a route's error statuses: 401 and 422 always, plus
    the ones the route itself can answer (400, 403, 404, 409, 503)."""
    return {status: ErrorOut for status in sorted({*ALWAYS, *statuses})}


NOT_A_DATE = "Phải là một ngày dạng yyyy-mm-dd (một chuỗi, không phải một số)."
NOT_FINITE = "Phải là một số hữu hạn."
YEAR_OUT_OF_RANGE = "Năm phải từ {low} đến {high}."


def _takes_date(annotation) -> bool:
    """Whether a field's annotation is a date (or Optional, a list of dates)."""
    if annotation is datetime.date:
        return True
    return any(_takes_date(arg) for arg in typing.get_args(annotation))


def strict_value(value, *, multiline: bool = True):
    """A value of an API body checked with the one parser's rules (danvan.core.parsing):
    text without control characters, NFC-normalised; dates in the record range; integers a
    database column holds; finite numbers. Lists and dicts are checked item by item."""
    if isinstance(value, enum.Enum):
        return value  # one of the schema's own choices
    if isinstance(value, str):
        why = text_problem(value, multiline=multiline)
        if why:
            raise ValueError(sentence(why))
        return unicodedata.normalize("NFC", value.replace("\r\n", "\n").replace("\r", "\n"))
    if isinstance(value, bool):
        return value
    if isinstance(value, int):
        try:
            return int_check(value)
        except ValueError as error:
            raise ValueError(sentence(str(error))) from None
    if isinstance(value, float) and not math.isfinite(value):
        raise ValueError(NOT_FINITE)
    if isinstance(value, Decimal) and not value.is_finite():
        raise ValueError(NOT_FINITE)
    if isinstance(value, datetime.datetime):
        return value
    if isinstance(value, datetime.date):
        try:
            return date_check(value)
        except ValueError as error:
            raise ValueError(sentence(str(error))) from None
    if isinstance(value, list):
        return [strict_value(item, multiline=multiline) for item in value]
    if isinstance(value, dict):
        return {
            strict_value(key, multiline=False): strict_value(item, multiline=multiline)
            for key, item in value.items()
        }
    return value


class StrictIn(Schema):
    """Base of every input schema: an unknown field is refused (422 naming it and listing the
    accepted ones), never dropped; every value passes :func:`strict_value` (the rules of
    danvan.core.parsing), a date is a string (never a number read as a timestamp). Fields in
    ``raw_fields`` (a password) are taken as sent."""

    model_config = ConfigDict(extra="forbid")
    raw_fields: ClassVar[frozenset[str]] = frozenset({"password"})

    @field_validator("*", mode="before")
    @classmethod
    def _dates_are_text(cls, value, info: ValidationInfo):
        field = cls.model_fields.get(info.field_name or "")
        if (
            field is not None
            and isinstance(value, int | float)
            and not isinstance(value, bool)
            and _takes_date(field.annotation)
        ):
            raise ValueError(NOT_A_DATE)
        return value

    @field_validator("*", mode="after")
    @classmethod
    def _strict(cls, value, info: ValidationInfo):
        if info.field_name in cls.raw_fields or isinstance(value, BaseModel):
            return value
        return strict_value(value)


# --- typed query and path parameters -----------------------------------------------------


def _date_param(value):
    if value is None or isinstance(value, datetime.date):
        return value
    if not isinstance(value, str):
        raise ValueError(NOT_A_DATE)
    return parse_date(value)  # yyyy-mm-dd or dd/mm/yyyy; "" is None


def _key_param(value):
    if not isinstance(value, str):
        raise ValueError("Phải là một mã (chuỗi chữ).")
    try:
        return parse_key(value)
    except ValueError as error:
        raise ValueError(sentence(str(error))) from None


def _text_param(value):
    return strict_value(value, multiline=False) if isinstance(value, str) else value


def _in_range(day):
    return None if day is None else strict_value(day)


# A date in a query (?as_of=2025-03-01 or 01/03/2025): a string, inside the record range.
DateParam = Annotated[
    datetime.date, BeforeValidator(_date_param), AfterValidator(_in_range), Field()
]
# A code (a body's ``code``, a path's /units/{code}/): not empty, one line, no control
# character.
Key = Annotated[str, AfterValidator(_key_param)]
# Free text in a query (?q=…, ?unit=…): one line, no control character.
TextParam = Annotated[str, AfterValidator(_text_param)]
# The paging of lists.
Limit = Annotated[int, Field(ge=1, le=5000)]
Offset = Annotated[int, Field(ge=0, le=INT_MAX)]
# The id of a stored row in a path.
Id = Annotated[int, Field(ge=1, le=2**63 - 1)]


def _year_in_range(year: int) -> int:
    earliest, latest = record_date_range()
    if not earliest.year <= year <= latest.year:
        raise ValueError(YEAR_OUT_OF_RANGE.format(low=earliest.year, high=latest.year))
    return year


# A calendar year, inside the record range (1990 – next year).
Year = Annotated[int, Field(ge=1, le=9999), AfterValidator(_year_in_range)]


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
                "value": printable(str(value)[:200])
                if isinstance(value, str | int | float)
                else None,
                "reason": _reason(error, accepted),
            }
        )
    return problems


BAD_JSON = "Nội dung gửi lên không phải JSON hợp lệ theo mô tả của API (xem /api/v1/docs)."
BODY_LABEL = "Nội dung gửi lên"
JSON_AT = "Không đọc được JSON ở dòng {line}, cột {column}: {reason}."
NOT_UTF8 = "Không phải văn bản UTF-8."


def bad_json(raw: bytes) -> BadBody:
    """The refusal of a body that is not JSON, with a problem saying where it stops."""
    try:
        json.loads(raw)
        reason = BAD_JSON
    except UnicodeDecodeError:
        reason = NOT_UTF8
    except json.JSONDecodeError as error:
        reason = JSON_AT.format(line=error.lineno, column=error.colno, reason=_json_reason(error))
    except ValueError:
        reason = BAD_JSON
    value = raw[:200].decode("utf-8", "replace") if raw else ""
    return BadBody(BAD_JSON, [problem("body", reason, label=BODY_LABEL, value=value)])


_JSON_REASONS = {
    "Expecting value": "thiếu một giá trị",
    "Expecting property name enclosed in double quotes": "tên trường phải trong ngoặc kép",
    "Expecting ',' delimiter": "thiếu dấu phẩy",
    "Expecting ':' delimiter": "thiếu dấu hai chấm",
    "Extra data": "còn dữ liệu thừa sau JSON",
    "Unterminated string starting at": "chuỗi chưa đóng ngoặc kép",
    "Invalid control character at": "ký tự điều khiển trong chuỗi",
}


def _json_reason(error: json.JSONDecodeError) -> str:
    return _JSON_REASONS.get(error.msg, "cú pháp không đúng")


def parse_body(raw: bytes, schema: type[BaseModel]):
    """``raw`` as ``schema``, for a route that reads its body only after checking the caller's
    access (so that a request about something hidden is answered 404 whatever its body).
    Refuses like a body ninja validated: 400 for non-JSON, 422 with the problems."""
    try:
        data = json.loads(raw or b"{}")
    except ValueError:
        raise bad_json(raw)
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
