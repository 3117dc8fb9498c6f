from django.apps import AppConfig


class DemocracyConfig(AppConfig):
    """Grassroots democracy in agencies (Luật Thực hiện dân chủ ở cơ sở 2022, Nghị định
    59/2023/NĐ-CP): the catalogue of obligations, their yearly instances per unit (a kind of the
    deadline engine), publicity to staff, the staff conference's resolution, the steering board
    and the people's inspection board."""

    name = "danvan.democracy"
    label = "democracy"
    verbose_name = "Thực hiện dân chủ ở cơ sở"

    def ready(self):
        # AppConfig.ready(): models (and the specs built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.deadlines.registry import deadline_kind_register
        from danvan.democracy import models
        from danvan.democracy.deadlines import DEMOCRACY_KINDS
        from danvan.democracy.indicators import DEMOCRACY_INDICATORS
        from danvan.democracy.spec import DEMOCRACY_SPECS
        from danvan.indicators.registry import indicators_register
        from danvan.registers.registry import register_add, registers

        audit_register(models.ObligationType)
        for model in (
            models.Obligation,
            models.ResolutionItem,
            models.SteeringBoard,
            models.PeopleInspectionBoard,
            models.BoardSupervision,
        ):
            audit_register(model, unit_path=lambda record: record.unit.path)
        for spec in DEMOCRACY_SPECS:
            if spec.slug not in registers():
                register_add(spec)
        for kind in DEMOCRACY_KINDS:
            deadline_kind_register(kind)
        indicators_register(DEMOCRACY_INDICATORS)
