from django.apps import AppConfig


class DossiersConfig(AppConfig):
    name = "danvan.dossiers"
    label = "dossiers"
    verbose_name = "Hồ sơ thủ tục hành chính"

    def ready(self):
        # AppConfig.ready(): models (and the specs built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.dossiers.indicators import DOSSIER_INDICATORS
        from danvan.dossiers.models import Dossier, Procedure
        from danvan.dossiers.rules import DOSSIER_RULES
        from danvan.dossiers.spec import DOSSIERS
        from danvan.dossiers.worklist import dossiers_due
        from danvan.indicators.registry import indicators_register, rules_register
        from danvan.registers.registry import register_add
        from danvan.worklist.registry import worklist_register

        audit_register(Dossier, unit_path=lambda dossier: dossier.unit.path)
        audit_register(Procedure)
        worklist_register("dossiers.overdue", dossiers_due)
        register_add(DOSSIERS)
        indicators_register(DOSSIER_INDICATORS)
        rules_register(DOSSIER_RULES)

        from danvan.deadlines.registry import deadline_kind_register
        from danvan.dossiers.deadline_kinds import OVERDUE_DOSSIERS

        deadline_kind_register(OVERDUE_DOSSIERS)
