"""``danvan check FILE… [--format json|text|html]``: check reports from the command line.

Exit code: 0 when no file has an error-severity finding, 1 when one has, 2 when a file cannot
be read (missing, too big, not a report we can read) — the most serious wins."""

import json
import sys
from pathlib import Path

from django.apps import apps
from django.core.management.commands.check import Command as SystemCheckCommand

from danvan.checker.engine import check_file
from danvan.checker.reading import MAX_FILE_BYTES, TOO_LARGE, ReadError, human_size
from danvan.checker.render import SEVERITY_LABELS, html_page
from danvan.core.commands import FILE_NOT_FOUND

EXIT_OK, EXIT_FINDINGS, EXIT_UNREADABLE = 0, 1, 2


def read_checked(path: Path, max_bytes: int):
    """(result, None) or (None, Vietnamese message); the size is checked before reading."""
    if not path.is_file():
        return None, FILE_NOT_FOUND.format(path=path)
    size = path.stat().st_size
    if size > max_bytes:
        return None, TOO_LARGE.format(
            name=path.name, size=human_size(size), limit=human_size(max_bytes)
        )
    try:
        return check_file(path.name, path.read_bytes(), max_bytes=max_bytes), None
    except ReadError as error:
        return None, error.message


def _system_check(args) -> bool:
    """No argument, or only names of installed apps that are not files: Django's checks."""
    labels = {config.label for config in apps.get_app_configs()}
    return all(arg in labels and not Path(arg).exists() for arg in args)


class Command(SystemCheckCommand):
    """Replaces Django's ``check``; without FILE it still runs Django's system checks
    (``danvan check --deploy``), so nothing that relied on them is lost."""

    help = (
        "Kiểm tra báo cáo (.txt, .docx, .pdf): liệt kê số liệu, chỗ tỷ lệ, tổng, ngày, số mục, "
        "trích dẫn không khớp. Mã thoát: 0 không có lỗi, 1 có lỗi, 2 không đọc được tệp. "
        "Không nêu tệp: chạy kiểm tra hệ thống của Django."
    )

    def add_arguments(self, parser):
        super().add_arguments(parser)  # its positional arguments are our FILEs
        parser.usage = "danvan check FILE… [--format json|text|html] | danvan check [--deploy]"
        parser.add_argument("--format", choices=["text", "json", "html"], default="text")
        parser.add_argument("--figures", action="store_true", help="(text) liệt kê cả số liệu")
        parser.add_argument("--max-bytes", type=int, default=MAX_FILE_BYTES)

    def handle(self, *args, format, figures, max_bytes, **options):
        if _system_check(args):
            return super().handle(*args, **options)
        files = args
        outcomes = []
        code = EXIT_OK
        for name in files:
            result, error = read_checked(Path(name), max_bytes)
            if error:
                code = EXIT_UNREADABLE
                self.stderr.write(f"{name}: {error}")
            elif result.has_errors and code == EXIT_OK:
                code = EXIT_FINDINGS
            outcomes.append((name, result, error))
        if format == "json":
            data = [
                {"file": name, "error": error} if error else result.as_json(name)
                for name, result, error in outcomes
            ]
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2))
        elif format == "html":
            self.stdout.write(html_page([(n, e or r) for n, r, e in outcomes]))
        else:
            for name, result, error in outcomes:
                self._text(name, result, error, figures)
        if code != EXIT_OK:
            sys.exit(code)

    def _text(self, name, result, error, figures):
        out = self.stdout.write
        if error:
            out(f"{name}: KHÔNG ĐỌC ĐƯỢC — {error}")
            return
        doc = result.document
        how = doc.encoding or doc.kind.upper()
        out(
            f"{name} ({how}; {len(result.figures)} số liệu; {len(result.errors)} lỗi, "
            f"{len(result.warnings)} cảnh báo, {len(result.notices)} lưu ý)"
        )
        for f in result.findings:
            severity = SEVERITY_LABELS[f.severity].upper()
            out(f"  {severity} {f.title} [{f.start}–{f.end}] «{f.excerpt}»")
            out(f"      {f.message}")
            if f.arithmetic:
                out(f"      Phép tính: {f.arithmetic}")
        if not result.findings:
            out("  Không thấy chỗ nào sai.")
        if figures:
            for fig in result.figures:
                approx = " (ước lượng)" if fig.approximate else ""
                noun = f" — {fig.noun}" if fig.noun else ""
                out(f"    · {fig.kind}: {fig.text}{noun}{approx}")
