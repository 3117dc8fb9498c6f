from django.core.management.base import BaseCommand

from danvan.core.commands import fail, read_input_file
from danvan.core.errors import DomainError
from danvan.dossiers.procedures import procedures_import


class Command(BaseCommand):
    help = (
        "Danh mục thủ tục hành chính: danvan procedures import FILE (mã, tên, lĩnh vực, thời hạn)"
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập danh mục thủ tục từ CSV/XLSX")
        imp.add_argument("file")

    def handle(self, *args, action, file, **options):
        try:
            created, updated = procedures_import(read_input_file(file), file)
        except DomainError as error:
            raise fail(error)
        self.stdout.write(f"Danh mục thủ tục: thêm mới {created}, cập nhật {updated}.")
