from django.core.management.base import BaseCommand, CommandError
from django.utils import timezone

from danvan.accounts.importing import users_import
from danvan.accounts.models import ThrottleScope
from danvan.accounts.services import role_parse, unit_by_code, user_create
from danvan.accounts.throttle import lockout_active, lockout_lift_address, lockout_lift_username
from danvan.audit.context import cli_actor
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
        unlock = sub.add_parser(
            "unlock", help="Mở khóa đăng nhập của một tài khoản (hoặc một địa chỉ với --address)"
        )
        unlock.add_argument("username", nargs="?", default="")
        unlock.add_argument("--address", default="", help="địa chỉ mạng bị tạm khóa")
        sub.add_parser("lockouts", help="Liệt kê các tài khoản và địa chỉ đang bị tạm khóa")

    def handle(self, *args, action, **options):
        try:
            if action == "unlock":
                self._unlock(options["username"], options["address"])
                return
            if action == "lockouts":
                self._lockouts()
                return
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

    def _unlock(self, username: str, address: str) -> None:
        if bool(username) == bool(address):
            raise CommandError("Cần đúng một trong hai: TÊN_ĐĂNG_NHẬP hoặc --address ĐỊA_CHỈ.")
        with cli_actor() as actor:
            if username:
                count = lockout_lift_username(username=username, by=actor.username)
            else:
                count = lockout_lift_address(address=address, by=actor.username)
        self.stdout.write(f"Đã mở khóa đăng nhập cho «{username or address}» ({count} khóa).")

    def _lockouts(self) -> None:
        rows = lockout_active(usernames=None, addresses=True)
        if not rows:
            self.stdout.write("Không có tài khoản hoặc địa chỉ nào đang bị tạm khóa đăng nhập.")
        for row in rows:
            who = row.key if row.scope == ThrottleScope.ADDRESS else row.username
            until = timezone.localtime(row.blocked_until).strftime("%H:%M %d/%m/%Y")
            self.stdout.write(
                f"{row.get_scope_display()}: {who} — {row.failures} lần sai, chặn đến {until}"
            )
