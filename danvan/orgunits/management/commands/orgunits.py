from pathlib import Path

from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from danvan.accounts.access import SYSTEM, access_units
from danvan.core.commands import add_ignore_columns, fail, import_report, read_input_file
from danvan.core.dates import parse_date
from danvan.core.errors import DomainError
from danvan.core.importing import IGNORE_HOW_CLI
from danvan.orgunits.exporting import orgunits_export_csv, orgunits_export_xlsx
from danvan.orgunits.importing import orgunits_import
from danvan.orgunits.services import orgunit_apply_scheduled


def orgunits_apply_report(date: str = "") -> str:
    """Run the daily application of dated changes; one line saying what it did."""
    try:
        day = parse_date(date) if date else timezone.localdate()
    except ValueError as error:
        raise fail(error)
    done = orgunit_apply_scheduled(today=day)
    moved = ", ".join(u.code for u in done["moved"]) or "không"
    renamed = ", ".join(u.code for u in done["renamed"]) or "không"
    return f"Ngày {day:%d/%m/%Y}: sáp nhập có hiệu lực — {moved}; đổi tên có hiệu lực — {renamed}."


class Command(BaseCommand):
    help = "Cây đơn vị: nhập (import) và xuất (export) tệp CSV/XLSX."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập cây đơn vị từ tệp CSV hoặc XLSX")
        imp.add_argument("file")
        add_ignore_columns(imp)
        exp = sub.add_parser("export", help="Xuất cây đơn vị ra tệp .csv hoặc .xlsx")
        exp.add_argument("file")
        apply = sub.add_parser(
            "apply",
            help="Áp dụng các thay đổi đã đến ngày (đổi tên, sáp nhập); chạy mỗi ngày một lần",
        )
        apply.add_argument("--date", default="", help="Ngày áp dụng, dd/mm/yyyy (mặc định hôm nay)")

    def handle(self, *args, action, file="", date="", ignore_columns=False, **options):
        if action == "apply":
            self.stdout.write(orgunits_apply_report(date))
            return
        if action == "import":
            try:
                result = orgunits_import(
                    read_input_file(file),
                    file,
                    ignore_columns=ignore_columns,
                    ignore_how=IGNORE_HOW_CLI,
                )
            except DomainError as error:  # TableError included
                raise fail(error)
            summary = (
                f"Đã nhập: thêm mới {len(result.created)}, cập nhật {len(result.updated)}, "
                f"không đổi {len(result.unchanged)} đơn vị."
            )
            self.stdout.write(import_report(result, summary))
            return
        units = access_units(SYSTEM)
        if file.lower().endswith(".xlsx"):
            data = orgunits_export_xlsx(units)
        elif file.lower().endswith(".csv"):
            data = orgunits_export_csv(units)
        else:
            raise CommandError("Tên tệp xuất phải kết thúc bằng .csv hoặc .xlsx.")
        Path(file).write_bytes(data)
        self.stdout.write(f"Đã xuất {units.count()} đơn vị ra {file}.")
