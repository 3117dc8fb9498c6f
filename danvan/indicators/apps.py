from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "danvan.indicators"
    label = "indicators"
    verbose_name = "Chỉ tiêu"

    def ready(self):
        from django.db.models.signals import post_save

        from danvan.audit.presenting import audit_register_code_labels
        from danvan.audit.recorder import audit_register
        from danvan.indicators.admin_defined import typed_indicator_versioned
        from danvan.indicators.engine import catalogue_invalidate
        from danvan.indicators.labels import indicator_label
        from danvan.indicators.models import (
            Form,
            FormItem,
            FormVersion,
            TypedIndicator,
            TypedIndicatorVersion,
            TypedValue,
            ValidationRule,
        )

        audit_register(TypedValue, unit_path=lambda value: value.unit.path)
        for model in (TypedIndicator, Form, FormVersion, FormItem, ValidationRule):
            audit_register(model)
        # Every change of an administrator-defined indicator is versioned, and the new version
        # drops this process's catalogue (other processes see the stamp move).
        post_save.connect(typed_indicator_versioned, sender=TypedIndicator)
        post_save.connect(catalogue_invalidate, sender=TypedIndicatorVersion)
        audit_register_code_labels(indicator_label)
