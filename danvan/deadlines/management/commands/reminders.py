from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from danvan.core.commands import fail
from danvan.core.dates import parse_date
from danvan.core.numbers import format_number
from danvan.deadlines.registry import deadline_kind, deadline_kinds
from danvan.deadlines.reminders import deadline_reminders_run
from danvan.orgunits.management.commands.orgunits import orgunits_apply_report


class Command(BaseCommand):
    help = (
        "Chạy việc hằng ngày của mọi loại việc có thời hạn (ví dụ: nhiệm vụ kế hoạch tạo yêu cầu "
        "báo cáo), gửi lời nhắc trước hạn, đúng hạn, sau hạn (tính theo ngày làm việc) và bản "
        "tổng hợp việc cần làm cho từng người. Chạy mỗi ngày một lần (Task Scheduler/cron); "
        "chạy lại trong ngày không gửi trùng."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--date", default="", help="Ngày chạy, dạng dd/mm/yyyy (mặc định hôm nay)"
        )

    def handle(self, *args, date, **options):
        try:
            day = parse_date(date) if date else timezone.localdate()
        except ValueError as error:
            raise fail(error)
        when = f"Ngày {day:%d/%m/%Y}"
        # Dated renames and merges take effect on their day, before anyone is reminded.
        self.stdout.write(orgunits_apply_report(f"{day:%d/%m/%Y}"))
        run = deadline_reminders_run(day)
        for name, lines in run.lines.items():
            label = deadline_kind(name).label
            for line in lines:
                self.stdout.write(f"{when} — {label}: {line}")
        total = 0
        for kind in deadline_kinds():
            count = run.reminders.get(kind.name, 0)
            total += count
            if not count:
                continue
            if kind.remind is not None:  # the kind's own reminders count the units reminded
                self.stdout.write(f"{when}: đã nhắc {format_number(count)} đơn vị — {kind.label}.")
            else:
                self.stdout.write(f"{when}: đã gửi {format_number(count)} lời nhắc — {kind.label}.")
        if not total:
            self.stdout.write(f"{when}: không có lời nhắc nào cần gửi.")
        if run.digests:
            self.stdout.write(
                f"{when}: đã gửi {format_number(run.digests)} bản tổng hợp việc cần làm."
            )
        else:
            self.stdout.write(f"{when}: không có bản tổng hợp việc cần làm nào cần gửi.")
        if run.failures:
            for failure in run.failures:
                self.stderr.write(failure)
            raise CommandError("Có loại việc chạy lỗi (xem các dòng trên); các việc khác đã chạy.")
