from django.apps import AppConfig


class EmulationConfig(AppConfig):
    """Emulation movements (phong trào thi đua): the launching document, the years they run,
    the units taking part, their criteria (tiêu chí), registrations of collectives and
    individuals with their commitments, yearly assessments against the criteria with evidence,
    the "cơ quan đạt chuẩn văn hóa" recognition, and the interim and final reviews (sơ kết,
    tổng kết) as due things of the deadline engine. Plugs into the registers, indicators and
    deadline layers from ready()."""

    name = "danvan.emulation"
    label = "emulation"
    verbose_name = "Thi đua"

    def ready(self):
        # AppConfig.ready(): models (and the specs built on them) can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.deadlines.registry import deadline_kind_register
        from danvan.emulation import models
        from danvan.emulation.deadlines import REVIEW_KIND
        from danvan.emulation.indicators import EMULATION_INDICATORS
        from danvan.emulation.spec import EMULATION_SPECS
        from danvan.indicators.registry import indicators_register
        from danvan.registers.registry import register_add, registers

        for model in (
            models.Movement,
            models.Registration,
            models.CultureRecognition,
            models.MovementReview,
        ):
            audit_register(model, unit_path=lambda record: record.unit.path)
        audit_register(models.Criterion, unit_path=lambda record: record.movement.unit.path)
        for spec in EMULATION_SPECS:
            if spec.slug not in registers():  # ready() may run twice
                register_add(spec)
        indicators_register(EMULATION_INDICATORS)
        deadline_kind_register(REVIEW_KIND)
