from django.apps import AppConfig


class RegistersConfig(AppConfig):
    """Shared import/export machinery, the `danvan import` command and the trash."""

    name = "danvan.registers"
    label = "registers"
    verbose_name = "Sổ theo dõi"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.registers.models import TrashedRecord

        audit_register(TrashedRecord, unit_path=lambda entry: entry.unit.path)
