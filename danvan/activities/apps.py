from django.apps import AppConfig


class ActivitiesConfig(AppConfig):
    """The smaller registers of DOMAIN.md §4: dialogues, conferences, documents, "Dân vận
    khéo" models, inspections, the Fatherland Front's supervision, staff conferences."""

    name = "danvan.activities"
    label = "activities"
    verbose_name = "Các sổ theo dõi khác"

    def ready(self):
        from danvan.activities import models
        from danvan.audit.recorder import audit_register

        for model in models.REGISTER_MODELS:
            audit_register(model, unit_path=lambda record: record.unit.path)
