from django.apps import AppConfig


class IndicatorsConfig(AppConfig):
    name = "danvan.indicators"
    label = "indicators"
    verbose_name = "Chỉ tiêu"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from django.db.models.signals import post_save

        from danvan.audit.presenting import audit_register_code_labels
        from danvan.audit.recorder import audit_register
        from danvan.indicators.admin_defined import admin_indicators, typed_indicator_versioned
        from danvan.indicators.custom_fields import custom_field_indicators
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
        from danvan.indicators.registry import catalogue, indicators_register
        from danvan.indicators.typed import DERIVED
        from danvan.registers.custom_services import custom_register_indicator_code_check

        audit_register(TypedValue, unit_path=lambda value: value.unit.path)
        for model in (TypedIndicator, Form, FormVersion, FormItem, ValidationRule):
            audit_register(model)
        # Every change of an administrator-defined indicator is versioned, and the new version
        # drops this process's catalogue (other processes see the stamp move).
        post_save.connect(
            typed_indicator_versioned, sender=TypedIndicator, dispatch_uid="ti-versioned"
        )
        post_save.connect(
            catalogue_invalidate, sender=TypedIndicatorVersion, dispatch_uid="ti-catalogue"
        )
        # A restore (``danvan restore``) replaces the administrators' indicators unsaved.
        from danvan.core.backup import backup_restored

        backup_restored.connect(catalogue_invalidate, dispatch_uid="catalogue-restored")
        audit_register_code_labels(indicator_label)
        indicators_register(DERIVED)
        indicators_register(custom_field_indicators)
        indicators_register(admin_indicators)

        # A sum indicator of a custom field takes no code of the catalogue or a typed one.
        custom_register_indicator_code_check(
            lambda code: code in catalogue() or TypedIndicator.objects.filter(code=code).exists()
        )
