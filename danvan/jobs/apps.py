from django.apps import AppConfig


class JobsConfig(AppConfig):
    """Background jobs with progress (decision 0042): a generic app; domain apps register their
    kinds of job from their own ``ready()`` and this app knows none of them."""

    name = "danvan.jobs"
    label = "jobs"
    verbose_name = "Việc nền"

    def ready(self):
        from django.db.models.signals import post_migrate

        from danvan.jobs.schedules import schedules_ensure

        post_migrate.connect(schedules_ensure, sender=self)
