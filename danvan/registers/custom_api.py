"""REST API of custom fields: everyone signed in reads them; a province administrator adds,
changes, retires and puts them back (the same services as the screen)."""

from ninja import Router, Schema, Status

from danvan.core.api import StrictIn, errors
from danvan.registers.custom import custom_field_get, custom_fields_listed
from danvan.registers.custom_services import (
    custom_field_create,
    custom_field_reactivate,
    custom_field_retire,
    custom_field_update,
)
from danvan.registers.models import CustomField

router = Router(tags=["Trường bổ sung"])


class CustomFieldOut(Schema):
    id: int
    register_slug: str
    code: str
    label: str
    kind: str
    kind_label: str
    choices: list[str]
    required: bool
    position: int
    active: bool
    indicator_code: str
    indicator_label: str


class CustomFieldIn(StrictIn):
    register_slug: str
    label: str
    kind: str
    code: str = ""
    choices: list[str] = []
    required: bool = False
    position: int | None = None
    indicator_code: str = ""
    indicator_label: str = ""


class CustomFieldPatch(StrictIn):
    label: str | None = None
    required: bool | None = None
    choices: list[str] | None = None
    position: int | None = None
    indicator_code: str | None = None
    indicator_label: str | None = None


def _out(field: CustomField) -> dict:
    return {
        "id": field.pk,
        "register_slug": field.register_slug,
        "code": field.code,
        "label": field.label,
        "kind": field.kind,
        "kind_label": field.get_kind_display(),
        "choices": list(field.choices or []),
        "required": field.required,
        "position": field.position,
        "active": field.active,
        "indicator_code": field.indicator_code,
        "indicator_label": field.indicator_label,
    }


def _field(field_id: int) -> CustomField:
    return custom_field_get(field_id)  # Http404 → 404 through the API's one handler


def _run(write):
    # Refusals (PermissionDenied, DomainError) become responses in the API's one handler.
    return write()


@router.get("/", response={200: list[CustomFieldOut], **errors()}, summary="Các trường bổ sung")
def custom_fields_list(request, so: str = ""):
    return [_out(f) for f in custom_fields_listed(so)]


@router.post(
    "/",
    response={201: CustomFieldOut, **errors(400, 403)},
    summary="Thêm trường bổ sung (quản trị cấp tỉnh)",
)
def custom_fields_create(request, payload: CustomFieldIn):
    field = _run(lambda: custom_field_create(user=request.auth, **payload.dict()))
    return Status(201, _out(field))


@router.patch(
    "/{field_id}/",
    response={200: CustomFieldOut, **errors(400, 403, 404)},
    summary="Sửa trường bổ sung (chỉ các khóa gửi lên)",
)
def custom_fields_update(request, field_id: int, payload: CustomFieldPatch):
    field = _field(field_id)
    given = payload.dict(exclude_unset=True)
    values = {
        "label": given.get("label", field.label),
        "required": given.get("required", field.required),
        "choices": given.get("choices", field.choices),
        "position": given.get("position", field.position),
        "indicator_code": given.get("indicator_code", field.indicator_code),
        "indicator_label": given.get("indicator_label", field.indicator_label),
    }
    return _out(_run(lambda: custom_field_update(user=request.auth, field=field, **values)))


@router.post(
    "/{field_id}/ngung-dung/",
    response={200: CustomFieldOut, **errors(400, 403, 404)},
    summary="Ngừng dùng trường (giá trị đã nhập được giữ)",
)
def custom_fields_retire(request, field_id: int):
    field = _field(field_id)
    return _out(_run(lambda: custom_field_retire(user=request.auth, field=field)))


@router.post(
    "/{field_id}/dung-lai/",
    response={200: CustomFieldOut, **errors(400, 403, 404)},
    summary="Dùng lại trường đã ngừng dùng",
)
def custom_fields_reactivate(request, field_id: int):
    field = _field(field_id)
    return _out(_run(lambda: custom_field_reactivate(user=request.auth, field=field)))
