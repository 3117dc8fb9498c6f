from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from danvan.accounts.access import SYSTEM
from danvan.core.commands import fail
from danvan.core.errors import DomainError
from danvan.documents import render as documents
from danvan.indicators.selectors import indicators_scope
from danvan.plans.models import Plan
from danvan.reporting.models import Consolidation, UnitReport

NOT_FOUND = "Không có {what} số {id}."


class Command(BaseCommand):
    help = (
        "Xuất văn bản theo thể thức Nghị định 30/2020: report --id N, consolidation --request N, "
        "appendix --unit MÃ --period KỲ [--subtree], plan --id N; --format docx|pdf|xlsx -o TỆP."
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="what", required=True)
        for name, formats in (
            ("report", ["docx", "pdf"]),
            ("consolidation", ["docx", "pdf", "xlsx"]),
            ("appendix", ["docx", "pdf", "xlsx"]),
            ("plan", ["docx", "pdf"]),
        ):
            command = sub.add_parser(name)
            if name in ("report", "plan"):
                command.add_argument("--id", type=int, required=True)
            if name == "consolidation":
                command.add_argument("--request", type=int, required=True)
            if name == "appendix":
                command.add_argument("--unit", required=True)
                command.add_argument("--period", required=True)
                command.add_argument("--subtree", action="store_true")
            command.add_argument("--format", choices=formats, default="docx")
            command.add_argument("-o", "--output", required=True)

    def handle(self, *args, what, output, **options):
        fmt = options["format"]
        try:
            rendered = self._render(what, fmt, options)
        except DomainError as error:
            raise fail(error)
        Path(output).write_bytes(rendered.content)
        self.stdout.write(f"Đã ghi {output} ({len(rendered.content):,} byte).".replace(",", "."))

    def _render(self, what, fmt, options):
        if what == "report":
            report = UnitReport.objects.filter(pk=options["id"]).first()
            if report is None:
                raise CommandError(NOT_FOUND.format(what="báo cáo", id=options["id"]))
            return documents.render_report(report, fmt)
        if what == "plan":
            plan = Plan.objects.filter(pk=options["id"]).first()
            if plan is None:
                raise CommandError(NOT_FOUND.format(what="kế hoạch", id=options["id"]))
            return documents.render_plan(plan, fmt)
        if what == "consolidation":
            found = Consolidation.objects.filter(request_id=options["request"]).first()
            if found is None:
                raise CommandError(
                    NOT_FOUND.format(what="báo cáo tổng hợp của yêu cầu", id=options["request"])
                )
            return documents.render_consolidation(found, fmt)

        try:
            scope = indicators_scope(
                SYSTEM, options["unit"], options["period"], subtree=options["subtree"]
            )
        except Http404:
            raise CommandError(f"Không có đơn vị «{options['unit']}».")
        return documents.render_appendix(scope, fmt)
