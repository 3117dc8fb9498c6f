from django.core.management.base import BaseCommand

from danvan.accounts.importing import users_import
from danvan.accounts.services import role_parse, unit_by_code, user_create
from danvan.core.commands import add_ignore_columns, fail, import_report, read_input_file
from danvan.core.errors import DomainError
from danvan.core.importing import IGNORE_HOW_CLI


class Command(BaseCommand):
    help = "Người dùng: tạo một tài khoản (create) hoặc nhập nhiều tài khoản từ tệp (import)."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        create = sub.add_parser("create", help="Tạo một tài khoản với một vai trò tại một đơn vị")
        create.add_argument("--username", required=True)
        create.add_argument("--password", required=True)
        create.add_argument(
            "--role", required=True, help="chuyen_vien | lanh_dao | tong_hop | quan_tri"
        )
        create.add_argument("--unit", required=True, help="mã đơn vị")
        create.add_argument("--subtree", action="store_true", help="gồm cả đơn vị cấp dưới")
        create.add_argument("--full-name", default="")
        create.add_argument("--email", default="")
        imp = sub.add_parser("import", help="Nhập tài khoản từ tệp CSV/XLSX")
        imp.add_argument("file")
        add_ignore_columns(imp)

    def handle(self, *args, action, **options):
        try:
            if action == "create":
                user = user_create(
                    username=options["username"],
                    password=options["password"],
                    full_name=options["full_name"],
                    email=options["email"],
                    grants=[
                        (
                            role_parse(options["role"]),
                            unit_by_code(options["unit"]),
                            options["subtree"],
                        )
                    ],
                )
                self.stdout.write(f"Đã tạo tài khoản «{user.username}».")
            else:
                result = users_import(
                    read_input_file(options["file"]),
                    options["file"],
                    ignore_columns=options.get("ignore_columns", False),
                    ignore_how=IGNORE_HOW_CLI,
                )
                summary = (
                    f"Đã nhập: tạo {len(result.created)} tài khoản, "
                    f"ghi {result.grants_added} quyền."
                )
                self.stdout.write(import_report(result, summary))
        except DomainError as error:  # TableError included
            raise fail(error)
