from django.core.management.base import BaseCommand
from django.utils import timezone

from danvan.core.commands import fail
from danvan.core.dates import parse_date
from danvan.deadlines.registry import deadline_kinds
from danvan.orgunits.management.commands.orgunits import orgunits_apply_report
from danvan.reporting.reminders import reminders_send


class Command(BaseCommand):
    help = (
        "Gửi các lời nhắc gửi báo cáo đến hạn trong ngày (trước hạn, đúng hạn, sau hạn). "
        "Chạy mỗi ngày một lần (Task Scheduler/cron); chạy lại không gửi trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", default="", help="Ngày nhắc, dạng dd/mm/yyyy (mặc định hôm nay)"
        )

    def handle(self, *args, date, **options):
        try:
            day = parse_date(date) if date else timezone.localdate()
        except ValueError as error:
            raise fail(error)
        # Dated renames and merges take effect on their day, before anyone is reminded.
        self.stdout.write(orgunits_apply_report(f"{day:%d/%m/%Y}"))
        # The day's work of every kind of due thing (a plan item issuing its report request)
        # before anyone is reminded. The engine's command (danvan/deadlines) replaces this one.
        for kind in deadline_kinds():
            if kind.daily is not None:
                for line in kind.daily(day):
                    self.stdout.write(line)
        sent = reminders_send(day)
        if not sent:
            self.stdout.write(f"Ngày {day:%d/%m/%Y}: không có lời nhắc nào cần gửi.")
        for reference, count in sent.items():
            self.stdout.write(f"Ngày {day:%d/%m/%Y}: đã nhắc {count} đơn vị — {reference}.")
