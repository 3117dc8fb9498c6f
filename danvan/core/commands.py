"""Shared pieces of the ``danvan`` management commands."""

from pathlib import Path

from django.core.management.base import CommandError

from danvan.core.safefiles import UnsafeFile, size_guard

FILE_NOT_FOUND = "Không tìm thấy tệp «{path}»."


def read_input_file(path: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise CommandError(FILE_NOT_FOUND.format(path=path))
    try:  # by its size on disk, before a byte is read (core.safefiles, decision 0039)
        size_guard(file.name, file.stat().st_size)
    except UnsafeFile as error:
        raise CommandError(error.message) from error
    return file.read_bytes()


def fail(error: Exception) -> CommandError:
    """Turn a domain refusal into a CLI error with the Vietnamese message (exit code 1)."""
    return CommandError(getattr(error, "message", None) or str(error))


IGNORE_COLUMNS_HELP = (
    "nhập cả khi tệp có cột không có trong mẫu nhập: bỏ qua các cột đó (kết quả nêu tên chúng)"
)


def add_ignore_columns(parser) -> None:
    """The --ignore-columns flag of every file import command."""
    parser.add_argument("--ignore-columns", action="store_true", help=IGNORE_COLUMNS_HELP)


def import_report(result, summary: str) -> str:
    """The import command's output: its counts, then the ignored columns and, for a file that
    changed nothing, that it changed nothing."""
    lines = [summary]
    if getattr(result, "ignored_message", ""):
        lines.append(result.ignored_message)
    if getattr(result, "nothing_changed_message", ""):
        lines.append(result.nothing_changed_message)
    return "\n".join(lines)
