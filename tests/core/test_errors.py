"""The kinds of refusal and their stable codes (decision 0024): a code published to API
clients never changes, and each kind has exactly one HTTP status."""

from danvan.core import errors
from danvan.core.api import validation_problems
from danvan.core.errors import DomainError, error_status

PUBLISHED = {
    "DomainError": ("bi_tu_choi", 400),
    "NotAuthenticated": ("chua_dang_nhap", 401),
    "BadBody": ("noi_dung_khong_doc_duoc", 400),
    "NotFound": ("khong_tim_thay", 404),
    "Forbidden": ("khong_co_quyen", 403),
    "Conflict": ("xung_dot_phien_ban", 409),
    "Invalid": ("du_lieu_khong_hop_le", 422),
    "Unavailable": ("tam_thoi_khong_phuc_vu", 503),
    "TooLarge": ("du_lieu_qua_lon", 413),
    "TooManyAttempts": ("qua_nhieu_lan_thu", 429),
    "MethodNotAllowed": ("phuong_thuc_khong_duoc_nhan", 405),
    "ServerError": ("loi_may_chu", 500),
    "Busy": ("dang_ban", 409),
}


def _make(cls):
    if cls is errors.Conflict:
        return cls("Đã có người lưu.", {"version": 2})
    return cls("Lý do.")


def test_every_kind_keeps_its_published_code_and_status():
    kinds = {
        name: cls
        for name, cls in vars(errors).items()
        if isinstance(cls, type) and issubclass(cls, DomainError)
    }
    assert set(kinds) == set(PUBLISHED)
    for name, cls in kinds.items():
        error = _make(cls)
        assert (error.code, error_status(error)) == PUBLISHED[name], name
        assert error.message.endswith(".")


def test_a_subclass_inherits_its_kind():
    class Locked(errors.Forbidden):
        pass

    assert error_status(Locked("Đã khóa.")) == 403 and Locked("x").code == "khong_co_quyen"


def test_pydantic_reasons_are_vietnamese_and_name_what_is_accepted():
    from ninja import Schema

    from danvan.core.api import StrictIn

    class Row(StrictIn):
        value: int

    class Body(StrictIn):
        name: str
        rows: list[Row] = []

    class Params(Schema):  # how ninja wraps a body: source "body", parameter "payload"
        payload: Body

    problems = validation_problems(
        [
            {"type": "extra_forbidden", "loc": ("body", "payload", "ten"), "input": "x"},
            {"type": "extra_forbidden", "loc": ("body", "payload", "rows", 0, "v"), "input": 1},
            {"type": "missing", "loc": ("body", "payload", "name")},
            {"type": "enum", "loc": ("query", "kind"), "ctx": {"expected": "'a' or 'b'"}},
        ],
        Params,
    )
    assert [p["field"] for p in problems] == ["ten", "rows.0.v", "name", "kind"]
    assert problems[0]["reason"] == (
        "Trường «ten» không được nhận. Các trường được nhận: name, rows."
    )
    assert problems[1]["reason"].endswith("Các trường được nhận: value.")
    assert problems[2]["reason"] == "Thiếu trường bắt buộc này."
    assert problems[3]["reason"] == "Phải là một trong: 'a' hoặc 'b'."
