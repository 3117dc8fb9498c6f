from django import forms

from danvan.core.forms import DateField
from danvan.deadlines.status import State, Status
from danvan.orgunits.widgets import UnitTreeField, unit_choices
from danvan.plans.models import ALL_CHILDREN, OUTLINE, Output, PlanStatus
from danvan.plans.services import EDITABLE, IMPLEMENTS_FIELDS
from danvan.reporting.forms import AUTHORITIES

IMPLEMENTS_LABELS = {
    "number": "Số",
    "symbol": "Ký hiệu",
    "date": "Ngày",
    "issuer": "Cơ quan ban hành",
    "subject": "Trích yếu",
}
PLAN_DETAILS = EDITABLE - {"implements", "year", "status"}


class PlanForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput, required=False)
    unit = forms.ChoiceField(label="Đơn vị ban hành")
    number = forms.CharField(label="Số", max_length=20, required=False)
    symbol = forms.CharField(
        label="Ký hiệu", max_length=60, required=False, help_text="Ví dụ: KH-BQL"
    )
    issued_on = DateField(label="Ngày ban hành", required=False)
    year = forms.IntegerField(
        label="Năm kế hoạch",
        required=False,
        min_value=2000,
        max_value=2100,
        help_text="Để trống: năm của ngày ban hành",
    )
    status = forms.ChoiceField(
        label="Tình trạng",
        choices=[(PlanStatus.DU_THAO, "Dự thảo"), (PlanStatus.BAN_HANH, "Ban hành")],
        initial=PlanStatus.BAN_HANH,
    )
    subject = forms.CharField(label="Trích yếu", max_length=500)
    basis = forms.CharField(
        label="Căn cứ",
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text="Ví dụ: Thực hiện Kế hoạch số 79/KH-UBND ngày 10/01/2023 của UBND tỉnh …",
    )
    signer_authority = forms.ChoiceField(label="Quyền hạn ký", choices=AUTHORITIES, required=False)
    signer_authority_title = forms.CharField(
        label="Chức vụ người đứng đầu (sau KT., TM. …)", max_length=100, required=False
    )
    signer_title = forms.CharField(label="Chức vụ người ký", max_length=100, required=False)
    signer_name = forms.CharField(label="Họ và tên người ký", max_length=100, required=False)
    recipients = forms.CharField(
        label="Nơi nhận", required=False, widget=forms.Textarea(attrs={"rows": 4})
    )

    def __init__(self, *args, units=(), locked_unit=False, implements_rows=0, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["unit"].choices = unit_choices(units)
        if locked_unit:
            self.fields["unit"].disabled = True
        self.implements_count = implements_rows + 2
        for index in range(self.implements_count):
            for name in IMPLEMENTS_FIELDS:
                field = (
                    DateField(required=False)
                    if name == "date"
                    else forms.CharField(required=False, max_length=500)
                )
                field.label = f"Văn bản {index + 1}: {IMPLEMENTS_LABELS[name].lower()}"
                field.widget.attrs["aria-label"] = field.label
                self.fields[f"impl_{index}_{name}"] = field
        for key, title in OUTLINE:
            self.fields[f"section_{key}"] = forms.CharField(
                label=f"{key}. {title}",
                required=False,
                widget=forms.Textarea(attrs={"rows": 8, "class": "richtext"}),
            )

    @property
    def implements_rows(self):
        """The document rows as groups of bound fields (a small table on the page)."""
        return [
            [self[f"impl_{index}_{name}"] for name in IMPLEMENTS_FIELDS]
            for index in range(self.implements_count)
        ]

    @property
    def main_fields(self):
        return [
            f
            for f in self.visible_fields()
            if not f.name.startswith("impl_") and not f.name.startswith("section_")
        ]

    @property
    def section_fields(self):
        return [f for f in self.visible_fields() if f.name.startswith("section_")]

    def sections(self) -> dict:
        return {key: self.cleaned_data.get(f"section_{key}", "") for key, _ in OUTLINE}

    def implements(self) -> list[dict]:
        rows = []
        for index in range(self.implements_count):
            row = {}
            for name in IMPLEMENTS_FIELDS:
                value = self.cleaned_data.get(f"impl_{index}_{name}")
                row[name] = f"{value:%d/%m/%Y}" if name == "date" and value else (value or "")
            rows.append(row)
        return rows

    def details(self) -> dict:
        found = {name: self.cleaned_data.get(name) or "" for name in PLAN_DETAILS}
        found["issued_on"] = self.cleaned_data.get("issued_on")
        found["year"] = self.cleaned_data.get("year")
        found["status"] = self.cleaned_data.get("status") or PlanStatus.BAN_HANH
        found["implements"] = self.implements()
        return found


def plan_initial(plan) -> dict:
    initial = {
        "version": plan.version,
        "unit": plan.unit.code,
        **{name: getattr(plan, name) for name in EDITABLE - {"implements"}},
        **{f"section_{key}": plan.sections.get(key, "") for key, _ in OUTLINE},
    }
    for index, row in enumerate(plan.implements or []):
        for name in IMPLEMENTS_FIELDS:
            initial[f"impl_{index}_{name}"] = row.get(name, "")
    return initial


class ItemForm(forms.Form):
    number = forms.CharField(
        label="Số thứ tự",
        max_length=20,
        required=False,
        help_text="1, 2, 2.a … (để trống: tiếp theo)",
    )
    content = forms.CharField(label="Nội dung nhiệm vụ", widget=forms.Textarea(attrs={"rows": 3}))
    unit = forms.ChoiceField(label="Đơn vị chủ trì")
    co_children = forms.BooleanField(
        label=f"Phối hợp: {ALL_CHILDREN} (mọi đơn vị cấp dưới của đơn vị ban hành)",
        required=False,
    )
    co_units = UnitTreeField(label="Đơn vị phối hợp", required=False, subtree=False)
    due_rule = forms.CharField(
        label="Hạn",
        max_length=200,
        required=False,
        help_text=(
            "Ví dụ: 10/05/2023; trước ngày 10/5 hằng năm; hằng quý, trước ngày 15 tháng cuối quý"
        ),
    )
    output = forms.ChoiceField(
        label="Sản phẩm", choices=Output.choices, initial=Output.KHAC, required=False
    )
    target = forms.CharField(
        label="Chỉ tiêu", max_length=60, required=False, help_text="Ví dụ: 01 mô hình"
    )
    period = forms.CharField(
        label="Kỳ báo cáo (khi sản phẩm là báo cáo)",
        max_length=10,
        required=False,
        help_text="Ví dụ: 2023-H1 (6 tháng đầu năm 2023), 2023 (cả năm), 2023-Q3",
    )
    form_version = forms.ChoiceField(label="Biểu mẫu báo cáo", required=False)
    lead_days = forms.IntegerField(
        label="Phát hành yêu cầu trước hạn (ngày làm việc)",
        required=False,
        min_value=0,
        max_value=60,
        help_text="Để trống: theo thiết lập chung",
    )

    half_fields = ("number", "unit", "due_rule", "output", "target", "period", "lead_days")

    def __init__(self, *args, units=(), form_versions=(), **kwargs):
        super().__init__(*args, **kwargs)
        units = list(units)
        self.fields["unit"].choices = [("", "— chọn đơn vị —"), *unit_choices(units)]
        self.fields["co_units"].set_units(units)
        self.fields["form_version"].choices = [("", "(biểu mẫu hiện hành)")] + [
            (str(v.pk), str(v)) for v in form_versions
        ]

    def values(self) -> dict:
        data = dict(self.cleaned_data)
        data["form_version"] = int(data["form_version"]) if data.get("form_version") else None
        return data


def item_initial(item) -> dict:
    return {
        "number": item.number,
        "content": item.content,
        "unit": item.unit.code,
        "co_children": item.co_children,
        "co_units": [u.code for u in item.co_units.all()],
        "due_rule": item.due_rule,
        "output": item.output,
        "target": item.target,
        "period": item.period,
        "form_version": str(item.form_version_id or ""),
        "lead_days": item.lead_days,
    }


class ProgressForm(forms.Form):
    state = forms.ChoiceField(
        label="Trạng thái",
        choices=[
            (State.CHUA_THUC_HIEN, State.CHUA_THUC_HIEN.label),
            (State.DANG_THUC_HIEN, State.DANG_THUC_HIEN.label),
            (State.HOAN_THANH, State.HOAN_THANH.label),
        ],
    )
    done_on = DateField(label="Ngày hoàn thành (khi hoàn thành)", required=False)
    note = forms.CharField(
        label="Ghi nhận tiến độ", required=False, widget=forms.Textarea(attrs={"rows": 2})
    )


class CancelForm(forms.Form):
    reason = forms.CharField(label="Lý do hủy", widget=forms.Textarea(attrs={"rows": 2}))


class CopyForm(forms.Form):
    year = forms.IntegerField(label="Sao chép sang năm", min_value=2000, max_value=2100)


class PlanFilter(forms.Form):
    nam = forms.IntegerField(label="Năm", required=False, min_value=2000, max_value=2100)
    tinh_trang = forms.ChoiceField(
        label="Tình trạng", required=False, choices=[("", "Tất cả"), *PlanStatus.choices]
    )


STATUS_LABELS = dict(Status.choices)
