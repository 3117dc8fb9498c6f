from pathlib import Path

from django.core.management.base import BaseCommand

from danvan.accounts.access import SYSTEM
from danvan.audit.exporting import audit_export_csv
from danvan.audit.selectors import audit_events_filter, audit_events_visible
from danvan.core.commands import fail
from danvan.core.dates import parse_date


class Command(BaseCommand):
    help = "Nhật ký thay đổi: xuất ra CSV (export FILE [--from dd/mm/yyyy] [--to dd/mm/yyyy])."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        exp = sub.add_parser("export", help="Xuất nhật ký ra tệp CSV")
        exp.add_argument("file")
        exp.add_argument("--from", dest="date_from", default="")
        exp.add_argument("--to", dest="date_to", default="")
        exp.add_argument("--user", dest="username", default="")

    def handle(self, *args, file, date_from, date_to, username, **options):
        try:
            start, end = parse_date(date_from), parse_date(date_to)
        except ValueError as error:
            raise fail(error)
        events = audit_events_filter(
            audit_events_visible(SYSTEM), username=username, date_from=start, date_to=end
        )
        Path(file).write_bytes(audit_export_csv(events))
        self.stdout.write(f"Đã xuất {events.count()} sự kiện ra {file}.")
