from django.core.management.base import BaseCommand, CommandError

from danvan.accounts.access import SYSTEM, access_register_units
from danvan.core.commands import fail, read_input_file
from danvan.core.errors import DomainError
from danvan.registers.importing import register_import
from danvan.registers.registry import registers


class Command(BaseCommand):
    help = "Nhập một sổ theo dõi từ tệp CSV/XLSX: danvan import dossiers|… FILE"

    def add_arguments(self, parser):
        parser.add_argument("register", help=", ".join(registers()))
        parser.add_argument("file")

    def handle(self, *args, register, file, **options):
        spec = registers().get(register)
        if spec is None:
            raise CommandError(f"Không có sổ «{register}». Các sổ: {', '.join(registers())}.")
        try:
            result = register_import(
                spec, read_input_file(file), file, units=access_register_units(SYSTEM)
            )
        except DomainError as error:  # ImportRejected lists every bad row
            raise fail(error)
        self.stdout.write(
            f"{spec.label}: thêm mới {result.created}, cập nhật {result.updated}, "
            f"không đổi {result.unchanged}."
        )
