from django import forms

from danvan.core.forms import DateField
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


class DossierFilterForm(forms.Form):
    text = forms.CharField(label="Tìm", required=False)
    unit_code = forms.CharField(label="Mã đơn vị", required=False)
    channel = forms.ChoiceField(label="Kênh nộp", required=False)
    outcome = forms.ChoiceField(label="Kết quả", required=False)
    status = forms.ChoiceField(
        label="Tình trạng",
        required=False,
        choices=[
            ("", "Tất cả"),
            ("dang_giai_quyet", "Đang giải quyết"),
            ("da_ket_thuc", "Đã kết thúc"),
        ],
    )
    received_from = DateField(label="Tiếp nhận từ", required=False)
    received_to = DateField(label="đến", required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        from danvan.dossiers.models import Channel, Outcome

        self.fields["channel"].choices = [("", "Tất cả"), *Channel.choices]
        self.fields["outcome"].choices = [("", "Tất cả"), *Outcome.choices]
