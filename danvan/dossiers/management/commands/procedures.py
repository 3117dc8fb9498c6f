from django.core.management.base import BaseCommand

from danvan.core.commands import add_ignore_columns, fail, import_report, read_input_file
from danvan.core.errors import DomainError
from danvan.core.importing import IGNORE_HOW_CLI
from danvan.dossiers.procedures import procedures_import


class Command(BaseCommand):
    help = (
        "Danh mục thủ tục hành chính: danvan procedures import FILE (mã, tên, lĩnh vực, thời hạn)"
    )

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        imp = sub.add_parser("import", help="Nhập danh mục thủ tục từ CSV/XLSX")
        imp.add_argument("file")
        add_ignore_columns(imp)

    def handle(self, *args, action, file, ignore_columns=False, **options):
        try:
            result = procedures_import(
                read_input_file(file),
                file,
                ignore_columns=ignore_columns,
                ignore_how=IGNORE_HOW_CLI,
            )
        except DomainError as error:
            raise fail(error)
        summary = (
            f"Danh mục thủ tục: thêm mới {result.created}, cập nhật {result.updated}, "
            f"không đổi {result.unchanged}."
        )
        self.stdout.write(import_report(result, summary))
