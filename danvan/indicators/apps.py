from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "danvan.indicators"
    label = "indicators"
    verbose_name = "Chỉ tiêu"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
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
        from danvan.indicators.registry import indicators_register
        from danvan.indicators.typed import DERIVED

        audit_register(TypedValue, unit_path=lambda value: value.unit.path)
        for model in (TypedIndicator, Form, FormVersion, FormItem, ValidationRule):
            audit_register(model)
        audit_register_code_labels(indicator_label)
        indicators_register(DERIVED)
