from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "danvan.indicators"
    label = "indicators"
    verbose_name = "Chỉ tiêu"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.presenting import audit_register_code_labels
        from danvan.audit.recorder import audit_register
        from danvan.indicators.custom_fields import custom_field_indicators
        from danvan.indicators.labels import indicator_label
        from danvan.indicators.models import (
            Form,
            FormItem,
            FormVersion,
            TypedIndicator,
            TypedValue,
            ValidationRule,
        )
        from danvan.indicators.registry import catalogue, indicators_register
        from danvan.indicators.typed import DERIVED
        from danvan.registers.custom_services import custom_register_indicator_code_check

        audit_register(TypedValue, unit_path=lambda value: value.unit.path)
        for model in (TypedIndicator, Form, FormVersion, FormItem, ValidationRule):
            audit_register(model)
        audit_register_code_labels(indicator_label)
        indicators_register(DERIVED)
        indicators_register(custom_field_indicators)

        # A sum indicator of a custom field takes no code of the catalogue or a typed one.
        custom_register_indicator_code_check(
            lambda code: code in catalogue() or TypedIndicator.objects.filter(code=code).exists()
        )
