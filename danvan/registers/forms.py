"""Forms of any register, built from its spec, with the import's own cross-field checks."""

from django import forms

from danvan.core.forms import CountField, DateField
from danvan.core.parsing import sentence
from danvan.orgunits.widgets import unit_select
from danvan.registers.columns import RegisterSpec, value_problem
from danvan.registers.custom import Kind, custom_columns
from danvan.registers.models import CustomField
from danvan.registers.selectors import column_header

CUSTOM_PREFIX = "bo_sung__"


def _custom_formfield(column) -> forms.Field:
    """A custom field's input: typed text parsed by the import's own parser in ``clean``."""
    label, required = column.header, column.required
    if column.kind == Kind.BOOL:
        return forms.BooleanField(label=label, required=False)
    if column.kind == Kind.CHOICE:
        choices = [("", "—"), *column.parse.choices]
        return forms.ChoiceField(label=label, required=False, choices=choices)
    attrs = {}
    if column.kind == Kind.NUMBER:
        attrs = {"inputmode": "numeric"}
    elif column.kind == Kind.DATE:
        attrs = {"placeholder": "dd/mm/yyyy", "inputmode": "numeric"}
    hint = column.help or ("dd/mm/yyyy" if column.kind == Kind.DATE else "")
    field = forms.CharField(
        label=label, required=False, help_text=hint, widget=forms.TextInput(attrs=attrs)
    )
    field.widget.is_required = required
    return field


def custom_form_fields(columns) -> dict[str, forms.Field]:
    """The form fields of the register's custom columns, named ``bo_sung__<code>``."""
    return {CUSTOM_PREFIX + column.name: _custom_formfield(column) for column in columns}


def custom_initial(columns, record) -> dict[str, object]:
    initial = {}
    for column in columns:
        value = column.value_of(record)
        if column.kind == Kind.BOOL:
            initial[CUSTOM_PREFIX + column.name] = bool(value)
        else:
            initial[CUSTOM_PREFIX + column.name] = column.export(value)
    return initial


def custom_clean(form, columns, cleaned: dict) -> None:
    """Parse the custom inputs (required, number, dd/mm/yyyy, list) into
    ``cleaned["custom"]``; each bad input is an error on its own field."""
    custom = {}
    for column in columns:
        name = CUSTOM_PREFIX + column.name
        raw = cleaned.pop(name, None)
        text_value = ("có" if raw else "không") if column.kind == Kind.BOOL else str(raw or "")
        if column.required and not text_value.strip():
            form.add_error(name, "Bắt buộc, không được để trống.")
            continue
        try:
            value = column.parse(text_value)
        except ValueError as error:
            reason = str(error)
            form.add_error(name, reason[0].upper() + reason[1:] + ".")
            continue
        custom[column.name] = column.to_json(value)
    cleaned["custom"] = custom


COUNT_FIELDS = {"PositiveIntegerField", "PositiveSmallIntegerField"}


class CodeRefField(forms.CharField):
    """A reference to a record of another register (a recommendation's inspection) typed by its
    code and read by the column's own parser, as a file cell is: no list of every record of the
    province in the page."""

    def __init__(self, column, model, **kwargs):
        self.column, self.model = column, model
        super().__init__(help_text=column.help, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, str):  # what was typed, shown back after an error
            return value
        if isinstance(value, int):
            value = self.model._default_manager.filter(pk=value).first()
        return self.column.export(value) if value else ""

    def clean(self, value):
        text = super().clean(value)
        if not text:
            return None
        try:
            return self.column.parse(text)
        except ValueError as error:
            reason = str(error)
            raise forms.ValidationError(reason[0].upper() + reason[1:] + ".") from None


def record_form_class(spec: RegisterSpec) -> type[forms.ModelForm]:
    fields = [c.field for c in spec.columns]
    labels = {c.field: column_header(c) for c in spec.columns}
    by_field = {c.field: c for c in spec.columns}
    model = spec.model

    def formfield(db_field, **kwargs):
        if db_field.is_relation and db_field.name != "unit" and db_field.name in by_field:
            return CodeRefField(
                by_field[db_field.name],
                db_field.remote_field.model,
                label=labels[db_field.name],
                required=not db_field.null,
            )
        if db_field.get_internal_type() == "DateField":
            return DateField(label=labels.get(db_field.name), required=not db_field.null)
        if db_field.get_internal_type() in COUNT_FIELDS:
            return CountField(
                label=labels.get(db_field.name),
                required=not db_field.blank,
                initial=db_field.get_default() if db_field.has_default() else None,
            )
        field = db_field.formfield(**kwargs)
        if field is not None and db_field.name in labels:
            field.label = labels[db_field.name]
        return field

    class RecordForm(forms.ModelForm):
        def __init__(self, *args, units=None, **kwargs):
            super().__init__(*args, **kwargs)
            if units is not None and "unit" in self.fields:
                unit_select(self.fields["unit"], units)
            # Read per form, not when the class is built (a module may build it at import).
            self.custom_columns = custom_columns(spec)
            self.fields.update(custom_form_fields(self.custom_columns))
            if self.instance.pk:
                self.initial.update(custom_initial(self.custom_columns, self.instance))

        def clean(self):
            cleaned = super().clean()
            # The one parser's rules on each typed value, as the import and the API apply
            # them: an error on its own field (control characters, an empty code, a date
            # outside 1990 – next year, a number too large for the database).
            for column in spec.columns:
                name = column.field
                if name == "unit" or name not in cleaned or name in self.errors:
                    continue
                value, why = value_problem(column, cleaned[name], is_key=column.name == spec.key)
                if why:
                    self.add_error(name, sentence(why))
                else:
                    cleaned[name] = value
            custom_clean(self, self.custom_columns, cleaned)
            by_column = {c.name: c.field for c in spec.columns}
            for column, reason in spec.check(cleaned):
                field = by_column.get(column)
                if field in self.fields and field not in self.errors:
                    self.add_error(field, reason[0].upper() + reason[1:] + ".")
            return cleaned

    return forms.models.modelform_factory(
        model, form=RecordForm, fields=fields, formfield_callback=formfield
    )


class CustomFieldForm(forms.Form):
    """The administrator's form of a custom field; every check is the service's."""

    so = forms.ChoiceField(label="Sổ")
    ten = forms.CharField(label="Tên trường (tiêu đề cột)", required=False, max_length=300)
    kieu = forms.ChoiceField(label="Kiểu", choices=CustomField.Kind.choices)
    ma = forms.CharField(
        label="Mã kỹ thuật",
        required=False,
        max_length=100,
        help_text="Để trống: lấy theo tên, ví dụ «Số người tham dự» → so_nguoi_tham_du. "
        "Dùng trong API và tệp CSV; không đổi được sau khi tạo.",
    )
    lua_chon = forms.CharField(
        label="Các lựa chọn (kiểu danh sách chọn)",
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text="Mỗi dòng một lựa chọn.",
    )
    bat_buoc = forms.BooleanField(label="Bắt buộc", required=False)
    thu_tu = forms.CharField(
        label="Thứ tự", required=False, max_length=10, help_text="Để trống: xếp cuối."
    )
    tao_chi_tieu = forms.BooleanField(
        label="Tạo chỉ tiêu tổng",
        required=False,
        help_text="Chỉ cho kiểu Số (cộng các giá trị) hoặc Có/không (đếm bản ghi có).",
    )
    ma_chi_tieu = forms.CharField(label="Mã chỉ tiêu", required=False, max_length=100)
    ten_chi_tieu = forms.CharField(label="Tên chỉ tiêu", required=False, max_length=400)

    def __init__(self, *args, register_choices=(), editing: bool = False, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["so"].choices = list(register_choices)
        if editing:  # the register, the kind and the code of a field stay
            for name in ("so", "kieu", "ma"):
                self.fields[name].disabled = True

    def service_values(self) -> dict:
        data = self.cleaned_data
        make = data.get("tao_chi_tieu")
        return {
            "label": data.get("ten", ""),
            "choices": data.get("lua_chon", ""),
            "required": bool(data.get("bat_buoc")),
            "position": data.get("thu_tu", ""),
            "indicator_code": data.get("ma_chi_tieu", "") if make else "",
            "indicator_label": data.get("ten_chi_tieu", "") if make else "",
        }


def custom_field_initial(field: CustomField) -> dict:
    return {
        "so": field.register_slug,
        "ten": field.label,
        "kieu": field.kind,
        "ma": field.code,
        "lua_chon": "\n".join(field.choices or []),
        "bat_buoc": field.required,
        "thu_tu": str(field.position),
        "tao_chi_tieu": bool(field.indicator_code),
        "ma_chi_tieu": field.indicator_code,
        "ten_chi_tieu": field.indicator_label,
    }
