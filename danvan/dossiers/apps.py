from django.apps import AppConfig


class DossiersConfig(AppConfig):
    name = "danvan.dossiers"
    label = "dossiers"
    verbose_name = "Hồ sơ thủ tục hành chính"

    def ready(self):
        from danvan.audit.recorder import audit_register
        from danvan.dossiers.models import Dossier, Procedure

        audit_register(Dossier, unit_path=lambda dossier: dossier.unit.path)
        audit_register(Procedure)

        from danvan.dossiers.worklist import dossiers_due
        from danvan.worklist.registry import worklist_register

        worklist_register("dossiers.overdue", dossiers_due)
