from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    """The smaller registers of DOMAIN.md §4: dialogues, conferences, documents, "Dân vận
    khéo" models, inspections, the Fatherland Front's supervision, staff conferences."""

    name = "danvan.activities"
    label = "activities"
    verbose_name = "Các sổ theo dõi khác"

    def ready(self):
        # AppConfig.ready(): models (and the specs built on them) can be imported only now.
        from danvan.activities import models
        from danvan.activities.indicators import ACTIVITY_INDICATORS
        from danvan.activities.spec import ACTIVITY_SPECS
        from danvan.audit.recorder import audit_register
        from danvan.indicators.registry import indicators_register
        from danvan.registers.registry import register_add

        for model in models.REGISTER_MODELS:
            audit_register(model, unit_path=lambda record: record.unit.path)
        for spec in ACTIVITY_SPECS:
            register_add(spec)
        indicators_register(ACTIVITY_INDICATORS)
