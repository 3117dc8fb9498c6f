from django.apps import AppConfig


class ReportingConfig(AppConfig):
    """Report requests, unit reports and their workflow (issue 4; the core, no pages yet)."""

    name = "danvan.reporting"
    label = "reporting"
    verbose_name = "Báo cáo định kỳ"

    def ready(self):
        # AppConfig.ready(): models can be imported only now.
        from danvan.audit.recorder import audit_register
        from danvan.reporting.models import ReportRequest, RequestTarget, UnitReport

        audit_register(ReportRequest, unit_path=lambda r: r.issuer.path)
        audit_register(RequestTarget, unit_path=lambda t: t.unit.path)
        audit_register(UnitReport, unit_path=lambda r: r.unit.path)

        from danvan.reporting.worklist import reports_due
        from danvan.worklist.registry import worklist_register

        worklist_register("reporting.reports", reports_due)

        from danvan.deadlines.registry import deadline_kind_register
        from danvan.reporting.deadline_kinds import REPORT_REQUESTS

        deadline_kind_register(REPORT_REQUESTS)

        from danvan.reporting.jobs import reporting_jobs_register

        reporting_jobs_register()  # a large consolidation runs as a background job
