"""Forms of any register, built from its spec, with the import's own cross-field checks."""

from django import forms

from danvan.core.forms import CountField, DateField
from danvan.orgunits.widgets import unit_select
from danvan.registers.columns import RegisterSpec
from danvan.registers.selectors import column_header

COUNT_FIELDS = {"PositiveIntegerField", "PositiveSmallIntegerField"}


def record_form_class(spec: RegisterSpec) -> type[forms.ModelForm]:
    fields = [c.field for c in spec.columns]
    labels = {c.field: column_header(c) for c in spec.columns}
    model = spec.model

    def formfield(db_field, **kwargs):
        if db_field.get_internal_type() == "DateField":
            return DateField(label=labels.get(db_field.name), required=not db_field.null)
        if db_field.get_internal_type() in COUNT_FIELDS:
            return CountField(label=labels.get(db_field.name), required=not db_field.blank)
        field = db_field.formfield(**kwargs)
        if field is not None and db_field.name in labels:
            field.label = labels[db_field.name]
        return field

    class RecordForm(forms.ModelForm):
        def __init__(self, *args, units=None, **kwargs):
            super().__init__(*args, **kwargs)
            if units is not None and "unit" in self.fields:
                unit_select(self.fields["unit"], units)

        def clean(self):
            cleaned = super().clean()
            by_column = {c.name: c.field for c in spec.columns}
            for column, reason in spec.check(cleaned):
                field = by_column.get(column)
                if field in self.fields and field not in self.errors:
                    self.add_error(field, reason[0].upper() + reason[1:] + ".")
            return cleaned

    return forms.models.modelform_factory(
        model, form=RecordForm, fields=fields, formfield_callback=formfield
    )
