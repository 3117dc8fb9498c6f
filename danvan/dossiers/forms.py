from django import forms

from danvan.dossiers.models import Dossier
from danvan.dossiers.spec import DOSSIERS, dossier_check
from danvan.orgunits.forms import DateField

FIELDS = [
    "code",
    "unit",
    "procedure_code",
    "procedure_name",
    "field",
    "channel",
    "online_level",
    "received_on",
    "due_on",
    "finished_on",
    "outcome",
    "paid_online",
    "returned_by_post",
    "apology_issued",
    "rating",
]


class DossierForm(forms.ModelForm):
    received_on = DateField(label="Ngày tiếp nhận")
    due_on = DateField(
        label="Ngày hẹn trả",
        required=False,
        help_text="Để trống: tính theo thời hạn của thủ tục (ngày làm việc).",
    )
    finished_on = DateField(label="Ngày kết thúc", required=False)

    class Meta:
        model = Dossier
        fields = FIELDS

    def __init__(self, *args, units=None, **kwargs):
        super().__init__(*args, **kwargs)
        if units is not None:
            self.fields["unit"].queryset = units
        self.fields["unit"].label_from_instance = lambda u: f"{u.name} ({u.code})"

    def clean(self):
        cleaned = super().clean()
        by_column = {c.name: c.field for c in DOSSIERS.columns}
        for column, reason in dossier_check(cleaned):
            field = by_column[column]
            if field in self.fields and field not in self.errors:
                self.add_error(field, reason[0].upper() + reason[1:] + ".")
        return cleaned


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
