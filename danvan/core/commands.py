"""Shared pieces of the ``danvan`` management commands."""

from pathlib import Path

from django.core.management.base import CommandError

FILE_NOT_FOUND = "Không tìm thấy tệp «{path}»."


def read_input_file(path: str) -> bytes:
    file = Path(path)
    if not file.is_file():
        raise CommandError(FILE_NOT_FOUND.format(path=path))
    return file.read_bytes()


def fail(error: Exception) -> CommandError:
    """Turn a domain refusal into a CLI error with the Vietnamese message (exit code 1)."""
    return CommandError(getattr(error, "message", None) or str(error))
