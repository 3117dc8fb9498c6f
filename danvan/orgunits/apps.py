from django.apps import AppConfig


class OrgUnitsConfig(AppConfig):
    name = "danvan.orgunits"
    label = "orgunits"
    verbose_name = "Đơn vị"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.orgunits.models import OrgUnit, OrgUnitVersion

        audit_register(OrgUnit, unit_path=lambda unit: unit.path)
        audit_register(OrgUnitVersion, unit_path=lambda version: version.unit.path)
