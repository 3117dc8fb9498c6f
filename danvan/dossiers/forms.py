import django_filters
from django.utils import timezone

from danvan.dossiers.selectors import dossiers_overdue
from danvan.dossiers.spec import DOSSIERS
from danvan.registers.forms import record_form_class


class DossierForm(record_form_class(DOSSIERS)):
    """The register's own form (same parsers and checks as its import), with a hint on the
    due date the spec fills in."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[
            "due_on"
        ].help_text = "Để trống: tính theo thời hạn của thủ tục (ngày làm việc)."


def _status(queryset, name, value):
    if value == "qua_han":
        return dossiers_overdue(queryset, timezone.localdate(), scoped=True)
    return queryset.filter(finished_on__isnull=value == "dang_giai_quyet")


def dossier_extra_filters() -> dict:
    """Beside the per-column filters of the list: whether a dossier is still open."""
    return {
        "tinh_trang": django_filters.ChoiceFilter(
            label="Tình trạng",
            choices=[
                ("dang_giai_quyet", "Đang giải quyết"),
                ("da_ket_thuc", "Đã kết thúc"),
                ("qua_han", "Quá hạn, chưa giải quyết xong"),
            ],
            empty_label="Tất cả",
            method=_status,
        )
    }
