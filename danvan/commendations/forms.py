"""Forms of the proposal pages; every rule is the services'."""

from django import forms

from danvan.commendations.models import Form, Level
from danvan.core.forms import DateField
from danvan.emulation.models import Subject

ENTRY_ROWS_EXTRA = 2


class ProposalForm(forms.Form):
    unit = forms.ChoiceField(label="Đơn vị đề xuất")
    deciding_unit = forms.ChoiceField(label="Cơ quan quyết định khen thưởng")
    number = forms.CharField(label="Số tờ trình", required=False, max_length=60)
    title = forms.CharField(label="Trích yếu", max_length=500)
    year = forms.IntegerField(label="Năm", min_value=2000, max_value=2100)
    movement = forms.ChoiceField(label="Phong trào thi đua", required=False)
    body = forms.CharField(
        label="Nội dung tờ trình", required=False, widget=forms.Textarea(attrs={"rows": 6})
    )
    version = forms.IntegerField(required=False, widget=forms.HiddenInput)
    wide_fields = ("title", "body")

    def __init__(self, *args, units=(), deciders=(), movements=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = [(u.code, u.name) for u in units]
        self.fields["deciding_unit"].choices = [("", "— Chọn cơ quan —")] + [
            (u.code, ("— " * max((u.path or "").count("/") - 2, 0)) + u.name) for u in deciders
        ]
        self.fields["movement"].choices = [("", "— Không theo phong trào —")] + [
            (m.code, f"{m.code} — {m.name}") for m in movements
        ]


class EntryForm(forms.Form):
    position = forms.IntegerField(label="STT", required=False, min_value=1)
    subject_kind = forms.ChoiceField(
        label="Đối tượng", required=False, choices=[("", "—"), *Subject.choices]
    )
    subject_name = forms.CharField(label="Tên tập thể, cá nhân", required=False, max_length=300)
    position_title = forms.CharField(
        label="Chức vụ, đơn vị công tác", required=False, max_length=300
    )
    form = forms.ChoiceField(label="Hình thức", required=False, choices=[("", "—"), *Form.choices])
    level = forms.ChoiceField(label="Cấp", required=False, choices=[("", "—"), *Level.choices])
    achievement = forms.CharField(
        label="Tóm tắt thành tích", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


EntryFormSet = forms.formset_factory(EntryForm, extra=ENTRY_ROWS_EXTRA, can_delete=True)


class CommentForm(forms.Form):
    comment = forms.CharField(
        label="Ý kiến", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class ReturnForm(forms.Form):
    reason = forms.CharField(label="Lý do trả lại", widget=forms.Textarea(attrs={"rows": 3}))


class DecideForm(forms.Form):
    decision_number = forms.CharField(label="Số quyết định", max_length=60, required=False)
    decided_on = DateField(label="Ngày quyết định", required=False)
