from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.access import SYSTEM, access_units
from danvan.core.commands import fail, read_input_file
from danvan.core.errors import DomainError
from danvan.orgunits.exporting import orgunits_export_csv, orgunits_export_xlsx
from danvan.orgunits.importing import orgunits_import


class Command(BaseCommand):
    help = "Cây đơn vị: nhập (import) và xuất (export) tệp CSV/XLSX."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập cây đơn vị từ tệp CSV hoặc XLSX")
        imp.add_argument("file")
        exp = sub.add_parser("export", help="Xuất cây đơn vị ra tệp .csv hoặc .xlsx")
        exp.add_argument("file")

    def handle(self, *args, action, file, **options):
        if action == "import":
            try:
                result = orgunits_import(read_input_file(file), file)
            except DomainError as error:  # TableError included
                raise fail(error)
            self.stdout.write(
                f"Đã nhập: thêm mới {len(result.created)}, cập nhật {len(result.updated)}, "
                f"không đổi {len(result.unchanged)} đơn vị."
            )
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
