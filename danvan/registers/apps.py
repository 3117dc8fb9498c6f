from django.apps import AppConfig


class RegistersConfig(AppConfig):
    """Shared import/export machinery, the `danvan import` command and the trash."""

    name = "danvan.registers"
    label = "registers"
    verbose_name = "Sổ theo dõi"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from django.db.models.signals import post_delete, post_save

        from danvan.audit.presenting import audit_register_code_labels
        from danvan.audit.recorder import audit_register
        from danvan.registers.custom import custom_field_label, custom_fields_changed
        from danvan.registers.jobs import register_jobs_register
        from danvan.registers.models import CustomField, TrashedRecord

        register_jobs_register()  # a large import runs as a background job
        audit_register(TrashedRecord, unit_path=lambda entry: entry.unit.path)
        audit_register(CustomField)
        # The keys of a record's ``custom`` values are shown by the field's label.
        audit_register_code_labels(custom_field_label)
        for signal in (post_save, post_delete):
            signal.connect(custom_fields_changed, sender=CustomField, dispatch_uid=f"cf-{signal}")
        # A restore (``danvan restore``) replaces every field without a save signal.
        from danvan.core.backup import backup_restored

        backup_restored.connect(custom_fields_changed, dispatch_uid="cf-restored")
