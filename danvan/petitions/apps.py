from django.apps import AppConfig


class PetitionsConfig(AppConfig):
    name = "danvan.petitions"
    label = "petitions"
    verbose_name = "Tiếp công dân, đơn thư"

    def ready(self):
        from danvan.audit.recorder import audit_register
        from danvan.petitions.models import DeadlineRule, Petition, Reception

        audit_register(Reception, unit_path=lambda r: r.unit.path)
        audit_register(Petition, unit_path=lambda p: p.unit.path)
        audit_register(DeadlineRule)

        from danvan.petitions.worklist import petitions_due
        from danvan.worklist.registry import worklist_register

        worklist_register("petitions.overdue", petitions_due)
