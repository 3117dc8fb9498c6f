from django import forms

from danvan.core.forms import DateField
from danvan.orgunits.widgets import UnitTreeField, unit_choices
from danvan.periods.values import Period, PeriodError
from danvan.reporting.outlines import STANDARD_OUTLINE, STANDARD_TYPE, outline_headings
from danvan.reporting.services import EDITABLE_DETAILS

AUTHORITIES = [
    ("", "(ký trực tiếp)"),
    ("KT.", "KT. — ký thay"),
    ("TM.", "TM. — thay mặt"),
    ("TL.", "TL. — thừa lệnh"),
    ("TUQ.", "TUQ. — thừa ủy quyền"),
    ("Q.", "Q. — quyền"),
]


class TargetsField(UnitTreeField):
    """The tree offers only the units the user may target (services.request_targets_allowed);
    a code posted from outside it is left to services.request_targets_resolve, which refuses
    it by name with the same message as the API."""

    def valid_value(self, value) -> bool:
        return True


class RequestForm(forms.Form):
    issuer = forms.ChoiceField(label="Đơn vị ban hành")
    number = forms.CharField(label="Số", max_length=20)
    symbol = forms.CharField(label="Ký hiệu", max_length=60)
    issued_on = DateField(label="Ngày ban hành")
    subject = forms.CharField(label="Trích yếu", max_length=500)
    period = forms.CharField(label="Kỳ báo cáo", help_text="Ví dụ: 2021, 2021-H1, 2021-Q3")
    window_start = DateField(
        label="Lấy số liệu từ ngày",
        required=False,
        help_text="Để trống: theo quy định chung về kỳ báo cáo.",
    )
    window_end = DateField(label="Lấy số liệu đến ngày", required=False)
    deadline = DateField(label="Hạn gửi báo cáo")
    report_type = forms.ChoiceField(
        label="Loại báo cáo",
        required=False,
        help_text="Đề cương và biểu số liệu của báo cáo theo loại đã chọn.",
    )
    form_version = forms.ChoiceField(label="Biểu mẫu phụ lục", required=False)
    parent = forms.ChoiceField(label="Theo yêu cầu của cấp trên", required=False)
    remind_days_before = forms.IntegerField(
        label="Nhắc trước hạn (ngày làm việc)",
        min_value=0,
        max_value=60,
        initial=3,
        help_text="Tính theo ngày làm việc (trừ thứ Bảy, Chủ nhật, ngày lễ, Tết); 0: không nhắc.",
    )
    remind_on_day = forms.BooleanField(label="Nhắc vào ngày hết hạn", required=False, initial=True)
    remind_days_after = forms.IntegerField(
        label="Nhắc sau hạn (ngày làm việc)",
        min_value=0,
        max_value=60,
        initial=1,
        help_text="Nhắc đơn vị chưa gửi, sau hạn bấy nhiêu ngày làm việc; 0: không nhắc.",
    )
    targets = TargetsField(label="Các đơn vị phải báo cáo", required=False)

    half_fields = {"issuer", "subject", "parent", "form_version", "report_type"}
    field_order = [
        "issuer", "number", "symbol", "subject", "report_type", "issued_on", "period",
        "window_start", "window_end", "deadline", "remind_days_before", "remind_on_day",
        "remind_days_after", "form_version", "parent", "targets",
    ]  # fmt: skip

    def __init__(
        self, *args, issuers=(), units=(), parents=(), form_versions=(), types=(), **kwargs
    ):
        super().__init__(*args, **kwargs)
        self.fields["report_type"].choices = [(t.code, t.name) for t in types]
        self.fields["report_type"].initial = STANDARD_TYPE  # the periodic report, unless chosen
        self.fields["form_version"].choices = [("", "(phiên bản mới nhất)")] + [
            (str(v.pk), str(v)) for v in form_versions
        ]
        self.fields["issuer"].choices = unit_choices(issuers)
        # One tree of the units, searchable, with «Chọn cả cấp dưới» on each branch.
        self.fields["targets"].set_units(units)
        self.fields["parent"].choices = [("", "(không)")] + [
            (str(r.pk), r.reference) for r in parents
        ]

    def clean_period(self):
        """A bad period is named under its own field (beside its help text), not at the top."""
        try:
            return Period.parse(self.cleaned_data["period"]).code
        except PeriodError as error:
            raise forms.ValidationError(str(error))

    def clean(self):
        data = super().clean()
        if bool(data.get("window_start")) != bool(data.get("window_end")):
            self.add_error(
                None, "Cần cả ngày bắt đầu và ngày kết thúc để lấy số liệu theo khoảng ngày riêng."
            )
        if not data.get("targets"):
            self.add_error(None, "Chọn ít nhất một đơn vị phải báo cáo.")
        return data


class ReportForm(forms.Form):
    version = forms.IntegerField(widget=forms.HiddenInput)

    def __init__(self, *args, locked=False, headings=None, **kwargs):
        super().__init__(*args, **kwargs)
        # The request's report type gives the headings (nested ones included).
        self.headings = headings or outline_headings(STANDARD_OUTLINE)
        for heading in self.headings:
            self.fields[f"section_{heading.slug}"] = forms.CharField(
                label=heading.label,
                required=False,
                widget=forms.Textarea(attrs={"rows": 6, "class": "richtext"}),
            )
        self.fields["number"] = forms.CharField(label="Số báo cáo", max_length=60, required=False)
        self.fields["report_date"] = DateField(label="Ngày báo cáo", required=False)
        self.fields["signer_authority"] = forms.ChoiceField(
            label="Quyền hạn ký", choices=AUTHORITIES, required=False
        )
        self.fields["signer_authority_title"] = forms.CharField(
            label="Chức vụ người đứng đầu (sau KT., TM. …)",
            max_length=100,
            required=False,
            help_text="Ví dụ: TRƯỞNG BAN",
        )
        self.fields["signer_title"] = forms.CharField(
            label="Chức vụ người ký", max_length=100, required=False
        )
        self.fields["signer_name"] = forms.CharField(
            label="Họ và tên người ký", max_length=100, required=False
        )
        self.fields["recipients"] = forms.CharField(
            label="Nơi nhận",
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
            help_text="Mỗi nơi nhận một dòng, ví dụ: - Sở Nội vụ;",
        )
        if locked:
            for field in self.fields.values():
                field.disabled = True

    def sections(self) -> dict:
        return {h.key: self.cleaned_data.get(f"section_{h.slug}", "") for h in self.headings}

    def section_fields(self):
        return [self[f"section_{h.slug}"] for h in self.headings]

    def details(self) -> dict:

        found = {name: self.cleaned_data.get(name) or "" for name in EDITABLE_DETAILS}
        found["report_date"] = self.cleaned_data.get("report_date")
        return found


def overrides_from_post(post) -> dict:
    """``override_value_CODE`` / ``override_reason_CODE`` pairs of the appendix table."""
    found = {}
    for name, value in post.items():
        if name.startswith("override_value_"):
            code = name.removeprefix("override_value_")
            found[code] = {"value": value, "reason": post.get(f"override_reason_{code}", "")}
    return found


class ConsolidationForm(ReportForm):
    """The consolidated report: the same sections, number, date, signature and recipients."""


class ReportTypeForm(forms.Form):
    """A report type as an administrator edits it: the outline typed one heading per line."""

    code = forms.CharField(label="Mã loại báo cáo", max_length=40, help_text="Ví dụ BC_SO_KET")
    name = forms.CharField(label="Tên loại báo cáo", max_length=300)
    document_kind = forms.CharField(
        label="Loại văn bản in ở phần đầu", max_length=60, initial="BÁO CÁO"
    )
    outline_text = forms.CharField(
        label="Đề cương",
        widget=forms.Textarea(attrs={"rows": 12}),
        help_text="Mỗi dòng một mục, mở đầu bằng số mục: I., II. … cho mục lớn; 1., 2. … cho "
        "mục con; a), b) … cho mục nhỏ hơn.",
    )
    figures_section = forms.CharField(
        label="Mục mở đầu bằng các câu số liệu",
        max_length=20,
        required=False,
        help_text="Số của mục, ví dụ III; để trống: không chèn câu số liệu.",
    )
    form_code = forms.ChoiceField(label="Biểu số liệu (phụ lục)", required=False)
    appendix_registers = forms.MultipleChoiceField(
        label="Sổ liệt kê thành phụ lục",
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    active = forms.BooleanField(label="Đang dùng", required=False, initial=True)
    note = forms.CharField(label="Ghi chú thay đổi", max_length=300, required=False)

    def __init__(self, *args, forms_available=(), registers_available=(), editing=False, **kw):
        super().__init__(*args, **kw)
        self.fields["form_code"].choices = [("", "(biểu mẫu mặc định)")] + [
            (f.code, f.name) for f in forms_available
        ]
        self.fields["appendix_registers"].choices = [
            (spec.slug, spec.label) for spec in registers_available
        ]
        if editing:
            self.fields["code"].disabled = True
            self.fields["code"].required = False
        else:
            del self.fields["active"]

    def values(self) -> dict:
        data = self.cleaned_data
        return {
            "name": data["name"],
            "document_kind": data["document_kind"],
            "outline_text": data["outline_text"],
            "figures_section": data.get("figures_section", ""),
            "form_code": data.get("form_code") or "",
            "appendix_registers": data.get("appendix_registers") or [],
            "note": data.get("note", ""),
        }
