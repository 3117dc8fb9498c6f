from django.apps import AppConfig


class CheckerConfig(AppConfig):
    """The report checker: read a report, find its figures, check they hold together; import
    legacy reports' figures into a unit's history."""

    name = "danvan.checker"
    label = "checker"
    verbose_name = "Kiểm tra báo cáo"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.checker.models import LegacyValue
        from danvan.checker.selectors import legacy_values
        from danvan.reporting.legacy import legacy_source_register

        audit_register(LegacyValue, unit_path=lambda value: value.unit.path)
        legacy_source_register(legacy_values)

        from danvan.checker.jobs import checker_jobs_register

        checker_jobs_register()  # the checker on large files runs as a background job
