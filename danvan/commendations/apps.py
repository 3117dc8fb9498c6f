from django.apps import AppConfig


class CommendationsConfig(AppConfig):
    """Commendations (khen thưởng): the register of commendations decided (form, level,
    deciding document, collective or individual, the movement rewarded) and proposals (đề xuất
    khen thưởng) that go from a unit to the deciding body through submit and approve, with the
    list of people and their achievements as the proposal's appendix."""

    name = "danvan.commendations"
    label = "commendations"
    verbose_name = "Khen thưởng"

    def ready(self):
        from danvan.audit.recorder import audit_register
        from danvan.commendations import models
        from danvan.commendations.indicators import COMMENDATION_INDICATORS
        from danvan.commendations.spec import COMMENDATIONS
        from danvan.indicators.registry import indicators_register
        from danvan.registers.registry import register_add, registers

        for model in (models.Commendation, models.Proposal):
            audit_register(model, unit_path=lambda record: record.unit.path)
        if COMMENDATIONS.slug not in registers():  # ready() may run twice
            register_add(COMMENDATIONS)
        indicators_register(COMMENDATION_INDICATORS)
        from danvan.commendations.worklist import proposals_due
        from danvan.worklist.registry import worklist_register

        worklist_register("commendations.proposals", proposals_due)
