from django.apps import AppConfig


class PetitionsConfig(AppConfig):
    name = "danvan.petitions"
    label = "petitions"
    verbose_name = "Tiếp công dân, đơn thư"

    def ready(self):
        # AppConfig.ready(): models (and the specs built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.indicators.registry import indicators_register
        from danvan.petitions.indicators import PETITION_INDICATORS
        from danvan.petitions.models import DeadlineRule, Petition, Reception
        from danvan.petitions.spec import PETITIONS, RECEPTIONS
        from danvan.petitions.worklist import petitions_due
        from danvan.registers.registry import register_add
        from danvan.worklist.registry import worklist_register

        audit_register(Reception, unit_path=lambda r: r.unit.path)
        audit_register(Petition, unit_path=lambda p: p.unit.path)
        audit_register(DeadlineRule)
        worklist_register("petitions.overdue", petitions_due)
        register_add(RECEPTIONS)
        register_add(PETITIONS)
        indicators_register(PETITION_INDICATORS)

        from danvan.deadlines.registry import deadline_kind_register
        from danvan.petitions.deadline_kinds import OVERDUE_PETITIONS, RECEPTION_QUOTA
        from danvan.petitions.models import ReceptionQuota

        audit_register(ReceptionQuota)
        deadline_kind_register(OVERDUE_PETITIONS)
        deadline_kind_register(RECEPTION_QUOTA)
