from pathlib import Path

from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.commands import add_ignore_columns, fail, import_report, read_input_file
from danvan.core.errors import DomainError
from danvan.core.import_templates import template_csv, template_xlsx
from danvan.core.importing import IGNORE_HOW_CLI
from danvan.registers.import_templates import register_template_columns, register_template_note
from danvan.registers.importing import register_import
from danvan.registers.registry import registers

NEEDS_FILE = "Cần tên tệp để nhập, hoặc --template TỆP để ghi tệp mẫu."


class Command(BaseCommand):
    help = (
        "Nhập một sổ theo dõi từ tệp CSV/XLSX: danvan import dossiers|… FILE; "
        "ghi tệp mẫu: danvan import dossiers --template mau.xlsx (hoặc .csv)"
    )

    def add_arguments(self, parser):
        parser.add_argument("register", help=", ".join(registers()))
        parser.add_argument("file", nargs="?")
        add_ignore_columns(parser)
        parser.add_argument(
            "--template",
            metavar="TỆP",
            help="ghi tệp mẫu nhập (tiêu đề tiếng Việt, dòng mẫu, trang Hướng dẫn) rồi thoát",
        )

    def handle(self, *args, register, file, template, ignore_columns=False, **options):
        spec = registers().get(register)
        if spec is None:
            raise CommandError(f"Không có sổ «{register}». Các sổ: {', '.join(registers())}.")
        if template:
            self._template(spec, Path(template))
            return
        if not file:
            raise CommandError(NEEDS_FILE)
        try:
            result = register_import(
                spec,
                read_input_file(file),
                file,
                units=access_register_units(SYSTEM),
                ignore_columns=ignore_columns,
                ignore_how=IGNORE_HOW_CLI,
            )
        except DomainError as error:  # ImportRejected lists every bad row
            raise fail(error)
        summary = (
            f"{spec.label}: thêm mới {result.created}, cập nhật {result.updated}, "
            f"không đổi {result.unchanged}."
        )
        self.stdout.write(import_report(result, summary))

    def _template(self, spec, path: Path):
        unit = access_register_units(SYSTEM).order_by("path").first()
        columns = register_template_columns(spec, unit_code=unit.code if unit else "")
        if path.suffix.lower() == ".csv":
            data = template_csv(columns)
        else:
            data = template_xlsx(spec.label, columns, [register_template_note(spec)])
        path.write_bytes(data)
        self.stdout.write(f"Đã ghi tệp mẫu nhập «{spec.label}»: {path}")
