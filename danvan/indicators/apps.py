from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "danvan.indicators"
    label = "indicators"
    verbose_name = "Chỉ tiêu"

    def ready(self):
        from danvan.audit.presenting import audit_register_code_labels
        from danvan.audit.recorder import audit_register
        from danvan.indicators.labels import indicator_label
        from danvan.indicators.models import (
            Form,
            FormItem,
            FormVersion,
            TypedIndicator,
            TypedValue,
            ValidationRule,
        )

        audit_register(TypedValue, unit_path=lambda value: value.unit.path)
        for model in (TypedIndicator, Form, FormVersion, FormItem, ValidationRule):
            audit_register(model)
        audit_register_code_labels(indicator_label)

        from danvan.indicators.engine import code_indicators
        from danvan.registers.custom_services import custom_register_indicator_code_check

        # A sum indicator of a custom field takes no code of the catalogue or a typed one.
        custom_register_indicator_code_check(
            lambda code: (
                any(i.code == code for i in code_indicators())
                or TypedIndicator.objects.filter(code=code).exists()
            )
        )
