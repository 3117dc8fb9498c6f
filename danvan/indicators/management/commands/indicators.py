import json

from django.core.management.base import BaseCommand, CommandError
from django.http import Http404

from danvan.accounts.access import SYSTEM
from danvan.core.commands import fail
from danvan.core.dates import parse_date
from danvan.core.errors import DomainError
from danvan.core.numbers import format_number
from danvan.indicators.engine import catalogue
from danvan.indicators.selectors import indicators_for_scope, indicators_scope, result_as_json


class Command(BaseCommand):
    help = (
        "Tính các chỉ tiêu của một đơn vị (hoặc cả cấp dưới) cho một kỳ: "
        "danvan indicators --unit MA --period 2021 [--subtree] [--from dd/mm/yyyy --to …]"
    )

    def add_arguments(self, parser):
        parser.add_argument("--unit", required=True)
        parser.add_argument("--period", required=True)
        parser.add_argument("--subtree", action="store_true")
        parser.add_argument("--from", dest="date_from", default="")
        parser.add_argument("--to", dest="date_to", default="")
        parser.add_argument("--format", choices=["json", "table"], default="table")

    def handle(self, *args, unit, period, subtree, date_from, date_to, format, **options):
        try:
            start, end = parse_date(date_from), parse_date(date_to)
            scope = indicators_scope(SYSTEM, unit, period, subtree=subtree, start=start, end=end)
        except (DomainError, ValueError) as error:
            raise fail(error)
        except Http404 as error:
            raise CommandError(str(error))
        result = indicators_for_scope(scope)
        if format == "json":
            self.stdout.write(
                json.dumps(result_as_json(scope, result), ensure_ascii=False, indent=2)
            )
            return
        self.stdout.write(
            f"{scope.unit_name} ({scope.unit.code}){' và cấp dưới' if subtree else ''} — "
            f"{scope.period.title}, số liệu từ {scope.window.label}"
        )
        for indicator in catalogue().for_window(scope.window):
            value = result.value(indicator.code)
            shown = str(value) if indicator.is_ratio else format_number(value)
            self.stdout.write(f"  {indicator.code:<20} {shown:>22}  {indicator.label}")
        for violation in result.violations:
            self.stdout.write(
                f"  ! {violation.importance}: {violation.description} "
                f"({violation.left} {violation.operator} {violation.right} không đúng)"
            )
